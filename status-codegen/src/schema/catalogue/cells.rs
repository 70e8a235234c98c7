//! A catalogue entry's code and name cells: the code typed, the name made
//! a variant name, each problem at its cell.

use std::ops::Range;

use super::super::rules::{WordCase, upper_camel_case};
use crate::catalogue::model::Value;
use crate::diagnostic::{self, Diagnostic, Diagnostics};
use crate::raw::{Cell, Entry};

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
    if !is_int && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
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

/// The name of `row` as written, its variant name, and where it is; `None`
/// (after a report) when it gives no identifier.
pub(super) fn read_name(
    row: &Entry,
    diagnostics: &mut Diagnostics,
) -> Option<(String, String, Range<usize>)> {
    let Some(cell) = &row.name else {
        // No name column: the code names the entry, when it can.
        let cell = row.code.as_ref()?;
        // An empty code, or one with an invisible character, is reported
        // by `read_code`.
        if cell.text.is_empty() || cell.text.chars().any(diagnostic::is_invisible) {
            return None;
        }
        let identifier_like = cell.text.starts_with(|c: char| c.is_ascii_alphabetic())
            && cell
                .text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        return match upper_camel_case(&cell.text, WordCase::KeepCamel) {
            Ok(ident) if identifier_like => Some((cell.text.clone(), ident, cell.span.clone())),
            _ => {
                diagnostics.push(
                    Diagnostic::new(
                        format!("code `{}` gives no variant name", cell.text),
                        cell.span.clone(),
                        "the table has no name column",
                    )
                    .with_help(
                        "add a name column (`name` or `错误名称`) whose cells are identifiers \
                         such as `INVALID_SIGNATURE`; without one, codes must be identifiers \
                         such as `E_EMPTY`",
                    ),
                );
                None
            }
        };
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
