//! HTML `<table>`s written in a Markdown document: their rows and cells as
//! plain text, and as rustdoc Markdown that holds nothing of the HTML.
//!
//! pulldown-cmark gives such a table as HTML blocks, split wherever a blank
//! line falls inside it, so the table is read from the document's text with
//! a small tag scanner, `<table` to its `</table>`, in one pass. It is as
//! tolerant as HTML: attributes, any case, `<thead>`/`<tbody>`/`<tfoot>`,
//! omitted `</td>` and `</tr>`, comments, inline tags in cells (their text
//! is kept), `<script>` and `<style>` (their text is kept as text).

use std::ops::Range;

use pulldown_cmark::{Event, Tag};

use super::Reader;
use super::events::Markdown;
use super::trimmed;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::render::{escape_format_chars, escape_markdown, is_url_char, strip_html};

/// An HTML table of the document.
pub(crate) struct HtmlTable {
    /// Where the table is, `<table` to `</table>` (document offsets).
    #[cfg_attr(
        not(test),
        expect(
            dead_code,
            reason = "the walker needs only its rows, the tests check its extent"
        )
    )]
    pub(crate) span: Range<usize>,
    /// Its rows, in order: `<tr>`s, in `<thead>`/`<tbody>`/`<tfoot>` or not.
    /// A row with no cell is kept.
    pub(crate) rows: Vec<HtmlRow>,
}

/// A row of an HTML table.
pub(crate) struct HtmlRow {
    /// Where the `<tr …>` start tag's line is (for messages); for a cell
    /// written without a `<tr>`, its `<td>`'s line.
    pub(crate) span: Range<usize>,
    /// Whether every cell is a `<th>` (and there is one).
    pub(crate) header: bool,
    /// Its cells, in order.
    pub(crate) cells: Vec<HtmlCell>,
}

/// A cell of an HTML table.
pub(crate) struct HtmlCell {
    /// Plain text: tags removed, entities decoded, runs of white space
    /// folded to one space, `<br>` as a line break, trimmed.
    pub(crate) text: String,
    /// Rustdoc Markdown of the cell: the plain text with Markdown's special
    /// characters escaped, lines joined by hard breaks, bare `http(s)` URLs
    /// as autolinks. Nothing of the HTML reaches it.
    pub(crate) doc: String,
    /// Where the cell's content is (trimmed; empty at the cell's place when
    /// the cell is empty).
    pub(crate) span: Range<usize>,
    /// `colspan`, 1 when absent or malformed (at most 1000, as in HTML).
    pub(crate) colspan: usize,
}

impl Reader<'_> {
    /// The HTML table starting at top-level event `i` (an HTML block whose
    /// first non-blank text, after optional comments, is a `<table` tag, in
    /// any case), with the index of the last top-level event it covers (the
    /// walk goes on at `md.ends[last] + 1`); `None` when the block is not a
    /// table. An unclosed table runs to the end of the document, and is a
    /// problem; so is a table inside it, text outside its cells, and HTML
    /// after its `</table>` in the same block.
    pub(crate) fn html_table(
        &self,
        i: usize,
        problems: &mut Diagnostics,
    ) -> Option<(HtmlTable, usize)> {
        let md = &self.md;
        let (Event::Start(Tag::HtmlBlock), block) = md.events.get(i)? else {
            return None;
        };
        let start = block.start + table_start(&md.text[block.clone()])?;
        let mut scan = Scan {
            md,
            table: start..md.line_end(start),
            line_end: 0,
            rows: Vec::new(),
            row: None,
            cell: None,
            nested: 0,
            caption: false,
            problems,
        };
        let end = scan.run();
        let rows = scan.rows;
        // The blocks the table covers: those that start before its end.
        let mut last = i;
        while let Some((event, span)) = md.events.get(md.ends[last] + 1) {
            if matches!(event, Event::End(_)) || span.start >= end {
                break;
            }
            last = md.ends[last] + 1;
        }
        let tail = end..md.events[last].1.end.max(end);
        if !strip_html(&md.text[tail.clone()]).trim().is_empty() {
            let tail = trimmed(md.text, tail);
            problems.push(
                Diagnostic::new(
                    "HTML after a `</table>`, in the same block, is not read",
                    md.in_document(tail.start..md.line_end(tail.start)),
                    "after the table",
                )
                .with_help("leave a blank line after `</table>`"),
            );
        }
        let table = HtmlTable {
            span: md.in_document(start..end),
            rows,
        };
        Some((table, last))
    }
}

