//! The benchmarks compare like with like: the hand-written reference enum
//! and the generated `StatusCode` give the same answers, and the generated
//! fast paths (`from_u16`'s table, `from_reason`'s dispatch and branch-free
//! comparison) agree with a plain implementation built on
//! `eq_ignore_ascii_case`, which reads the IANA registry's phrase too where
//! the document writes another.

use status_bench::reference;
use status_codes::StatusCode;

/// The IANA registry's phrase for each code of the document.
const REGISTRY: [(u16, &str); 26] = [
    (100, "Continue"),
    (101, "Switching Protocols"),
    (200, "OK"),
    (201, "Created"),
    (202, "Accepted"),
    (203, "Non-Authoritative Information"),
    (204, "No Content"),
    (300, "Multiple Choices"),
    (301, "Moved Permanently"),
    (302, "Found"),
    (303, "See Other"),
    (304, "Not Modified"),
    (307, "Temporary Redirect"),
    (308, "Permanent Redirect"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (500, "Internal Server Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Gateway Timeout"),
    (505, "HTTP Version Not Supported"),
];

/// The registry's phrase for `status`.
fn registry(status: StatusCode) -> &'static str {
    REGISTRY
        .iter()
        .find(|(code, _)| *code == status.code())
        .map(|(_, phrase)| *phrase)
        .expect("every code of the document is registered")
}

/// The generated type's parse rules, written plainly.
fn spec_parse(s: &str) -> Option<StatusCode> {
    let bytes = s.as_bytes();
    if bytes.len() >= 3 && bytes[..3].iter().all(u8::is_ascii_digit) {
        let status = StatusCode::from_u16(s[..3].parse().ok()?)?;
        return match &s[3..] {
            "" => Some(status),
            rest => rest
                .strip_prefix(' ')
                .and_then(spec_from_reason)
                .filter(|found| *found == status),
        };
    }
    spec_from_reason(s)
}

/// A document's phrase, in any ASCII case; else the registry's phrase of
/// a code, which another code's phrase in the document would have won.
fn spec_from_reason(s: &str) -> Option<StatusCode> {
    let all = StatusCode::ALL.into_iter();
    all.clone()
        .find(|status| status.reason().eq_ignore_ascii_case(s))
        .or_else(|| {
            all.into_iter()
                .find(|status| registry(*status).eq_ignore_ascii_case(s))
        })
}

/// Strings near the reason phrases, the document's and the registry's:
/// every phrase with each character replaced by a set of others, and in
/// several cases.
fn near_reasons() -> Vec<String> {
    let replacements: Vec<char> = (0u8..=0x7f)
        .map(char::from)
        .chain(['é', 'ſ', 'K', '\u{a0}', '’', '响'])
        .collect();
    let mut out = Vec::new();
    for status in StatusCode::ALL {
        for reason in [status.reason(), registry(status)] {
            out.push(reason.to_owned());
            out.push(reason.to_ascii_lowercase());
            out.push(reason.to_ascii_uppercase());
            out.push(format!("{reason} "));
            out.push(reason[..reason.len() - 1].to_owned());
            out.push(format!("{} {reason}", status.code()));
            out.push(format!("{} {}", status.code(), reason.to_ascii_uppercase()));
            out.push(format!("{}  {reason}", status.code()));
            out.push(format!("{} {reason}", status.code() + 1));
            for (i, old) in reason.char_indices() {
                for &c in &replacements {
                    let mut s = String::with_capacity(reason.len() + 4);
                    s.push_str(&reason[..i]);
                    s.push(c);
                    s.push_str(&reason[i + old.len_utf8()..]);
                    out.push(s);
                }
            }
        }
    }
    out
}

#[test]
fn the_registry_phrases_parse_where_the_document_writes_others() {
    let differ: Vec<(u16, &str)> = StatusCode::ALL
        .into_iter()
        .filter(|status| status.reason() != registry(*status))
        .map(|status| (status.code(), registry(status)))
        .collect();
    assert_eq!(
        differ,
        [
            (101, "Switching Protocols"),
            (200, "OK"),
            (300, "Multiple Choices"),
            (505, "HTTP Version Not Supported"),
        ]
    );
    for (code, phrase) in differ {
        let status = StatusCode::from_reason(phrase).map(StatusCode::code);
        assert_eq!(status, Some(code), "{phrase}");
    }
}

#[test]
fn from_u16_agrees_for_every_u16() {
    for code in 0..=u16::MAX {
        let ours = StatusCode::from_u16(code);
        let hand = reference::StatusCode::from_u16(code);
        assert_eq!(
            ours.map(StatusCode::code),
            hand.map(reference::StatusCode::code),
            "{code}"
        );
        assert_eq!(
            ours,
            StatusCode::ALL.into_iter().find(|s| s.code() == code),
            "{code}"
        );
    }
}

#[test]
fn every_method_agrees_with_the_reference_and_http() {
    assert_eq!(StatusCode::ALL.len(), reference::StatusCode::ALL.len());
    for (ours, hand) in StatusCode::ALL.into_iter().zip(reference::StatusCode::ALL) {
        assert_eq!(ours.code(), hand.code());
        assert_eq!(ours.reason(), hand.reason());
        assert_eq!(ours.as_str(), hand.as_str());
        assert_eq!(ours.to_string(), hand.to_string());
        assert_eq!(format!("{ours:>40}"), format!("{hand:>40}"));
        let http = http::StatusCode::from_u16(ours.code()).unwrap();
        assert_eq!(http.as_u16(), ours.code());
        assert_eq!(
            http.to_string().split_once(' ').unwrap().0,
            ours.code().to_string()
        );
    }
}

#[test]
fn parsing_agrees_with_the_plain_rules() {
    let mut inputs = near_reasons();
    inputs.extend((0..1100).map(|n| n.to_string()));
    inputs.extend((0..1000).map(|n| format!("{n:03}")));
    inputs.extend(
        [
            "",
            " ",
            "4",
            "40",
            "4040",
            "404 ",
            "404x",
            " 404",
            "+404",
            "٤٠٤",
            "404\u{a0}Not Found",
        ]
        .map(String::from),
    );
    for input in &inputs {
        let ours = input.parse::<StatusCode>().ok();
        assert_eq!(ours, spec_parse(input), "{input:?}");
        assert_eq!(
            StatusCode::from_reason(input),
            spec_from_reason(input),
            "{input:?}"
        );
        if !input.contains(' ') || spec_from_reason(input).is_some() {
            let hand = input.parse::<reference::StatusCode>().ok();
            assert_eq!(
                ours.map(StatusCode::code),
                hand.map(reference::StatusCode::code),
                "{input:?}"
            );
        }
    }
}

/// The generated code for `bytes`, as text.
fn generated(bytes: &[u8]) -> String {
    let checked = status_codegen::check("docs/status.md", bytes);
    assert!(checked.diagnostics.is_empty());
    let options = status_codegen::expand::Options::new("docs/status.md");
    status_codegen::generate(&checked, &options, proc_macro2::Span::call_site()).to_string()
}

#[test]
fn the_seed_document_gets_a_perfect_phrase_hash_and_a_large_one_the_fallback() {
    let seed = generated(include_bytes!("../docs/status.md"));
    assert!(seed.contains("PHRASES"), "no perfect hash for the seed");
    assert_eq!(
        seed,
        generated(include_bytes!("../docs/status.md")),
        "not deterministic"
    );
    let large = generated(status_bench::document::large().as_bytes());
    assert!(!large.contains("PHRASES"));
    assert!(large.contains("from_reason"));
}
