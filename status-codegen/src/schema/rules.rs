//! The rules every schema shares, one function each: sections left out,
//! documents without entries, entries without a description, keys listed
//! twice, names that give no identifier, and a translation's keys against
//! its primary document's.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::raw::{Cell, Document, Entry};

/// A note for each `##` section that lists no `entries` (`"status
/// codes"`, `"codes"`): it is left out.
pub(crate) fn skipped_sections(document: &Document, entries: &str, diagnostics: &mut Diagnostics) {
    let groups: Vec<&Range<usize>> = (document.categories.iter())
        .filter_map(|category| category.group.as_ref().map(|(_, span)| span))
        .collect();
    // A heading above sections of entries groups them: not left out.
    for skipped in document
        .skipped
        .iter()
        .filter(|s| !groups.contains(&&s.span))
    {
        diagnostics.note(Diagnostic::new(
            format!(
                "section `{}` lists no {entries}; it is left out",
                skipped.title
            ),
            skipped.span.clone(),
            "skipped",
        ));
    }
}

/// A problem for each table none of whose headers the reader knows, when
/// the document lists entries beside it: the call site can say what its
/// columns hold.
pub(crate) fn unread_tables(document: &Document, diagnostics: &mut Diagnostics) {
    if document.entries().next().is_none() {
        return;
    }
    for (span, headers) in &document.unread {
        let names: Vec<String> = headers.iter().map(|h| format!("`{h}`")).collect();
        let first = headers.first().map_or("", String::as_str);
        diagnostics.push(
            Diagnostic::new(
                format!(
                    "the reader knows none of this table's headers: {}",
                    names.join(", ")
                ),
                span.clone(),
                "not read as entries",
            )
            .with_help(format!(
                "say what a column holds in the macro: `code column \"{first}\";` (or `name \
                 column`, `description column`); for `check`, `--code-column \"{first}\"`; or, if \
                 the table lists no codes, move it out of the entries"
            )),
        );
    }
}

/// The words of the problem [`no_entries`] reports.
pub(crate) struct NoEntries {
    /// The message for an empty document.
    pub(crate) empty: &'static str,
    /// The message for a document without entries.
    pub(crate) no_entries: &'static str,
    /// The label when the document has no structure at all.
    pub(crate) unstructured: &'static str,
    /// The label otherwise.
    pub(crate) expected: &'static str,
    /// How to add an entry, in Chinese, as the bundled document is written.
    pub(crate) help: &'static str,
    /// How to add an entry, in English, for a document written in English.
    pub(crate) help_en: &'static str,
}

/// The problem with a document that gives no entry: empty, or without
/// entries. It points at what came closest: a table whose headers the
/// reader does not know, else a section that listed nothing, else the
/// document's end; its example is in English for a document written in
/// English. Without any structure, the file may be anything (a path such
/// as `../../.env`), so the problem quotes none of it.
pub(crate) fn no_entries(source: &Source, document: &Document, words: NoEntries) -> Diagnostic {
    let text = source.text();
    let empty = text.trim().is_empty();
    let end = text.len();
    let structured = !document.categories.is_empty()
        || !document.skipped.is_empty()
        || !document.tables.is_empty()
        || !document.unread.is_empty();
    let unstructured = !empty && !structured;
    let english = text.chars().any(|c| c.is_ascii_alphabetic())
        && !text.chars().any(|c| {
            ('\u{3040}'..='\u{9fff}').contains(&c) || ('\u{ac00}'..='\u{d7af}').contains(&c)
        });
    let help = if english { words.help_en } else { words.help };
    let (span, label) = if empty {
        (0..0, words.expected.to_owned())
    } else if let Some((span, headers)) = document.unread.first() {
        let first = headers.first().map_or("", String::as_str);
        (
            span.clone(),
            format!(
                "the closest: a table whose headers the reader does not know; expected a code or \
                 name column, or `code column \"{first}\";` in the macro"
            ),
        )
    } else if let Some(skipped) = document.skipped.first() {
        (
            skipped.span.clone(),
            format!(
                "the closest: this section lists nothing read as an entry; {}",
                words.expected
            ),
        )
    } else if unstructured {
        (end..end, words.unstructured.to_owned())
    } else {
        (end..end, words.expected.to_owned())
    };
    let diagnostic = Diagnostic::new(
        if empty { words.empty } else { words.no_entries },
        span,
        label,
    )
    .with_help(help);
    if unstructured {
        diagnostic.unquoted()
    } else {
        diagnostic
    }
}

/// The problem with `entry`, called `what` in messages, when its
/// `description` is missing or empty: at its description cell, or under
/// its bullet.
pub(crate) fn missing_description(
    entry: &Entry,
    description: Option<&Cell>,
    what: &str,
) -> Option<Diagnostic> {
    if description.is_some_and(|cell| !cell.text.is_empty()) {
        return None;
    }
    let message = format!("entry `{what}` has no description");
    let span = description.map_or(entry.span.clone(), |cell| cell.span_or(&entry.span));
    Some(match (&entry.line, entry.table) {
        (Some(line), None) => Diagnostic::new(message, span, "no description under this bullet")
            .with_help(format!(
                "add an indented paragraph under the bullet:\n\n    - {}\n\n      描述……",
                line.text
            )),
        _ => Diagnostic::new(message, span, "empty description cell")
            .with_help("write what the code means in the description column"),
    })
}