/// Where the `<table` tag of an HTML block is, when the block starts with
/// one after blanks, comments and the tags that wrap a table (`<details>`
/// and its `<summary>…</summary>`, `<div>`): a table in a `<details>` is
/// read as one at top level.
fn table_start(block: &str) -> Option<usize> {
    let mut at = 0;
    loop {
        let rest = &block[at..];
        let text = rest.trim_start();
        at += rest.len() - text.len();
        if text.starts_with("<!--") {
            at += 2 + text[2..].find("-->")? + 3;
            continue;
        }
        if tag_is(text, "summary") {
            let lower = text.to_ascii_lowercase();
            at += lower.find("</summary>")? + "</summary>".len();
            continue;
        }
        if WRAPPERS.split_whitespace().any(|name| tag_is(text, name)) {
            at += text.find('>')? + 1;
            continue;
        }
        return tag_is(text, "table").then_some(at);
    }
}

/// The tags that may wrap a table in its HTML block.
const WRAPPERS: &str = "details div section center figure";

/// Whether `text` starts with the opening tag `<name`, in any case.
fn tag_is(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let n = name.len() + 1;
    bytes.len() >= n
        && bytes[0] == b'<'
        && bytes[1..n].eq_ignore_ascii_case(name.as_bytes())
        && bytes
            .get(n)
            .is_none_or(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
}

/// Tags that break a cell's text like white space: blocks, and the parts
/// of a table inside a table.
const BLOCKS: &str = "p div ul ol li dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre hr \
                      details summary section tr td th thead tbody tfoot caption";

/// Whether `name` is one of the `names`, separated by spaces, in any case.
fn is_one_of(name: &str, names: &str) -> bool {
    names
        .split_whitespace()
        .any(|n| n.eq_ignore_ascii_case(name))
}

/// A table being scanned; spans are offsets in `md.text` until a cell or
/// row is done.
struct Scan<'m, 't, 'p> {
    md: &'m Markdown<'t>,
    /// The line of the table's `<table` tag, from the tag.
    table: Range<usize>,
    /// The end of the line last asked for ([`Scan::line`]).
    line_end: usize,
    rows: Vec<HtmlRow>,
    row: Option<HtmlRow>,
    cell: Option<OpenCell>,
    /// How many tables inside the table are open.
    nested: usize,
    /// Whether a `<caption>` is open: its text is no cell's.
    caption: bool,
    problems: &'p mut Diagnostics,
}

/// A tag as written.
struct TagToken<'t> {
    /// Its name, as written.
    name: &'t str,
    /// Whether it is an end tag (`</…>`).
    end: bool,
    /// Its `colspan` attribute's value, when it has one.
    colspan: Option<&'t str>,
}

