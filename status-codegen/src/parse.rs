//! Markdown to [`Document`]: finds the sections and entries with
//! pulldown-cmark, keeps their source spans, and turns each description into
//! rustdoc-ready Markdown and plain text.
//!
//! Parsing reports only structural problems (a paragraph outside any entry, a
//! numbered list, a stray heading). What an entry's title says is checked by
//! [`crate::validate`].

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::model::{Document, RawEntry, RawSection};

/// The largest document accepted, so that a runaway file fails quickly
/// instead of slowing every build.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// The Markdown extensions rustdoc also understands.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Turns the bytes of a document into a [`Source`]: strips a UTF-8 byte
/// order mark and rejects text that is not UTF-8 or is too large.
///
/// On failure, the [`Source`] beside the diagnostic holds a lossy copy of the
/// text, so the diagnostic can still quote the offending line.
pub fn decode(path: &str, bytes: &[u8]) -> Result<Source, Box<(Source, Diagnostic)>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let source = Source::new(path, "");
        let diagnostic = Diagnostic::new(
            format!("the status document is too large; the limit is {MAX_DOCUMENT_BYTES} bytes"),
            0..0,
            "document starts here",
        );
        return Err(Box::new((source, diagnostic)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Source::new(path, text)),
        Err(error) => {
            let valid = error.valid_up_to();
            let source = Source::new(path, String::from_utf8_lossy(bytes).into_owned());
            // The lossy copy is identical up to the first invalid byte.
            let diagnostic = Diagnostic::new(
                "the status document is not valid UTF-8",
                valid..valid + 1,
                "this byte is not UTF-8",
            )
            .with_help("save the file as UTF-8");
            Err(Box::new((source, diagnostic)))
        }
    }
}

/// Reads the structure of a document. Problems are pushed to `diagnostics`;
/// what could be read is returned all the same.
pub fn parse(source: &Source, diagnostics: &mut Diagnostics) -> Document {
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(source.text(), options())
        .into_offset_iter()
        .collect();
    let ends = matching_ends(&events);
    let cx = Cx {
        source,
        events: &events,
        ends: &ends,
    };
    cx.document(diagnostics)
}

/// For each `Start` event, the index of its `End`; for other events, their own
/// index.
fn matching_ends(events: &[(Event<'_>, Range<usize>)]) -> Vec<usize> {
    let mut ends: Vec<usize> = (0..events.len()).collect();
    let mut open = Vec::new();
    for (i, (event, _)) in events.iter().enumerate() {
        match event {
            Event::Start(_) => open.push(i),
            Event::End(_) => {
                if let Some(start) = open.pop() {
                    ends[start] = i;
                }
            }
            _ => {}
        }
    }
    ends
}

/// The events of one document, with their nesting.
struct Cx<'s, 'e> {
    source: &'s Source,
    events: &'e [(Event<'s>, Range<usize>)],
    ends: &'e [usize],
}

impl Cx<'_, '_> {
    fn text(&self) -> &str {
        self.source.text()
    }

