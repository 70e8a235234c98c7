//! `Language::negotiate` reads each range a bounded number of times
//! (issue 20): it gives the same answers as the quadratic version it
//! replaced (kept below, as it was, for the comparison) on ladders of `*`
//! ranges and on random headers, for the 7- and 201-language enums of the
//! benchmark, and answers a 64 KB ladder.

use status_bench::negotiate::{self, many, seven};

/// The `negotiate` of status-codegen before issue 20, for `tags`.
fn before(tags: &[&str], header: &str) -> usize {
    let text = header.as_bytes();
    let mut best = 0;
    let mut best_quality = 0;
    let mut at = 0;
    while at < text.len() {
        let (a, b, quality, next) = element(text, at);
        if a < b && quality > best_quality {
            let found = if is_star(text, a, b) {
                Some(unnamed(tags, text))
            } else {
                find(tags, text, a, b)
            };
            if let Some(i) = found {
                best = i;
                best_quality = quality;
            }
        }
        at = next;
    }
    best
}

// The helpers of the generated code before issue 20, with the tags as a
// parameter.

/// `b` with ASCII letters in lower case and `_` as `-`.
fn fold(b: u8) -> u8 {
    if b == b'_' {
        b'-'
    } else {
        b.to_ascii_lowercase()
    }
}