impl Scan<'_, '_, '_> {
    /// Scans the table from its `<table` tag, and returns where it ends.
    fn run(&mut self) -> usize {
        let text = self.md.text;
        let bytes = text.as_bytes();
        let (_, mut at) = parse_tag(text, self.table.start);
        while let Some(found) = text[at..].find('<') {
            let lt = at + found;
            self.text(at..lt, true);
            let next = bytes.get(lt + 1).copied().unwrap_or(b' ');
            if text[lt..].starts_with("<!--") {
                at = text[lt + 2..]
                    .find("-->")
                    .map_or(text.len(), |i| lt + 2 + i + 3);
            } else if next == b'!' || next == b'?' {
                at = text[lt..].find('>').map_or(text.len(), |i| lt + i + 1);
            } else if next.is_ascii_alphabetic()
                || (next == b'/' && bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic))
            {
                let (tag, end) = parse_tag(text, lt);
                at = end;
                if self.tag(&tag, lt, end) {
                    return end;
                }
                if !tag.end && is_one_of(tag.name, "script style") {
                    // Raw text, up to the element's end tag.
                    let close = raw_text_end(text, end, tag.name);
                    self.text(end..close, false);
                    at = close;
                }
            } else {
                self.text(lt..lt + 1, false);
                at = lt + 1;
            }
        }
        self.text(at..text.len(), true);
        self.close_row(text.len());
        self.problems.push(
            Diagnostic::new(
                "this HTML table is never closed",
                self.md.in_document(self.table.clone()),
                "no `</table>` after this",
            )
            .with_help(
                "add `</table>` after its last row; until then, the table runs \
                 to the end of the document",
            ),
        );
        text.len()
    }

    /// Handles the tag `tag`, written `lt..end`; true at the table's
    /// `</table>`.
    fn tag(&mut self, tag: &TagToken<'_>, lt: usize, end: usize) -> bool {
        let is = |name: &str| tag.name.eq_ignore_ascii_case(name);
        if is("table") {
            if tag.end && self.nested == 0 {
                self.close_row(lt);
                return true;
            }
            if tag.end {
                self.nested -= 1;
            } else {
                self.nested += 1;
                let line = self.line(lt);
                self.problems.push(
                    Diagnostic::new("a table inside an HTML table", line, "inner table")
                        .with_note(self.md.in_document(self.table.clone()), "in this table")
                        .with_help(
                            "write the inner table after this one; until then, its text \
                         is read as the text of the cell it is in",
                        ),
                );
            }
            self.separate();
        } else if is("br") {
            if let Some(cell) = &mut self.cell {
                cell.lines.push(std::mem::take(&mut cell.line));
                cell.space = false;
            }
        } else if self.nested > 0 {
            if is_one_of(tag.name, BLOCKS) {
                self.separate();
            }
        } else if is("td") || is("th") {
            self.close_cell(lt);
            if !tag.end {
                if self.row.is_none() {
                    self.open_row(lt);
                }
                self.cell = Some(OpenCell {
                    header: is("th"),
                    colspan: colspan(tag.colspan),
                    start: end,
                    lines: Vec::new(),
                    line: String::new(),
                    space: false,
                });
            }
        } else if is("tr") {
            self.close_row(lt);
            if !tag.end {
                self.open_row(lt);
            }
        } else if is_one_of(tag.name, "thead tbody tfoot") {
            self.close_row(lt);
        } else if is("caption") {
            self.close_row(lt);
            self.caption = !tag.end;
        } else if is_one_of(tag.name, BLOCKS) {
            self.separate();
        }
        false
    }

    /// Adds the text at `range` to the open cell; `decode` its entities.
    /// Text outside any cell is a problem.
    fn text(&mut self, range: Range<usize>, decode: bool) {
        let raw = &self.md.text[range.clone()];
        if let Some(cell) = &mut self.cell {
            if decode {
                decode_entities(raw, |c| cell.push(c));
            } else {
                raw.chars().for_each(|c| cell.push(c));
            }
        } else if !self.caption && self.nested == 0 && !raw.trim().is_empty() {
            let span = trimmed(self.md.text, range);
            self.problems.push(
                Diagnostic::new(
                    "text outside the cells of an HTML table",
                    self.md.in_document(span),
                    "not in a `<td>` or a `<th>`",
                )
                .with_help("put it in a cell, or after the table: it is not read"),
            );
        }
    }

    /// A break between words in the open cell.
    fn separate(&mut self) {
        if let Some(cell) = &mut self.cell {
            cell.space |= !cell.line.is_empty();
        }
    }

    /// The line from `at` to its end, in the document: `at` never goes
    /// back, and the end of a line is looked for once, so that a table
    /// written on one line is read in linear time.
    fn line(&mut self, at: usize) -> Range<usize> {
        if at >= self.line_end {
            self.line_end = self.md.line_end(at);
        }
        self.md.in_document(at..self.line_end)
    }

    fn open_row(&mut self, lt: usize) {
        self.row = Some(HtmlRow {
            span: self.line(lt),
            header: false,
            cells: Vec::new(),
        });
    }

    /// Closes the open cell, whose content ends at `at`.
    fn close_cell(&mut self, at: usize) {
        let (Some(cell), Some(row)) = (self.cell.take(), &mut self.row) else {
            return;
        };
        let (header, cell) = cell.finish(self.md, at);
        row.header = header && (row.header || row.cells.is_empty());
        row.cells.push(cell);
    }

    /// Closes the open row (and cell) at `at`.
    fn close_row(&mut self, at: usize) {
        self.close_cell(at);
        self.rows.extend(self.row.take());
    }
}

