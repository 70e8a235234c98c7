//! "Did you mean …?": the known status codes closest to an unknown input.
//!
//! Numbers are compared by value within their class (`407` suggests `406`
//! and `405`), then by typing mistakes in their digits (`440` suggests
//! `404`). Text is compared with every reason phrase, ignoring ASCII case,
//! by edit distance, both as a whole (`not fond` suggests `404 Not Found`)
//! and against runs of words within it (`gatway` suggests `502 Bad Gateway`
//! and `504 Gateway Timeout`).
//!
//! A word that names no status is also compared with the subcommands'
//! names (`chek` suggests `check`), by the same distance.
//!
//! The edit distance is strsim's optimal string alignment distance: the
//! number of insertions, deletions, substitutions and swaps of two adjacent
//! characters that turn one string into the other.

use status_codes::StatusCode;
use strsim::osa_distance as edit_distance;

/// At most this many suggestions.
pub const MAX_SUGGESTIONS: usize = 3;

/// How far a number may be from a code of its class to be suggested.
const NEAR: u16 = 2;

/// How many mistakes to forgive in a phrase of `len` characters: none up to
/// four characters, then one more per four characters.
fn tolerance(len: usize) -> usize {
    len.saturating_sub(1) / 4
}

/// Lowercase ASCII, single spaces, no leading or trailing space.
fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// Codes close to the all-digit input `digits`, closest first.
pub fn for_number(digits: &str) -> Vec<StatusCode> {
    // Within the class, by value: a neighbouring code.
    if let Ok(n) = digits.parse::<u16>() {
        let mut near: Vec<StatusCode> = StatusCode::ALL
            .into_iter()
            .filter(|s| s.code() / 100 == n / 100 && s.code().abs_diff(n) <= NEAR)
            .collect();
        near.sort_by_key(|s| (s.code().abs_diff(n), s.code()));
        if !near.is_empty() {
            near.truncate(MAX_SUGGESTIONS);
            return near;
        }
    }
    // A typing mistake: one digit wrong, missing, extra or swapped.
    let value = digits.parse::<u64>().unwrap_or(u64::MAX);
    let mut typos: Vec<StatusCode> = StatusCode::ALL
        .into_iter()
        .filter(|s| edit_distance(digits, &s.code().to_string()) == 1)
        .collect();
    let distance = |s: &StatusCode| value.abs_diff(u64::from(s.code()));
    typos.sort_by_key(|s| (distance(s), s.code()));
    // `600` suggests `500`, not every code ending in `00` as well.
    if let Some(closest) = typos.first().map(distance) {
        typos.retain(|s| distance(s) < closest.saturating_add(100));
    }
    typos.truncate(MAX_SUGGESTIONS);
    typos
}

/// How well `input` (normalized) matches `reason`: the edit distance to the
/// whole phrase, or one more than the distance to a run of as many words as
/// the input has; `None` when neither is within tolerance.
fn text_score(input: &str, reason: &str) -> Option<usize> {
    let reason = reason.to_ascii_lowercase();
    let whole = edit_distance(input, &reason);
    let mut best = (whole <= tolerance(reason.chars().count())).then_some(whole);

    let input_words = input.split(' ').count();
    let reason_words: Vec<&str> = reason.split_whitespace().collect();
    if input_words < reason_words.len() {
        for window in reason_words.windows(input_words) {
            let window = window.join(" ");
            let len = window.chars().count();
            let distance = edit_distance(input, &window);
            let acceptable = if distance == 0 {
                len >= 3
            } else {
                distance <= tolerance(len)
            };
            if acceptable {
                best = Some(best.map_or(distance + 1, |b| b.min(distance + 1)));
            }
        }
    }
    best
}

/// Codes whose reason phrase is close to `text`, closest first. Input that
/// starts with a known code (`404 not fond`) suggests that code; with an
/// unknown one (`999 not fond`), the rest of it is compared.
pub fn for_text(text: &str) -> Vec<StatusCode> {
    let mut input = normalize(text);
    if let Some((number, rest)) = input.split_once(' ')
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        if let Some(status) = number.parse::<u16>().ok().and_then(StatusCode::from_u16) {
            return vec![status];
        }
        input = rest.to_owned();
    }
    if input.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, StatusCode)> = StatusCode::ALL
        .into_iter()
        .filter_map(|s| text_score(&input, s.reason()).map(|score| (score, s)))
        .collect();
    scored.sort_by_key(|&(score, s)| (score, s.code()));
    let Some(&(best, _)) = scored.first() else {
        return Vec::new();
    };
    scored
        .into_iter()
        .take_while(|&(score, _)| score <= best + 1)
        .take(MAX_SUGGESTIONS)
        .map(|(_, s)| s)
        .collect()
}

