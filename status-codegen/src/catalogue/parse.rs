//! Markdown to [`RawCatalogue`]: the outer structure of a status document
//! (front matter, intro, `##` sections) read with the status parser's
//! `Cx`, and entries from GFM tables and from bullets.
//!
//! A table is an entry table when its header names a code or a name column
//! ([`Role::of`]); any other table is part of the text around it. A bullet
//! list is a list of entries when its first bullet starts with an integer
//! code and a name (`- 10001 InvalidSignature`).

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Tag};

use super::model::{RawCatalogue, RawCategory, RawCell, RawRow, RawTable, Value};
use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::parse::Cx;
use crate::parse::kumascript;
use crate::render::{Findings, plain};

/// What a table column holds, by its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
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
    pub const HEADERS: [(Role, &'static [&'static str]); 3] = [
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
    pub fn of(header: &str) -> Role {
        let header = header.trim();
        Role::HEADERS
            .iter()
            .find(|(_, names)| names.iter().any(|name| header.eq_ignore_ascii_case(name)))
            .map_or(Role::Extra, |(role, _)| *role)
    }
}

/// Reads the structure of a catalogue; root-relative links are made
/// relative to `link_base`. Problems are pushed to `diagnostics`; what
/// could be read is returned all the same.
pub fn parse(source: &Source, link_base: &str, diagnostics: &mut Diagnostics) -> RawCatalogue {
    let cx = Cx::new(source.text(), link_base);
    let md = &cx.md;
    let mut catalogue = RawCatalogue::default();
    let mut intro: Vec<String> = Vec::new();
    // The category being read: its title, heading span, intro blocks and
    // entries.
    let mut current: Option<(RawCategory, Vec<String>)> = None;
    let mut i = 0;
    while i < md.events.len() {
        let end = md.ends[i];
        let (event, span) = &md.events[i];
        match event {
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) if i == 0 => {
                catalogue.title = cx.front_matter_title(i);
            }
            Event::Start(Tag::Heading { level, .. }) if *level == HeadingLevel::H2 => {
                finish(&mut catalogue, current.take());
                let title = plain::render(md, i + 1..end).trim().to_owned();
                let span = span.start..md.line_end(span.start);
                current = Some((category(title, span), Vec::new()));
            }
            Event::Start(Tag::Heading { level, .. })
                if *level == HeadingLevel::H1 && current.is_none() => {}
            _ if cx.is_separator(i) => {}
            Event::Start(Tag::Table(_)) if table_header(&cx, i).is_some() => {
                let rows = table(&cx, i, &mut catalogue.tables, diagnostics);
                let (category, _) =
                    current.get_or_insert_with(|| (category(String::new(), 0..0), Vec::new()));
                category.rows.extend(rows);
            }
            Event::Start(Tag::List(None)) if is_entry_list(&cx, i) => {
                let rows = bullets(&cx, i, diagnostics);
                let (category, _) =
                    current.get_or_insert_with(|| (category(String::new(), 0..0), Vec::new()));
                category.rows.extend(rows);
            }
            _ => {
                let blocks = cx.blocks(i..end + 1, diagnostics);
                match &mut current {
                    Some((_, section_intro)) => section_intro.push(blocks),
                    None => intro.push(blocks),
                }
            }
        }
        i = end + 1;
    }
    finish(&mut catalogue, current);
    intro.retain(|block| !block.is_empty());
    catalogue.intro = intro.join("\n\n");
    catalogue
}

fn category(title: String, span: Range<usize>) -> RawCategory {
    RawCategory {
        title,
        span,
        intro: String::new(),
        rows: Vec::new(),
    }
}

/// Adds the category being read to `catalogue`, or notes it as skipped
/// when it holds no entry.
fn finish(catalogue: &mut RawCatalogue, current: Option<(RawCategory, Vec<String>)>) {
    let Some((mut category, mut intro)) = current else {
        return;
    };
    if category.rows.is_empty() {
        catalogue.skipped.push((category.title, category.span));
        return;
    }
    intro.retain(|block| !block.is_empty());
    category.intro = intro.join("\n\n");
    catalogue.categories.push(category);
}

