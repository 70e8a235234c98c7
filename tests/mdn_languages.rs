//! Several languages on MDN's real pages: one type built from the four
//! pages of `../shared/corpus/`, the current English page (reference) as
//! primary and the three others as translations, in a downstream crate
//! whose own tests (and a proptest) check it. Skipped, with a message,
//! where that directory is absent.
//!
//! The four pages are two languages at two dates, and tags must differ, so
//! the older pages take a private-use subtag (RFC 5646, section 2.2.7):
//!
//! | tag | page |
//! | --- | --- |
//! | `en-US` (primary) | mdn-en-us-reference-status.md |
//! | `zh-CN` | mdn-zh-cn-reference-status.md |
//! | `en-US-x-old` | mdn-en-us-status.md |
//! | `zh-CN-x-old` | mdn-zh-cn-status.md |
//! | `zh-CN-x-partial` | the zh-CN page without its 1xx section, 418 and 451 |
//!
//! The four pages list the same 63 codes, so a fifth document, written
//! into the scratch crate at test time (never into this repository),
//! lacks some: it is the zh-CN page with one section and two entries cut
//! out, for the fallbacks. Each page is also built alone, and every
//! `description_in` must be that page's own `description()`.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

mod common;

/// Module name, tag and file of each document, the primary first.
const PAGES: [(&str, &str, &str); 5] = [
    ("en_us", "en-US", "mdn-en-us-reference-status.md"),
    ("zh_cn", "zh-CN", "mdn-zh-cn-reference-status.md"),
    ("en_us_old", "en-US-x-old", "mdn-en-us-status.md"),
    ("zh_cn_old", "zh-CN-x-old", "mdn-zh-cn-status.md"),
    ("zh_cn_partial", "zh-CN-x-partial", "partial.md"),
];

const TESTS: &str = r#"
use mdn_languages::multi::{Language, StatusClass, StatusCode};
use mdn_languages::{en_us, en_us_old, zh_cn, zh_cn_old, zh_cn_partial};
use proptest::prelude::*;

/// The description of `code` in the page built alone, if it lists it.
fn alone(language: Language, code: u16) -> Option<&'static str> {
    match language {
        Language::EnUs => en_us::StatusCode::from_u16(code).map(|s| s.description()),
        Language::ZhCn => zh_cn::StatusCode::from_u16(code).map(|s| s.description()),
        Language::EnUsXOld => en_us_old::StatusCode::from_u16(code).map(|s| s.description()),
        Language::ZhCnXOld => zh_cn_old::StatusCode::from_u16(code).map(|s| s.description()),
        Language::ZhCnXPartial => zh_cn_partial::StatusCode::from_u16(code).map(|s| s.description()),
    }
}

#[test]
fn the_languages_in_call_order() {
    use Language::*;
    assert_eq!(Language::ALL, [EnUs, ZhCn, EnUsXOld, ZhCnXOld, ZhCnXPartial]);
    let tags: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, ["en-US", "zh-CN", "en-US-x-old", "zh-CN-x-old", "zh-CN-x-partial"]);
    for language in Language::ALL {
        assert_eq!(language.to_string().parse::<Language>(), Ok(language));
        assert_eq!(language.tag().to_lowercase().replace('-', "_").parse::<Language>(), Ok(language));
    }
    assert!("zh".parse::<Language>().is_err());
}

#[test]
fn description_in_every_code_and_language() {
    assert_eq!(StatusCode::ALL.len(), 63);
    for status in StatusCode::ALL {
        let code = status.code();
        let primary = alone(Language::EnUs, code).expect("the primary lists it");
        assert_eq!(status.description(), primary);
        for language in Language::ALL {
            match alone(language, code) {
                Some(text) => {
                    assert_eq!(status.description_in(language), text, "{code} {language}");
                    assert_eq!(status.translation(language), Some(text), "{code} {language}");
                }
                None => {
                    assert_eq!(status.description_in(language), primary, "{code} {language}");
                    assert_eq!(status.translation(language), None, "{code} {language}");
                }
            }
        }
    }
    // The Chinese pages are in Chinese, the English ones in English.
    let not_found = StatusCode::from_u16(404).unwrap();
    assert!(not_found.description_in(Language::ZhCn).contains("服务器"));
    assert!(not_found.description_in(Language::EnUsXOld).contains("server"));
}

