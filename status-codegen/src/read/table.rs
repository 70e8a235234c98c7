//! GFM tables of entries: a table is an entry table when its header names a
//! code or a name column (see `labels`); each row is an entry, its cells
//! labelled by their column's role.

use std::ops::Range;

use super::Reader;
use super::labels::{self, Role};
use super::trimmed;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::raw::{Cell, Entry, TableHead};
use crate::render::{Findings, plain};

/// What an HTML table's row gives: an entry, or the title of a category
/// (a row of one cell across every column).
pub(crate) enum Row {
    Category(String, Range<usize>),
    Entry(Box<Entry>),
}

impl Reader<'_> {
    /// Reads the HTML table at top-level event `i`, when it is an entry
    /// table (its first row names a code or a name column): records its
    /// head in `tables`, and returns its rows with the problems found in
    /// them, and the index of the last top-level event it covers.
    pub(crate) fn html_entries(
        &self,
        i: usize,
        tables: &mut Vec<TableHead>,
    ) -> Option<(Vec<Row>, Diagnostics, usize)> {
        let mut problems = Diagnostics::default();
        let (table, last) = self.html_table(i, &mut problems)?;
        let mut rows = table.rows.into_iter().filter(|row| !row.cells.is_empty());
        let head = rows.next()?;
        let headers: Vec<(String, Range<usize>)> = (head.cells.iter())
            .map(|cell| (cell.text.clone(), cell.span.clone()))
            .collect();
        if !self.is_entry_table(&headers) {
            return None;
        }
        let (index, roles) = self.head(&headers, head.span.clone(), tables, &mut problems);
        let mut read = Vec::new();
        for row in rows {
            let width: usize = row.cells.iter().map(|cell| cell.colspan).sum();
            if row.cells.len() == 1 && width >= headers.len() && headers.len() > 1 {
                read.push(Row::Category(row.cells[0].text.clone(), row.span));
                continue;
            }
            let malformed = width != headers.len();
            if malformed {
                problems.push(
                    wrong_width(width, headers.len(), row.span.clone(), head.span.clone())
                        .with_help("give every row one cell per column, empty ones included"),
                );
            }
            let cells = (row.cells.into_iter())
                .map(|cell| Cell {
                    text: cell.text,
                    doc: cell.doc,
                    span: cell.span,
                })
                .collect();
            let mut entry = labelled(&roles, cells, row.span, index);
            entry.malformed = malformed;
            read.push(Row::Entry(Box::new(entry)));
        }
        Some((read, problems, last))
    }

    /// Reads the table starting at event `start`, when it is an entry
    /// table: records its header in `tables`, and returns its rows with the
    /// problems found in them. A row with another number of cells than the
    /// header is a problem; its entry is read from the cells it has, and
    /// marked [`Entry::malformed`].
    pub(crate) fn table(
        &self,
        start: usize,
        tables: &mut Vec<TableHead>,
    ) -> Option<(Vec<Entry>, Diagnostics)> {
        let md = &self.md;
        let headers = self.table_header(start)?;
        let mut problems = Diagnostics::default();
        let children = md.children(start);
        let head_span = md.events[children[0]].1.clone();
        let header_span = head_span.start..md.line_end(head_span.start);
        let (index, roles) = self.head(&headers, header_span.clone(), tables, &mut problems);

        let mut rows = Vec::new();
        for row in children.into_iter().skip(1) {
            let span = md.events[row].1.clone();
            let line = span.start..md.line_end(span.start);
            let written = count_cells(&md.text[line.clone()]);
            let malformed = written != headers.len();
            if malformed {
                problems.push(
                    wrong_width(written, headers.len(), line.clone(), header_span.clone())
                        .with_help(
                            "give every row one cell per column, empty ones included; \
                             write a `|` inside a cell as `\\|`",
                        ),
                );
            }
            let mut findings = Findings::default();
            let cells = (md.children(row).into_iter().zip(&roles))
                .map(|(cell, role)| {
                    let key = matches!(role, Role::Code | Role::Name);
                    self.cell(cell, key, &mut findings)
                })
                .collect();
            let mut entry = labelled(&roles, cells, line, index);
            entry.malformed = malformed;
            findings.report(md, &mut problems);
            rows.push(entry);
        }
        Some((rows, problems))
    }

    /// The header of the table at event `table` when the reader knows none
    /// of its labels: where it is, and its headers.
    pub(crate) fn unknown_table(&self, table: usize) -> Option<(Range<usize>, Vec<String>)> {
        let md = &self.md;
        let head = *md.children(table).first()?;
        let headers: Vec<String> = (md.children(head).into_iter())
            .map(|cell| plain::render(md, cell + 1..md.ends[cell]).trim().to_owned())
            .collect();
        let unknown = headers
            .iter()
            .all(|header| labels::known(header, self.labels).is_none());
        let span = md.events[head].1.start..md.line_end(md.events[head].1.start);
        unknown.then_some((span, headers))
    }

    /// The problem with an entry table inside the block of `events` (a
    /// quote, a list, `<details>`), which the reader does not read there.
    pub(crate) fn nested_table(&self, events: Range<usize>) -> Option<Diagnostic> {
        let md = &self.md;
        let table = events.clone().find(|&i| {
            matches!(
                md.events[i].0,
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Table(_))
            )
        })?;
        let headers = self.table_header(table)?;
        let head = md.events[*md.children(table).first()?].1.start;
        let names: Vec<String> = headers
            .iter()
            .map(|(text, _)| format!("`{text}`"))
            .collect();
        Some(
            Diagnostic::new(
                format!(
                    "a table of entries inside a quote or a list is not read: {}",
                    names.join(", ")
                ),
                head..md.line_end(head),
                "not at the top level",
            )
            .with_help(
                "move the table out of the `>` quote, list item or `<details>`, to the top level",
            ),
        )
    }

    /// Records the head of an entry table, its `headers` on the line at
    /// `span`, in `tables`: its index there, and its columns' roles.
    pub(crate) fn head(
        &self,
        headers: &[(String, Range<usize>)],
        span: Range<usize>,
        tables: &mut Vec<TableHead>,
        problems: &mut Diagnostics,
    ) -> (usize, Vec<Role>) {
        let roles = self.roles(headers, &span, problems);
        tables.push(TableHead {
            span,
            headers: headers.iter().map(|(text, _)| text.clone()).collect(),
            roles: roles.clone(),
            extras: headers
                .iter()
                .zip(&roles)
                .filter(|(_, role)| is_extra(**role, &roles))
                .map(|(header, _)| header.0.clone())
                .collect(),
            record: false,
        });
        (tables.len() - 1, roles)
    }

    /// Whether a table headed `headers` is an entry table: one header names
    /// a code or a name column.
    pub(crate) fn is_entry_table(&self, headers: &[(String, Range<usize>)]) -> bool {
        headers.iter().any(|(text, _)| {
            matches!(
                labels::known(text, self.labels),
                Some(Role::Code | Role::Name)
            )
        })
    }

    /// The role of each column headed `headers`: the first column of each
    /// role holds it, and a second one is an extra column, but for a second
    /// description beside no message, which makes the first the message; a
    /// header written
    /// twice is a problem, since its second column would have no name of
    /// its own.
    fn roles(
        &self,
        headers: &[(String, Range<usize>)],
        header_span: &Range<usize>,
        problems: &mut Diagnostics,
    ) -> Vec<Role> {
        let mut roles: Vec<Role> = Vec::with_capacity(headers.len());
        for (i, (header, span)) in headers.iter().enumerate() {
            if let Some(first) = headers[..i]
                .iter()
                .find(|(other, _)| labels::fold(other) == labels::fold(header))
            {
                problems.push(
                    Diagnostic::new(
                        format!("the table has two `{header}` columns"),
                        if span.is_empty() {
                            header_span.clone()
                        } else {
                            span.clone()
                        },
                        "the same header again",
                    )
                    .with_note(first.1.clone(), "first here")
                    .with_help("give each column a header of its own"),
                );
            }
            let role = labels::role(header, self.labels);
            let first = roles.iter().position(|r| *r == role);
            let role = match (role, first) {
                // `Code | 描述 | 说明`: of two descriptions and no message,
                // the first is the short one, the message.
                (Role::Description, Some(first)) if !roles.contains(&Role::Message) => {
                    roles[first] = Role::Message;
                    Role::Description
                }
                (_, Some(_)) => Role::Extra,
                (role, None) => role,
            };
            roles.push(role);
        }
        roles
    }

    /// The header cells of the table starting at event `table`, as
    /// `(text, span)`, when it is an entry table: one header names a code or
    /// a name column.
    fn table_header(&self, table: usize) -> Option<Vec<(String, Range<usize>)>> {
        let md = &self.md;
        let head = *md.children(table).first()?;
        let headers: Vec<(String, Range<usize>)> = md
            .children(head)
            .into_iter()
            .map(|cell| {
                let text = plain::render(md, cell + 1..md.ends[cell]);
                (text.trim().to_owned(), md.events[cell].1.clone())
            })
            .collect();
        self.is_entry_table(&headers).then_some(headers)
    }

    /// Reads the table cell starting at event `cell`; the text of a `key`
    /// (a code or a name) keeps its invisible characters, for the schema to
    /// report.
    fn cell(&self, cell: usize, key: bool, findings: &mut Findings) -> Cell {
        let md = &self.md;
        let inner = cell + 1..md.ends[cell];
        let span = trimmed(md.text, md.events[cell].1.clone());
        if inner.is_empty() {
            return Cell {
                span,
                ..Cell::default()
            };
        }
        let start = md.events[inner.start].1.start;
        let (doc, text) = if key {
            let doc = self.doc(inner.clone(), start, 0, findings);
            (doc, plain::render_verbatim(md, inner))
        } else {
            self.chunk(inner, start, 0, findings)
        };
        Cell {
            text: trim(text),
            doc: trim(doc),
            span,
        }
    }
}

