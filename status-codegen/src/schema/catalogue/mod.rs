//! The catalogue schema: a raw document to a [`Catalogue`], naming the
//! variants and typing the codes and columns.
//!
//! The rules, one function each:
//! - every entry has a name that gives one Rust identifier (the name
//!   column in UpperCamelCase, or an identifier-like code without one);
//!   names are unique, even ignoring ASCII case, since the name is the
//!   entry's identity;
//! - codes are all integers or all strings, and every table has a code
//!   column or none does; where codes name the variants (no name column),
//!   they are unique too; elsewhere a repeated code only means that
//!   `from_code` and `TryFrom` are not generated (a note);
//! - an entry of a table with a description column has a description, and
//!   so does every bullet;
//! - every column the macro asks for is in every entry table.
//!
//! Every problem is reported. An entry with a valid code (where the
//! catalogue has codes) and a name that gives a variant name keeps its
//! variant, whatever else is wrong (no description, a name that differs from
//! another only in case), so that code naming it sees only the document's
//! problem; an entry whose code or variant name another entry has already
//! is left out, since the enum cannot hold both, and so is one whose code
//! is missing or malformed.

use std::collections::BTreeMap;
use std::ops::Range;

mod cells;
mod translation;

use super::rules::{self, NoEntries};
use crate::DocumentOptions;
use crate::catalogue::model::{Catalogue, CatalogueEntry, Category, Column, Value, ValueType};
use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::raw::{Document, Entry, TableHead};
use crate::read::labels::Role;
use crate::read::{Layout, Lists};
use crate::request::ColumnRequest;
use cells::{Naming, naming, read_code, read_name};
pub(crate) use translation::validate_translation;

/// How a catalogue is laid out: entry tables and coded bullet lists,
/// anywhere; everything else is text.
pub(crate) const LAYOUT: Layout = Layout {
    lists: Lists::Coded,
    strict: false,
};

/// Checks `raw` and builds the catalogue of its entries that have a
/// variant, with a method for each of `columns`, as `options` say (`names
/// from code;`, `codes may repeat;`). In a `translation`, an entry without
/// a description is left out, so that the primary's text stands in.
pub(crate) fn validate(
    raw: &Document,
    columns: &[ColumnRequest],
    options: &DocumentOptions,
    translation: bool,
    source: &Source,
    diagnostics: &mut Diagnostics,
) -> Catalogue {
    let mut catalogue = Catalogue {
        title: raw.title.clone(),
        intro: raw.intro.clone(),
        codes_unique: true,
        ..Catalogue::default()
    };
    rules::skipped_sections(raw, "codes", diagnostics);
    rules::unread_tables(raw, diagnostics);
    check_columns(raw, columns, source, diagnostics);
    let naming = naming(raw, options.names_from_code);
    names_note(raw, naming, diagnostics);
    let mut check = Check::new(raw, columns, naming, diagnostics);
    check.codes_may_repeat = options.codes_may_repeat;
    check.translation = translation;
    // Whether each entry's row is malformed, in the order of the entries.
    let mut malformed = Vec::new();
    for category in &raw.categories {
        let index = catalogue.categories.len();
        let before = catalogue.entries.len();
        for row in &category.entries {
            if let Some(entry) = check.entry(row, index) {
                catalogue.entries.push(entry);
                malformed.push(row.malformed);
            }
        }
        if catalogue.entries.len() > before {
            catalogue.categories.push(Category {
                title: category.title.clone(),
                intro: category.intro.clone(),
            });
        }
    }
    check.finish(&mut catalogue);
    catalogue.code_type = code_type(&check.codes, &catalogue);
    catalogue.columns = typed_columns(raw, columns, &mut catalogue.entries, &malformed);
    if raw.entries().next().is_none() {
        diagnostics.push(rules::no_entries(
            source,
            raw,
            NoEntries {
                empty: "the code catalogue is empty",
                no_entries: "the code catalogue lists no codes",
                unstructured: "it has no entry table, no entry bullet and no `##` section; as it \
                               may not be a catalogue, its text is not shown",
                expected: "expected a table with a code or name column, or bullets such as \
                           `- 10001 InvalidSignature`",
                help: "add a table:\n\n    | 错误码 | 错误名称 | 错误描述 |\n    | -- | -- | -- |\n    | 40001 | INVALID_SIGNATURE | 签名错误 |",
                help_en: "add a table:\n\n    | Code | Name | Description |\n    | -- | -- | -- |\n    | 40001 | INVALID_SIGNATURE | The signature does not match. |",
            },
        ));
    }
    catalogue
}

