//! [`RawCatalogue`] to [`Catalogue`]: names the variants, types the codes
//! and columns, and checks the rules that make a catalogue.
//!
//! The rules:
//! - every entry has a name that gives one Rust identifier (the name
//!   column in UpperCamelCase, or an identifier-like code without one);
//!   names are unique, since the name is the entry's identity;
//! - codes are all integers or all strings; where codes name the variants
//!   (no name column), they are unique too; elsewhere a repeated code only
//!   means that `from_code` and `TryFrom` are not generated (a note);
//! - an entry of a table with a description column has a description, and
//!   so does every bullet;
//! - every column the macro asks for is in every entry table.
//!
//! Every problem is reported; entries with problems are left out, so that
//! what remains still expands.

use std::collections::BTreeMap;
use std::ops::Range;

use super::model::{
    Catalogue, CatalogueEntry, Category, Column, RawCatalogue, RawCell, RawRow, Value, ValueType,
};
use super::parse;
use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::request::ColumnRequest;
use crate::validate::{NoEntries, WordCase, no_entries, upper_camel_case};

/// Checks `raw` and builds the catalogue of its valid entries, with a method
/// for each of `columns`.
pub fn validate(
    raw: &RawCatalogue,
    columns: &[ColumnRequest],
    source: &Source,
    diagnostics: &mut Diagnostics,
) -> Catalogue {
    let mut catalogue = Catalogue {
        title: raw.title.clone(),
        intro: raw.intro.clone(),
        codes_unique: true,
        ..Catalogue::default()
    };
    for (title, span) in &raw.skipped {
        diagnostics.note(Diagnostic::new(
            format!("section `{title}` lists no codes; it is left out"),
            span.clone(),
            "skipped",
        ));
    }
    let requested = check_columns(raw, columns, source, diagnostics);

    // The kind of code most entries have: the others are the mistakes.
    let (ints, strs) = raw
        .categories
        .iter()
        .flat_map(|category| &category.rows)
        .filter_map(|row| row.code.as_ref())
        .filter(|cell| !cell.text.is_empty())
        .fold((0, 0), |(ints, strs), cell| match Value::read(&cell.text) {
            Value::Int(_) => (ints + 1, strs),
            Value::Str(_) => (ints, strs + 1),
        });
    let ints_win = ints >= strs;
    let first_of_kind = raw
        .categories
        .iter()
        .flat_map(|category| &category.rows)
        .filter_map(|row| row.code.as_ref())
        .find(|cell| {
            !cell.text.is_empty() && matches!(Value::read(&cell.text), Value::Int(_)) == ints_win
        })
        .map(|cell| cell.span.clone());

    let mut names: BTreeMap<String, (Range<usize>, String)> = BTreeMap::new();
    // Each name in ASCII lowercase, and its variant name.
    let mut folded: BTreeMap<String, String> = BTreeMap::new();
    let mut codes: BTreeMap<Value, String> = BTreeMap::new();
    let mut repeated: Option<(Value, String, String, Range<usize>)> = None;
    // Codes are all or nothing: with a code column in one table (or
    // bullets, which start with codes), a table without one is a problem.
    let has_codes = raw.tables.iter().any(|table| table.has_code)
        || raw
            .categories
            .iter()
            .flat_map(|c| &c.rows)
            .any(|row| row.table.is_none());
    let mut codeless: Vec<usize> = Vec::new();
    for category in &raw.categories {
        let index = catalogue.categories.len();
        let mut kept = false;
        for row in &category.rows {
            let table = row.table.map(|table| &raw.tables[table]);
            if let (Some(number), Some(table)) = (row.table, table)
                && has_codes
                && !table.has_code
            {
                if !codeless.contains(&number) {
                    codeless.push(number);
                    diagnostics.push(
                        Diagnostic::new(
                            "this table has no code column, but the catalogue's other entries have codes",
                            table.header_span.clone(),
                            format!("its columns are {}", quoted_list(&table.headers)),
                        )
                        .with_help("add a code column (`code` or `错误码`), as in the other tables"),
                    );
                }
                continue;
            }
            let code = read_code(row, ints_win, first_of_kind.as_ref(), diagnostics);
            let Some((name, ident, name_span)) = read_name(row, diagnostics) else {
                continue;
            };
            let has_description = table.is_none_or(|table| table.has_description);
            let description = row.description.clone().unwrap_or_default();
            if has_description && description.text.is_empty() {
                let span = if description.span.is_empty() {
                    row.span.clone()
                } else {
                    description.span.clone()
                };
                diagnostics.push(
                    Diagnostic::new(
                        format!("entry `{name}` has no description"),
                        span,
                        if table.is_some() {
                            "empty description cell"
                        } else {
                            "no description under this bullet"
                        },
                    )
                    .with_help(if table.is_some() {
                        "write what the code means in the description column".to_owned()
                    } else {
                        format!(
                            "add an indented paragraph under the bullet:\n\n    - {}\n\n      描述……",
                            row.code.as_ref().map_or(name.clone(), |code| format!("{} {name}", code.text))
                        )
                    }),
                );
                continue;
            }
            let Some(code) = code else {
                continue;
            };
            // `from_name` ignores ASCII case: names that differ only in case
            // would find one entry for two.
            let key = names
                .contains_key(&ident)
                .then(|| ident.clone())
                .or_else(|| folded.get(&name.to_ascii_lowercase()).cloned());
            if let Some((first, first_name)) = key.and_then(|key| names.get(&key)) {
                let word = if row.name.is_some() { "name" } else { "code" };
                let message = if *first_name == name {
                    format!("{word} `{name}` is listed twice")
                } else if first_name.eq_ignore_ascii_case(&name) {
                    format!(
                        "{word}s `{first_name}` and `{name}` differ only in case, which \
                         `from_name` ignores"
                    )
                } else if row.name.is_none() {
                    format!(
                        "codes `{first_name}` and `{name}` both give the variant name `{ident}`"
                    )
                } else {
                    format!(
                        "names `{first_name}` and `{name}` both give the variant name `{ident}`"
                    )
                };
                diagnostics.push(
                    Diagnostic::new(message, name_span, "listed again here")
                        .with_note(first.clone(), "first listed here")
                        .with_help(if row.name.is_some() {
                            "the name is the entry's identity: give each entry a name of its own"
                        } else {
                            "without a name column the code names the entry: remove one of the two, \
                             or add a name column"
                        }),
                );
                continue;
            }
            if let Some(value) = &code {
                let code_span = row.code.as_ref().map_or(0..0, |cell| cell.span.clone());
                // Where codes name the entries (no name column), a repeated
                // code is a repeated name, reported above.
                if let Some(first_name) = codes.get(value) {
                    catalogue.codes_unique = false;
                    repeated.get_or_insert((
                        value.clone(),
                        first_name.clone(),
                        name.clone(),
                        code_span,
                    ));
                } else {
                    codes.insert(value.clone(), name.clone());
                }
            }
            folded.insert(name.to_ascii_lowercase(), ident.clone());
            names.insert(ident.clone(), (name_span.clone(), name.clone()));
            let extras = table
                .map(|table| {
                    table
                        .extras
                        .iter()
                        .zip(&row.extras)
                        .filter(|(_, cell)| !cell.doc.is_empty())
                        .map(|(header, cell)| (header.clone(), cell.doc.clone()))
                        .collect()
                })
                .unwrap_or_default();
            let columns = requested
                .iter()
                .map(|request| {
                    let position = table
                        .and_then(|table| table.extras.iter().position(|h| h == &request.header))?;
                    let cell = row.extras.get(position)?;
                    (!cell.text.is_empty()).then(|| Value::read(&cell.text))
                })
                .collect();
            catalogue.entries.push(CatalogueEntry {
                name,
                ident,
                name_span,
                code,
                doc: description.doc,
                text: description.text,
                category: index,
                extras,
                columns,
            });
            kept = true;
        }
        if kept {
            catalogue.categories.push(Category {
                title: category.title.clone(),
                intro: category.intro.clone(),
            });
        }
    }

    let integers = catalogue
        .entries
        .iter()
        .filter_map(|entry| match &entry.code {
            Some(Value::Int(code)) => Some(*code),
            _ => None,
        });
    catalogue.code_type = if !has_codes {
        None
    } else if ints_win {
        Some(ValueType::narrowest(integers).unwrap_or(ValueType::U16))
    } else {
        Some(ValueType::Str)
    };
    if let Some((code, first, second, span)) = repeated {
        diagnostics.note(Diagnostic::new(
            format!(
                "code `{}` names both `{first}` and `{second}`: no `from_code` or `TryFrom` is \
                 generated, and `FromStr` reads names only",
                code.text()
            ),
            span,
            "the code repeats here",
        ));
    }
    catalogue.columns = requested
        .iter()
        .enumerate()
        .map(|(i, request)| {
            let values: Vec<&Option<Value>> = catalogue
                .entries
                .iter()
                .map(|entry| &entry.columns[i])
                .collect();
            let all_int = values
                .iter()
                .all(|value| !matches!(value, Some(Value::Str(_))));
            let ints = values.iter().filter_map(|value| match value {
                Some(Value::Int(number)) => Some(*number),
                _ => None,
            });
            let value_type = if all_int {
                ValueType::narrowest(ints).unwrap_or(ValueType::Str)
            } else {
                ValueType::Str
            };
            Column {
                header: request.header.clone(),
                method: request.method.clone(),
                position: raw
                    .tables
                    .iter()
                    .find_map(|table| table.extras.iter().position(|h| *h == request.header))
                    .unwrap_or(0),
                value_type,
                optional: values.iter().any(|value| value.is_none()),
            }
        })
        .collect();
    // A column read as an integer in one entry but text in another: text.
    for entry in &mut catalogue.entries {
        for (value, column) in entry.columns.iter_mut().zip(&catalogue.columns) {
            if column.value_type == ValueType::Str
                && let Some(Value::Int(number)) = value
            {
                *value = Some(Value::Str(number.to_string()));
            }
        }
    }

    if raw
        .categories
        .iter()
        .all(|category| category.rows.is_empty())
    {
        let structured = !raw.skipped.is_empty() || !raw.tables.is_empty();
        diagnostics.push(no_entries(
            source,
            structured,
            NoEntries {
                empty: "the code catalogue is empty",
                no_entries: "the code catalogue lists no codes",
                unstructured: "it has no entry table, no entry bullet and no `##` section; as it \
                               may not be a catalogue, its text is not shown",
                expected: "expected a table with a code or name column, or bullets such as \
                           `- 10001 InvalidSignature`",
                help: "add a table:\n\n    | 错误码 | 错误名称 | 错误描述 |\n    | -- | -- | -- |\n    | 40001 | INVALID_SIGNATURE | 签名错误 |",
            },
        ));
    }
    catalogue
}