#[test]
fn fallbacks_where_a_page_lacks_a_code() {
    let lacking: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|s| s.translation(Language::ZhCnXPartial).is_none())
        .map(|s| s.code())
        .collect();
    assert_eq!(lacking, [100, 101, 102, 103, 418, 451]);
    for code in lacking {
        let status = StatusCode::from_u16(code).unwrap();
        assert_eq!(status.description_in(Language::ZhCnXPartial), status.description());
    }
    for language in [Language::ZhCn, Language::EnUsXOld, Language::ZhCnXOld] {
        assert!(StatusCode::ALL.iter().all(|s| s.translation(language).is_some()));
    }
    // Titles: each page's headings; the primary's where a section is missing.
    assert_eq!(StatusClass::ClientError.title_in(Language::ZhCn), zh_cn::StatusClass::ClientError.title());
    assert_eq!(StatusClass::ClientError.title_in(Language::EnUs), StatusClass::ClientError.title());
    assert_eq!(StatusClass::Informational.title_in(Language::ZhCnXPartial), StatusClass::Informational.title());
    assert_eq!(StatusClass::Success.title_in(Language::ZhCnXPartial), zh_cn::StatusClass::Success.title());
    for class in StatusClass::ALL {
        for language in Language::ALL {
            assert!(!class.title_in(language).is_empty());
        }
    }
}

#[test]
fn negotiate_real_header_values() {
    use Language::*;
    let cases = [
        // A Chinese browser.
        ("zh-CN,zh;q=0.9,en;q=0.8", ZhCn),
        ("zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7", ZhCn),
        // An English one.
        ("en-US,en;q=0.9", EnUs),
        ("en-GB,en;q=0.9", EnUs),
        // Lookup drops subtags from the end: zh-CN-x-old-more finds zh-CN-x-old.
        ("zh-CN-x-old-more", ZhCnXOld),
        ("ZH-cn-X-OLD", ZhCnXOld),
        // Qualities rank; ties keep the header's order.
        ("en-US;q=0.5, zh-CN;q=0.6", ZhCn),
        ("en-US;q=0.6, zh-CN;q=0.6", EnUs),
        ("zh-CN;q=0.6, en-US;q=0.6", ZhCn),
        ("zh-CN ; q=1.000 , en-US", ZhCn),
        ("zh-CN;q=0, en-US-x-old", EnUsXOld),
        // Not offered: the primary.
        ("ja", EnUs),
        ("ja-JP,ja;q=0.9", EnUs),
        ("fr-CH, fr;q=0.9, de;q=0.7", EnUs),
        // A prefix of a tag finds it when lookup finds nothing.
        ("zh", ZhCn),
        ("ja, zh;q=0.5", ZhCn),
        // `*`: the first language no other range names.
        ("*", EnUs),
        ("en-US, *;q=0.5", EnUs),
        ("en-US;q=0.1, *", ZhCn),
        // Empty and garbage.
        ("", EnUs),
        (" , ,, ;;", EnUs),
        ("q=0.5", EnUs),
        ("zh-CN;q=2", EnUs),
        ("zh-CN;q=0.1234", EnUs),
        ("zh-CN;q=abc, en-US-x-old;q=0.1", EnUsXOld),
        ("\u{0}\u{7f}ü中文;q=;=,-", EnUs),
        ("-,--,-zh-CN", EnUs),
    ];
    for (header, expected) in cases {
        assert_eq!(Language::negotiate(header), expected, "{header:?}");
    }
    const CHOSEN: Language = Language::negotiate("zh-CN");
    assert_eq!(CHOSEN, ZhCn);
}