/// What the codes of a catalogue are: integers or strings, by majority
/// (the others are the mistakes), and whether any entry has one.
struct Codes {
    /// Whether integers are the codes' kind.
    ints_win: bool,
    /// Where the first code of that kind is.
    first_of_kind: Option<Range<usize>>,
    /// Codes are all or nothing: with a code column in one table (or
    /// bullets, which start with codes), a table without one is a problem.
    present: bool,
}

impl Codes {
    fn of(raw: &Document) -> Codes {
        let written = || {
            raw.entries()
                .filter_map(|row| row.code.as_ref())
                .filter(|cell| !cell.text.is_empty())
        };
        let is_int = |text: &str| matches!(Value::read(text), Value::Int(_));
        let ints = written().filter(|cell| is_int(&cell.text)).count();
        let ints_win = ints * 2 >= written().count();
        Codes {
            ints_win,
            first_of_kind: written()
                .find(|cell| is_int(&cell.text) == ints_win)
                .map(|cell| cell.span.clone()),
            present: raw.tables.iter().any(|table| table.has(Role::Code))
                || raw.entries().any(|row| row.line.is_some()),
        }
    }
}

/// The checks in progress over a catalogue's entries.
struct Check<'a> {
    raw: &'a Document,
    columns: &'a [ColumnRequest],
    diagnostics: &'a mut Diagnostics,
    codes: Codes,
    /// Each variant name, with where its name is and the name.
    names: BTreeMap<String, (Range<usize>, String)>,
    /// Each name in ASCII lowercase, and its variant name.
    folded: BTreeMap<String, String>,
    /// Each code, with the name of its first entry and where its code is.
    seen_codes: BTreeMap<Value, (String, Range<usize>)>,
    /// The first code that repeats: the code, its two names, and where.
    repeated: Option<(Value, String, String, Range<usize>)>,
    /// The tables reported for having no code column.
    codeless: Vec<usize>,
    /// Where the names of entries without one come from.
    naming: Naming,
    /// `codes may repeat;`: a repeated code turns the lookup by code off,
    /// where it is otherwise an error.
    codes_may_repeat: bool,
    /// Whether the catalogue is a translation, whose entries make no
    /// variant.
    translation: bool,
}

impl<'a> Check<'a> {
    fn new(
        raw: &'a Document,
        columns: &'a [ColumnRequest],
        naming: Naming,
        diagnostics: &'a mut Diagnostics,
    ) -> Self {
        Check {
            raw,
            columns,
            diagnostics,
            codes: Codes::of(raw),
            names: BTreeMap::new(),
            folded: BTreeMap::new(),
            seen_codes: BTreeMap::new(),
            repeated: None,
            codeless: Vec::new(),
            naming,
            codes_may_repeat: false,
            translation: false,
        }
    }

    /// The entry `row` gives, in the category at `category`, when it has
    /// a variant of its own, with its problems reported.
    fn entry(&mut self, row: &Entry, category: usize) -> Option<CatalogueEntry> {
        let table = row.table.map(|table| (table, &self.raw.tables[table]));
        if let Some((number, table)) = table
            && row.line.is_none()
            && !self.has_code_column(number, table)
        {
            return None;
        }
        let code = read_code(
            row,
            self.codes.ints_win,
            self.codes.first_of_kind.as_ref(),
            self.diagnostics,
        );
        let (name, ident, name_span) = read_name(row, self.naming, self.diagnostics)?;
        // A translation's malformed row is left out, as one without a
        // description is: the primary's text stands in.
        if row.malformed && self.translation {
            return None;
        }
        // Without a description, the entry keeps its variant: only its
        // text is missing.
        let has_description = table.is_none_or(|(_, table)| table.has_description());
        if has_description
            && !row.malformed
            && let Some(missing) = rules::missing_description(row, row.described(), &name)
        {
            self.diagnostics.push(missing);
            if self.translation {
                return None;
            }
        }
        let code = code?;
        // A name that differs from another only in ASCII case keeps its
        // variant when the variant name differs; the enum cannot hold one
        // variant name twice, nor (its codes being its discriminants) one
        // code twice.
        if !self.unique_name(row, &name, &ident, name_span.clone())
            && self.names.contains_key(&ident)
        {
            return None;
        }
        if let Some(value) = &code
            && !self.unique_code(row, value, &name)
        {
            return None;
        }
        (self.folded)
            .entry(name.to_ascii_lowercase())
            .or_insert_with(|| ident.clone());
        self.names
            .insert(ident.clone(), (name_span.clone(), name.clone()));
        let table = table.map(|(_, table)| table);
        let (doc, text) = (row.doc().to_owned(), row.text().to_owned());
        Some(CatalogueEntry {
            name,
            ident,
            name_span,
            code,
            doc,
            text,
            category,
            extras: extras(row, table),
            columns: self
                .columns
                .iter()
                .map(|request| column_value(row, table, &request.header))
                .collect(),
        })
    }