/// The name among `names` that `word` is a typo of, the closest one: within
/// the tolerance of the name's length, ignoring case, and at least one
/// mistake forgiven (`lsit` suggests `list`).
pub fn for_subcommand<'a>(word: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    names
        .into_iter()
        .map(|name| (edit_distance(&word, name), name))
        .filter(|&(distance, name)| distance <= tolerance(name.chars().count()).max(1))
        .min()
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(statuses: Vec<StatusCode>) -> Vec<u16> {
        statuses.into_iter().map(StatusCode::code).collect()
    }

    #[test]
    fn misspelt_reasons_suggest_the_phrase() {
        assert_eq!(codes(for_text("not fond")), [404]);
        assert_eq!(codes(for_text("NOT  FUOND")), [404]);
        assert_eq!(codes(for_text("forbiden")), [403]);
        assert_eq!(codes(for_text("unauthorised")), [401]);
        assert_eq!(codes(for_text("method not alowed")), [405]);
        assert_eq!(codes(for_text("non authoritative information")), [203]);
    }

    #[test]
    fn a_word_of_the_phrase_suggests_every_code_using_it() {
        assert_eq!(codes(for_text("gateway")), [502, 504]);
        assert_eq!(codes(for_text("gatway")), [502, 504]);
        assert_eq!(codes(for_text("timeout")), [504]);
        // A whole-phrase match ranks before a word match.
        assert_eq!(codes(for_text("fond")), [302, 404]);
    }

    #[test]
    fn unrelated_text_suggests_nothing() {
        assert!(for_text("teapot").is_empty());
        assert!(for_text("xyz").is_empty());
        assert!(for_text("oj").is_empty());
        assert!(for_text("").is_empty());
        assert!(for_text("客户端").is_empty());
    }

    #[test]
    fn a_known_code_with_a_misspelt_reason_suggests_the_code() {
        assert_eq!(codes(for_text("404 Not Fond")), [404]);
        assert_eq!(codes(for_text("999 not fond")), [404]);
    }

    #[test]
    fn numbers_suggest_their_neighbours_in_the_class() {
        assert_eq!(codes(for_number("407")), [406, 405]);
        assert_eq!(codes(for_number("402")), [401, 403, 400]);
        assert_eq!(codes(for_number("102")), [101, 100]);
        // 499 is two away from nothing in 4xx; 500 is in another class.
        assert!(for_number("499").is_empty());
    }

    #[test]
    fn numbers_with_a_typo_suggest_the_code() {
        assert_eq!(codes(for_number("440")), [404, 400]);
        assert_eq!(codes(for_number("4004")), [404, 400]);
        assert_eq!(codes(for_number("600")), [500]);
        assert!(for_number("999").is_empty());
        assert!(for_number("123456789012345678901234567890").is_empty());
    }

    #[test]
    fn typos_of_a_subcommand_suggest_it() {
        let names = ["list", "check", "expand", "completions", "help"];
        let suggest = |word| for_subcommand(word, names);
        assert_eq!(suggest("chek"), Some("check"));
        assert_eq!(suggest("Check"), Some("check"));
        assert_eq!(suggest("lsit"), Some("list"));
        assert_eq!(suggest("expnad"), Some("expand"));
        assert_eq!(suggest("complitions"), Some("completions"));
        assert_eq!(suggest("completion"), Some("completions"));
        assert_eq!(suggest("hlep"), Some("help"));
        for far in ["ls", "chk", "404", "found", "exp", "gateway", "检查"] {
            assert_eq!(suggest(far), None, "{far}");
        }
    }

    #[test]
    fn tolerance_grows_with_length() {
        assert_eq!(tolerance(2), 0);
        assert_eq!(tolerance(4), 0);
        assert_eq!(tolerance(5), 1);
        assert_eq!(tolerance(9), 2);
    }
}
