//! Whatever bytes it is given, `check` returns either a table or errors with
//! valid positions, never panics, and is deterministic; and what `generate`
//! makes of the result always parses as a Rust file (`syn::parse_file`):
//! when `check` passes, the macro's expansion is valid Rust syntax, and after
//! an error its skeleton adds no syntax error of its own.
//!
//! Besides mutated real documents, documents generated from a seed
//! (`common/documents.rs`, shared with tests/generated.rs, which compiles a
//! sample of them with rustc).
//!
//! The property test mutates real documents: the corpus in tests/corpus/;
//! from the repository, also the seed (docs/status.md); and, when the
//! project's `shared/` folder sits beside the repository, the MDN documents
//! in shared/corpus/. Set `PROPTEST_CASES` to run longer (the test suite
//! runs 512 cases, CI also a release run of 20,000).

use std::collections::HashSet;
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::Config;

use status_codegen::expand::Options;
use status_codegen::{Checked, check, generate};

#[path = "common/documents.rs"]
mod documents;
#[path = "common/mutation.rs"]
mod mutations;

use mutations::Mutation;

fn corpus() -> Vec<Vec<u8>> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut documents = Vec::new();
    // The seed, when run from the repository (not from the published crate).
    if let Ok(seed) = std::fs::read(here.join("../docs/status.md")) {
        documents.push(seed);
    }
    // Besides MDN's pages, the documents from the wild: every shape the
    // reader knows (tables, HTML tables, one-line bullets, headings per
    // code).
    for dir in [
        here.join("tests/corpus"),
        here.join("../../shared/corpus"),
        here.join("../../shared/corpus/wild"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .filter(|p| !p.ends_with("SOURCES.md"))
            .collect();
        paths.sort();
        for path in paths {
            documents.push(std::fs::read(path).unwrap());
        }
    }
    documents
}

/// Pieces of Markdown and text that make interesting mutations.
const SNIPPETS: &[&str] = &[
    "\n",
    "\r\n",
    "\n\n",
    "  ",
    "\t",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "## ",
    "# ",
    "### ",
    "```",
    "~~~",
    "    ",
    "> ",
    "[",
    "]",
    "(",
    ")",
    "`",
    "*",
    "_",
    "404",
    "404 Not Found",
    "200 Ok",
    "999",
    "4040",
    "Self",
    "Not-Found",
    "中文",
    "\u{FEFF}",
    "<b>",
    "</b>",
    "&amp;",
    "&#91;",
    "|",
    "---",
    "https://x.example/",
    "[x]: https://r",
    "\\",
    "é",
    "😀",
    "\u{0}",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    mutations::mutation(SNIPPETS.len())
}

fn apply(doc: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    mutations::apply(doc, mutations, SNIPPETS)
}

/// The invariants every result satisfies.
fn assert_sound(checked: &Checked) {
    let text = checked.source.text();
    // Lines end at \n, \r\n or a lone \r.
    let lines = 1 + text.replace("\r\n", "\n").matches(['\n', '\r']).count();
    for diagnostic in &checked.diagnostics {
        for label in std::iter::once(&diagnostic.primary).chain(&diagnostic.secondary) {
            assert!(label.span.start <= label.span.end, "{diagnostic:?}");
            assert!(label.span.end <= text.len() + 1, "{diagnostic:?}");
            let position = checked.source.position(label.span.start);
            assert!(
                position.line >= 1 && position.line <= lines,
                "{diagnostic:?}"
            );
            assert!(position.column >= 1);
        }
        let rendered = diagnostic.render(&checked.source);
        let located = if diagnostic.quoted {
            " --> t.md:"
        } else {
            " --> t.md\n"
        };
        assert!(rendered.contains(located), "{rendered}");
    }
    if checked.diagnostics.is_empty() {
        assert!(!checked.table.entries.is_empty());
    }
    let mut codes = HashSet::new();
    let mut idents = HashSet::new();
    for entry in &checked.table.entries {
        assert!((100..=599).contains(&entry.code));
        assert!(codes.insert(entry.code), "duplicate {}", entry.code);
        assert!(
            idents.insert(entry.ident.clone()),
            "duplicate {}",
            entry.ident
        );
        assert!(entry.ident.chars().all(|c| c.is_ascii_alphanumeric()));
        assert!(entry.ident.starts_with(|c: char| c.is_ascii_uppercase()));
        let class = entry.class;
        assert!(checked.table.classes.iter().any(|c| c.class == class));
    }
    // The expansion is a valid Rust file, with or without errors.
    let tokens = generate(
        checked,
        &Options::new("t.md"),
        proc_macro2::Span::call_site(),
    );
    let text = tokens.to_string();
    if let Err(error) = syn::parse_file(&text) {
        let problems: Vec<&str> = checked
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        panic!("the expansion does not parse ({error}); the document's problems: {problems:#?}");
    }
}

proptest! {
    #![proptest_config(Config {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(512),
        failure_persistence: None,
        ..Config::default()
    })]

    #[test]
    fn mutated_documents_give_a_table_or_located_errors(
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 0..12),
    ) {
        let documents = corpus();
        let base = documents[pick.index(documents.len())].clone();
        let bytes = apply(base, &mutations);
        let checked = check("t.md", &bytes);
        assert_sound(&checked);
        let again = check("t.md", &bytes);
        prop_assert_eq!(&checked.diagnostics, &again.diagnostics);
        prop_assert_eq!(&checked.table, &again.table);
        let tokens = |checked: &Checked| {
            generate(checked, &Options::new("t.md"), proc_macro2::Span::call_site()).to_string()
        };
        prop_assert_eq!(tokens(&checked), tokens(&again));
    }

    #[test]
    fn generated_documents_expand_to_rust(
        seed in any::<u64>(),
        mutations in prop::collection::vec(mutation(), 0..3),
    ) {
        let bytes = apply(documents::document(seed).into_bytes(), &mutations);
        assert_sound(&check("t.md", &bytes));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        assert_sound(&check("t.md", &bytes));
    }

    #[test]
    fn arbitrary_markdownish_text_never_panics(
        pieces in prop::collection::vec(0..SNIPPETS.len(), 0..200)
    ) {
        let text: String = pieces.iter().map(|&i| SNIPPETS[i]).collect();
        assert_sound(&check("t.md", text.as_bytes()));
    }
}

#[test]
fn every_corpus_document_is_sound() {
    for document in corpus() {
        assert_sound(&check("t.md", &document));
    }
}

/// The generated documents are mostly valid, so that the differential tests
/// check expansions of accepted documents, not only of rejected ones.
#[test]
fn most_generated_documents_pass_check() {
    let passed = (0..200)
        .filter(|&seed| {
            let checked = check("t.md", documents::document(seed).as_bytes());
            assert_sound(&checked);
            checked.diagnostics.is_empty()
        })
        .count();
    assert!(
        passed >= 100,
        "only {passed} of 200 generated documents pass"
    );
}