    /// A table has a code column when the catalogue's other entries have
    /// codes; reported once a table.
    fn has_code_column(&mut self, number: usize, table: &TableHead) -> bool {
        if !self.codes.present || table.has(Role::Code) {
            return true;
        }
        if !self.codeless.contains(&number) {
            self.codeless.push(number);
            self.diagnostics.push(
                Diagnostic::new(
                    "this table has no code column, but the catalogue's other entries have codes",
                    table.span.clone(),
                    format!("its columns are {}", quoted_list(&table.headers)),
                )
                .with_help("add a code column (`code` or `错误码`), as in the other tables"),
            );
        }
        false
    }

    /// A name is listed once, and its variant name too, ignoring ASCII
    /// case as `from_name` does.
    fn unique_name(&mut self, row: &Entry, name: &str, ident: &str, span: Range<usize>) -> bool {
        let key = if self.names.contains_key(ident) {
            Some(ident.to_owned())
        } else {
            self.folded.get(&name.to_ascii_lowercase()).cloned()
        };
        let Some((first, first_name)) = key.and_then(|key| self.names.get(&key)) else {
            return true;
        };
        let word = if row.name.is_some() { "name" } else { "code" };
        let message = if *first_name == name {
            format!("{word} `{name}` is listed twice")
        } else if first_name.eq_ignore_ascii_case(name) {
            format!(
                "{word}s `{first_name}` and `{name}` differ only in case, which `from_name` ignores"
            )
        } else {
            format!("{word}s `{first_name}` and `{name}` both give the variant name `{ident}`")
        };
        let help = if word == "name" {
            "the name is the entry's identity: give each entry a name of its own"
        } else {
            "without a name column the code names the entry: remove one of the two, or add a \
             name column"
        };
        self.diagnostics
            .push(rules::listed_twice(message, span, first.clone(), help));
        false
    }

    /// A code names one entry, unless the call site says `codes may
    /// repeat;`: then a repeated code turns `from_code` off.
    fn unique_code(&mut self, row: &Entry, value: &Value, name: &str) -> bool {
        let span = row.code.as_ref().map_or(0..0, |cell| cell.span.clone());
        let Some((first_name, first)) = self.seen_codes.get(value) else {
            self.seen_codes
                .insert(value.clone(), (name.to_owned(), span));
            return true;
        };
        if self.codes_may_repeat {
            self.repeated
                .get_or_insert((value.clone(), first_name.clone(), name.to_owned(), span));
            return true;
        }
        self.diagnostics.push(rules::listed_twice(
            format!(
                "code `{}` names both `{first_name}` and `{name}`",
                value.text()
            ),
            span,
            first.clone(),
            "give each entry a code of its own, or say `codes may repeat;` in the macro (the \
             type then has no `from_code`, `TryFrom` or parsing by code)",
        ));
        false
    }

    /// Reports the first repeated code, and says whether codes are unique.
    fn finish(&mut self, catalogue: &mut Catalogue) {
        let Some((code, first, second, span)) = self.repeated.take() else {
            return;
        };
        catalogue.codes_unique = false;
        self.diagnostics.note(Diagnostic::new(
            format!(
                "code `{}` names both `{first}` and `{second}`: no `from_code` or `TryFrom` is \
                 generated, and `FromStr` reads names only",
                code.text()
            ),
            span,
            "the code repeats here",
        ));
    }
}

/// A note saying where the names of the entries without a name come from,
/// with the first one as an example; nothing when every entry has a name.
fn names_note(raw: &Document, naming: Naming, diagnostics: &mut Diagnostics) {
    let Some(entry) = raw.entries().find(|entry| entry.name.is_none()) else {
        return;
    };
    let mut ignored = Diagnostics::default();
    let Some((name, ident, span)) = read_name(entry, naming, &mut ignored) else {
        return;
    };
    let (from, why) = match naming {
        Naming::Messages => ("messages", "each makes a name"),
        Naming::Codes => ("codes", "not every message makes a name"),
    };
    diagnostics.note(Diagnostic::new(
        format!("the variant names come from the {from} ({why}): `{name}` gives `{ident}`"),
        span,
        format!("named by its {}", &from[..from.len() - 1]),
    ));
}

/// Every extra column of `row`'s table, as `(header, Markdown)`, for the
/// docs.
fn extras(row: &Entry, table: Option<&TableHead>) -> Vec<(String, String)> {
    (row.extra_cells(table).into_iter())
        .map(|(header, _, cell)| (header.to_owned(), cell.doc.clone()))
        .collect()
}

/// The value of `row` in the column headed `header`; `None` for an empty
/// cell, or a table without that column.
fn column_value(row: &Entry, table: Option<&TableHead>, header: &str) -> Option<Value> {
    let position = table?.extras.iter().position(|h| h == header)?;
    let cell = row.extras.get(position)?;
    (!cell.text.is_empty()).then(|| Value::read(&cell.text))
}

