//! The HTTP status schema: a raw document to a [`Table`].
//!
//! The rules, one function each:
//! - an entry is `CODE REASON`: a three-digit code in 100–599, a space, and a
//!   reason phrase (visible characters only), followed by an indented
//!   description; an `HTTPStatus` line's code agrees with its text
//!   (`line`);
//! - codes are unique, and so are the variant names their reasons give;
//! - a section holds one class: the class of its first entry (the code's
//!   first digit). An entry of another class is an error, and so is a second
//!   section for the same class;
//! - a section has a title and entries.
//!
//! A translation follows the same rules, but for its reason phrases, which
//! name nothing; its codes are the primary document's.
//!
//! Every problem is reported. An entry with a code and a reason phrase
//! that gives a variant name keeps its variant, whatever else is wrong
//! (no description, the wrong section, a second section for its class), so
//! that code naming it sees only the document's problem; only an entry
//! whose code or variant name another entry has already is left out, since
//! the enum cannot hold both.
//! Beside problems, notes: the sections left out, and where a reason
//! phrase or code differs from the IANA registry.

mod line;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use super::rules::{self, NoEntries, PrimaryKeys};
use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::model::{Class, ClassInfo, Code, Entry, Note, Table};
use crate::raw::{self, Category, Cell, Document, Line, TableHead};
use crate::read::labels::Role;
use crate::read::{Layout, Lists};
use crate::render;
use line::Title;

/// How a status document is laid out: sections of bullets (or tables),
/// strictly: a block after a section's entries is a problem.
pub(crate) const LAYOUT: Layout = Layout {
    lists: Lists::InSections,
    strict: true,
};

/// Checks `document` and builds the table of its valid entries. A
/// translation (`translation_of` is `Some`) is checked against its
/// primary's table, when the primary has no problem of its own (`None`
/// otherwise, so that they do not cascade): a code the primary lacks is an
/// error; a code the translation lacks, and a reason phrase that differs
/// from the primary's, are notes.
pub(crate) fn validate(
    document: &Document,
    source: &Source,
    translation_of: Option<Option<&Table>>,
    diagnostics: &mut Diagnostics,
) -> Table {
    // Each section's rows, read once.
    let sections: Vec<(&Category, Vec<Row<'_>>)> = (document.categories.iter())
        .map(|section| (section, rows(section, &document.tables)))
        .collect();
    let mut check = Check {
        diagnostics,
        primary: translation_of.map(|primary| {
            primary.map(|table| {
                (
                    table,
                    PrimaryKeys::new(table.entries.iter().map(|entry| entry.code)),
                )
            })
        }),
        codes: vec![None; 600],
        idents: BTreeMap::new(),
        classes: Default::default(),
        homes: homes(&sections),
        groups: Default::default(),
        described: (sections.iter().flat_map(|(_, rows)| rows))
            .any(|row| row.description.is_some_and(|cell| !cell.text.is_empty())),
    };
    let mut table = Table {
        title: document.title.clone(),
        intro: document.intro.clone(),
        ..Table::default()
    };
    rules::skipped_sections(document, "status codes", check.diagnostics);
    rules::unread_tables(document, check.diagnostics);
    for (section, rows) in &sections {
        check.section(section, rows, &mut table);
    }
    // An entry kept in a section of another class brings its class, titled
    // as classes without a section are.
    for class in Class::ALL {
        if table.entries.iter().any(|entry| entry.class == class)
            && !table.classes.iter().any(|info| info.class == class)
        {
            table.classes.push(sectionless(class));
        }
    }
    if let Some(Some((primary, keys))) = &check.primary {
        lacking_codes(primary, keys, &table, check.diagnostics);
    }
    if document.entries().next().is_none() {
        // Without a single section, the file may be anything (a path such
        // as `../../.env`): say so without quoting any of it.
        check.diagnostics.push(rules::no_entries(
            source,
            document,
            NoEntries {
                empty: "the status document is empty",
                no_entries: "the status document lists no status codes",
                unstructured: "it has no `##` section and no entry; as it may not be a status \
                               document, its text is not shown",
                expected: "expected at least one `##` section with entries",
                help: "add a section and an entry:\n\n    ## 客户端响应\n\n    - 404 Not Found\n\n      请求失败。",
                help_en: "add a section and an entry:\n\n    ## Client error responses\n\n    - 404 Not Found\n\n      The server cannot find the resource.",
            },
        ));
    }
    table
}

/// `class` without a section of its own: titled by its English name, with
/// no intro.
fn sectionless(class: Class) -> ClassInfo {
    ClassInfo {
        class,
        title: class.title().to_owned(),
        intro: String::new(),
    }
}

/// Where an entry of each class belongs, looking ahead too: the first
/// section whose first entry is of that class.
fn homes<'a>(sections: &[(&'a Category, Vec<Row<'_>>)]) -> [Option<&'a str>; 5] {
    let mut homes = [None; 5];
    for (section, rows) in sections {
        if let Some(class) = rows
            .iter()
            .find_map(|row| line::leading_class(&row.line.text))
        {
            homes[class as usize].get_or_insert(section.title.as_str());
        }
    }
    homes
}

