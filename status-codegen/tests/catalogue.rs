//! Whatever bytes it is given, `catalogue::check` returns entries or errors
//! with valid positions, never panics, and is deterministic; and what
//! `catalogue::generate` makes of the result always parses as a Rust file:
//! after an error too, the expansion adds no syntax error of its own.
//!
//! The property test mutates the catalogue fixtures of the UI tests
//! (tests/ui/pass/catalogue_*.md). Set `PROPTEST_CASES` to run longer.

use std::collections::HashSet;
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::Config;

#[path = "common/mutation.rs"]
mod mutations;

use mutations::Mutation;
use status_codegen::catalogue::model::{Value, ValueType};
use status_codegen::catalogue::{
    self, CatalogueOptions, CheckedCatalogue, ColumnRequest, expand::Options,
};

fn fixtures() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui/pass");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        // The published crate has no UI tests: a fixture of its own.
        return vec![b"| code | name | description |\n| - | - | - |\n| 1 | A | a |\n".to_vec()];
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("catalogue_") && n.ends_with(".md"))
        })
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// Pieces of Markdown and table text that make interesting mutations.
const SNIPPETS: &[&str] = &[
    "\n",
    "\r\n",
    "\n\n",
    "|",
    " | ",
    "\\|",
    "| -- |",
    "<br>",
    "**",
    "`",
    "- ",
    "## ",
    "-1",
    "99999999999999999999",
    "40001",
    "E_EMPTY",
    "INVALID_SIGNATURE",
    "错误码",
    "名称",
    "描述",
    "解决方案",
    "Self",
    "{{",
    "[",
    "\u{200B}",
    "\u{0}",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    mutations::mutation(SNIPPETS.len())
}

fn apply(doc: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    mutations::apply(doc, mutations, SNIPPETS)
}

fn options() -> CatalogueOptions {
    let mut options = CatalogueOptions::default();
    options.columns = vec![ColumnRequest {
        header: "解决方案".to_owned(),
        method: "solution".to_owned(),
    }];
    options
}

/// The invariants every result satisfies.
fn assert_sound(checked: &CheckedCatalogue) {
    let text = checked.source.text();
    for diagnostic in checked.diagnostics.iter().chain(&checked.notes) {
        for label in std::iter::once(&diagnostic.primary).chain(&diagnostic.secondary) {
            assert!(label.span.start <= label.span.end, "{diagnostic:?}");
            assert!(label.span.end <= text.len() + 1, "{diagnostic:?}");
        }
        let rendered = diagnostic.render(&checked.source);
        assert!(rendered.contains(" --> t.md"), "{rendered}");
    }
    let catalogue = &checked.table;
    if checked.diagnostics.is_empty() {
        assert!(!catalogue.entries.is_empty());
    }
    let mut idents = HashSet::new();
    let mut codes = HashSet::new();
    for entry in &catalogue.entries {
        assert!(
            idents.insert(entry.ident.clone()),
            "duplicate {}",
            entry.ident
        );
        assert!(entry.ident.chars().all(|c| c.is_ascii_alphanumeric()));
        assert!(entry.ident.starts_with(|c: char| c.is_ascii_uppercase()));
        assert!(entry.category < catalogue.categories.len());
        assert_eq!(entry.columns.len(), catalogue.columns.len());
        match (&entry.code, catalogue.code_type) {
            (None, _) => {}
            (Some(Value::Int(_)), Some(ty)) => assert_ne!(ty, ValueType::Str),
            (Some(Value::Str(_)), Some(ty)) => assert_eq!(ty, ValueType::Str),
            (Some(_), None) => panic!("a code without a code type"),
        }
        if let Some(code) = &entry.code {
            let repeated = !codes.insert(code.clone());
            assert!(!repeated || !catalogue.codes_unique, "{code:?}");
        }
    }
    let mut options = Options::new("t.md");
    options.name = proc_macro2::Ident::new("PayError", proc_macro2::Span::call_site());
    let tokens = catalogue::generate(checked, &options, proc_macro2::Span::call_site());
    if let Err(error) = syn::parse_file(&tokens.to_string()) {
        panic!(
            "the expansion is not valid Rust: {error}\nproblems: {:?}",
            checked.diagnostics
        );
    }
}

proptest! {
    #![proptest_config(Config::with_cases(256))]

    #[test]
    fn any_mutation_gives_a_sound_result(
        index in any::<usize>(),
        mutations in proptest::collection::vec(mutation(), 1..8),
    ) {
        let fixtures = fixtures();
        let document = apply(fixtures[index % fixtures.len()].clone(), &mutations);
        let checked = catalogue::check("t.md", &document, &options());
        assert_sound(&checked);
        // Deterministic: the same document gives the same result.
        let again = catalogue::check("t.md", &document, &options());
        prop_assert_eq!(&checked.table, &again.table);
        prop_assert_eq!(checked.diagnostics, again.diagnostics);
    }
}

#[test]
fn every_fixture_is_sound() {
    for fixture in fixtures() {
        assert_sound(&catalogue::check("t.md", &fixture, &options()));
    }
}