    fn document(&self, diagnostics: &mut Diagnostics) -> Document {
        let mut document = Document::default();
        let mut intro: Vec<usize> = Vec::new();
        let mut section: Option<SectionBuilder> = None;
        let mut i = 0;
        while i < self.events.len() {
            let end = self.ends[i];
            let (event, span) = &self.events[i];
            match (event, section.as_mut()) {
                (Event::Start(Tag::Heading { level, .. }), _) if *level == HeadingLevel::H2 => {
                    if let Some(done) = section.take() {
                        document.sections.push(done.finish(self));
                    }
                    section = Some(SectionBuilder::new(self.plain(i + 1..end), span.clone()));
                }
                (Event::Start(Tag::Heading { level, .. }), None) if *level == HeadingLevel::H1 => {
                    // The document's title: not part of the type's docs.
                }
                (Event::Start(Tag::Heading { level, .. }), Some(_)) => {
                    diagnostics.push(
                        Diagnostic::new(
                            format!(
                                "a `{}` heading inside a section",
                                "#".repeat(*level as usize)
                            ),
                            span.start..self.line_end(span.start),
                            "only `##` headings are understood",
                        )
                        .with_help("start a new class with a `##` heading, or remove this heading"),
                    );
                }
                (Event::Start(Tag::List(None)), Some(builder)) => {
                    for item in self.children(i) {
                        builder.entries.push(self.entry(item));
                    }
                }
                (Event::Start(Tag::List(Some(_))), Some(_)) => {
                    diagnostics.push(
                        Diagnostic::new(
                            "status codes must be bullets, not a numbered list",
                            span.start..self.line_end(span.start),
                            "numbered list",
                        )
                        .with_help("write each entry as a bullet: `- 404 Not Found`"),
                    );
                }
                (_, Some(_)) if self.is_separator(i) => {}
                (_, Some(builder)) if builder.entries.is_empty() => builder.intro.push(i),
                (_, Some(builder)) => {
                    let last = builder
                        .entries
                        .last()
                        .map_or("", |entry| entry.title.as_str());
                    diagnostics.push(
                        Diagnostic::new(
                            "this block belongs to no entry",
                            span.start..self.line_end(span.start),
                            "not indented under an entry",
                        )
                        .with_help(format!(
                            "indent it to make it part of the description of `{last}`, \
                             or move it above the section's first entry"
                        )),
                    );
                }
                (Event::Start(Tag::List(_)), None) if self.looks_like_entries(i) => {
                    diagnostics.push(
                        Diagnostic::new(
                            "status codes are listed before any section",
                            span.start..self.line_end(span.start),
                            "not under a `##` heading",
                        )
                        .with_help("put a `## ` heading (the class's title) above the entries"),
                    );
                }
                (_, None) => intro.push(i),
            }
            i = end + 1;
        }
        if let Some(done) = section.take() {
            document.sections.push(done.finish(self));
        }
        document.intro = self.rustdoc_blocks(&intro);
        document
    }

    /// Whether the block at `i` only separates others: a thematic break
    /// (`---`) or an HTML comment.
    fn is_separator(&self, i: usize) -> bool {
        match &self.events[i] {
            (Event::Rule, _) => true,
            (Event::Start(Tag::HtmlBlock), span) => {
                let html = self.text()[span.clone()].trim();
                html.starts_with("<!--") && html.ends_with("-->")
            }
            _ => false,
        }
    }

    /// The indices of the direct children of the container starting at
    /// `start`.
    fn children(&self, start: usize) -> Vec<usize> {
        let mut children = Vec::new();
        let mut i = start + 1;
        while i < self.ends[start] {
            children.push(i);
            i = self.ends[i] + 1;
        }
        children
    }

    /// Whether the list at `start` begins with something like `404 ...`.
    fn looks_like_entries(&self, start: usize) -> bool {
        let Some(&item) = self.children(start).first() else {
            return false;
        };
        let title = self.entry(item).title;
        title.len() >= 3 && title.as_bytes()[..3].iter().all(u8::is_ascii_digit)
    }

    /// The end of the line holding `offset`, without the line break.
    fn line_end(&self, offset: usize) -> usize {
        let rest = &self.text()[offset..];
        offset + rest.find(['\r', '\n']).unwrap_or(rest.len())
    }

