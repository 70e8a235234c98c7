//! The IANA registry's reason phrase where the document writes another:
//! `from_reason` reads it too, and the variant's docs say so, with a doc
//! alias. The document stays the truth: `reason()` and `Display` keep its
//! phrase, and a registry phrase that is (in any ASCII case) another
//! code's phrase in the document is left to that code.

use std::collections::BTreeMap;

use crate::iana;
use crate::model::{Entry, Table};
use crate::render::escape_markdown;

/// What the registry calls one entry of the document, where that differs
/// from the document's phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Spelling<'a> {
    /// The registry's phrase, which parsing accepts as well.
    Accepted(&'static str),
    /// The registry's phrase, which is another code's phrase in the
    /// document (`taken_by`): parsing reads it as that code.
    Taken {
        phrase: &'static str,
        taken_by: &'a Entry,
    },
}

impl Spelling<'_> {
    /// The line of the variant's docs that gives the registry's phrase.
    pub(super) fn doc_line(self) -> String {
        match self {
            Spelling::Accepted(phrase) => format!(
                "The IANA registry writes \"{}\"; parsing accepts both.",
                escape_markdown(phrase)
            ),
            Spelling::Taken { phrase, taken_by } => format!(
                "The IANA registry writes \"{}\", which this document gives to {}.",
                escape_markdown(phrase),
                taken_by.code
            ),
        }
    }

    /// The phrase `from_reason` accepts besides the document's: the
    /// registry's, unless it is the document's in another ASCII case
    /// (which the comparison ignores) or another code's.
    pub(super) fn extra_phrase(self, entry: &Entry) -> Option<&'static str> {
        match self {
            Spelling::Accepted(phrase) if !phrase.eq_ignore_ascii_case(&entry.reason) => {
                Some(phrase)
            }
            _ => None,
        }
    }
}

/// For each entry of `table`, in order, the registry's phrase where it is
/// not the document's, byte for byte.
pub(super) fn spellings(table: &Table) -> Vec<Option<Spelling<'_>>> {
    // Each document phrase, ASCII case folded, and the first entry with it.
    let mut by_phrase: BTreeMap<String, &Entry> = BTreeMap::new();
    for entry in &table.entries {
        by_phrase
            .entry(entry.reason.to_ascii_lowercase())
            .or_insert(entry);
    }
    table
        .entries
        .iter()
        .map(|entry| {
            let phrase = iana::reason(entry.code).filter(|&phrase| phrase != entry.reason)?;
            Some(match by_phrase.get(&phrase.to_ascii_lowercase()) {
                Some(&other) if other.code != entry.code => Spelling::Taken {
                    phrase,
                    taken_by: other,
                },
                _ => Spelling::Accepted(phrase),
            })
        })
        .collect()
}

/// Every phrase `from_reason` reads, with the entry it gives: the
/// document's, in order, then [`extra_phrases`].
pub(super) fn phrases<'a>(
    table: &'a Table,
    spellings: &[Option<Spelling<'a>>],
) -> Vec<(&'a str, &'a Entry)> {
    table
        .entries
        .iter()
        .map(|entry| (entry.reason.as_str(), entry))
        .chain(extra_phrases(table, spellings))
        .collect()
}

/// The registry's phrases that `from_reason` reads besides the document's
/// (see [`Spelling::extra_phrase`]), in the order of the entries, with the
/// entry each gives.
pub(super) fn extra_phrases<'a, 's>(
    table: &'a Table,
    spellings: &'s [Option<Spelling<'a>>],
) -> impl Iterator<Item = (&'a str, &'a Entry)> + 's
where
    'a: 's,
{
    (table.entries.iter().zip(spellings)).filter_map(|(entry, spelling)| {
        let phrase: &'a str = spelling.as_ref()?.extra_phrase(entry)?;
        Some((phrase, entry))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Class, Flags};

    fn entry(code: u16, reason: &str) -> Entry {
        Entry {
            code,
            class: Class::of(code).unwrap(),
            reason: reason.to_owned(),
            ident: String::new(),
            doc: String::new(),
            text: String::new(),
            flags: Flags::default(),
            note: None,
            link: None,
        }
    }

    fn table(entries: &[(u16, &str)]) -> Table {
        Table {
            entries: entries.iter().map(|&(c, r)| entry(c, r)).collect(),
            ..Table::default()
        }
    }

    #[test]
    fn a_phrase_that_differs_from_the_registry_is_accepted_as_well() {
        let table = table(&[
            (101, "Switching Protocal"),
            (200, "Ok"),
            (300, "Multiple Choice"),
            (404, "Not Found"),
            (505, "Http Version Not Supported"),
            (599, "Private"),
        ]);
        let spellings = spellings(&table);
        assert_eq!(
            spellings,
            [
                Some(Spelling::Accepted("Switching Protocols")),
                Some(Spelling::Accepted("OK")),
                Some(Spelling::Accepted("Multiple Choices")),
                None,
                Some(Spelling::Accepted("HTTP Version Not Supported")),
                None,
            ]
        );
        // `OK` and `HTTP Version Not Supported` differ only in case, which
        // the comparison ignores: no phrase to add for them.
        let extras: Vec<(&str, u16)> = phrases(&table, &spellings)[table.entries.len()..]
            .iter()
            .map(|(phrase, entry)| (*phrase, entry.code))
            .collect();
        assert_eq!(
            extras,
            [("Switching Protocols", 101), ("Multiple Choices", 300)]
        );
        assert_eq!(
            spellings[0].unwrap().doc_line(),
            "The IANA registry writes \"Switching Protocols\"; parsing accepts both."
        );
    }

    #[test]
    fn a_registry_phrase_another_code_has_in_the_document_stays_with_that_code() {
        // 200's registry phrase is 201's here, in another case: "ok" gives
        // 201, and 200 is found by its own phrase only.
        let table = table(&[(200, "Fine"), (201, "ok"), (404, "Not Found")]);
        let spellings = spellings(&table);
        let Some(Spelling::Taken { phrase, taken_by }) = spellings[0] else {
            panic!("{:?}", spellings[0]);
        };
        assert_eq!((phrase, taken_by.code), ("OK", 201));
        assert_eq!(
            spellings[0].unwrap().doc_line(),
            "The IANA registry writes \"OK\", which this document gives to 201."
        );
        // 201's own registry phrase is "Created".
        assert_eq!(spellings[1], Some(Spelling::Accepted("Created")));
        let phrases: Vec<(&str, u16)> = phrases(&table, &spellings)
            .into_iter()
            .map(|(phrase, entry)| (phrase, entry.code))
            .collect();
        assert_eq!(
            phrases,
            [
                ("Fine", 200),
                ("ok", 201),
                ("Not Found", 404),
                ("Created", 201)
            ]
        );
    }
}
