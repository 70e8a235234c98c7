//! MDN's status pages, unmodified, build in a downstream crate: one
//! `status_table!` per page of `../shared/corpus/`, in a crate under
//! `#![deny(missing_docs, warnings)]` whose docs build with
//! `RUSTDOCFLAGS=-Dwarnings`. Skipped, with a message, where that directory
//! is absent.

use std::fmt::Write as _;

mod common;

use common::Scratch;

/// Each page's module name and file, with its deprecated and experimental
/// codes, as the program below prints them.
const PAGES: [(&str, &str, &str); 4] = [
    (
        "en_us_reference",
        "mdn-en-us-reference-status.md",
        "63 5 deprecated [102, 305] experimental [425]",
    ),
    (
        "en_us",
        "mdn-en-us-status.md",
        "63 5 deprecated [305] experimental [402, 425]",
    ),
    (
        "zh_cn_reference",
        "mdn-zh-cn-reference-status.md",
        "63 5 deprecated [305] experimental [402, 425]",
    ),
    (
        "zh_cn",
        "mdn-zh-cn-status.md",
        "63 5 deprecated [305] experimental [402, 425]",
    ),
];

const MAIN: &str = r#"
macro_rules! facts {
    ($module:ident) => {{
        use mdn_pages::$module::{StatusClass, StatusCode};
        let flagged = |flag: fn(StatusCode) -> bool| {
            StatusCode::ALL.iter().copied().filter(|s| flag(*s)).map(StatusCode::code).collect::<Vec<_>>()
        };
        for status in StatusCode::ALL {
            assert_eq!(status.as_str().parse::<StatusCode>(), Ok(status));
            assert!(!status.description().is_empty());
        }
        println!(
            "{} {} {} deprecated {:?} experimental {:?}",
            stringify!($module),
            StatusCode::ALL.len(),
            StatusClass::ALL.len(),
            flagged(StatusCode::is_deprecated),
            flagged(StatusCode::is_experimental),
        );
    }};
}
"#;

#[test]
fn every_mdn_page_builds_and_documents_cleanly() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let scratch = Scratch::new("mdn-pages", "status-macros = { path = {status_macros} }");

    let mut lib = String::from(
        "//! MDN's status pages as types.\n#![deny(missing_docs, warnings)]\n#![forbid(unsafe_code)]\n",
    );
    let mut main = String::from(MAIN);
    main.push_str("fn main() {\n");
    let mut expected = String::new();
    for (module, file, facts) in PAGES {
        let path = corpus.join(file).display().to_string();
        let _ = writeln!(
            lib,
            "/// `{file}`.\npub mod {module} {{\n    status_macros::status_table!({path:?});\n}}"
        );
        let _ = writeln!(main, "    facts!({module});");
        let _ = writeln!(expected, "{module} {facts}");
    }
    main.push_str("}\n");
    scratch.write("src/lib.rs", &lib);
    scratch.write("src/main.rs", &main);

    assert_eq!(scratch.cargo(&["run", "--quiet"]), expected);
    scratch.cargo(&["doc", "--no-deps", "--quiet"]);
}
