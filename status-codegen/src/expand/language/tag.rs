//! BCP 47 language tags: whether one is well formed ([`check_tag`]), a set
//! of them ([`check_tags`]), and the variant each names ([`variant_name`]).
//! The macros call them on their input, so that a bad tag is an error at
//! the call site.

/// Whether `tag` is a well-formed BCP 47 language tag (RFC 5646, section
/// 2.1), in the subset this crate accepts; the reason when it is not.
///
/// ```text
/// tag       = language ["-" script] ["-" region] *("-" variant)
///             *("-" extension) ["-" privateuse]
/// language  = 2*3ALPHA *3("-" 3ALPHA)   ; with up to three extlang subtags
///           / 4ALPHA / 5*8ALPHA
/// script    = 4ALPHA                     ; Hant
/// region    = 2ALPHA / 3DIGIT            ; CN, 419
/// variant   = 5*8alphanum / DIGIT 3alphanum
/// extension = singleton 1*("-" 2*8alphanum)   ; singleton: a letter or digit but x
/// privateuse = "x" 1*("-" 1*8alphanum)
/// ```
///
/// Letters and digits are ASCII; any case is accepted. Left out: the
/// grandfathered tags (`i-klingon`) and tags that are private use alone
/// (`x-whatever`). Whether a subtag is registered is not checked.
pub fn check_tag(tag: &str) -> Result<(), String> {
    if tag.is_empty() {
        return Err("the tag is empty".to_owned());
    }
    if let Some(c) = tag
        .chars()
        .find(|c| !c.is_ascii_alphanumeric() && *c != '-')
    {
        return Err(if c == '_' {
            "subtags are separated by `-`, not `_`".to_owned()
        } else {
            format!(
                "`{}` is not allowed: a tag is ASCII letters and digits separated by `-`",
                c.escape_debug()
            )
        });
    }
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags.iter().any(|s| s.is_empty()) {
        return Err("a subtag is empty (two `-` in a row, or one at an end)".to_owned());
    }
    if let Some(long) = subtags.iter().find(|s| s.len() > 8) {
        return Err(format!("subtag `{long}` is longer than 8 characters"));
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digit = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut rest = subtags.as_slice();
    let language = rest[0];
    if !alpha(language) || !(2..=8).contains(&language.len()) {
        return Err(format!(
            "`{language}` is not a language subtag: it is 2 or 3 letters (`zh`, `en`), or 4 to 8"
        ));
    }
    rest = &rest[1..];
    if language.len() <= 3 {
        let mut extlangs = 0;
        while let [s, after @ ..] = rest {
            if extlangs < 3 && s.len() == 3 && alpha(s) {
                extlangs += 1;
                rest = after;
            } else {
                break;
            }
        }
    }
    if let [s, after @ ..] = rest
        && s.len() == 4
        && alpha(s)
    {
        rest = after;
    }
    if let [s, after @ ..] = rest
        && ((s.len() == 2 && alpha(s)) || (s.len() == 3 && digit(s)))
    {
        rest = after;
    }
    while let [s, after @ ..] = rest {
        let variant =
            (5..=8).contains(&s.len()) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit());
        if !variant {
            break;
        }
        rest = after;
    }
    while let [s, after @ ..] = rest {
        if s.len() != 1 || s.eq_ignore_ascii_case("x") {
            break;
        }
        let count = after.iter().take_while(|t| t.len() >= 2).count();
        if count == 0 {
            return Err(format!(
                "extension `{s}` needs at least one subtag of 2 to 8 characters after it"
            ));
        }
        rest = &after[count..];
    }
    if let [s, after @ ..] = rest
        && s.eq_ignore_ascii_case("x")
    {
        if after.is_empty() {
            return Err("`x` (private use) needs at least one subtag after it".to_owned());
        }
        rest = &[];
    }
    match rest.first() {
        None => Ok(()),
        Some(s) => Err(format!(
            "subtag `{s}` is not in its place: expected language, then script (4 letters), \
             region (2 letters or 3 digits), variants (5 to 8 characters), extensions and \
             private use (`x-…`), in that order"
        )),
    }
}