    /// Reads the list item starting at event `item`.
    fn entry(&self, item: usize) -> RawEntry {
        let item_end = self.ends[item];
        let item_span = self.events[item].1.clone();

        // The title is the inline content up to the first line break, either
        // directly in the item (tight list) or in its first paragraph.
        let mut i = item + 1;
        let in_paragraph = matches!(self.events.get(i), Some((Event::Start(Tag::Paragraph), _)));
        if in_paragraph {
            i += 1;
        }
        let title_start = i;
        while i < item_end {
            match &self.events[i].0 {
                Event::SoftBreak | Event::HardBreak => break,
                Event::End(TagEnd::Paragraph) => break,
                Event::Start(tag) if is_block(tag) => break,
                _ => i = self.ends[i] + 1,
            }
        }
        let title_events = title_start..i;
        let title = self.plain(title_events.clone()).trim().to_owned();
        let title_span = match (self.events.get(title_start), i.checked_sub(1)) {
            (Some((_, first)), Some(last)) if i > title_start => {
                first.start..self.events[last].1.end
            }
            _ => item_span.start..self.line_end(item_span.start),
        };
        let title_is_verbatim = self.text()[title_span.clone()] == *title;

        // Skip the break and the end of the title's paragraph: a paragraph's
        // `End` carries the whole paragraph's span, title included.
        while i < item_end
            && matches!(
                self.events[i].0,
                Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph)
            )
        {
            i += 1;
        }
        let description = i..item_end;
        let indent = content_indent(&self.text()[item_span.start..]);
        let (doc, text) = if description.is_empty() {
            (String::new(), String::new())
        } else {
            let start = self.events[i].1.start;
            let end = self.events[item_end - 1].1.end.max(start);
            (
                self.rustdoc(description.clone(), start..end, indent),
                self.plain(description),
            )
        };
        RawEntry {
            title,
            title_span,
            title_is_verbatim,
            span: item_span,
            doc,
            text,
        }
    }

    /// Rustdoc Markdown for a run of top-level blocks.
    fn rustdoc_blocks(&self, blocks: &[usize]) -> String {
        let (Some(&first), Some(&last)) = (blocks.first(), blocks.last()) else {
            return String::new();
        };
        let last_end = self.ends[last];
        let span = self.events[first].1.start..self.events[last_end].1.end;
        self.rustdoc(first..last_end + 1, span, 0)
    }

    /// Rustdoc-ready Markdown for `events`, which cover the source `span` and
    /// are indented by `indent` columns.
    ///
    /// The source is kept as written, with four changes so that the generated
    /// docs build cleanly: code blocks are marked `text` (never doctests),
    /// square brackets that are not links are escaped (never broken
    /// intra-doc links), bare URLs are wrapped in `<>`, and reference-style
    /// links get their definitions appended.
    fn rustdoc(&self, events: Range<usize>, span: Range<usize>, indent: usize) -> String {
        let text = self.text();
        let mut edits: Vec<(Range<usize>, String)> = Vec::new();
        let mut definitions: Vec<String> = Vec::new();
        let mut in_code = 0usize;
        let mut in_link = 0usize;
        for (event, range) in &self.events[events] {
            match event {
                Event::Start(Tag::CodeBlock(kind)) => {
                    in_code += 1;
                    edits.push(self.code_block_edit(kind, range, indent));
                }
                Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
                | Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    in_link += 1;
                    if matches!(
                        link_type,
                        LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut
                    ) {
                        let mut definition = format!("[{id}]: <{dest_url}>");
                        if !title.is_empty() {
                            definition.push_str(&format!(" \"{}\"", title.replace('"', "\\\"")));
                        }
                        if !definitions.contains(&definition) {
                            definitions.push(definition);
                        }
                    }
                }
                Event::End(TagEnd::Link | TagEnd::Image) => in_link = in_link.saturating_sub(1),
                Event::Text(_) if in_code == 0 && range.start >= span.start => {
                    escape_text(text, range.clone(), in_link > 0, &mut edits);
                }
                _ => {}
            }
        }
        edits.retain(|(range, _)| range.start >= span.start && range.end <= span.end);
        edits.sort_by_key(|(range, _)| (range.start, range.end));

        let mut edited = String::with_capacity(span.len() + 16);
        let mut at = span.start;
        for (range, replacement) in edits {
            if range.start < at {
                continue; // overlapping edit: keep the first
            }
            edited.push_str(&text[at..range.start]);
            edited.push_str(&replacement);
            at = range.end;
        }
        edited.push_str(&text[at..span.end]);

        let mut out = dedent(&edited, indent);
        if !definitions.is_empty() {
            out.push_str("\n\n");
            out.push_str(&definitions.join("\n"));
        }
        out
    }

    /// The edit that marks a code block as `text`: a fenced block gets the
    /// info string `text`; an indented block becomes a fenced one.
    fn code_block_edit(
        &self,
        kind: &CodeBlockKind<'_>,
        range: &Range<usize>,
        indent: usize,
    ) -> (Range<usize>, String) {
        let text = self.text();
        match kind {
            CodeBlockKind::Fenced(_) => {
                let line_end = self.line_end(range.start);
                let line = &text[range.start..line_end];
                let lead = line.len() - line.trim_start().len();
                let fence_char = line[lead..].chars().next().unwrap_or('`');
                let fence_len = line[lead..]
                    .chars()
                    .take_while(|&c| c == fence_char)
                    .count();
                let info_start = range.start + lead + fence_len;
                (info_start..line_end, "text".to_owned())
            }
            CodeBlockKind::Indented => {
                let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
                let block = &text[line_start..range.end];
                let pad = " ".repeat(indent);
                let mut replacement = format!("{pad}```text\n");
                for line in block.lines() {
                    let code = strip_columns(line.trim_end_matches('\r'), indent + 4);
                    replacement.push_str(&format!("{pad}{code}\n"));
                }
                replacement.push_str(&format!("{pad}```"));
                if block.ends_with('\n') {
                    replacement.push('\n');
                }
                (line_start..range.end, replacement)
            }
        }
    }

    /// Plain text of `events`: markup removed, paragraphs and list items on
    /// lines of their own.
    fn plain(&self, events: Range<usize>) -> String {
        let mut out = String::new();
        let mut lists: Vec<Option<u64>> = Vec::new();
        let mut in_code = false;
        let mut first_cell = false;
        // Set right after an item's marker, so that the item's first block
        // stays on the marker's line.
        let mut after_marker = false;
        for (event, _) in &self.events[events] {
            let marked = std::mem::take(&mut after_marker);
            match event {
                Event::Start(Tag::List(start)) => {
                    lists.push(*start);
                    new_line(&mut out);
                }
                Event::End(TagEnd::List(_)) => {
                    lists.pop();
                    new_line(&mut out);
                }
                Event::Start(Tag::Item) => {
                    new_line(&mut out);
                    out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                    match lists.last_mut() {
                        Some(Some(number)) => {
                            out.push_str(&format!("{number}. "));
                            *number += 1;
                        }
                        _ => out.push_str("• "),
                    }
                    after_marker = true;
                }
                Event::Start(Tag::CodeBlock(_)) => {
                    in_code = true;
                    new_line(&mut out);
                }
                Event::End(TagEnd::CodeBlock) => {
                    in_code = false;
                    new_line(&mut out);
                }
                Event::Start(Tag::TableRow | Tag::TableHead) => {
                    new_line(&mut out);
                    first_cell = true;
                }
                Event::Start(Tag::TableCell) => {
                    if !first_cell {
                        out.push_str(" | ");
                    }
                    first_cell = false;
                }
                Event::Start(tag) if is_block(tag) && !marked => new_line(&mut out),
                Event::End(tag) if is_block_end(tag) => new_line(&mut out),
                Event::Text(text) if in_code => out.push_str(text),
                Event::Text(text) | Event::Code(text) => out.push_str(text),
                Event::SoftBreak => out.push(SOFT_BREAK),
                Event::HardBreak | Event::Rule => new_line(&mut out),
                Event::TaskListMarker(done) => out.push_str(if *done { "[x] " } else { "[ ] " }),
                _ => {}
            }
        }
        tidy_plain(&out)
    }
}

