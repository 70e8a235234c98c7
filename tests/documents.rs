//! The documents of `docs/`: each one passes `check`, and the English
//! translation `docs/status.en.md` lists the same codes, with the same reason
//! phrases, in the same sections as the primary document `docs/status.md`.

use status_codegen::Checked;
use status_codegen::model::Class;

const PRIMARY: &str = include_str!("../docs/status.md");
const ENGLISH: &str = include_str!("../docs/status.en.md");

/// The document checked, with no problem found.
fn checked(path: &str, text: &str) -> Checked {
    let checked = status_codegen::check(path, text.as_bytes());
    assert!(
        checked.diagnostics.is_empty(),
        "{path}:\n{}",
        checked.rendered_diagnostics().join("\n")
    );
    checked
}

/// Whether `text` holds a CJK ideograph.
fn has_han(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'))
}

#[test]
fn both_documents_check_without_problems() {
    let primary = checked("docs/status.md", PRIMARY);
    let english = checked("docs/status.en.md", ENGLISH);
    assert_eq!(primary.table.entries.len(), 26);
    assert_eq!(english.table.entries.len(), 26);
}

#[test]
fn english_lists_the_same_codes_and_reasons_in_the_same_order() {
    let primary = checked("docs/status.md", PRIMARY).table;
    let english = checked("docs/status.en.md", ENGLISH).table;
    let heads = |table: &status_codegen::model::Table| -> Vec<(u16, String, String, Class)> {
        table
            .entries
            .iter()
            .map(|e| (e.code, e.reason.clone(), e.ident.clone(), e.class))
            .collect()
    };
    assert_eq!(heads(&english), heads(&primary));
}

#[test]
fn english_has_the_same_sections_in_the_same_order() {
    let primary = checked("docs/status.md", PRIMARY).table;
    let english = checked("docs/status.en.md", ENGLISH).table;
    let classes = |table: &status_codegen::model::Table| -> Vec<Class> {
        table.classes.iter().map(|c| c.class).collect()
    };
    assert_eq!(classes(&english), classes(&primary));
    let titles: Vec<&str> = english.classes.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Informational responses",
            "Successful responses",
            "Redirection messages",
            "Client error responses",
            "Server error responses",
        ]
    );
}

#[test]
fn english_is_a_translation_not_a_copy() {
    let primary = checked("docs/status.md", PRIMARY).table;
    let english = checked("docs/status.en.md", ENGLISH).table;
    assert!(has_han(&primary.intro) && !has_han(&english.intro));
    assert!(!english.intro.trim().is_empty());
    for (zh, en) in primary.entries.iter().zip(&english.entries) {
        assert!(
            has_han(&zh.text),
            "{} {}: {:?}",
            zh.code,
            zh.reason,
            zh.text
        );
        assert!(
            !en.text.trim().is_empty() && !has_han(&en.text),
            "{} {}: {:?}",
            en.code,
            en.reason,
            en.text
        );
    }
    for class in &english.classes {
        assert!(!has_han(&class.title), "{}", class.title);
    }
}

#[test]
fn the_library_ships_both_documents() {
    let manifest = include_str!("../status-codes/Cargo.toml");
    let include = manifest
        .lines()
        .find(|line| line.starts_with("include = "))
        .expect("status-codes/Cargo.toml has an include list");
    for document in ["\"docs/status.md\"", "\"docs/status.en.md\""] {
        assert!(include.contains(document), "{document} not in {include}");
    }
    let root = env!("CARGO_MANIFEST_DIR");
    for name in ["status.md", "status.en.md"] {
        let shipped = std::fs::read(format!("{root}/status-codes/docs/{name}")).unwrap();
        let top = std::fs::read(format!("{root}/docs/{name}")).unwrap();
        assert_eq!(shipped, top, "status-codes/docs/{name}");
    }
}