/// Checks a set of tags, the primary's first: each well-formed
/// ([`check_tag`]), none given twice in any case, and no two giving the same
/// variant name ([`variant_name`]). On a problem, the position of the tag
/// at fault and what is wrong.
pub fn check_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Result<(), (usize, String)> {
    let mut seen: Vec<(&str, String)> = Vec::new();
    for (i, tag) in tags.into_iter().enumerate() {
        if let Err(why) = check_tag(tag) {
            return Err((
                i,
                format!(
                    "`{}` is not a BCP 47 language tag: {why}",
                    tag.escape_debug()
                ),
            ));
        }
        let variant = variant_name(tag);
        for (other, other_variant) in &seen {
            if other.eq_ignore_ascii_case(tag) {
                return Err((
                    i,
                    format!(
                        "language `{tag}` is given twice (as `{other}` first); each document \
                         needs a language of its own"
                    ),
                ));
            }
            if *other_variant == variant {
                return Err((
                    i,
                    format!("tags `{other}` and `{tag}` both give the variant name `{variant}`"),
                ));
            }
        }
        seen.push((tag, variant));
    }
    Ok(())
}

/// The variant name for a tag: its subtags in UpperCamelCase, `zh-CN` →
/// `ZhCn`, `pt-BR` → `PtBr`, `zh-Hant-TW` → `ZhHantTw`, `en-x-old` →
/// `EnXOld`. For a tag that [`check_tag`] accepts, always an identifier.
pub fn variant_name(tag: &str) -> String {
    let mut name = String::with_capacity(tag.len());
    for subtag in tag.split(['-', '_']) {
        let mut chars = subtag.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn well_formed_tags() {
        for tag in [
            "en",
            "zh-CN",
            "pt-BR",
            "ja-JP",
            "zh-Hant-TW",
            "es-419",
            "sl-rozaj-biske",
            "de-CH-1996",
            "zh-yue-HK",
            "en-x-old",
            "zh-CN-x-old",
            "en-US-u-ca-gregory",
            "EN-us",
            "haw",
            "qaa",
        ] {
            assert_eq!(check_tag(tag), Ok(()), "{tag}");
        }
    }

    #[test]
    fn malformed_tags() {
        let cases = [
            ("", "empty"),
            ("e", "not a language subtag"),
            ("en-abcdefghi", "longer than 8"),
            ("zh_CN", "`-`, not `_`"),
            ("zh CN", "not allowed"),
            ("zh--CN", "empty"),
            ("zh-", "empty"),
            ("-zh", "empty"),
            ("1a", "not a language subtag"),
            ("中文", "not allowed"),
            ("en-x", "private use"),
            ("en-a", "extension"),
            ("x-private", "not a language subtag"),
            ("en-US-GB", "not in its place"),
            ("en-Latn-Latn", "not in its place"),
        ];
        for (tag, why) in cases {
            let error = check_tag(tag).expect_err(tag);
            assert!(error.contains(why), "{tag}: {error}");
        }
    }

    #[test]
    fn sets_of_tags() {
        assert_eq!(check_tags(["zh-CN", "en", "ja-JP"]), Ok(()));
        let (at, why) = check_tags(["zh-CN", "en", "EN"]).unwrap_err();
        assert_eq!(at, 2);
        assert!(why.contains("given twice (as `en` first)"), "{why}");
        let (at, why) = check_tags(["zh-CN", "zh-cn"]).unwrap_err();
        assert_eq!(at, 1);
        assert!(why.contains("twice"), "{why}");
        let (at, why) = check_tags(["en", "zh_CN"]).unwrap_err();
        assert_eq!(at, 1);
        assert!(why.contains("not a BCP 47 language tag"), "{why}");
    }

    #[test]
    fn variant_names_are_upper_camel_case() {
        assert_eq!(variant_name("zh-CN"), "ZhCn");
        assert_eq!(variant_name("pt-BR"), "PtBr");
        assert_eq!(variant_name("en"), "En");
        assert_eq!(variant_name("ja-JP"), "JaJp");
        assert_eq!(variant_name("zh-Hant-TW"), "ZhHantTw");
        assert_eq!(variant_name("en-x-old"), "EnXOld");
        assert_eq!(variant_name("es-419"), "Es419");
    }
}
