//! Bullets: a list item's first line (see `title`), and the description
//! indented under it, as MDN writes it (`- : text`) or as blocks.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::events::is_block;
use super::{Reader, title};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::raw::{Cell, Entry, Line};
use crate::render::{self, Findings};

/// One bullet of a section, read.
pub(crate) struct Bullet {
    pub(crate) entry: Entry,
    /// Whether it is written as a status entry (a code first), or has a
    /// description as entries do: either way, not part of an introduction.
    pub(crate) is_entry: bool,
    /// Whether it clearly stands for a status code (`404 …`, an
    /// `HTTPStatus` macro, or a description), which makes its section a
    /// status section; `2024 年` starts with a digit but does not.
    pub(crate) is_status: bool,
    /// Problems in the bullet, reported if its section lists status codes.
    pub(crate) problems: Diagnostics,
    /// The events of what is under its first line: its description, or
    /// its labelled fields.
    pub(crate) body: Range<usize>,
}

impl Reader<'_> {
    /// Reads the title of the list item starting at event `item`; returns it
    /// with the index of the first event after it.
    pub(super) fn title(&self, item: usize, problems: &mut Diagnostics) -> (title::Title, usize) {
        let md = &self.md;
        let item_end = md.ends[item];
        // The title is the inline content up to the first line break, either
        // directly in the item (tight list) or in its first paragraph.
        let mut i = item + 1;
        let in_paragraph = matches!(md.events.get(i), Some((Event::Start(Tag::Paragraph), _)));
        if in_paragraph {
            i += 1;
        }
        let title_start = i;
        while i < item_end {
            match &md.events[i].0 {
                Event::SoftBreak | Event::HardBreak => break,
                Event::End(TagEnd::Paragraph) => break,
                Event::Start(tag) if is_block(tag) => break,
                _ => i = md.ends[i] + 1,
            }
        }
        let title_span = match i.checked_sub(1) {
            Some(last) if i > title_start => md.events[title_start].1.start..md.events[last].1.end,
            _ => {
                let content = md.item_content(md.events[item].1.start);
                content..md.line_end(content)
            }
        };
        if i == title_start
            && let Some((Event::Start(Tag::List(Some(_))), list)) = md.events.get(i)
            && list.start == title_span.start
        {
            // `- 404. X`: the code and its dot start a numbered list. The
            // line, as written, is the title, for validation to say why.
            let text = md.text[title_span.clone()].trim_end();
            let title = title::Title {
                line: Line {
                    text: text.to_owned(),
                    span: title_span.start..title_span.start + text.len(),
                    verbatim: true,
                    ..Line::default()
                },
                is_entry: true,
                inline: None,
            };
            return (title, item_end);
        }
        let title = title::read(
            md,
            title_start..i,
            title_span.clone(),
            self.render,
            problems,
        );
        if i == title_start
            && let Some((Event::Start(Tag::HtmlBlock), block)) = md.events.get(i)
            && md.line_end(block.start) >= block.end.min(md.text.len()).saturating_sub(1)
        {
            // `- <p><b>100 Continue:</b> text</p>`: a one-line HTML block,
            // which the title (and its text after a separator) is.
            return (title, md.ends[i] + 1);
        }
        (title, i)
    }

    /// Reads the list item starting at event `item`.
    pub(crate) fn bullet(&self, item: usize) -> Bullet {
        let md = &self.md;
        let item_end = md.ends[item];
        let mut problems = Diagnostics::default();
        let (title, mut i) = self.title(item, &mut problems);

        // Skip the break and the end of the title's paragraph: a paragraph's
        // `End` carries the whole paragraph's span, title included.
        while i < item_end
            && matches!(
                md.events[i].0,
                Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph)
            )
        {
            i += 1;
        }
        let body = i..item_end;
        let (mut doc, mut text) =
            self.description(item, body.clone(), &title.line.text, &mut problems);
        let is_entry = title.is_entry || !doc.is_empty();
        let is_status = title.starts_with_a_code() || !doc.is_empty();
        if let Some(inline) = title.inline.clone() {
            // A one-line bullet: the text after the separator comes first.
            let (first_doc, first_text) = self.inline(inline, &mut problems);
            doc = [first_doc, doc].join("\n\n").trim().to_owned();
            text = [first_text, text].join("\n").trim().to_owned();
        }
        let mut entry = self.titled(title);
        entry.description = Some(Cell {
            text,
            doc,
            span: entry.span.clone(),
        });
        Bullet {
            entry,
            is_entry,
            is_status,
            problems,
            body,
        }
    }

    /// The entry a first line gives (a bullet's, or a heading's): the line,
    /// and its parts as cells, the first word the code and the rest the name
    /// (`10001 InvalidSignature`), for the schemas that read cells.
    pub(super) fn titled(&self, title: title::Title) -> Entry {
        let text = &title.line.text;
        let code_len = text.find(char::is_whitespace).unwrap_or(text.len());
        let name_start = text.len() - text[code_len..].trim_start().len();
        let part = |range: Range<usize>| Cell {
            text: text[range.clone()].to_owned(),
            doc: text[range.clone()].to_owned(),
            span: title.line.subspan(range),
        };
        let name = (name_start < text.len()).then(|| part(name_start..text.len()));
        Entry {
            span: title.line.span.clone(),
            code: Some(part(0..code_len)),
            name,
            line: Some(title.line),
            ..Entry::default()
        }
    }

    /// Rustdoc Markdown and plain text for the text after a one-line
    /// bullet's separator, at `range`: the markup that closes what the title
    /// opened (`</b>`, `**`) and a closing paragraph tag are left out.
    fn inline(&self, range: Range<usize>, problems: &mut Diagnostics) -> (String, String) {
        let source = &self.md.text[range.clone()];
        let mut start = 0;
        loop {
            let rest = &source[start..];
            let trimmed = rest.trim_start_matches([' ', '\t', '*', '_']);
            start += rest.len() - trimmed.len();
            match trimmed.strip_prefix("</").and_then(|tag| tag.find('>')) {
                Some(close) => start += close + 3,
                None => break,
            }
        }
        let mut end = source.len().max(start);
        loop {
            let kept = source[start..end].trim_end();
            let closing = ["</p>", "<p/>", "</li>", "</span>", "</div>"]
                .into_iter()
                .find(|tag| kept.to_ascii_lowercase().ends_with(tag));
            end = start + kept.len();
            match closing {
                Some(tag) => end -= tag.len(),
                None => break,
            }
        }
        let at = range.start + start;
        let (doc, text) = render::snippet(
            &self.md,
            at..range.start + end,
            self.render,
            false,
            problems,
        );
        (doc.trim().to_owned(), text.trim().to_owned())
    }

    /// The description of the entry at `item`, made of `events`: as rustdoc
    /// Markdown and as plain text.
    ///
    /// MDN writes it as a definition (`- : text` under the title); other
    /// documents as blocks indented under the title. A bullet under the
    /// title that looks like another entry is a problem, never a silent part
    /// of this description.
    fn description(
        &self,
        item: usize,
        events: Range<usize>,
        title: &str,
        problems: &mut Diagnostics,
    ) -> (String, String) {
        let md = &self.md;
        let mut docs: Vec<String> = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        let mut findings = Findings::default();
        let mut rest = events.start;
        if let Some((Event::Start(Tag::List(None)), _)) = md.events.get(events.start)
            && events.start < events.end
            && md
                .children(events.start)
                .first()
                .is_some_and(|&first| self.definition(first).is_some())
        {
            for definition in md.children(events.start) {
                let Some(start) = self.definition(definition) else {
                    self.nested_bullet(definition, title, problems);
                    continue;
                };
                let inner = definition + 1..md.ends[definition];
                let indent = md.column(md.item_content(md.events[definition].1.start));
                let (doc, text) = self.chunk(inner, start, indent, &mut findings);
                docs.push(doc);
                texts.push(
                    text.strip_prefix(':')
                        .unwrap_or(&text)
                        .trim_start()
                        .to_owned(),
                );
            }
            rest = md.ends[events.start] + 1;
        }
        if rest < events.end {
            for block in md.children(item) {
                if block >= rest && matches!(md.events[block].0, Event::Start(Tag::List(_))) {
                    for nested in md.children(block) {
                        let (nested_title, _) = self.title(nested, &mut Diagnostics::default());
                        if nested_title.names_a_status() {
                            self.nested_bullet(nested, title, problems);
                        }
                    }
                }
            }
            let indent = md.column(md.item_content(md.events[item].1.start));
            let start = md.events[rest].1.start;
            let (doc, text) = self.chunk(rest..events.end, start, indent, &mut findings);
            docs.push(doc);
            texts.push(text);
        }
        findings.report(md, problems);
        docs.retain(|doc| !doc.is_empty());
        texts.retain(|text| !text.is_empty());
        (docs.join("\n\n"), texts.join("\n"))
    }

    /// Where the text of a definition item (`- : text`) starts, after the
    /// colon and its spaces; `None` when the item is not a definition.
    fn definition(&self, item: usize) -> Option<usize> {
        let content = self.md.item_content(self.md.events[item].1.start);
        let after = self.text()[content..].strip_prefix(':')?;
        let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
        let next = after[spaces..].chars().next();
        (spaces > 0 || matches!(next, None | Some('\n' | '\r'))).then_some(content + 1 + spaces)
    }

    /// Reports the bullet at `item`, nested under the entry titled `title`,
    /// where only the entry's description belongs.
    fn nested_bullet(&self, item: usize, title: &str, problems: &mut Diagnostics) {
        let (nested, _) = self.title(item, &mut Diagnostics::default());
        let span = self.md.events[item].1.start..self.md.line_end(self.md.events[item].1.start);
        let problem = if nested.names_a_status() {
            Diagnostic::new(
                format!(
                    "entry `{}` is indented under entry `{title}`",
                    nested.line.text
                ),
                span,
                "nested in the previous entry",
            )
            .with_help("remove the indentation, so that the bullet starts its own entry")
        } else {
            Diagnostic::new(
                format!("a bullet beside the description of `{title}`"),
                span,
                "neither a description (`- : …`) nor an entry",
            )
            .with_help("indent it under the `- :` description, or make it an entry of its own")
        };
        problems.push(problem);
    }
}
