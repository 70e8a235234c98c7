//! A translation of a catalogue: a document of the same structure, in
//! another language, keyed by name. Each of its entries gives the entry of
//! the primary catalogue with the same name its description and text
//! columns in that language.

use super::super::rules::{self, PrimaryKeys};
use super::{ColumnRequest, validate};
use crate::DocumentOptions;
use crate::catalogue::model::Catalogue;
use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::raw::Document;

/// Checks `raw`, a translation of `primary` (read from `primary_path`):
/// with the rules of a catalogue, and every name one that `primary` lists
/// (an error at the name otherwise); the names it lacks are a note.
/// `primary` is `None` when the primary catalogue has problems of its own:
/// its entries are then incomplete, and a name missing from them is no sign
/// of a mistake here.
pub(crate) fn validate_translation(
    raw: &Document,
    columns: &[ColumnRequest],
    options: &DocumentOptions,
    primary: Option<&Catalogue>,
    primary_path: &str,
    source: &Source,
    diagnostics: &mut Diagnostics,
) -> Catalogue {
    let columns = translated_columns(raw, columns, primary);
    let mut translated = validate(raw, &columns, options, true, source, diagnostics);
    let Some(primary) = primary else {
        return translated;
    };
    // A translation mostly lists the primary's entries in its order: each
    // is looked for where the last one matched ended, and only a name
    // found elsewhere builds the map (the primary's names are unique).
    let mut keys = None;
    let mut next = 0;
    let mut listed = vec![false; primary.entries.len()];
    translated.entries.retain(|entry| {
        let ident = entry.ident.as_str();
        let position = if primary.entries.get(next).is_some_and(|e| e.ident == ident) {
            Some(next)
        } else {
            keys.get_or_insert_with(|| {
                PrimaryKeys::new(primary.entries.iter().map(|entry| entry.ident.as_str()))
            })
            .position(&ident)
        };
        let Some(position) = position else {
            diagnostics.push(
                Diagnostic::new(
                    format!("`{}` is not an entry of `{primary_path}`", entry.name),
                    entry.name_span.clone(),
                    "no entry of this name in the primary catalogue",
                )
                .with_help(
                    "a translation is keyed by name: use a name the primary catalogue lists, or \
                     add the entry there first",
                ),
            );
            return false;
        };
        listed[position] = true;
        next = position + 1;
        true
    });
    if !translated.entries.is_empty() {
        let names: Vec<String> = (primary.entries.iter().zip(&listed))
            .filter(|(_, listed)| !**listed)
            .map(|(entry, _)| format!("`{}`", entry.name))
            .collect();
        if let Some(note) = rules::lacking(
            &names.join(", "),
            names.len(),
            ("entry", "entries"),
            "primary catalogue",
        ) {
            diagnostics.note(note);
        }
    }
    translated
}

/// The columns of a translation: each of `columns` by the primary's
/// header, or else at the primary's position among the extra columns (a
/// translation may translate its headers too). One the translation's
/// tables lack is left out: the primary's value stands in for it.
fn translated_columns(
    raw: &Document,
    columns: &[ColumnRequest],
    primary: Option<&Catalogue>,
) -> Vec<ColumnRequest> {
    let has = |header: &String| raw.tables.iter().all(|table| table.extras.contains(header));
    columns
        .iter()
        .filter_map(|request| {
            let position = primary?
                .columns
                .iter()
                .find(|column| column.method == request.method)?
                .position;
            let header = if has(&request.header) {
                request.header.clone()
            } else {
                raw.tables.first()?.extras.get(position)?.clone()
            };
            has(&header).then(|| ColumnRequest {
                header,
                method: request.method.clone(),
            })
        })
        .collect()
}