/// Builds one section while its blocks are read.
struct SectionBuilder {
    title: String,
    span: Range<usize>,
    intro: Vec<usize>,
    entries: Vec<RawEntry>,
}

impl SectionBuilder {
    fn new(title: String, span: Range<usize>) -> Self {
        SectionBuilder {
            title: title.trim().to_owned(),
            span,
            intro: Vec::new(),
            entries: Vec::new(),
        }
    }

    fn finish(self, cx: &Cx<'_, '_>) -> RawSection {
        RawSection {
            title: self.title,
            span: self.span.start..cx.line_end(self.span.start),
            intro: cx.rustdoc_blocks(&self.intro),
            entries: self.entries,
        }
    }
}

/// Stands for a soft line break in plain text until [`tidy_plain`] decides
/// whether it becomes a space.
const SOFT_BREAK: char = '\u{0}';

fn new_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Trims every line, drops blank lines, and turns soft breaks into spaces,
/// except between two wide (CJK) characters, where a space would not belong.
fn tidy_plain(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    let mut joined = String::with_capacity(raw.len());
    for (i, &c) in chars.iter().enumerate() {
        if c != SOFT_BREAK {
            joined.push(c);
            continue;
        }
        let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
        let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
        let wide = |c: Option<&char>| {
            c.is_some_and(|&c| unicode_width::UnicodeWidthChar::width(c) == Some(2))
        };
        if !(wide(before) && wide(after)) {
            joined.push(' ');
        }
    }
    let lines: Vec<&str> = joined
        .lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty())
        .collect();
    let mut out = String::with_capacity(joined.len());
    for line in lines {
        if !out.is_empty() {
            out.push('\n');
        }
        // Keep the indentation of nested list items, drop the rest.
        if line.trim_start().starts_with("• ") || starts_with_number(line.trim_start()) {
            out.push_str(line);
        } else {
            out.push_str(line.trim_start());
        }
    }
    out
}

