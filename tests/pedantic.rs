//! The code `status-explain expand` prints, from the seed document and from
//! an MDN page, passes clippy's pedantic lints, denied: built as the source
//! of a scratch crate, not through the macro, since clippy leaves most code
//! that a macro expands to alone. Its rustdoc, with private items, shows no
//! private helper on the generated types. The MDN part is skipped, with a
//! message, where `../shared/corpus` is absent.

use std::fmt::Write as _;
use std::fs;
use std::process::Command;

mod common;

use common::Scratch;

/// What `status-explain expand` prints for the document at `path`.
fn expansion(path: &str) -> String {
    common::stdout(
        Command::new(env!("CARGO_BIN_EXE_status-explain"))
            .args(["expand", path])
            .current_dir(common::repo()),
    )
}

#[test]
fn the_expansion_is_pedantic_clean_and_documents_no_helper() {
    let mut documents = vec![("seed", "docs/status.md".to_owned())];
    if let Some(corpus) = common::corpus() {
        let page = corpus.join("mdn-en-us-reference-status.md");
        documents.push(("mdn", page.display().to_string()));
    }
    let scratch = Scratch::new("pedantic", "");
    let mut lib = String::from(
        "//! Generated status types.\n#![no_std]\n#![forbid(unsafe_code)]\n#![deny(missing_docs)]\n\n",
    );
    for (module, path) in &documents {
        let _ = writeln!(
            lib,
            "/// `{path}`.\npub mod {module} {{\n{}\n}}\n",
            expansion(path)
        );
    }
    scratch.write("src/lib.rs", &lib);

    scratch.cargo(&[
        "clippy",
        "--quiet",
        "--",
        "-W",
        "clippy::pedantic",
        "-D",
        "warnings",
    ]);

    // As in a binary crate, whose rustdoc documents private items.
    scratch.cargo(&["doc", "--quiet", "--no-deps", "--document-private-items"]);
    for (module, _) in &documents {
        let dir = scratch.target_dir().join("doc/pedantic").join(module);
        let mut pages: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        pages.sort();
        // Two enums, two structs, and the module's index and sidebar.
        assert_eq!(
            pages,
            [
                "enum.StatusClass.html",
                "enum.StatusCode.html",
                "index.html",
                "sidebar-items.js",
                "struct.ParseStatusCodeError.html",
                "struct.TryFromStatusCodeError.html",
            ],
            "{module}"
        );
        for page in pages {
            let html = fs::read_to_string(dir.join(&page)).unwrap();
            for helper in HELPERS {
                assert!(!html.contains(helper), "{module}/{page} shows {helper}");
            }
        }
    }
}

/// The same with two languages (`expand --as zh-CN --translation
/// en=docs/status.en.md`): the language enum, its error type and the
/// methods that read the translations are pedantic-clean too, and their
/// helpers stay in their `const _` block.
#[test]
fn the_expansion_with_languages_is_pedantic_clean_and_documents_no_helper() {
    let code = common::stdout(
        Command::new(env!("CARGO_BIN_EXE_status-explain"))
            .args([
                "expand",
                "--as",
                "zh-CN",
                "--translation",
                "en=docs/status.en.md",
                "docs/status.md",
            ])
            .current_dir(common::repo()),
    );
    let scratch = Scratch::new("pedantic-languages", "");
    scratch.write(
        "src/lib.rs",
        &format!(
            "//! Generated status types in two languages.\n#![no_std]\n#![forbid(unsafe_code)]\n\
             #![deny(missing_docs)]\n\n{code}\n"
        ),
    );
    scratch.cargo(&[
        "clippy",
        "--quiet",
        "--",
        "-W",
        "clippy::pedantic",
        "-D",
        "warnings",
    ]);
    scratch.cargo(&["doc", "--quiet", "--no-deps", "--document-private-items"]);
    let dir = scratch.target_dir().join("doc/pedantic_languages");
    let mut pages: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".html") && name != "index.html" && name != "all.html")
        .collect();
    pages.sort();
    assert_eq!(
        pages,
        [
            "enum.Language.html",
            "enum.StatusClass.html",
            "enum.StatusCode.html",
            "struct.ParseLanguageError.html",
            "struct.ParseStatusCodeError.html",
            "struct.TryFromStatusCodeError.html",
        ]
    );
    for page in pages {
        let html = fs::read_to_string(dir.join(&page)).unwrap();
        for helper in HELPERS.iter().chain(&LANGUAGE_HELPERS) {
            assert!(!html.contains(helper), "{page} shows {helper}");
        }
    }
}

/// The helpers of the language items, as rustdoc would name them.
const LANGUAGE_HELPERS: [&str; 8] = [
    "TAGS",
    "TRANSLATIONS",
    "TITLES",
    "method.fold",
    "method.qvalue",
    "method.quality",
    "method.element",
    "method.unnamed",
];

/// How rustdoc names the generated code's private helpers (and the ones
/// it had before) when they are items of a generated type.
const HELPERS: [&str; 17] = [
    "associatedconstant.MIN",
    "associatedconstant.MAX",
    "associatedconstant.SLOTS",
    "associatedconstant.BY_CODE",
    "associatedconstant.REASONS",
    "associatedconstant.LINES",
    "associatedconstant.DESCRIPTIONS",
    "PHRASE_SLOTS",
    "PHRASES",
    "phrase_word",
    "method.index",
    "method.parse",
    "parse_code_and_reason",
    "eq_reason",
    "three_digits",
    "method.new",
    "parse_error",
];
