//! One heading per code: `## 890001 Parameter Error`, `### E_AUTH_0001`,
//! ``## `400 Bad Request` ``, at any level. The heading gives the code and
//! title (read as a bullet's first line is); its body, up to the next
//! heading of its level or higher, is the description, or labelled fields:
//! `**Description**` paragraphs, `**Solution**: text` lines (several in
//! one paragraph, one a line), or `- **Solution**: text` bullets, whose
//! labels the vocabulary reads. A bullet whose body holds such fields, from
//! the line after its first, is described the same way.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::events::is_block;
use super::labels::{self, Role};
use super::{Reader, table, title};
use crate::diagnostic::Diagnostics;
use crate::raw::{Cell, Entry, TableHead};
use crate::render::{Findings, plain};

/// The label of a heading's or bullet's text when a field names the entry:
/// a message, as the vocabulary reads it.
const TITLE: &str = "Title";

/// A field of a record: its label, where the label is, and the events of
/// its value.
struct Field {
    /// The top-level event its label is in.
    at: usize,
    label: String,
    span: Range<usize>,
    /// The events after the label in its block: the rest of its line, and
    /// the lines after it up to the next label's (`**Solution**: text`).
    inline: Range<usize>,
    /// The blocks after its own, up to the next label's block: all of its
    /// value when the label stands alone.
    blocks: Range<usize>,
}