fn starts_with_number(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(". ")
}

fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::MetadataBlock(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
    )
}

fn is_block_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::HtmlBlock
            | TagEnd::Item
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
    )
}

/// Edits that make the text at `range` safe for rustdoc: `[` and `]` are
/// escaped (unless already escaped), and bare URLs outside links are wrapped
/// in `<>`.
fn escape_text(
    text: &str,
    range: Range<usize>,
    in_link: bool,
    edits: &mut Vec<(Range<usize>, String)>,
) {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let at = range.start + i;
        if (b == b'[' || b == b']') && (at == 0 || text.as_bytes()[at - 1] != b'\\') {
            edits.push((at..at, "\\".to_owned()));
        }
    }
    if in_link {
        return;
    }
    for scheme in ["https://", "http://"] {
        let mut from = 0;
        while let Some(found) = slice[from..].find(scheme) {
            let start = from + found;
            let len = slice[start..]
                .find(|c: char| !is_url_char(c))
                .unwrap_or(slice.len() - start);
            let url = slice[start..start + len].trim_end_matches(['.', ',', ';', ':', ')']);
            let already = start > 0 && bytes[start - 1] == b'<';
            if !already && url.len() > scheme.len() {
                let at = range.start + start;
                edits.push((at..at, "<".to_owned()));
                edits.push((at + url.len()..at + url.len(), ">".to_owned()));
            }
            from = start + len.max(scheme.len());
        }
    }
}

fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#@!$&'()*+,;=%".contains(c)
}

/// The column where a list item's content starts, from the item's first
/// line: the bullet, then one to four spaces.
fn content_indent(item: &str) -> usize {
    let line = item.lines().next().unwrap_or("");
    let mut chars = line.chars();
    let mut columns = 0;
    for c in chars.by_ref() {
        columns += 1;
        if matches!(c, '-' | '*' | '+') {
            break;
        }
    }
    let spaces = chars
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 - columns % 4 } else { 1 })
        .sum::<usize>();
    // Five or more spaces after the bullet start an indented code block;
    // then the content starts one space after the bullet.
    columns + if (1..=4).contains(&spaces) { spaces } else { 1 }
}

