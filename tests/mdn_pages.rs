//! MDN's status pages, unmodified, build in a downstream crate: one
//! `status_table!` per page of `../shared/corpus/`, in a crate under
//! `#![deny(missing_docs, warnings)]` whose docs build with
//! `RUSTDOCFLAGS=-Dwarnings`. Skipped, with a message, where that directory
//! is absent.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

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
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(corpus) = corpus.canonicalize() else {
        eprintln!(
            "skipped: {} is absent; MDN's pages are read from there",
            corpus.display()
        );
        return;
    };
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join("mdn-pages");
    // The target directory of tests/regenerate.rs: the macro is built once.
    let target = tmp.join("regenerate-target");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();

    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"mdn-pages\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nstatus-macros = {{ path = {:?} }}\n\n[workspace]\n",
            repo.join("status-macros").display().to_string()
        ),
    )
    .unwrap();
    fs::copy(repo.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();

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
    fs::write(dir.join("src/lib.rs"), lib).unwrap();
    fs::write(dir.join("src/main.rs"), main).unwrap();

    let cargo = |args: &[&str]| {
        let output = Command::new(env!("CARGO"))
            .args(args)
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("RUSTDOCFLAGS", "-Dwarnings")
            .env_remove("RUSTFLAGS")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "cargo {args:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(cargo(&["run", "--quiet"]), expected);
    cargo(&["doc", "--no-deps", "--quiet"]);
}