/// The type of the codes: `None` when the entries have none.
fn code_type(codes: &Codes, catalogue: &Catalogue) -> Option<ValueType> {
    if !codes.present {
        return None;
    }
    if !codes.ints_win {
        return Some(ValueType::Str);
    }
    let integers = catalogue
        .entries
        .iter()
        .filter_map(|entry| match &entry.code {
            Some(Value::Int(code)) => Some(*code),
            _ => None,
        });
    Some(ValueType::narrowest(integers).unwrap_or(ValueType::U16))
}

/// The columns asked for, typed by their values: integers when every value
/// is one (a column read as an integer in one entry but text in another is
/// text), optional when a value is missing. The values of `malformed`
/// entries (their rows' problems are reported) do not count.
fn typed_columns(
    raw: &Document,
    columns: &[ColumnRequest],
    entries: &mut [CatalogueEntry],
    malformed: &[bool],
) -> Vec<Column> {
    let typed: Vec<Column> = columns
        .iter()
        .enumerate()
        .map(|(i, request)| {
            let values = || {
                (entries.iter().zip(malformed))
                    .filter(|(_, malformed)| !**malformed)
                    .map(|(entry, _)| &entry.columns[i])
            };
            let all_int = values().all(|value| !matches!(value, Some(Value::Str(_))));
            let ints = values().filter_map(|value| match value {
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
                optional: values().any(Option::is_none),
            }
        })
        .collect();
    for (entry, malformed) in entries.iter_mut().zip(malformed) {
        for (value, column) in entry.columns.iter_mut().zip(&typed) {
            match value {
                Some(Value::Int(number)) if column.value_type == ValueType::Str => {
                    *value = Some(Value::Str(number.to_string()));
                }
                // A malformed row's text in a column of integers: the
                // emitter writes the type's zero, after the row's error.
                Some(Value::Str(_)) if *malformed && column.value_type != ValueType::Str => {
                    *value = None;
                }
                _ => {}
            }
        }
    }
    typed
}

/// The columns asked for, each reported at every entry table that lacks
/// it, or at the first record when no record has it (one record may lack
/// a field the others have: its cell is empty); the bullets of a catalogue
/// have no columns.
fn check_columns(
    raw: &Document,
    columns: &[ColumnRequest],
    source: &Source,
    diagnostics: &mut Diagnostics,
) {
    for request in columns {
        let header = &request.header;
        let help = format!(
            "add a `{header}` column to the table, or remove `column \"{header}\" as {};` from the macro",
            request.method
        );
        if raw.tables.is_empty() {
            let end = source.text().len();
            let at = raw
                .entries()
                .next()
                .map_or(end..end, |row| row.span.clone());
            diagnostics.push(
                Diagnostic::new(
                    format!("column `{header}` is not in the catalogue: it has no table"),
                    at,
                    "entries without columns",
                )
                .with_help(help.clone()),
            );
        }
        let has = |table: &TableHead| table.extras.iter().any(|extra| extra == header);
        let own = |table: &TableHead| {
            (table.headers.iter().zip(&table.roles))
                .any(|(h, role)| h == header && *role != Role::Extra)
        };
        let lacking = |table: &TableHead| {
            if own(table) {
                Diagnostic::new(
                    format!("column `{header}` is this table's code, name or description"),
                    table.span.clone(),
                    "read by the enum's own methods",
                )
                .with_help(format!(
                    "`code()`, `name()` and `description()` return it already: remove \
                     `column \"{header}\" as {};` from the macro",
                    request.method
                ))
            } else if table.record {
                Diagnostic::new(
                    format!("column `{header}` is a field of no entry"),
                    table.span.clone(),
                    format!("its fields are {}", quoted_list(&table.headers)),
                )
                .with_help(format!(
                    "add a `**{header}**: …` line to the entries that have one, or remove \
                     `column \"{header}\" as {};` from the macro",
                    request.method
                ))
            } else {
                Diagnostic::new(
                    format!("column `{header}` is not in this table"),
                    table.span.clone(),
                    format!("its columns are {}", quoted_list(&table.headers)),
                )
                .with_help(help.clone())
            }
        };
        let (records, tables): (Vec<&TableHead>, Vec<&TableHead>) =
            raw.tables.iter().partition(|table| table.record);
        for table in tables {
            if !has(table) {
                diagnostics.push(lacking(table));
            }
        }
        // A record lacking a field the others have has an empty cell.
        if let Some(first) = records.first()
            && !records.iter().any(|record| has(record))
        {
            let record = records.iter().find(|record| own(record)).unwrap_or(first);
            diagnostics.push(lacking(record));
        }
    }
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