impl Reader<'_> {
    /// Whether the heading at event `i` (ending at `end`) is an entry's: its
    /// text starts with a code.
    pub(crate) fn is_entry_heading(&self, i: usize, end: usize) -> bool {
        let text = plain::render(&self.md, i + 1..end);
        let mut words = text.split_whitespace();
        words.next().is_some_and(title::code_word)
    }

    /// The entry of the heading at event `i`, ending at `end`, whose body is
    /// the top-level events `body`: its line, its code and name cells, and
    /// its description or fields (recorded in `tables` as the head of a
    /// record, so that `column` lines find their labels).
    pub(crate) fn heading_entry(
        &self,
        i: usize,
        end: usize,
        body: Range<usize>,
        tables: &mut Vec<TableHead>,
        problems: &mut Diagnostics,
    ) -> Entry {
        let md = &self.md;
        let span = match (md.events.get(i + 1), md.events.get(end.saturating_sub(1))) {
            (Some((_, first)), Some((_, last))) if i + 1 < end => first.start..last.end,
            _ => md.events[i].1.clone(),
        };
        let title = title::read(md, i + 1..end, span, self.render, problems);
        let mut entry = self.titled(title);
        self.describe(&mut entry, body, tables, problems);
        entry
    }

    /// Describes `entry` by the top-level events `body`: its description,
    /// or, when `body` holds labelled fields, its cells from them (the
    /// fields' labels recorded in `tables` as the head of a record).
    pub(crate) fn describe(
        &self,
        entry: &mut Entry,
        body: Range<usize>,
        tables: &mut Vec<TableHead>,
        problems: &mut Diagnostics,
    ) {
        let md = &self.md;
        let fields = self.fields(body.clone());
        let mut findings = Findings::default();
        if fields.is_empty() {
            if !body.is_empty() {
                let start = md.events[body.start].1.start;
                let (doc, text) = self.chunk(body, start, 0, &mut findings);
                let span = entry.span.clone();
                entry.description = Some(Cell { text, doc, span });
            }
        } else {
            // Blocks before the first label describe the entry too.
            let preamble = body.start..fields[0].at;
            let mut headers = Vec::new();
            let mut cells = Vec::new();
            let named =
                |field: &Field| labels::known(&field.label, self.labels) == Some(Role::Name);
            // `- 1001 参数错误` over a `**Symbol**` field: the symbol names
            // the entry, and the title's text is a field of its own, after
            // the others (a message field is the message before it).
            let title = (fields.iter().any(named))
                .then(|| entry.name.take())
                .flatten();
            for field in fields {
                let [(inline_doc, inline_text), (blocks_doc, blocks_text)] =
                    [field.inline, field.blocks].map(|events| {
                        let start = md.events.get(events.start).map_or(0, |(_, at)| at.start);
                        self.chunk(events, start, 0, &mut findings)
                    });
                let joined = |first: String, second: String, separator: &str| {
                    let first = first.trim_start().trim_start_matches([':', '：']).trim();
                    match (first.is_empty(), second.is_empty()) {
                        (_, true) => first.to_owned(),
                        (true, false) => second,
                        (false, false) => format!("{first}{separator}{second}"),
                    }
                };
                let cell = Cell {
                    text: joined(inline_text, blocks_text, "\n"),
                    doc: joined(inline_doc, blocks_doc, "\n\n"),
                    span: field.span.clone(),
                };
                cells.push(cell);
                headers.push((field.label, field.span));
            }
            if let Some(title) = title {
                headers.push((TITLE.to_owned(), title.span.clone()));
                cells.push(title);
            }
            let (index, roles) = self.head(&headers, entry.span.clone(), tables, problems);
            tables[index].record = true;
            let fields = table::labelled(&roles, cells, entry.span.clone(), index);
            entry.table = Some(index);
            entry.extras = fields.extras;
            entry.message = fields.message;
            entry.description = fields.description;
            if fields.name.is_some() {
                entry.name = fields.name;
            }
            if fields.code.is_some() {
                entry.code = fields.code;
            }
            if !preamble.is_empty() {
                let start = md.events[preamble.start].1.start;
                let (doc, text) = self.chunk(preamble, start, 0, &mut findings);
                let span = entry.span.clone();
                match &mut entry.description {
                    Some(cell) => {
                        cell.doc = format!("{doc}\n\n{}", cell.doc);
                        cell.text = format!("{text}\n{}", cell.text);
                    }
                    None => entry.description = Some(Cell { text, doc, span }),
                }
            }
        }
        findings.report(md, problems);
    }

    /// Whether the top-level events `body` hold labelled fields.
    pub(crate) fn has_fields(&self, body: Range<usize>) -> bool {
        !self.fields(body).is_empty()
    }

    /// The fields of a record's `body`, in order:
    /// - a paragraph whose lines start with bold labels, each followed by a
    ///   colon (`**Symbol**: A` and `**Description**: text` on the next
    ///   line); a line without a label continues the field above it;
    /// - a paragraph that is a bold label alone, whose value is the blocks
    ///   after it;
    /// - a list of items that start with such labels.
    ///
    /// A field's value runs up to the next label. None when the body has
    /// no label, or when it starts with labels none of which the
    /// vocabulary knows (`**Note:** …` is a description). A bullet's body may start inside its first paragraph,
    /// after the title's line: those lines are read as a paragraph's.
    fn fields(&self, body: Range<usize>) -> Vec<Field> {
        let md = &self.md;
        let mut fields: Vec<Field> = Vec::new();
        let mut i = body.start;
        while i < body.end {
            let (block_end, found) = match &md.events[i].0 {
                Event::Start(Tag::Paragraph) => (md.ends[i], self.lines(i, i + 1..md.ends[i])),
                Event::Start(Tag::List(_)) => {
                    let items = md.children(i).into_iter();
                    let found: Vec<Field> = items.filter_map(|item| self.item(i, item)).collect();
                    (md.ends[i], found)
                }
                Event::Start(tag) if is_block(tag) => (md.ends[i], Vec::new()),
                _ => {
                    let end = (i..body.end)
                        .find(|&e| matches!(md.events[e].0, Event::End(TagEnd::Paragraph)))
                        .unwrap_or(body.end);
                    (end, self.lines(i, i..end))
                }
            };
            // Its blocks start after its own block; where they end is
            // known at the next label.
            let after = (block_end + 1).min(body.end);
            fields.extend(found.into_iter().map(|field| Field {
                blocks: after..after,
                ..field
            }));
            i = block_end + 1;
        }
        // Bold words that the vocabulary does not know, at the start of the
        // body (`**Note:** …`), are its description's, not fields.
        let described = fields.first().is_some_and(|first| first.at > body.start);
        let known = |field: &Field| labels::known(&field.label, self.labels).is_some();
        if !described && !fields.iter().any(known) {
            return Vec::new();
        }
        // The blocks after a field's own, up to the next label's block,
        // are its value too; a field followed by another in its block has
        // none.
        for k in 0..fields.len() {
            let next = fields.get(k + 1).map_or(body.end, |next| next.at);
            let field = &mut fields[k];
            if next > field.at {
                field.blocks.end = next.max(field.blocks.start);
            }
        }
        fields
    }

    /// The fields of the lines `inline` of the paragraph at top-level event
    /// `at`: none unless its first line starts with a label.
    fn lines(&self, at: usize, inline: Range<usize>) -> Vec<Field> {
        let md = &self.md;
        let mut fields: Vec<Field> = Vec::new();
        let mut p = inline.start;
        let mut line_start = true;
        while p < inline.end {
            if line_start {
                match self.label(p, inline.end) {
                    Some((label, span, value)) => {
                        if let Some(last) = fields.last_mut() {
                            // Up to the line break before this label.
                            last.inline.end = p - 1;
                        }
                        fields.push(Field {
                            at,
                            label,
                            span,
                            inline: value..inline.end,
                            blocks: 0..0,
                        });
                    }
                    None if fields.is_empty() => return fields,
                    None => {}
                }
            }
            line_start = matches!(md.events[p].0, Event::SoftBreak | Event::HardBreak);
            p = md.ends[p] + 1;
        }
        fields
    }

    /// The field of the list item at event `item`, in the list at top-level
    /// event `at`, when the item starts with a label: its value is the rest
    /// of the item.
    fn item(&self, at: usize, item: usize) -> Option<Field> {
        let md = &self.md;
        let end = md.ends[item];
        let mut first = item + 1;
        if matches!(
            md.events.get(first),
            Some((Event::Start(Tag::Paragraph), _))
        ) {
            first += 1;
        }
        let last = match &md.events[end - 1].0 {
            Event::End(TagEnd::Paragraph) => end - 1,
            _ => end,
        };
        let (label, span, value) = self.label(first, last)?;
        Some(Field {
            at,
            label,
            span,
            inline: value.min(last)..last,
            blocks: 0..0,
        })
    }

    /// The bold label at event `p`, the start of a line that ends by `end`:
    /// its text, where it is, and the first event of its value. A label is
    /// one to four words, followed by a colon (inside the bold text or
    /// after it) or by the end of its line.
    fn label(&self, p: usize, end: usize) -> Option<(String, Range<usize>, usize)> {
        let md = &self.md;
        let (Event::Start(Tag::Strong), strong) = md.events.get(p)? else {
            return None;
        };
        let strong_end = md.ends[p];
        let written = plain::render(md, p + 1..strong_end);
        let colon = written.trim_end().ends_with([':', '：']);
        let label = written.trim().trim_end_matches([':', '：']).trim();
        if label.is_empty() || labels::fold(label).split(' ').count() > 4 {
            return None;
        }
        let rest = strong_end + 1;
        let ends_line =
            rest >= end || matches!(md.events[rest].0, Event::SoftBreak | Event::HardBreak);
        let colon = colon
            || matches!(md.events.get(rest), Some((Event::Text(text), _)) if text.trim_start().starts_with([':', '：']));
        (colon || ends_line).then(|| (label.to_owned(), strong.clone(), rest))
    }
}
