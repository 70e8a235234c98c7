//! A catalogue entry's code and name cells: the code typed, the name made
//! a variant name, each problem at its cell.

use std::collections::BTreeSet;
use std::ops::Range;

use super::super::rules::{WordCase, upper_camel_case};
use crate::catalogue::model::Value;
use crate::diagnostic::{self, Diagnostic, Diagnostics};
use crate::raw::{Cell, Document, Entry};

/// The problem with a code or name cell that holds an invisible or bidi
/// character (see [`diagnostic::is_invisible`]), as with a reason phrase.
fn invisible(cell: &Cell, what: &str) -> Option<Diagnostic> {
    let c = cell.text.chars().find(|&c| diagnostic::is_invisible(c))?;
    Some(
        Diagnostic::new(
            format!(
                "{what} `{}` holds U+{:04X}, an invisible character",
                diagnostic::escape(&cell.text),
                u32::from(c)
            ),
            cell.span.clone(),
            format!("in this {what}"),
        )
        .with_help(format!("delete it: a {what} is visible text")),
    )
}

/// Reads the code of `row`: `None` (after a report) when it is wrong,
/// `Some(None)` when the entry has none.
pub(super) fn read_code(
    row: &Entry,
    ints_win: bool,
    first_of_kind: Option<&Range<usize>>,
    diagnostics: &mut Diagnostics,
) -> Option<Option<Value>> {
    let Some(cell) = &row.code else {
        return Some(None);
    };
    if cell.text.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                "an entry without a code",
                cell.span_or(&row.span),
                "empty code cell",
            )
            .with_help("write the entry's code in the code column"),
        );
        return None;
    }
    if let Some(problem) = invisible(cell, "code") {
        diagnostics.push(problem);
        return None;
    }
    if cell.text.contains(char::is_whitespace) && row.table.is_some() {
        diagnostics.push(
            Diagnostic::new(
                format!("code `{}` holds a space", cell.text.replace('\n', " ")),
                cell.span.clone(),
                "one code per cell",
            )
            .with_help("a code is one word, such as `40001` or `E_EMPTY`"),
        );
        return None;
    }
    let value = Value::read(&cell.text);
    let is_int = matches!(value, Value::Int(_));
    let digits = cell.text.strip_prefix('-').unwrap_or(&cell.text);
    let zero_padded = digits.len() > 1 && digits.starts_with('0');
    if !is_int && !zero_padded && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        diagnostics.push(
            Diagnostic::new(
                format!("code `{}` does not fit in an `i64`", cell.text),
                cell.span.clone(),
                "too large",
            )
            .with_help("integer codes run from -9223372036854775808 to 9223372036854775807"),
        );
        return None;
    }
    if is_int != ints_win {
        let (this, other) = if is_int {
            ("an integer", "strings")
        } else {
            ("a string", "integers")
        };
        let mut diagnostic = Diagnostic::new(
            format!(
                "code `{}` is {this}, but the catalogue's codes are {other}",
                cell.text
            ),
            cell.span.clone(),
            format!("{this} code"),
        )
        .with_help("codes are all integers or all strings: make this one like the others");
        if let Some(first) = first_of_kind {
            diagnostic = diagnostic.with_note(first.clone(), format!("first of the {other}"));
        }
        diagnostics.push(diagnostic);
        return None;
    }
    Some(Some(value))
}

/// Where the variant names of the entries without a name come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Naming {
    /// Their messages (or descriptions), which all make names.
    Messages,
    /// Their codes: `E_EMPTY` gives `EEmpty`, `400` gives `E400`.
    Codes,
}

/// How the entries of `raw` that have no name are named: by their codes
/// when each is a word that makes a name (`E_EMPTY`), else by their
/// messages when each makes a name (see [`message_name`]) and no two the
/// same one, else by their codes (`E400`); always by their codes when
/// `from_code` (`names from code;`).
pub(super) fn naming(raw: &Document, from_code: bool) -> Naming {
    let mut nameless = raw
        .entries()
        .filter(|entry| entry.name.is_none())
        .peekable();
    if from_code || nameless.peek().is_none() {
        return Naming::Codes;
    }
    let word_codes = raw
        .entries()
        .filter(|entry| entry.name.is_none())
        .all(|entry| {
            entry.code.as_ref().is_some_and(|code| {
                !code
                    .text
                    .starts_with(|c: char| c.is_ascii_digit() || c == '-')
                    && code_name(&code.text).is_some()
            })
        });
    if word_codes {
        return Naming::Codes;
    }
    let mut idents = BTreeSet::new();
    let sensible = nameless.all(|entry| {
        message_name(entry).is_some_and(|(_, ident, _)| idents.insert(ident.to_ascii_lowercase()))
    });
    if sensible {
        Naming::Messages
    } else {
        Naming::Codes
    }
}