/// `text` without white space at either end, in place: most cells have none.
fn trim(mut text: String) -> String {
    let end = text.trim_end().len();
    text.truncate(end);
    let start = text.len() - text.trim_start().len();
    text.drain(..start);
    text
}

/// The problem of a table row at `row` whose `width` cells are not the
/// `columns` of the header at `head`. The row is read all the same, as
/// far as its cells go, so that its entry keeps its variant.
fn wrong_width(width: usize, columns: usize, row: Range<usize>, head: Range<usize>) -> Diagnostic {
    let cells = |n: usize| format!("{n} cell{}", if n == 1 { "" } else { "s" });
    Diagnostic::new(
        format!(
            "this row has {}, but the table's header has {columns}",
            cells(width)
        ),
        row,
        cells(width),
    )
    .with_note(head, format!("{columns} columns"))
}

/// The entry of a table row: its `cells` labelled by their columns' `roles`;
/// the row is at `span`, in the table at `index` of the document's tables.
pub(crate) fn labelled(
    roles: &[Role],
    cells: Vec<Cell>,
    span: Range<usize>,
    index: usize,
) -> Entry {
    let mut entry = Entry {
        span,
        table: Some(index),
        ..Entry::default()
    };
    for (cell, role) in cells.into_iter().zip(roles) {
        if is_extra(*role, roles) {
            entry.extras.push(cell.clone());
        }
        match role {
            Role::Code => entry.code = Some(cell),
            Role::Name => entry.name = Some(cell),
            Role::Message => entry.message = Some(cell),
            Role::Description => entry.description = Some(cell),
            Role::Extra => {}
        }
    }
    entry
}

/// Whether a column of `role`, in a table whose columns have `roles`, is
/// one of its extra columns: an extra, or a message beside a description
/// (which the docs show, and a `column` line may ask for).
pub(crate) fn is_extra(role: Role, roles: &[Role]) -> bool {
    role == Role::Extra || (role == Role::Message && roles.contains(&Role::Description))
}

/// How many cells a table row's line holds: its unescaped `|`s, less the
/// leading and trailing ones, plus one.
fn count_cells(line: &str) -> usize {
    let line = line.trim();
    let mut bars: Vec<usize> = Vec::new();
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => bars.push(i),
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    let mut count = bars.len() + 1;
    if bars.first() == Some(&0) {
        count -= 1;
    }
    if bars.last().is_some_and(|&at| at + 1 == line.len()) && line.len() > 1 {
        count -= 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_counted_as_written() {
        assert_eq!(count_cells("| a | b | c |"), 3);
        assert_eq!(count_cells("a | b"), 2);
        assert_eq!(count_cells("| a \\| b | c |"), 2);
        assert_eq!(count_cells("| a | b | c | d |"), 4);
        assert_eq!(count_cells("| a |"), 1);
    }
}
