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

/// A scratch crate `name` whose `src/lib.rs` is `modules` (module name,
/// what it documents, its code) in a `no_std` library that denies missing
/// docs, linted with clippy's pedantic lints denied and documented with
/// private items (as in a binary crate); returns the scratch crate and the
/// sorted pages of each module's rustdoc.
fn lint_and_document(
    name: &str,
    modules: &[(String, String, String)],
) -> (Scratch, Vec<Vec<String>>) {
    let scratch = Scratch::new(name, "");
    let mut lib = String::from(
        "//! Generated types.\n#![no_std]\n#![forbid(unsafe_code)]\n#![deny(missing_docs)]\n\n",
    );
    for (module, path, code) in modules {
        let _ = writeln!(lib, "/// `{path}`.\npub mod {module} {{\n{code}\n}}\n");
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
    scratch.cargo(&["doc", "--quiet", "--no-deps", "--document-private-items"]);
    let pages = modules
        .iter()
        .map(|(module, _, _)| {
            let dir = scratch
                .target_dir()
                .join("doc")
                .join(name.replace('-', "_"))
                .join(module);
            let mut pages: Vec<String> = fs::read_dir(&dir)
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            pages.sort();
            pages
        })
        .collect();
    (scratch, pages)
}

#[test]
fn the_expansion_is_pedantic_clean_and_documents_no_helper() {
    let mut documents = vec![("seed", "docs/status.md".to_owned())];
    if let Some(corpus) = common::corpus() {
        let page = corpus.join("mdn-en-us-reference-status.md");
        documents.push(("mdn", page.display().to_string()));
    }
    let modules: Vec<(String, String, String)> = documents
        .iter()
        .map(|(module, path)| ((*module).to_owned(), path.clone(), expansion(path)))
        .collect();
    let (scratch, all_pages) = lint_and_document("pedantic", &modules);
    for ((module, _), pages) in documents.iter().zip(all_pages) {
        let dir = scratch.target_dir().join("doc/pedantic").join(module);
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

/// What `status-explain expand --catalogue` prints for the catalogue at
/// `path`, with the further `options` (`--column`, `--as`, `--translation`).
fn catalogue_expansion(path: &str, name: &str, options: &[&str]) -> String {
    let mut args = vec!["expand", "--catalogue", "--name", name];
    args.extend(options);
    args.push(path);
    common::stdout(
        Command::new(env!("CARGO_BIN_EXE_status-explain"))
            .args(&args)
            .current_dir(common::repo()),
    )
}

#[test]
fn the_catalogue_expansion_is_pedantic_clean_and_documents_no_helper() {
    // Each enum, its catalogue, its options, and whether its codes are
    // unique integers, which have a `TryFrom{Name}Error`. PayError has an
    // English translation, and so a language enum.
    let catalogues: [(&str, &str, &[&str], bool); 5] = [
        (
            "PayError",
            "tests/ui/pass/catalogue_chinese.md",
            &[
                "--column",
                "解决方案=solution",
                "--as",
                "zh-CN",
                "--translation",
                "en=tests/ui/pass/catalogue_chinese.en.md",
            ],
            true,
        ),
        (
            "ReturnCode",
            "tests/ui/pass/catalogue_negative.md",
            &[],
            true,
        ),
        (
            "Canonical",
            "tests/ui/pass/catalogue_grpc.md",
            &["--codes-may-repeat", "--column", "Retry after=retry_after"],
            false,
        ),
        (
            "ScrapeError",
            "tests/ui/pass/catalogue_strings.md",
            &["--column", "Fix=fix"],
            false,
        ),
        ("ApiError", "tests/ui/pass/catalogue_bullets.md", &[], true),
    ];
    let modules: Vec<(String, String, String)> = catalogues
        .iter()
        .map(|(name, path, columns, _)| {
            (
                name.to_lowercase(),
                (*path).to_owned(),
                catalogue_expansion(path, name, columns),
            )
        })
        .collect();
    let (scratch, all_pages) = lint_and_document("pedantic-catalogue", &modules);
    for ((name, _, _, try_from), pages) in catalogues.iter().zip(all_pages) {
        let dir = scratch
            .target_dir()
            .join("doc/pedantic_catalogue")
            .join(name.to_lowercase());
        // The enum, its error types (which say `Error` once: `PayError`
        // gives `ParsePayError`), and the module's index and sidebar.
        let object = name.strip_suffix("Error").unwrap_or(name);
        let mut expected = vec![
            format!("enum.{name}.html"),
            "index.html".to_owned(),
            "sidebar-items.js".to_owned(),
            format!("struct.Parse{object}Error.html"),
        ];
        if *try_from {
            expected.push(format!("struct.TryFrom{object}Error.html"));
        }
        // Its language enum is named after it.
        if *name == "PayError" {
            expected.push("enum.PayErrorLanguage.html".to_owned());
            expected.push("struct.ParsePayErrorLanguageError.html".to_owned());
        }
        expected.sort();
        assert_eq!(pages, expected);
        let html = fs::read_to_string(dir.join(format!("enum.{name}.html"))).unwrap();
        for helper in [
            "method.index",
            "NAMES",
            "CODES",
            "DESCRIPTIONS",
            "COLUMN_0",
            "MESSAGES_IN",
            "TRANSLATIONS",
            "eq_ignore_case",
            "parse_error",
        ] {
            assert!(!html.contains(helper), "{name} shows {helper}");
        }
    }
}