/// The name a message gives: one line of at most eight ASCII words, no
/// sentence (no `.`, `!`, `?`, `;` or `:`), in UpperCamelCase:
/// `request header param invalid` gives `RequestHeaderParamInvalid`.
fn message_name(entry: &Entry) -> Option<(String, String, Range<usize>)> {
    let cell = entry.message.as_ref().or(entry.description.as_ref())?;
    let text = cell.text.trim();
    let sentence = text.contains(['.', '!', '?', ';', ':', '\n']);
    if text.is_empty() || sentence || text.split_whitespace().count() > 8 {
        return None;
    }
    let ident = upper_camel_case(text, WordCase::Fold).ok()?;
    Some((text.to_owned(), ident, cell.span_or(&entry.span)))
}

/// The name a code gives: an identifier-like code in UpperCamelCase
/// (`E_EMPTY` gives `EEmpty`), an integer after an `E` (`400` gives `E400`,
/// `-1` gives `EMinus1`).
fn code_name(code: &str) -> Option<String> {
    let digits = code.strip_prefix('-').unwrap_or(code);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let sign = if digits.len() < code.len() {
            "Minus"
        } else {
            ""
        };
        return Some(format!("E{sign}{digits}"));
    }
    let identifier_like = code.starts_with(|c: char| c.is_ascii_alphabetic())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    identifier_like
        .then(|| upper_camel_case(code, WordCase::KeepCamel).ok())
        .flatten()
}

/// The name of `row` as written, its variant name, and where it is; `None`
/// (after a report) when it gives no identifier. An entry without a name
/// is named as `naming` says.
pub(super) fn read_name(
    row: &Entry,
    naming: Naming,
    diagnostics: &mut Diagnostics,
) -> Option<(String, String, Range<usize>)> {
    let Some(cell) = &row.name else {
        if naming == Naming::Messages {
            return message_name(row);
        }
        let cell = row.code.as_ref()?;
        // An empty code, or one with an invisible character, is reported
        // by `read_code`.
        if cell.text.is_empty() || cell.text.chars().any(diagnostic::is_invisible) {
            return None;
        }
        if let Some(ident) = code_name(&cell.text) {
            return Some((cell.text.clone(), ident, cell.span.clone()));
        }
        diagnostics.push(
            Diagnostic::new(
                format!("code `{}` gives no variant name", cell.text),
                cell.span.clone(),
                "the entry has no name",
            )
            .with_help(
                "add a name column (`name` or `错误名称`) whose cells are identifiers such as \
                 `INVALID_SIGNATURE`; without one, names come from the messages when each makes \
                 one, else from the codes, which must be integers or identifiers such as \
                 `E_EMPTY`",
            ),
        );
        return None;
    };
    if let Some(problem) = invisible(cell, "name") {
        diagnostics.push(problem);
        return None;
    }
    let parts: Vec<&str> = cell
        .text
        .lines()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let help = "the variant is the name in UpperCamelCase, built from its ASCII letters and \
                digits: write it as an identifier, such as `INVALID_SIGNATURE`";
    match parts[..] {
        [] => {
            diagnostics.push(
                Diagnostic::new(
                    "an entry without a name",
                    cell.span_or(&row.span),
                    "empty name cell",
                )
                .with_help("write the entry's name, such as `INVALID_SIGNATURE`"),
            );
            None
        }
        [name] => match upper_camel_case(name, WordCase::KeepCamel) {
            Ok(ident) => Some((name.to_owned(), ident, cell.span.clone())),
            Err(why) => {
                diagnostics.push(
                    Diagnostic::new(
                        format!("name `{name}` gives no Rust identifier: {why}"),
                        cell.span.clone(),
                        "the variant name comes from this cell",
                    )
                    .with_help(help),
                );
                None
            }
        },
        _ => {
            diagnostics.push(
                Diagnostic::new(
                    format!(
                        "this cell holds {} names, {}, where an entry has one",
                        parts.len(),
                        parts
                            .iter()
                            .map(|part| format!("`{part}`"))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                    cell.span.clone(),
                    "one name per entry",
                )
                .with_help("give each name a row of its own, or keep the one the code is known by"),
            );
            None
        }
    }
}