/// The columns asked for, each reported at every entry table that lacks
/// it; the bullets of a catalogue have no columns.
fn check_columns(
    raw: &RawCatalogue,
    columns: &[ColumnRequest],
    source: &Source,
    diagnostics: &mut Diagnostics,
) -> Vec<ColumnRequest> {
    for request in columns {
        let header = &request.header;
        let help = format!(
            "add a `{header}` column to the table, or remove `column \"{header}\" as {};` from the macro",
            request.method
        );
        if raw.tables.is_empty() {
            let at = raw
                .categories
                .iter()
                .flat_map(|category| &category.rows)
                .next()
                .map_or(source.text().len()..source.text().len(), |row| {
                    row.span.clone()
                });
            diagnostics.push(
                Diagnostic::new(
                    format!("column `{header}` is not in the catalogue: it has no table"),
                    at,
                    "entries without columns",
                )
                .with_help(help.clone()),
            );
        }
        for table in &raw.tables {
            if table.extras.iter().any(|extra| extra == header) {
                continue;
            }
            let own = table
                .headers
                .iter()
                .any(|h| h == header && parse::Role::of(h) != parse::Role::Extra);
            let diagnostic = if own {
                Diagnostic::new(
                    format!("column `{header}` is this table's code, name or description"),
                    table.header_span.clone(),
                    "read by the enum's own methods",
                )
                .with_help(format!(
                    "`code()`, `name()` and `description()` return it already: remove \
                     `column \"{header}\" as {};` from the macro",
                    request.method
                ))
            } else {
                Diagnostic::new(
                    format!("column `{header}` is not in this table"),
                    table.header_span.clone(),
                    format!("its columns are {}", quoted_list(&table.headers)),
                )
                .with_help(help.clone())
            };
            diagnostics.push(diagnostic);
        }
    }
    columns.to_vec()
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads the code of `row`: `None` (after a report) when it is wrong,
/// `Some(None)` when the entry has none.
fn read_code(
    row: &RawRow,
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
                cell_span(cell, row),
                "empty code cell",
            )
            .with_help("write the entry's code in the code column"),
        );
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

