//! GFM tables of entries: a table is an entry table when its header names a
//! code or a name column ([`Role::of`]); each row is an entry, its cells
//! labelled by their column's role.

use std::ops::Range;

use super::Reader;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::raw::{Cell, Entry, TableHead};
use crate::render::{Findings, plain};

/// What a table column holds, by its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The code: `code`, `error code`, `错误码`, `状态码`, `错误码ID`.
    Code,
    /// The name: `name`, `命名`, `名称`, `错误名称`, `错误码名称`.
    Name,
    /// The description: `description`, `message`, `meaning`, `描述`,
    /// `说明`, `含义`, `错误描述`.
    Description,
    /// Anything else.
    Extra,
}

impl Role {
    /// The headers recognized for each role, compared ignoring ASCII case.
    const HEADERS: [(Role, &'static [&'static str]); 3] = [
        (
            Role::Code,
            &["code", "error code", "错误码", "状态码", "错误码id"],
        ),
        (
            Role::Name,
            &["name", "命名", "名称", "错误名称", "错误码名称"],
        ),
        (
            Role::Description,
            &[
                "description",
                "message",
                "meaning",
                "描述",
                "说明",
                "含义",
                "错误描述",
            ],
        ),
    ];

    /// The role of a column headed `header`.
    pub(crate) fn of(header: &str) -> Role {
        let header = header.trim();
        Role::HEADERS
            .iter()
            .find(|(_, names)| names.iter().any(|name| header.eq_ignore_ascii_case(name)))
            .map_or(Role::Extra, |(role, _)| *role)
    }
}

impl Reader<'_> {
    /// Reads the table starting at event `start`, when it is an entry
    /// table: records its header in `tables`, and returns its rows with the
    /// problems found in them. A row with another number of cells than the
    /// header is a problem, and is left out.
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
        // The first column of each role holds it; a second one is an extra.
        let mut seen: Vec<Role> = Vec::new();
        let roles: Vec<Role> = headers
            .iter()
            .map(|(text, _)| match Role::of(text) {
                role if role != Role::Extra && seen.contains(&role) => Role::Extra,
                role => {
                    seen.push(role);
                    role
                }
            })
            .collect();
        let index = tables.len();
        tables.push(TableHead {
            span: header_span.clone(),
            headers: headers.iter().map(|(text, _)| text.clone()).collect(),
            has_code: roles.contains(&Role::Code),
            has_description: roles.contains(&Role::Description),
            extras: headers
                .iter()
                .zip(&roles)
                .filter(|(_, role)| **role == Role::Extra)
                .map(|(header, _)| header.0.clone())
                .collect(),
        });

        let mut rows = Vec::new();
        for row in children.into_iter().skip(1) {
            let span = md.events[row].1.clone();
            let line = span.start..md.line_end(span.start);
            let written = count_cells(&md.text[line.clone()]);
            if written != headers.len() {
                let cells = |n: usize| format!("{n} cell{}", if n == 1 { "" } else { "s" });
                problems.push(
                    Diagnostic::new(
                        format!(
                            "this row has {}, but the table's header has {}",
                            cells(written),
                            headers.len()
                        ),
                        line,
                        cells(written),
                    )
                    .with_note(header_span.clone(), format!("{} columns", headers.len()))
                    .with_help(
                        "give every row one cell per column, empty ones included; \
                         write a `|` inside a cell as `\\|`",
                    ),
                );
                continue;
            }
            let mut entry = Entry {
                span: line,
                table: Some(index),
                ..Entry::default()
            };
            let mut findings = Findings::default();
            for (cell, role) in md.children(row).into_iter().zip(&roles) {
                let key = matches!(role, Role::Code | Role::Name);
                let read = self.cell(cell, key, &mut findings);
                match role {
                    Role::Code => entry.code = Some(read),
                    Role::Name => entry.name = Some(read),
                    Role::Description => entry.description = Some(read),
                    Role::Extra => entry.extras.push(read),
                }
            }
            findings.report(md, &mut problems);
            rows.push(entry);
        }
        Some((rows, problems))
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
        headers
            .iter()
            .any(|(text, _)| matches!(Role::of(text), Role::Code | Role::Name))
            .then_some(headers)
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
        let (doc, mut text) = self.chunk(inner.clone(), start, 0, findings);
        if key {
            text = plain::render_verbatim(md, inner);
        }
        Cell {
            text: text.trim().to_owned(),
            doc: doc.trim().to_owned(),
            span,
        }
    }
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

/// `span` of `text` without the spaces at either end.
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let slice = &text[span.clone()];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_english_and_chinese() {
        assert_eq!(Role::of("错误码"), Role::Code);
        assert_eq!(Role::of(" Error Code "), Role::Code);
        assert_eq!(Role::of("错误码ID"), Role::Code);
        assert_eq!(Role::of("命名"), Role::Name);
        assert_eq!(Role::of("MESSAGE"), Role::Description);
        assert_eq!(Role::of("解决方案"), Role::Extra);
    }

    #[test]
    fn cells_are_counted_as_written() {
        assert_eq!(count_cells("| a | b | c |"), 3);
        assert_eq!(count_cells("a | b"), 2);
        assert_eq!(count_cells("| a \\| b | c |"), 2);
        assert_eq!(count_cells("| a | b | c | d |"), 4);
        assert_eq!(count_cells("| a |"), 1);
    }
}