/// The problem with a key (a code, a name) listed again at `span`, first
/// listed at `first`.
pub(crate) fn listed_twice(
    message: String,
    span: Range<usize>,
    first: Range<usize>,
    help: &str,
) -> Diagnostic {
    Diagnostic::new(message, span, "listed again here")
        .with_note(first, "first listed here")
        .with_help(help)
}

/// The keys of a primary document, each with its position, for its
/// translations to be checked against without a scan per entry.
pub(crate) struct PrimaryKeys<K> {
    /// The position of each key's first entry.
    positions: BTreeMap<K, usize>,
    /// Whether the entry at each position is its key's first.
    firsts: Vec<bool>,
}

impl<K: Ord> PrimaryKeys<K> {
    pub(crate) fn new(keys: impl IntoIterator<Item = K>) -> Self {
        let mut positions = BTreeMap::new();
        let mut firsts = Vec::new();
        for key in keys {
            let position = firsts.len();
            firsts.push(*positions.entry(key).or_insert(position) == position);
        }
        PrimaryKeys { positions, firsts }
    }

    /// The position of `key` in the primary document: its first.
    pub(crate) fn position(&self, key: &K) -> Option<usize> {
        self.positions.get(key).copied()
    }

    /// The positions of the primary's keys that `translated` lacks, in
    /// order.
    pub(crate) fn lacking<'k>(&self, translated: impl IntoIterator<Item = &'k K>) -> Vec<usize>
    where
        K: 'k,
    {
        let mut lacking = self.firsts.clone();
        for position in translated.into_iter().filter_map(|key| self.position(key)) {
            lacking[position] = false;
        }
        (0..lacking.len()).filter(|&p| lacking[p]).collect()
    }
}

/// A note naming what a translation lacks of its primary document
/// (`listed`, `n` of them, called `noun` in the singular and the plural):
/// there, the primary's text stands in. `None` when it lacks nothing.
pub(crate) fn lacking(
    listed: &str,
    n: usize,
    (one, many): (&str, &str),
    primary: &str,
) -> Option<Diagnostic> {
    (n > 0).then(|| {
        Diagnostic::new(
            format!(
                "the translation lacks {n} {} of the {primary}: {listed}",
                if n == 1 { one } else { many }
            ),
            0..0,
            format!("their descriptions in this language are the {primary}'s"),
        )
        .unquoted()
    })
}

/// How [`upper_camel_case`] treats the letters after a word's first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordCase {
    /// Always lowercased: `NOT FOUND` and `Not Found` give `NotFound`.
    Fold,
    /// Lowercased in a word written in one case (`INVALID`, `invalid`),
    /// kept in a word that mixes cases, which is already camel case:
    /// `InvalidSignature` stays, `INVALID_SIGNATURE` gives
    /// `InvalidSignature`.
    KeepCamel,
}

/// `text` as a Rust type or variant name: its words in UpperCamelCase.
///
/// Words are runs of ASCII letters and digits; every other character
/// separates words, except apostrophes, which are dropped. The error says
/// why `text` gives no identifier: a letter that is not ASCII, no letter or
/// digit at all, a leading digit, or `Self`.
pub(crate) fn upper_camel_case(text: &str, case: WordCase) -> Result<String, String> {
    if let Some(c) = text.chars().find(|c| !c.is_ascii() && c.is_alphanumeric()) {
        return Err(format!("`{c}` is not an ASCII letter"));
    }
    let mut name = String::with_capacity(text.len());
    let cleaned: String = text.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
    for word in cleaned.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mixed = word.bytes().any(|b| b.is_ascii_uppercase())
            && word.bytes().any(|b| b.is_ascii_lowercase());
        let keep = case == WordCase::KeepCamel && mixed;
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            if keep {
                name.extend(chars);
            } else {
                name.extend(chars.map(|c| c.to_ascii_lowercase()));
            }
        }
    }
    match name.chars().next() {
        None => Err("it has no letters or digits".to_owned()),
        Some(c) if c.is_ascii_digit() => Err(format!("`{name}` starts with a digit")),
        Some(_) if name == "Self" => Err("`Self` is a keyword".to_owned()),
        Some(_) => Ok(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_is_kept_where_asked() {
        let keep = |text| upper_camel_case(text, WordCase::KeepCamel).unwrap();
        assert_eq!(keep("INVALID_SIGNATURE"), "InvalidSignature");
        assert_eq!(keep("InvalidSignature"), "InvalidSignature");
        assert_eq!(keep("invalidSignature"), "InvalidSignature");
        assert_eq!(keep("E_EMPTY"), "EEmpty");
        assert_eq!(keep("not_found"), "NotFound");
        let fold = |text| upper_camel_case(text, WordCase::Fold).unwrap();
        assert_eq!(fold("InvalidSignature"), "Invalidsignature");
    }

    #[test]
    fn a_translation_lacks_the_keys_it_does_not_name() {
        let keys = PrimaryKeys::new([200, 201, 404, 200]);
        assert_eq!(keys.position(&404), Some(2));
        assert_eq!(keys.position(&500), None);
        assert_eq!(keys.lacking(&[404, 500, 404]), [0, 1]);
    }
}