/// Pieces of Accept-Language values, well-formed and not.
fn header() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("zh-CN".to_owned()),
        Just("en".to_owned()),
        Just("en-US-x-old".to_owned()),
        Just("*".to_owned()),
        Just(";q=".to_owned()),
        Just(",".to_owned()),
        Just("-".to_owned()),
        Just(" ".to_owned()),
        "q=[0-9.]{0,6}",
        "[a-zA-Z]{1,9}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn negotiate_never_panics_and_returns_a_language_of_the_type(header in header()) {
        let language = Language::negotiate(&header);
        prop_assert!(Language::ALL.contains(&language));
    }

    #[test]
    fn negotiate_on_any_string(header in any::<String>()) {
        prop_assert!(Language::ALL.contains(&Language::negotiate(&header)));
    }

    #[test]
    fn a_language_alone_is_chosen(i in 0..5usize, q in 1..=1000u16) {
        let language = Language::ALL[i];
        let header = format!("{};q={}", language.tag(), f64::from(q) / 1000.0);
        prop_assert_eq!(Language::negotiate(&header), language);
    }
}
"#;

/// `page` without the lines from the one starting `from` up to the next
/// line starting `- ` or `## ` after it.
fn cut(page: &str, from: &str) -> String {
    let mut out = String::new();
    let mut cutting = false;
    for line in page.split_inclusive('\n') {
        if line.starts_with(from) {
            cutting = true;
            if from.starts_with("## ") {
                // Cut the whole section: up to the next heading.
                continue;
            }
            continue;
        }
        if cutting
            && (line.starts_with("## ") || (!from.starts_with("## ") && line.starts_with("- ")))
        {
            cutting = false;
        }
        if !cutting {
            out.push_str(line);
        }
    }
    out
}

#[test]
fn one_type_from_mdn_pages_in_four_languages() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join("mdn-languages");
    // The target directory of tests/regenerate.rs: the macro is built once.
    let target = tmp.join("regenerate-target");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::create_dir_all(dir.join("tests")).unwrap();

    let zh_cn = fs::read_to_string(corpus.join("mdn-zh-cn-reference-status.md")).unwrap();
    let mut partial = cut(&zh_cn, "## 信息响应");
    for entry in ["- {{HTTPStatus(418", "- {{HTTPStatus(451"] {
        let before = partial.len();
        partial = cut(&partial, entry);
        assert!(partial.len() < before, "{entry} is in the page");
    }
    fs::write(dir.join("partial.md"), partial).unwrap();

    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"mdn-languages\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nstatus-macros = {{ path = {:?} }}\n\n\
             [dev-dependencies]\nproptest = {{ version = \"1.5\", default-features = false, features = [\"std\"] }}\n\n\
             [workspace]\n",
            repo.join("status-macros").display().to_string()
        ),
    )
    .unwrap();
    // The repository's lock file holds proptest (a dev-dependency of
    // status-codegen): the scratch crate resolves without the network.
    fs::copy(repo.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();

    let path = |file: &str| {
        if file == "partial.md" {
            "partial.md".to_owned()
        } else {
            corpus.join(file).display().to_string()
        }
    };
    let mut lib = String::from(
        "//! MDN's status pages as one type in five languages.\n#![deny(missing_docs, warnings)]\n#![forbid(unsafe_code)]\n\n\
         /// All the pages.\npub mod multi {\n    status_macros::status_table! {\n",
    );
    let (_, primary_tag, primary_file) = PAGES[0];
    let _ = writeln!(
        lib,
        "        pub enum StatusCode in {:?} as {primary_tag:?};",
        path(primary_file)
    );
    for (_, tag, file) in &PAGES[1..] {
        let _ = writeln!(lib, "        translation {tag:?} in {:?};", path(file));
    }
    lib.push_str("    }\n}\n");
    for (module, _, file) in PAGES {
        let _ = writeln!(
            lib,
            "/// `{file}` alone.\npub mod {module} {{\n    status_macros::status_table!({:?});\n}}",
            path(file)
        );
    }
    fs::write(dir.join("src/lib.rs"), lib).unwrap();
    fs::write(dir.join("tests/languages.rs"), TESTS).unwrap();

    let cargo = |args: &[&str]| {
        let output = Command::new(env!("CARGO"))
            .args(args)
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("RUSTDOCFLAGS", "-Dwarnings")
            .env_remove("RUSTFLAGS")
            .env_remove("PROPTEST_CASES")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "cargo {args:?} failed:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let tests = cargo(&["test", "--quiet", "--offline", "--test", "languages"]);
    assert!(tests.contains("7 passed"), "{tests}");
    cargo(&["doc", "--no-deps", "--quiet", "--offline"]);
}