/// The header cells of the table starting at event `table`, as
/// `(text, span)`, when it is an entry table: one header names a code or a
/// name column.
fn table_header(cx: &Cx<'_>, table: usize) -> Option<Vec<(String, Range<usize>)>> {
    let md = &cx.md;
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

/// Reads the entry table starting at event `start`: records its header in
/// `tables` and returns its rows. A row with another number of cells than
/// the header is a problem, and is left out.
fn table(
    cx: &Cx<'_>,
    start: usize,
    tables: &mut Vec<RawTable>,
    diagnostics: &mut Diagnostics,
) -> Vec<RawRow> {
    let md = &cx.md;
    let Some(headers) = table_header(cx, start) else {
        return Vec::new();
    };
    let children = md.children(start);
    let head_span = md.events[children[0]].1.clone();
    let header_span = head_span.start..md.line_end(head_span.start);
    let roles: Vec<Role> = headers.iter().map(|(text, _)| Role::of(text)).collect();
    // The first column of each role holds it; a second one is an extra.
    let mut seen: Vec<Role> = Vec::new();
    let roles: Vec<Role> = roles
        .into_iter()
        .map(|role| {
            if role != Role::Extra && seen.contains(&role) {
                Role::Extra
            } else {
                seen.push(role);
                role
            }
        })
        .collect();
    let index = tables.len();
    tables.push(RawTable {
        header_span: header_span.clone(),
        headers: headers.iter().map(|(text, _)| text.clone()).collect(),
        has_code: roles.contains(&Role::Code),
        has_name: roles.contains(&Role::Name),
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
            diagnostics.push(
                Diagnostic::new(
                    format!(
                        "this row has {written} cell{}, but the table's header has {}",
                        if written == 1 { "" } else { "s" },
                        headers.len()
                    ),
                    line,
                    format!("{written} cell{}", if written == 1 { "" } else { "s" }),
                )
                .with_note(header_span.clone(), format!("{} columns", headers.len()))
                .with_help(
                    "give every row one cell per column, empty ones included; \
                     write a `|` inside a cell as `\\|`",
                ),
            );
            continue;
        }
        let mut entry = RawRow {
            span: line,
            table: Some(index),
            code: None,
            name: None,
            description: None,
            extras: Vec::new(),
        };
        let mut findings = Findings::default();
        for (cell, role) in md.children(row).into_iter().zip(&roles) {
            let read = self::cell(cx, cell, &mut findings);
            match role {
                Role::Code => entry.code = Some(read),
                Role::Name => entry.name = Some(read),
                Role::Description => entry.description = Some(read),
                Role::Extra => entry.extras.push(read),
            }
        }
        kumascript::report(md, findings, diagnostics);
        rows.push(entry);
    }
    rows
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

/// Reads the table cell starting at event `cell`.
fn cell(cx: &Cx<'_>, cell: usize, findings: &mut Findings) -> RawCell {
    let md = &cx.md;
    let inner = cell + 1..md.ends[cell];
    let span = md.events[cell].1.clone();
    let span = trimmed(md.text, span);
    if inner.is_empty() {
        return RawCell {
            span,
            ..RawCell::default()
        };
    }
    let start = md.events[inner.start].1.start;
    let (doc, text) = cx.chunk(inner, start, 0, findings);
    RawCell {
        text: text.trim().to_owned(),
        doc: doc.trim().to_owned(),
        span,
    }
}

/// `span` of `text` without the spaces at either end.
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let slice = &text[span.clone()];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// Whether the bullet list at `list` lists entries: its first bullet starts
/// with an integer and a name, `- 10001 InvalidSignature`.
fn is_entry_list(cx: &Cx<'_>, list: usize) -> bool {
    cx.md.children(list).first().is_some_and(|&item| {
        let bullet = cx.bullet(item);
        let mut words = bullet.entry.title.split_whitespace();
        matches!(words.next().map(Value::read), Some(Value::Int(_))) && words.next().is_some()
    })
}

/// Reads the entry bullets of the list at `list`: `CODE Name`, then the
/// description indented under it.
fn bullets(cx: &Cx<'_>, list: usize, diagnostics: &mut Diagnostics) -> Vec<RawRow> {
    let mut rows = Vec::new();
    for item in cx.md.children(list) {
        let bullet = cx.bullet(item);
        diagnostics.extend(bullet.problems);
        let entry = bullet.entry;
        let title = entry.title.as_str();
        let code_len = title.find(char::is_whitespace).unwrap_or(title.len());
        let name = title[code_len..].trim_start();
        let name_range = title.len() - name.len()..title.len();
        let part = |range: Range<usize>, text: &str| RawCell {
            text: text.to_owned(),
            doc: text.to_owned(),
            span: entry.title_subspan(range),
        };
        rows.push(RawRow {
            span: entry.title_span.clone(),
            table: None,
            code: Some(part(0..code_len, &title[..code_len])),
            name: Some(part(name_range, name)),
            description: Some(RawCell {
                text: entry.text.clone(),
                doc: entry.doc.clone(),
                span: entry.title_span.clone(),
            }),
            extras: Vec::new(),
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> RawCatalogue {
        let source = Source::new("t.md", text);
        let mut diagnostics = Diagnostics::default();
        let catalogue = parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{:?}", diagnostics.into_vec());
        catalogue
    }

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

    #[test]
    fn reads_table_rows_with_their_cells() {
        let text = "Intro.\n\n## 签名\n\n说明文字。\n\n| 错误码 | 错误名称 | 错误描述 | 解决方案 |\n| -- | -- | -- | -- |\n| 40001 | **INVALID_SIGNATURE** | 签名*错误* | 重新签名 |\n| 40002 | `EXPIRED` | 已过期 |  |\n";
        let catalogue = parse_ok(text);
        assert_eq!(catalogue.intro, "Intro.");
        let category = &catalogue.categories[0];
        assert_eq!(category.title, "签名");
        assert_eq!(category.intro, "说明文字。");
        let table = &catalogue.tables[0];
        assert!(table.has_code && table.has_name && table.has_description);
        assert_eq!(table.extras, ["解决方案"]);
        let row = &category.rows[0];
        let code = row.code.as_ref().unwrap();
        assert_eq!(code.text, "40001");
        assert_eq!(&text[code.span.clone()], "40001");
        let name = row.name.as_ref().unwrap();
        assert_eq!(name.text, "INVALID_SIGNATURE");
        assert_eq!(&text[name.span.clone()], "**INVALID_SIGNATURE**");
        let description = row.description.as_ref().unwrap();
        assert_eq!(description.doc, "签名*错误*");
        assert_eq!(description.text, "签名错误");
        assert_eq!(row.extras[0].text, "重新签名");
        let second = &category.rows[1];
        assert_eq!(second.name.as_ref().unwrap().text, "EXPIRED");
        assert_eq!(second.extras[0].text, "");
    }

    #[test]
    fn a_table_without_code_or_name_is_text() {
        let catalogue =
            parse_ok("## A\n\n| 参数 | 含义 |\n| -- | -- |\n| x | y |\n\n- 1 One\n\n  first\n");
        assert!(catalogue.tables.is_empty());
        let category = &catalogue.categories[0];
        assert!(
            category.intro.contains("| 参数 | 含义 |"),
            "{}",
            category.intro
        );
        assert_eq!(category.rows.len(), 1);
    }

    #[test]
    fn reads_bullets() {
        let text =
            "## 签名\n\n- 10001 InvalidSignature\n\n  签名不对。\n\n- -2 Negative\n  负数。\n";
        let catalogue = parse_ok(text);
        let rows = &catalogue.categories[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].code.as_ref().unwrap().text, "10001");
        let name = rows[0].name.as_ref().unwrap();
        assert_eq!(&text[name.span.clone()], "InvalidSignature");
        assert_eq!(rows[0].description.as_ref().unwrap().text, "签名不对。");
        assert_eq!(rows[1].code.as_ref().unwrap().text, "-2");
        assert_eq!(rows[1].description.as_ref().unwrap().text, "负数。");
    }

    #[test]
    fn a_row_with_too_many_cells_is_reported() {
        let source = Source::new(
            "t.md",
            "| code | name |\n| -- | -- |\n| 1 | A |\n| 2 | B | extra |\n",
        );
        let mut diagnostics = Diagnostics::default();
        let catalogue = parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
        let list = diagnostics.into_vec();
        assert_eq!(list.len(), 1);
        assert_eq!(
            list[0].message,
            "this row has 3 cells, but the table's header has 2"
        );
        assert_eq!(source.position(list[0].primary.span.start).line, 4);
        assert_eq!(catalogue.categories[0].rows.len(), 1);
    }
}