/// Removes up to `columns` columns of leading white space from `line`.
fn strip_columns(line: &str, columns: usize) -> &str {
    let mut width = 0;
    for (i, c) in line.char_indices() {
        if width >= columns {
            return &line[i..];
        }
        match c {
            ' ' => width += 1,
            '\t' => width += 4 - width % 4,
            _ => return &line[i..],
        }
    }
    ""
}

/// Removes `indent` columns from every line but the first (which starts at
/// the content already), drops `\r`, and trims blank lines at both ends.
fn dedent(text: &str, indent: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if i > 0 {
            out.push('\n');
            out.push_str(strip_columns(line, indent));
        } else {
            out.push_str(line);
        }
    }
    let trimmed = out.trim_end();
    let trimmed = trimmed.trim_start_matches(['\n', '\r']);
    trimmed.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Document {
        let source = Source::new("t.md", text);
        let mut diagnostics = Diagnostics::default();
        let document = parse(&source, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{:?}", diagnostics.into_vec());
        document
    }

    #[test]
    fn reads_sections_and_entries() {
        let document = parse_ok(
            "Intro **text**.\n\n## 信息响应\n\n- 100 Continue\n\n  继续。\n\n- 101 Switching\n\n  切换。\n",
        );
        assert_eq!(document.intro, "Intro **text**.");
        assert_eq!(document.sections.len(), 1);
        let section = &document.sections[0];
        assert_eq!(section.title, "信息响应");
        let titles: Vec<_> = section.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["100 Continue", "101 Switching"]);
        assert_eq!(section.entries[0].doc, "继续。");
        assert_eq!(section.entries[1].text, "切换。");
    }

    #[test]
    fn title_span_points_at_the_bullet_text() {
        let text = "## A\n\n- 404 Not Found\n\n  x\n";
        let document = parse_ok(text);
        let entry = &document.sections[0].entries[0];
        assert_eq!(&text[entry.title_span.clone()], "404 Not Found");
        assert!(entry.title_is_verbatim);
        assert_eq!(&text[entry.title_subspan(4..13)], "Not Found");
    }

    #[test]
    fn tight_entry_with_description_on_the_next_line() {
        let document = parse_ok("## A\n- 404 Not Found\n  请求失败。\n  第二行。\n- 405 X\n  y\n");
        let entries = &document.sections[0].entries;
        assert_eq!(entries[0].title, "404 Not Found");
        assert_eq!(entries[0].doc, "请求失败。\n第二行。");
        assert_eq!(entries[0].text, "请求失败。第二行。");
        assert_eq!(entries[1].text, "y");
    }

    #[test]
    fn plain_text_keeps_items_on_their_own_lines() {
        let document = parse_ok(
            "## A\n\n- 200 Ok\n\n  成功 [链接](http://x) 和 `code`，*强调*。\n\n  - GET：一\n  - HEAD：二\n\n    - 嵌套\n",
        );
        let entry = &document.sections[0].entries[0];
        assert_eq!(
            entry.text,
            "成功 链接 和 code，强调。\n• GET：一\n• HEAD：二\n  • 嵌套"
        );
        assert!(
            entry
                .doc
                .starts_with("成功 [链接](http://x) 和 `code`，*强调*。\n\n- GET：一")
        );
    }

    #[test]
    fn code_blocks_become_text_blocks() {
        let document = parse_ok(
            "## A\n\n- 200 Ok\n\n  Fenced:\n\n  ```\n  let x = 1;\n  ```\n\n  Indented:\n\n      fn main() {}\n      two\n",
        );
        let doc = &document.sections[0].entries[0].doc;
        assert_eq!(
            doc,
            "Fenced:\n\n```text\nlet x = 1;\n```\n\nIndented:\n\n```text\nfn main() {}\ntwo\n```"
        );
    }

    #[test]
    fn brackets_and_urls_are_made_safe_for_rustdoc() {
        let document = parse_ok(
            "## A\n\n- 200 Ok\n\n  See [RFC] and [x](http://a.b/[c]) at https://example.com/a, \\[ok\\].\n",
        );
        let doc = &document.sections[0].entries[0].doc;
        assert_eq!(
            doc,
            "See \\[RFC\\] and [x](http://a.b/[c]) at <https://example.com/a>, \\[ok\\]."
        );
    }

    #[test]
    fn reference_links_carry_their_definitions() {
        let document = parse_ok(
            "## A\n\n- 200 Ok\n\n  See [the spec][rfc].\n\n[rfc]: https://r.example \"RFC\"\n",
        );
        let doc = &document.sections[0].entries[0].doc;
        assert_eq!(
            doc,
            "See [the spec][rfc].\n\n[rfc]: <https://r.example> \"RFC\""
        );
    }

    #[test]
    fn crlf_bom_and_other_bullets() {
        let source = decode("t.md", b"\xEF\xBB\xBFIntro\r\n\r\n## A ##\r\n\r\n* 100 Continue\r\n\r\n  go on\r\n\r\n+ 101 Next\r\n\r\n\tmore\r\n").unwrap();
        let mut diagnostics = Diagnostics::default();
        let document = parse(&source, &mut diagnostics);
        assert!(diagnostics.is_empty());
        assert_eq!(document.sections[0].title, "A");
        let entries = &document.sections[0].entries;
        assert_eq!(entries[0].doc, "go on");
        assert_eq!(entries[1].title, "101 Next");
        assert_eq!(entries[1].text, "more");
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let error = decode("t.md", b"ok\nbad \xFF here\n").unwrap_err();
        let (source, diagnostic) = *error;
        let rendered = diagnostic.render(&source);
        assert!(rendered.contains("--> t.md:2:5"), "{rendered}");
    }

    #[test]
    fn stray_paragraph_after_entries_is_reported() {
        let source = Source::new("t.md", "## A\n\n- 100 Continue\n\n  x\n\nnot indented\n");
        let mut diagnostics = Diagnostics::default();
        parse(&source, &mut diagnostics);
        let list = diagnostics.into_vec();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].message, "this block belongs to no entry");
        assert_eq!(source.position(list[0].primary.span.start).line, 7);
    }

    #[test]
    fn a_hard_break_after_the_title_starts_the_description() {
        let document = parse_ok("## A\n\n- 404 Not Found\\\n  请求失败。\n- 405 X\n\n  y\n");
        let entries = &document.sections[0].entries;
        assert_eq!(entries[0].title, "404 Not Found");
        assert_eq!(entries[0].doc, "请求失败。");
        assert_eq!(entries[1].doc, "y");
    }

    #[test]
    fn headings_inside_sections_are_reported() {
        let source = Source::new("t.md", "## A\n\n- 100 Continue\n\n  x\n\n### Sub\n");
        let mut diagnostics = Diagnostics::default();
        parse(&source, &mut diagnostics);
        let list = diagnostics.into_vec();
        assert_eq!(list[0].message, "a `###` heading inside a section");
        assert_eq!(list[0].primary.span, 27..34);
    }

    #[test]
    fn rules_and_comments_between_entries_are_fine() {
        let document = parse_ok(
            "## A\n\n- 100 Continue\n\n  x\n\n<!-- 101 is coming -->\n\n- 102 Processing\n\n  y\n\n---\n\n## B\n\n- 200 OK\n\n  z\n",
        );
        let texts: Vec<_> = document
            .sections
            .iter()
            .flat_map(|s| &s.entries)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(texts, ["x", "y", "z"]);
    }

    #[test]
    fn content_indent_follows_the_bullet() {
        assert_eq!(content_indent("- x"), 2);
        assert_eq!(content_indent("  -   x"), 6);
        assert_eq!(content_indent("-      code"), 2);
        assert_eq!(content_indent("-\tx"), 4);
    }
}
