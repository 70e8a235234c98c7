//! One heading per code: `## 890001 Parameter Error`, `### E_AUTH_0001`,
//! ``## `400 Bad Request` ``, at any level. The heading gives the code and
//! title (read as a bullet's first line is); its body, up to the next
//! heading of its level or higher, is the description, or labelled fields:
//! `**Description**` paragraphs, `**Solution**: text` lines, or
//! `- **Solution**: text` bullets, whose labels the vocabulary reads. A
//! bullet whose body holds such fields is described the same way.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::labels;
use super::{Reader, table, title};
use crate::diagnostic::Diagnostics;
use crate::raw::{Cell, Entry, TableHead};
use crate::render::{Findings, plain};

/// A field of a record: its label, where the label is, and the events of
/// its value.
struct Field {
    /// The top-level event its label is in.
    at: usize,
    label: String,
    span: Range<usize>,
    value: Range<usize>,
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
            for field in fields {
                let (doc, text) = if field.value.is_empty() {
                    (String::new(), String::new())
                } else {
                    let start = md.events[field.value.start].1.start;
                    self.chunk(field.value, start, 0, &mut findings)
                };
                let unlabel = |text: &str| {
                    (text.trim_start().trim_start_matches([':', '：']).trim()).to_owned()
                };
                let cell = Cell {
                    text: unlabel(&text),
                    doc: unlabel(&doc),
                    span: field.span.clone(),
                };
                cells.push(cell);
                headers.push((field.label, field.span));
            }
            let (index, roles) = self.head(&headers, entry.span.clone(), tables, problems);
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

    /// The fields of a record's `body`: a paragraph that is a bold label
    /// alone (its value is what follows, up to the next label), a
    /// paragraph that starts with a bold label and a colon (its value is
    /// the rest), or a list of such items. None when the body has no label.
    fn fields(&self, body: Range<usize>) -> Vec<Field> {
        let md = &self.md;
        let mut fields: Vec<Field> = Vec::new();
        let mut i = body.start;
        while i < body.end {
            let end = md.ends[i];
            if let Some((label, span, inline)) = self.label(i) {
                if let Some(last) = fields.last_mut()
                    && last.value.end > i
                {
                    last.value.end = i;
                }
                let value = match inline {
                    Some(value) => value,
                    None => end + 1..body.end,
                };
                fields.push(Field {
                    at: i,
                    label,
                    span,
                    value,
                });
            } else if let (Event::Start(Tag::List(_)), _) = &md.events[i] {
                for item in md.children(i) {
                    if let Some((label, span, Some(value))) = self.label(item) {
                        fields.push(Field {
                            at: i,
                            label,
                            span,
                            value,
                        });
                    }
                }
            }
            i = end + 1;
        }
        if let Some(last) = fields.last_mut()
            && last.value.end > body.end
        {
            last.value.end = body.end;
        }
        fields
    }

    /// The bold label that starts the paragraph or list item at event `i`:
    /// its text, where it is, and, when text follows it after a colon, the
    /// events of that text.
    fn label(&self, i: usize) -> Option<(String, Range<usize>, Option<Range<usize>>)> {
        let md = &self.md;
        let end = md.ends[i];
        let mut at = i + 1;
        if matches!(md.events.get(at), Some((Event::Start(Tag::Paragraph), _))) {
            at += 1;
        }
        let (Event::Start(Tag::Strong), strong) = md.events.get(at)? else {
            return None;
        };
        let strong_end = md.ends[at];
        let label = plain::render(md, at + 1..strong_end);
        let label = label.trim().trim_end_matches([':', '：']).trim().to_owned();
        if label.is_empty() || labels::fold(&label).split(' ').count() > 4 {
            return None;
        }
        // What follows the label in the block, a colon first.
        let mut rest = strong_end + 1;
        while rest < end && matches!(md.events[rest].0, Event::SoftBreak | Event::HardBreak) {
            rest += 1;
        }
        let last = match &md.events[end - 1].0 {
            Event::End(TagEnd::Paragraph) => end - 1,
            _ => end,
        };
        if rest >= last {
            return Some((label, strong.clone(), None));
        }
        match &md.events[rest].0 {
            Event::Text(text) if text.trim_start().starts_with([':', '：']) => {
                Some((label, strong.clone(), Some(rest..last)))
            }
            _ => None,
        }
    }
}