/// Where to report a problem with `cell`: the cell, or the row when the
/// cell is empty.
fn cell_span(cell: &RawCell, row: &RawRow) -> Range<usize> {
    if cell.span.is_empty() {
        row.span.clone()
    } else {
        cell.span.clone()
    }
}

/// The name of `row` as written, its variant name, and where it is; `None`
/// (after a report) when it gives no identifier.
fn read_name(
    row: &RawRow,
    diagnostics: &mut Diagnostics,
) -> Option<(String, String, Range<usize>)> {
    let Some(cell) = &row.name else {
        // No name column: the code names the entry, when it can.
        let cell = row.code.as_ref()?;
        if cell.text.is_empty() {
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
                    cell_span(cell, row),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{CatalogueOptions, check};

    fn checked(text: &str, columns: &[(&str, &str)]) -> (Catalogue, Vec<String>, Vec<String>) {
        let options = CatalogueOptions {
            columns: columns
                .iter()
                .map(|(header, method)| ColumnRequest {
                    header: (*header).to_owned(),
                    method: (*method).to_owned(),
                })
                .collect(),
            ..CatalogueOptions::default()
        };
        let checked = check("t.md", text.as_bytes(), &options);
        let errors = checked.rendered_diagnostics();
        let notes = checked.rendered_notes();
        (checked.table, errors, notes)
    }

    #[test]
    fn narrowest_code_types() {
        let narrowest = |values: &[i64]| ValueType::narrowest(values.iter().copied());
        assert_eq!(narrowest(&[]), None);
        assert_eq!(narrowest(&[0, 65_535]), Some(ValueType::U16));
        assert_eq!(narrowest(&[65_536]), Some(ValueType::U32));
        assert_eq!(narrowest(&[-1, 40_001]), Some(ValueType::I32));
        assert_eq!(narrowest(&[-1, 3_000_000_000]), Some(ValueType::I64));
        assert_eq!(narrowest(&[4_294_967_295]), Some(ValueType::U32));
    }

    #[test]
    fn a_table_becomes_typed_entries() {
        let (catalogue, errors, _) = checked(
            "## 鉴权\n\n| 错误码 | 错误名称 | 错误描述 | 重试 | 备注 |\n| -- | -- | -- | -- | -- |\n| -1 | **BUSY** | 忙。 | 3 | x |\n| 40001 | INVALID_SIGNATURE | 签名错误。 | | y |\n",
            &[("重试", "retry"), ("备注", "remark")],
        );
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(catalogue.code_type, Some(ValueType::I32));
        assert!(catalogue.codes_unique);
        let idents: Vec<&str> = catalogue.entries.iter().map(|e| e.ident.as_str()).collect();
        assert_eq!(idents, ["Busy", "InvalidSignature"]);
        assert_eq!(catalogue.entries[0].name, "BUSY");
        assert_eq!(catalogue.entries[0].code, Some(Value::Int(-1)));
        assert_eq!(catalogue.categories[0].title, "鉴权");
        let retry = &catalogue.columns[0];
        assert_eq!((retry.value_type, retry.optional), (ValueType::U16, true));
        let remark = &catalogue.columns[1];
        assert_eq!(
            (remark.value_type, remark.optional),
            (ValueType::Str, false)
        );
        assert_eq!(
            catalogue.entries[1].extras,
            [("备注".to_owned(), "y".to_owned())]
        );
    }

    #[test]
    fn repeated_codes_are_a_note_when_names_are_the_keys() {
        let (catalogue, errors, notes) = checked(
            "| Code | Name | Description |\n| - | - | - |\n| 400 | A | a |\n| 400 | B | b |\n",
            &[],
        );
        assert!(errors.is_empty(), "{errors:#?}");
        assert!(!catalogue.codes_unique);
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].starts_with("code `400` names both `A` and `B`"),
            "{}",
            notes[0]
        );
    }

    #[test]
    fn every_problem_is_reported_and_the_rest_kept() {
        let (catalogue, errors, _) = checked(
            "| Code | Name | Description |\n| - | - | - |\n| 1 | ONE | a |\n| X | TWO | b |\n| 3 | 三 | c |\n| 4 | ONE | d |\n| 5 | FIVE | |\n",
            &[],
        );
        assert_eq!(errors.len(), 4, "{errors:#?}");
        assert!(
            errors[0].starts_with("code `X` is a string, but the catalogue's codes are integers")
        );
        assert!(errors[1].starts_with("name `三` gives no Rust identifier"));
        assert!(errors[2].starts_with("name `ONE` is listed twice"));
        assert!(errors[3].starts_with("entry `FIVE` has no description"));
        let (_, errors, _) = checked(
            "| Code | Name | Description |\n| - | - | - |\n| 1 | ONE | a |\n| 99999999999999999999 | BIG | b |\n",
            &[],
        );
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].starts_with("code `99999999999999999999` does not fit in an `i64`"));
        let (_, errors, _) = checked(
            "| Code | Name | Description |\n| - | - | - |\n| 1 | InvalidSignature | a |\n| 2 | INVALIDSIGNATURE | b |\n",
            &[],
        );
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0]
                .starts_with("names `InvalidSignature` and `INVALIDSIGNATURE` differ only in case"),
            "{}",
            errors[0]
        );
        assert_eq!(catalogue.entries.len(), 1);
        assert_eq!(catalogue.code_type, Some(ValueType::U16));
    }

    #[test]
    fn a_table_without_codes_beside_one_with_codes() {
        let (catalogue, errors, _) = checked(
            "| Code | Name | Description |\n| - | - | - |\n| 1 | A | a |\n\n| Name | Description |\n| - | - |\n| B | b |\n| C | c |\n",
            &[],
        );
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].starts_with(
            "this table has no code column, but the catalogue's other entries have codes\n --> t.md:5:1"
        ));
        assert_eq!(catalogue.entries.len(), 1);
    }

    #[test]
    fn empty_and_entry_less_catalogues() {
        let (_, errors, _) = checked("", &[]);
        assert!(errors[0].starts_with("the code catalogue is empty"));
        let (_, errors, _) = checked("SECRET=1\n", &[]);
        assert!(errors[0].starts_with("the code catalogue lists no codes"));
        assert!(!errors[0].contains("SECRET"), "{}", errors[0]);
    }
}