/// Whether `text[start..end]`, folded, is `tag`, folded.
fn same(text: &[u8], start: usize, end: usize, tag: &[u8]) -> bool {
    if end - start != tag.len() {
        return false;
    }
    let mut i = 0;
    while i < tag.len() {
        if fold(text[start + i]) != fold(tag[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `text[start..end]`, folded, starts `tag` at a subtag
/// boundary: `zh` starts `zh-CN`.
fn starts(text: &[u8], start: usize, end: usize, tag: &[u8]) -> bool {
    let n = end - start;
    if n == 0 || n > tag.len() || (n < tag.len() && tag[n] != b'-') {
        return false;
    }
    let mut i = 0;
    while i < n {
        if fold(text[start + i]) != fold(tag[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// The language the range `text[start..end]` (not `*`) finds:
/// RFC 4647 lookup, which drops subtags from the end (and a
/// singleton left last) until a tag matches; else the first tag
/// the range starts.
fn find(tags: &[&str], text: &[u8], start: usize, end: usize) -> ::core::option::Option<usize> {
    let mut stop = end;
    while stop > start {
        let mut i = 0;
        while i < tags.len() {
            if same(text, start, stop, tags[i].as_bytes()) {
                return Some(i);
            }
            i += 1;
        }
        let mut cut = stop;
        while cut > start && fold(text[cut - 1]) != b'-' {
            cut -= 1;
        }
        if cut <= start + 1 {
            break;
        }
        stop = cut - 1;
        if stop >= start + 2 && fold(text[stop - 2]) == b'-' {
            stop -= 2;
        }
    }
    let mut i = 0;
    while i < tags.len() {
        if starts(text, start, end, tags[i].as_bytes()) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether `b` is optional white space (RFC 9110).
fn is_ows(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// `text[start..end]` without white space at either end.
fn trim(text: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && is_ows(text[start]) {
        start += 1;
    }
    while end > start && is_ows(text[end - 1]) {
        end -= 1;
    }
    (start, end)
}

/// A quality value, `0` to `1` with up to three decimals, in
/// thousandths; `None` when malformed.
fn qvalue(text: &[u8], start: usize, end: usize) -> ::core::option::Option<u16> {
    if start == end || end - start > 5 {
        return None;
    }
    let whole = text[start];
    if whole != b'0' && whole != b'1' {
        return None;
    }
    let mut value = (whole - b'0') as u16 * 1000;
    if end - start == 1 {
        return Some(value);
    }
    if text[start + 1] != b'.' {
        return None;
    }
    let mut i = start + 2;
    let mut scale = 100;
    while i < end {
        let d = text[i];
        if !d.is_ascii_digit() {
            return None;
        }
        value += (d - b'0') as u16 * scale;
        scale /= 10;
        i += 1;
    }
    if value > 1000 {
        return None;
    }
    Some(value)
}

/// The quality that the parameters `text[start..end]` (from
/// the first `;`) give: 1000 without `q`, 0 when malformed.
fn quality(text: &[u8], start: usize, end: usize) -> u16 {
    let mut at = start;
    while at < end {
        // `text[at]` is `;`.
        let mut next = at + 1;
        while next < end && text[next] != b';' {
            next += 1;
        }
        let (a, b) = trim(text, at + 1, next);
        if b - a >= 2 && (text[a] | 0x20) == b'q' {
            let (eq, _) = trim(text, a + 1, b);
            if eq < b && text[eq] == b'=' {
                let (va, vb) = trim(text, eq + 1, b);
                return qvalue(text, va, vb).unwrap_or_default();
            }
        }
        at = next;
    }
    1000
}

/// The element of the header starting at `start`: its range as
/// `(start, end)`, its quality, and where the next one starts.
fn element(text: &[u8], start: usize) -> (usize, usize, u16, usize) {
    let mut end = start;
    while end < text.len() && text[end] != b',' {
        end += 1;
    }
    let mut semi = start;
    while semi < end && text[semi] != b';' {
        semi += 1;
    }
    let (a, b) = trim(text, start, semi);
    (a, b, quality(text, semi, end), end + 1)
}

/// Whether `text[start..end]` is `*`.
fn is_star(text: &[u8], start: usize, end: usize) -> bool {
    end - start == 1 && text[start] == b'*'
}

/// The first language that no range of the header, other than
/// `*`, finds; the first language when they all are.
fn unnamed(tags: &[&str], text: &[u8]) -> usize {
    let mut language = 0;
    while language < tags.len() {
        let mut named = false;
        let mut at = 0;
        while at < text.len() {
            let (a, b, _, next) = element(text, at);
            if a < b
                && !is_star(text, a, b)
                && matches!(
                    find(tags, text, a, b),
                    Some(i) if i == language
                )
            {
                named = true;
            }
            at = next;
        }
        if !named {
            return language;
        }
        language += 1;
    }
    0
}

/// xorshift64*: reproducible headers without a dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

/// Pieces of headers: ranges, offered or not, `*`, qualities good and bad,
/// separators and noise.
fn random_header(rng: &mut Rng, tags: &[&str]) -> String {
    const PIECES: [&str; 24] = [
        "*",
        "*",
        ";q=0.",
        ";q=1",
        ";q=0",
        ";q=",
        "q=0.5",
        ",",
        ",",
        ", ",
        ";",
        " ",
        "-",
        "_",
        "zh",
        "ZH-cn",
        "en-GB",
        "x-old",
        "es",
        "-419",
        "fr-CH",
        "i-x",
        "ab-HO-x-a",
        "\u{e9}",
    ];
    let mut header = String::new();
    for _ in 0..rng.below(16) {
        match rng.below(4) {
            0 => header.push_str(tags[rng.below(tags.len())]),
            1 => header.push_str(&format!("{}", rng.below(1000))),
            _ => header.push_str(PIECES[rng.below(PIECES.len())]),
        }
    }
    header
}

/// Ladders of `*` ranges with rising qualities, mixed with ranges that name
/// languages, some at `q=0`.
fn ladders(tags: &[&str]) -> Vec<String> {
    let mut headers = vec![negotiate::star_ladder(200), negotiate::plain(tags, 200)];
    for named in 0..tags.len().min(9) {
        let mut header = String::new();
        for (i, tag) in tags.iter().take(named).enumerate() {
            header.push_str(&format!(
                "*;q=0.{:03},{tag};q=0.{:03},",
                2 * i + 1,
                i % 3 * 2
            ));
        }
        header.push_str("*;q=0.5");
        headers.push(header.clone());
        headers.push(header.replace("*;q=0.5", "*;q=0.001"));
        headers.push(format!("{header},{};q=0.5", tags[named % tags.len()]));
    }
    headers
}

fn check(tags: &[&str], negotiate: fn(&str) -> usize) {
    for header in ladders(tags) {
        assert_eq!(negotiate(&header), before(tags, &header), "{header:?}");
    }
    let mut rng = Rng(0x5EED_0000_0020);
    for _ in 0..20_000 {
        let header = random_header(&mut rng, tags);
        assert_eq!(negotiate(&header), before(tags, &header), "{header:?}");
    }
}

#[test]
fn the_same_answers_as_before_with_seven_languages() {
    let tags: Vec<&str> = seven::Language::ALL.iter().map(|l| l.tag()).collect();
    check(&tags, |h| seven::Language::negotiate(h) as usize);
}

#[test]
fn the_same_answers_as_before_with_201_languages() {
    let tags: Vec<&str> = many::Language::ALL.iter().map(|l| l.tag()).collect();
    check(&tags, |h| many::Language::negotiate(h) as usize);
}

#[test]
fn from_tag_finds_every_tag_in_any_case_and_nothing_else() {
    for language in many::Language::ALL {
        let tag = language.tag();
        assert_eq!(many::Language::from_tag(tag), Some(language));
        let other = tag.to_ascii_uppercase().replace('-', "_");
        assert_eq!(many::Language::from_tag(&other), Some(language));
        assert_eq!(many::Language::from_tag(&format!("{tag}-x")), None);
    }
    for tag in ["", "a", "ab-", "zh", "en-", "*", "ab-HOx"] {
        assert_eq!(many::Language::from_tag(tag), None, "{tag:?}");
    }
}

#[test]
fn a_64_kb_ladder_is_answered() {
    let ladder = negotiate::star_ladder(64 * 1024);
    assert!(ladder.len() > 60 * 1024);
    assert_eq!(seven::Language::negotiate(&ladder), seven::Language::En);
    assert_eq!(many::Language::negotiate(&ladder), many::Language::En);
    // Every language named, at q=0, then the ladder: `*` is the first
    // language (all are named).
    let named: Vec<String> = many::Language::ALL
        .iter()
        .map(|l| format!("{};q=0", l.tag()))
        .collect();
    let header = format!("{},{ladder}", named.join(","));
    assert_eq!(many::Language::negotiate(&header), many::Language::En);
    // All but the fourth.
    let header = header.replacen(&format!("{},", named[3]), "", 1);
    assert_eq!(many::Language::negotiate(&header), many::Language::ALL[3]);
    let plain = negotiate::plain(&["de"], 64 * 1024);
    assert_eq!(seven::Language::negotiate(&plain), seven::Language::De);
}