/// A cell being read.
struct OpenCell {
    header: bool,
    colspan: usize,
    /// Where its content starts: after its start tag.
    start: usize,
    /// Its lines so far, before the one being written.
    lines: Vec<String>,
    line: String,
    /// Whether a space is due before the next character of `line`.
    space: bool,
}

impl OpenCell {
    /// Adds `c` to the text, folding white space.
    fn push(&mut self, c: char) {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C' | '\u{A0}') {
            self.space |= !self.line.is_empty();
        } else {
            if self.space {
                self.line.push(' ');
                self.space = false;
            }
            self.line.push(c);
        }
    }

    /// The cell, whose content ends at `end`, and whether it is a `<th>`.
    fn finish(mut self, md: &Markdown<'_>, end: usize) -> (bool, HtmlCell) {
        self.lines.push(self.line);
        let first = self.lines.iter().position(|l| !l.is_empty());
        let last = self.lines.iter().rposition(|l| !l.is_empty());
        let lines = match (first, last) {
            (Some(first), Some(last)) => &self.lines[first..=last],
            _ => &[],
        };
        let span = if lines.is_empty() {
            self.start..self.start
        } else {
            trimmed(md.text, self.start..end.max(self.start))
        };
        let cell = HtmlCell {
            text: lines.join("\n"),
            doc: escape_format_chars(
                lines
                    .iter()
                    .map(|line| doc_line(line))
                    .collect::<Vec<_>>()
                    .join("\\\n"),
            ),
            span: md.in_document(span),
            colspan: self.colspan,
        };
        (self.header, cell)
    }
}

/// A line of a cell's text as rustdoc Markdown: its special characters
/// escaped, a bullet, number or `=` that would start a block too, and bare
/// `http(s)` URLs as autolinks.
fn doc_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut at = 0;
    while let Some((start, end)) = next_url(line, at) {
        out.push_str(&escape_text(&line[at..start]));
        out.push('<');
        out.push_str(&line[start..end]);
        out.push('>');
        at = end;
    }
    out.push_str(&escape_text(&line[at..]));
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// `text` with Markdown's special characters, and `&`, escaped.
fn escape_text(text: &str) -> String {
    escape_markdown(text).replace('&', "\\&")
}

/// The next bare `http://` or `https://` URL in `line` from `from`.
fn next_url(line: &str, from: usize) -> Option<(usize, usize)> {
    let mut search = from;
    loop {
        let start = search + line[search..].find("http")?;
        let rest = &line[start..];
        let Some(scheme) = ["https://", "http://"]
            .into_iter()
            .find(|scheme| rest.starts_with(scheme))
        else {
            search = start + 4;
            continue;
        };
        let len = rest.find(|c: char| !is_url_char(c)).unwrap_or(rest.len());
        let url = rest[..len].trim_end_matches(['.', ',', ';', ':', ')', '\'']);
        if url.len() > scheme.len() {
            return Some((start, start + url.len()));
        }
        // Only characters that end no URL follow: no `http` among them.
        search = start + len;
    }
}