/// An entry of a status document as this schema reads it: its line,
/// `CODE REASON`, and its description.
struct Row<'a> {
    entry: &'a raw::Entry,
    line: Cow<'a, Line>,
    description: Option<&'a Cell>,
    /// The cells that are neither its line nor its description (a
    /// table's other columns, a record's other fields), with their labels:
    /// the docs list them after the description.
    extras: Vec<(&'a str, &'a Cell)>,
}

impl Row<'_> {
    /// Whether its line is a bullet's (or a heading's) first line, with
    /// the description under it, or made of cells.
    fn written(&self) -> line::Written {
        if self.entry.line.is_some() {
            line::Written::Bullet
        } else {
            line::Written::Cells
        }
    }
}

/// The notes of an entry's line: one in full-width parentheses after the
/// phrase (`title`), and the one after the line (`line`), together.
fn notes(title: Option<Note>, line: Option<&Note>) -> Option<Note> {
    match (title, line) {
        (Some(first), Some(second)) => Some(Note {
            doc: format!("{}; {}", first.doc, second.doc),
            text: format!("{}; {}", first.text, second.text),
        }),
        (first, second) => first.or_else(|| second.cloned()),
    }
}

/// The rows of `section`: a bullet's line and description, or a table
/// row's code and reason phrase (its name, message or else description
/// cell; `Processing (RFC 2518)` is the phrase and a note) with its
/// description, if another cell gave the phrase.
fn rows<'a>(section: &'a Category, tables: &'a [TableHead]) -> Vec<Row<'a>> {
    section
        .entries
        .iter()
        .map(|entry| {
            // A message is the reason phrase unless a name gave it.
            let mut extras = Vec::new();
            for (header, role, cell) in entry.extra_cells(entry.table.map(|table| &tables[table])) {
                if role == Role::Extra || entry.name.is_some() || entry.line.is_some() {
                    extras.push((header, cell));
                }
            }
            if let Some(line) = &entry.line {
                return Row {
                    entry,
                    line: Cow::Borrowed(line),
                    description: entry.description.as_ref(),
                    extras,
                };
            }
            let (phrase, description) = match (&entry.name, &entry.message) {
                (Some(phrase), _) | (None, Some(phrase)) => {
                    (Some(phrase), entry.description.as_ref())
                }
                (None, None) => (entry.description.as_ref(), None),
            };
            Row {
                entry,
                line: Cow::Owned(line::of_cells(entry.code.as_ref(), phrase, &entry.span)),
                description,
                extras,
            }
        })
        .collect()
}