/// Calls `push` with each character of `raw`, its character references
/// decoded: `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;` and numeric
/// ones. Others stay as written.
fn decode_entities(raw: &str, mut push: impl FnMut(char)) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        rest[..amp].chars().for_each(&mut push);
        rest = &rest[amp..];
        match entity(rest) {
            Some((c, len)) => {
                push(c);
                rest = &rest[len..];
            }
            None => {
                push('&');
                rest = &rest[1..];
            }
        }
    }
    rest.chars().for_each(push);
}

/// The character reference at the start of `text` (which starts with `&`)
/// and its length.
fn entity(text: &str) -> Option<(char, usize)> {
    let semicolon = text.bytes().take(12).position(|b| b == b';')?;
    let name = &text[1..semicolon];
    const NAMED: [(&str, char); 6] = [
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{A0}'),
    ];
    if let Some(&(_, c)) = NAMED.iter().find(|(n, _)| *n == name) {
        return Some((c, semicolon + 1));
    }
    let number = name.strip_prefix('#')?;
    let (digits, radix) = match number.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16),
        None => (number, 10),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let value = u32::from_str_radix(digits, radix).ok()?;
    let c = char::from_u32(value).filter(|&c| c != '\0');
    Some((c.unwrap_or('\u{FFFD}'), semicolon + 1))
}

/// The tag at `lt` (a `<` followed by a letter, or by `/` and a letter),
/// and where it ends: after its `>`, or at the end of the text.
fn parse_tag(text: &str, lt: usize) -> (TagToken<'_>, usize) {
    let bytes = text.as_bytes();
    let end_tag = bytes.get(lt + 1) == Some(&b'/');
    let name_start = lt + 1 + usize::from(end_tag);
    let skip = |from: usize, while_: &dyn Fn(u8) -> bool| {
        from + bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|&&b| while_(b))
            .count()
    };
    let mut at = skip(name_start, &|b| b.is_ascii_alphanumeric() || b == b'-');
    let mut tag = TagToken {
        name: &text[name_start..at],
        end: end_tag,
        colspan: None,
    };
    let space = |b: u8| b.is_ascii_whitespace() || b == b'/';
    loop {
        at = skip(at, &space);
        match bytes.get(at) {
            None => return (tag, bytes.len()),
            Some(b'>') => return (tag, at + 1),
            _ => {}
        }
        let name_start = at;
        at = skip(at + 1, &|b| !space(b) && b != b'>' && b != b'=');
        let name = &text[name_start..at];
        at = skip(at, &|b| b.is_ascii_whitespace());
        if bytes.get(at) != Some(&b'=') {
            continue;
        }
        at = skip(at + 1, &|b| b.is_ascii_whitespace());
        let value = match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let Some(close) = text[at + 1..].find(char::from(quote)) else {
                    return (tag, bytes.len());
                };
                let value = &text[at + 1..at + 1 + close];
                at += close + 2;
                value
            }
            _ => {
                let start = at;
                at = skip(at, &|b| !b.is_ascii_whitespace() && b != b'>');
                &text[start..at]
            }
        };
        if name.eq_ignore_ascii_case("colspan") {
            tag.colspan = Some(value);
        }
    }
}

/// Where the raw text of a `<name>` element that starts at `from` ends: at
/// its `</name`, in any case, or at the end of the text.
fn raw_text_end(text: &str, from: usize, name: &str) -> usize {
    text[from..]
        .match_indices("</")
        .map(|(i, _)| from + i)
        .find(|&at| {
            let after = &text.as_bytes()[at + 2..];
            after.len() >= name.len()
                && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                && after
                    .get(name.len())
                    .is_none_or(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
        })
        .unwrap_or(text.len())
}

/// A `colspan` value as HTML reads it: 1 when absent or malformed, at most
/// 1000.
fn colspan(value: Option<&str>) -> usize {
    value
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .map_or(1, |n| n.min(1000))
}

#[cfg(test)]
mod tests;