/// A row's description, then its extra cells, each `part` of a cell
/// (its Markdown or its plain text); the extras listed by `list`.
fn described<'a>(
    row: &Row<'a>,
    part: fn(&'a Cell) -> &'a str,
    list: fn(Vec<(&'a str, &'a str)>) -> String,
    separator: &str,
) -> String {
    let description = row.description.map_or("", part);
    if row.extras.is_empty() {
        return description.to_owned();
    }
    let extras = list(
        row.extras
            .iter()
            .map(|(header, cell)| (*header, part(cell)))
            .collect(),
    );
    if description.is_empty() {
        extras
    } else {
        format!("{description}{separator}{extras}")
    }
}

/// Extra cells as plain text: a `Header: value` line each.
fn plain_fields(extras: Vec<(&str, &str)>) -> String {
    let lines: Vec<String> = (extras.into_iter())
        .map(|(header, value)| format!("{header}: {value}"))
        .collect();
    lines.join("\n")
}

/// The checks in progress over a document.
struct Check<'a> {
    diagnostics: &'a mut Diagnostics,
    /// For a translation, its primary table and codes, when the primary has
    /// no problem.
    primary: Option<Option<(&'a Table, PrimaryKeys<u16>)>>,
    /// Where each code is, first, by number. The maps by class and by code
    /// are arrays: five classes and codes below 600 need no search tree,
    /// and one less to compile.
    codes: Vec<Option<Range<usize>>>,
    /// Where each variant name comes from, and its reason phrase.
    idents: BTreeMap<String, (Range<usize>, String)>,
    /// The section of each class, and its title, by class.
    classes: [Option<(Range<usize>, String)>; 5],
    /// The home of each class (see [`homes`]), by class.
    homes: [Option<&'a str>; 5],
    /// Whether any entry has a description: then every entry needs one.
    described: bool,
    /// The heading each class's section is grouped under, by class.
    groups: [Option<Range<usize>>; 5],
}

impl Check<'_> {
    fn is_translation(&self) -> bool {
        self.primary.is_some()
    }

    /// Checks one section and adds its class and valid entries to `table`.
    fn section(&mut self, section: &Category, rows: &[Row<'_>], table: &mut Table) {
        if section.span.is_empty() {
            self.unsectioned(section, rows, table);
            return;
        }
        self.titled(section);
        if !self.has_entries(section) {
            return;
        }
        // The section's class is the class of its first entry with a code.
        let mut class: Option<(Class, Range<usize>, Code)> = None;
        let mut entries = Vec::new();
        for row in rows.iter().filter(|row| !row.line.unreadable) {
            let line = &row.line;
            let (code, title) =
                line::read_title(line, row.written(), self.is_translation(), self.diagnostics);
            // The class is checked even when the rest of the line is wrong,
            // so that every problem shows in one build.
            let Some((code, code_span)) = code else {
                continue;
            };
            let (expected, first_span, first_code) =
                class.get_or_insert((code.class(), code_span.clone(), code));
            // An entry of another class keeps its variant, in the class its
            // code gives: only the section is wrong.
            self.in_class(section, code, code_span, *expected, first_span, *first_code);
            if let Some(title) = title
                && let Some(entry) = self.entry(row, title)
            {
                entries.push(entry);
            }
        }
        let Some((class, _, _)) = class else {
            return;
        };
        // Groups under one heading (`## 4xx` above `### Auth` and
        // `### Lookup`) are one class, titled by that heading.
        let group = section.group.as_ref();
        let slot = &mut self.groups[class as usize];
        if group.is_some() && slot.as_ref() == group.map(|(_, span)| span) {
            table.entries.extend(entries);
            return;
        }
        if self.first_section_of(class, &section.title, &section.span) {
            self.groups[class as usize] = group.map(|(_, span)| span.clone());
            let title = match group {
                Some((title, _)) if !title.is_empty() => title,
                _ => &section.title,
            };
            table.classes.push(ClassInfo {
                class,
                title: title.clone(),
                intro: section.intro.clone(),
            });
        }
        // A second section of a class is reported; its entries keep their
        // variants, in the first section's class.
        table.entries.extend(entries);
    }

    /// Checks the entries written before any section, whose classes their
    /// codes give, and adds a class for each (titled as classes are in
    /// English) with its entries to `table`.
    fn unsectioned(&mut self, section: &Category, rows: &[Row<'_>], table: &mut Table) {
        let mut classes: BTreeMap<Class, Vec<Entry>> = BTreeMap::new();
        for row in rows.iter().filter(|row| !row.line.unreadable) {
            let (code, title) = line::read_title(
                &row.line,
                row.written(),
                self.is_translation(),
                self.diagnostics,
            );
            if let (Some((code, _)), Some(title)) = (code, title)
                && let Some(entry) = self.entry(row, title)
            {
                classes.entry(code.class()).or_default().push(entry);
            }
        }
        for (class, entries) in classes {
            if self.first_section_of(class, class.title(), &section.span) {
                table.classes.push(sectionless(class));
            }
            table.entries.extend(entries);
        }
    }

    /// The entry of a row with a valid line, checked against the others.
    fn entry(&mut self, row: &Row<'_>, title: Title) -> Option<Entry> {
        let line = &row.line;
        let span = line.subspan(title.code_range.clone());
        let reason_span = line.subspan(title.reason_range.clone());
        if !self.unique_code(&title, &span) || !self.in_primary(&title, span.clone(), reason_span) {
            return None;
        }
        if let Some(first) = self.codes.get_mut(usize::from(title.code.number())) {
            *first = Some(span);
        }
        if !self.is_translation() && !self.unique_variant(&title, line) {
            return None;
        }
        if self.described
            && !row.entry.malformed
            && let Some(missing) =
                rules::missing_description(row.entry, row.description, &line.text)
        {
            self.diagnostics.push(missing);
        }
        if !self.is_translation() {
            line::registry_note(line, &title, self.diagnostics);
        }
        Some(Entry {
            code: title.code.number(),
            class: title.code.class(),
            reason: title.reason,
            ident: title.ident,
            doc: described(row, |cell| &cell.doc, render::field_list, "\n\n"),
            text: described(row, |cell| &cell.text, plain_fields, "\n"),
            flags: line.flags,
            note: notes(title.note, line.note.as_ref()),
            link: line.link.clone(),
        })
    }

    /// A section has a title.
    fn titled(&mut self, section: &Category) {
        if section.title.is_empty() {
            self.diagnostics.push(
                Diagnostic::new(
                    "a section without a title",
                    section.span.clone(),
                    "empty heading",
                )
                .with_help("name the class, for example `## 客户端响应`"),
            );
        }
    }

    /// A section lists entries.
    fn has_entries(&mut self, section: &Category) -> bool {
        if section.entries.is_empty() {
            self.diagnostics.push(
                Diagnostic::new(
                    format!("section `{}` lists no status codes", section.title),
                    section.span.clone(),
                    "no entries under this heading",
                )
                .with_help("add entries as bullets (`- 404 Not Found`), or remove the heading"),
            );
        }
        !section.entries.is_empty()
    }

    /// An entry is of its section's class, which its first entry set.
    fn in_class(
        &mut self,
        section: &Category,
        code: Code,
        code_span: Range<usize>,
        expected: Class,
        first_span: &Range<usize>,
        first_code: Code,
    ) {
        let class = code.class();
        if class == expected {
            return;
        }
        self.diagnostics.push(
            Diagnostic::new(
                format!(
                    "{code} is a {} ({}xx), but section `{}` holds {}xx codes",
                    class.english(),
                    class.digit(),
                    section.title,
                    expected.digit(),
                ),
                code_span,
                format!("{}xx code", class.digit()),
            )
            .with_note(
                first_span.clone(),
                format!("the section's class is set by its first entry, {first_code}"),
            )
            .with_help(match self.homes[class as usize] {
                Some(other) => format!("move it to section `{other}`"),
                None => format!(
                    "move it to a section of its own for {}xx codes",
                    class.digit()
                ),
            }),
        );
    }

    /// A code is listed once.
    fn unique_code(&mut self, title: &Title, span: &Range<usize>) -> bool {
        let Some(Some(first)) = self.codes.get(usize::from(title.code.number())) else {
            return true;
        };
        self.diagnostics.push(rules::listed_twice(
            format!("status code {} is listed twice", title.code),
            span.clone(),
            first.clone(),
            "remove one of the two entries",
        ));
        false
    }

    /// A translation's code is one its primary lists; a reason phrase that
    /// differs from the primary's is a note.
    fn in_primary(&mut self, title: &Title, span: Range<usize>, reason: Range<usize>) -> bool {
        let Some(Some((primary, keys))) = &self.primary else {
            return true;
        };
        let Some(position) = keys.position(&title.code.number()) else {
            self.diagnostics.push(
                Diagnostic::new(
                    format!("status code {} is not in the primary document", title.code),
                    span,
                    "not in the primary document",
                )
                .with_help(
                    "a translation describes the primary document's codes: add the code there \
                     first, or remove it here",
                ),
            );
            return false;
        };
        let original = &primary.entries[position];
        if original.reason != title.reason {
            self.diagnostics.note(Diagnostic::new(
                format!(
                    "{} {}: the primary document says \"{}\"",
                    title.code, title.reason, original.reason
                ),
                reason,
                "differs from the primary document",
            ));
        }
        true
    }

    /// Two reason phrases give two variant names.
    fn unique_variant(&mut self, title: &Title, line: &Line) -> bool {
        let span = line.subspan(title.reason_range.clone());
        if let Some((first, first_reason)) = self.idents.get(&title.ident) {
            self.diagnostics.push(
                Diagnostic::new(
                    format!(
                        "reason phrases `{first_reason}` and `{}` both give the variant name `{}`",
                        title.reason, title.ident
                    ),
                    span,
                    format!("also `{}`", title.ident),
                )
                .with_note(first.clone(), format!("`{}` comes from here", title.ident))
                .with_help("reason phrases must differ in more than punctuation and case"),
            );
            return false;
        }
        self.idents
            .insert(title.ident.clone(), (span, title.reason.clone()));
        true
    }

    /// One section holds each class.
    fn first_section_of(&mut self, class: Class, title: &str, span: &Range<usize>) -> bool {
        if let Some((first_span, first_title)) = &self.classes[class as usize] {
            self.diagnostics.push(
                Diagnostic::new(
                    format!(
                        "two sections hold {}xx codes: `{first_title}` and `{title}`",
                        class.digit(),
                    ),
                    span.clone(),
                    "second section for this class",
                )
                .with_note(first_span.clone(), "first section for this class")
                .with_help("merge the two sections into one"),
            );
            return false;
        }
        self.classes[class as usize] = Some((span.clone(), title.to_owned()));
        true
    }
}

/// A note naming the codes of `primary` that its translation `table`
/// lacks: their descriptions are the primary's.
fn lacking_codes(
    primary: &Table,
    keys: &PrimaryKeys<u16>,
    table: &Table,
    diagnostics: &mut Diagnostics,
) {
    if table.entries.is_empty() {
        return;
    }
    let lacking = keys.lacking(table.entries.iter().map(|entry| &entry.code));
    let missing = Table {
        entries: lacking
            .iter()
            .map(|&position| primary.entries[position].clone())
            .collect(),
        ..Table::default()
    };
    if let Some(note) = rules::lacking(
        &missing.code_ranges(),
        lacking.len(),
        ("code", "codes"),
        "primary document",
    ) {
        diagnostics.note(note);
    }
}

#[cfg(test)]
mod tests;
