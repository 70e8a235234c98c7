//! Markdown to [`Document`]: finds the sections and entries with
//! pulldown-cmark, keeps their source spans, and renders each description as
//! rustdoc Markdown and plain text (the crate's `render` module).
//!
//! One private module per thing read: `events` (the Markdown itself),
//! `front_matter`, `title` (an entry's first line) and `kumascript` (MDN's
//! `{{…}}` macros).
//!
//! Parsing reports structural problems (a paragraph outside any entry, a
//! numbered list, a stray heading, a malformed macro). What an entry's title
//! says is checked by [`crate::validate`].

pub(crate) mod events;
pub(crate) mod front_matter;
pub(crate) mod kumascript;
pub(crate) mod title;

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Tag, TagEnd};

use crate::diagnostic::{Diagnostic, Diagnostics, Source, is_invisible};
use crate::model::{Document, RawEntry, RawSection, SkippedSection};
use crate::render::{Context, Findings, plain, rustdoc};
use events::{Markdown, is_block};

/// The largest document accepted, so that a runaway file fails quickly
/// instead of slowing every build: any document up to this size builds in
/// seconds and well under 1 GB, whatever its shape (BENCHMARKS.md). A real
/// status page is some 20 KB; an error catalogue of thousands of codes,
/// a few hundred.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// Turns the bytes of a document into a [`Source`]: strips a UTF-8 byte
/// order mark, turns lone carriage returns (old Mac line endings) into line
/// feeds, and rejects text that is not UTF-8 or is too large.
///
/// On failure, the [`Source`] beside the diagnostic holds a lossy copy of the
/// text, so the diagnostic can still quote the offending line. Messages call
/// the document `what`: "status document", or "code catalogue" for
/// `code_table!`.
pub(crate) fn decode_as(
    what: &str,
    path: &str,
    bytes: &[u8],
) -> Result<Source, Box<(Source, Diagnostic)>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let source = Source::new(path, "");
        let diagnostic = Diagnostic::new(
            format!("the {what} is too large; the limit is {MAX_DOCUMENT_BYTES} bytes"),
            0..0,
            "document starts here",
        );
        return Err(Box::new((source, diagnostic)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Source::new(path, normalize_line_endings(text))),
        Err(error) => {
            let valid = error.valid_up_to();
            let source = Source::new(path, String::from_utf8_lossy(bytes).into_owned());
            // The lossy copy is identical up to the first invalid byte.
            let at = source.position(valid);
            let diagnostic = Diagnostic::new(
                format!("the {what} is not valid UTF-8"),
                valid..valid + 1,
                format!(
                    "the first byte that is not UTF-8 is on line {}, column {}",
                    at.line, at.column
                ),
            )
            .with_help("save the file as UTF-8")
            // A file that is not text may be anything: never quote it.
            .unquoted();
            Err(Box::new((source, diagnostic)))
        }
    }
}

/// `text` with every `\r` that is not followed by `\n` made a `\n`: one
/// byte for one, so offsets stay the same.
fn normalize_line_endings(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (i, _) in text.match_indices('\r') {
        if bytes.get(i + 1) != Some(&b'\n') {
            out.push_str(&text[at..i]);
            out.push('\n');
            at = i + 1;
        }
    }
    out.push_str(&text[at..]);
    out
}

/// Reads the structure of a document; root-relative links are made
/// relative to `link_base`. Problems are pushed to `diagnostics`; what
/// could be read is returned all the same.
pub fn parse(source: &Source, link_base: &str, diagnostics: &mut Diagnostics) -> Document {
    Cx::new(source.text(), link_base).document(diagnostics)
}

/// A document being read: its Markdown events and how they render. The
/// catalogue parser ([`crate::catalogue`]) reads its documents with it too.
pub(crate) struct Cx<'s> {
    pub(crate) md: Markdown<'s>,
    render: Context<'s>,
}

/// One bullet of a section, read.
pub(crate) struct Bullet {
    pub(crate) entry: RawEntry,
    /// Whether it is written as a status entry (a code first), or has a
    /// description as entries do: either way, not part of an introduction.
    is_entry: bool,
    /// Whether it clearly stands for a status code (`404 …`, an
    /// `HTTPStatus` macro, or a description), which makes its section a
    /// status section; `2024 年` starts with a digit but does not.
    is_status: bool,
    /// Problems in the bullet, reported if its section lists status codes.
    pub(crate) problems: Diagnostics,
}

impl<'s> Cx<'s> {
    /// Reads the Markdown of `text`; root-relative links are made relative
    /// to `link_base`.
    pub(crate) fn new(text: &'s str, link_base: &'s str) -> Self {
        Cx {
            md: Markdown::new(text, 0),
            render: Context { link_base },
        }
    }
}

impl Cx<'_> {
    fn text(&self) -> &str {
        self.md.text
    }

    fn document(&self, diagnostics: &mut Diagnostics) -> Document {
        let mut document = Document::default();
        let mut intro: Vec<usize> = Vec::new();
        let mut section: Option<SectionBuilder> = None;
        let events = &self.md.events;
        let mut i = 0;
        while i < events.len() {
            let end = self.md.ends[i];
            let (event, span) = &events[i];
            match (event, section.as_mut()) {
                (Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)), None)
                    if i == 0 =>
                {
                    document.title = self.front_matter_title(i);
                }
                (Event::Start(Tag::Heading { level, .. }), _) if *level == HeadingLevel::H2 => {
                    if let Some(done) = section.take() {
                        done.finish(self, &mut document, diagnostics);
                    }
                    let title = plain::render(&self.md, i + 1..end);
                    section = Some(SectionBuilder::new(title, span.clone()));
                }
                (Event::Start(Tag::Heading { level, .. }), None) if *level == HeadingLevel::H1 => {
                    // The document's title: not part of the type's docs.
                }
                (Event::Start(Tag::Heading { level, .. }), Some(builder)) => {
                    builder.problems.push(
                        Diagnostic::new(
                            format!(
                                "a `{}` heading inside a section",
                                "#".repeat(*level as usize)
                            ),
                            span.start..self.md.line_end(span.start),
                            "only `##` headings are understood",
                        )
                        .with_help("start a new class with a `##` heading, or remove this heading"),
                    );
                }
                (Event::Start(Tag::List(None)), Some(builder)) => {
                    for item in self.md.children(i) {
                        let bullet = self.bullet(item);
                        builder.add(bullet, i, item, self.md.ends[item]);
                    }
                }
                (Event::Start(Tag::List(Some(_))), Some(builder)) => {
                    builder.problems.push(
                        Diagnostic::new(
                            "status codes must be bullets, not a numbered list",
                            span.start..self.md.line_end(span.start),
                            "numbered list",
                        )
                        .with_help("write each entry as a bullet: `- 404 Not Found`"),
                    );
                }
                (_, Some(_)) if self.is_separator(i) => {}
                (_, Some(builder)) if !builder.has_entries() => {
                    if let Some(hidden) = self.hidden_bullet(i) {
                        builder.problems.push(hidden);
                        builder.must_list_codes = true;
                    }
                    builder.extend_intro(i, end);
                }
                (_, Some(builder)) => {
                    let last = builder
                        .entries
                        .last()
                        .map_or("", |entry| entry.title.as_str());
                    let problem = self.hidden_bullet(i).unwrap_or_else(|| {
                        Diagnostic::new(
                            "this block belongs to no entry",
                            span.start..self.md.line_end(span.start),
                            "not indented under an entry",
                        )
                        .with_help(format!(
                            "indent it to make it part of the description of `{last}`, \
                             or move it above the section's first entry"
                        ))
                    });
                    builder.problems.push(problem);
                }
                (Event::Start(Tag::List(_)), None) if self.looks_like_entries(i) => {
                    diagnostics.push(
                        Diagnostic::new(
                            "status codes are listed before any section",
                            span.start..self.md.line_end(span.start),
                            "not under a `##` heading",
                        )
                        .with_help("put a `## ` heading (the class's title) above the entries"),
                    );
                }
                (_, None) => {
                    if let Some(hidden) = self.hidden_bullet(i) {
                        diagnostics.push(hidden);
                    }
                    intro.push(i);
                }
            }
            i = end + 1;
        }
        if let Some(done) = section.take() {
            done.finish(self, &mut document, diagnostics);
        }
        document.intro = match (intro.first(), intro.last()) {
            (Some(&first), Some(&last)) => self.blocks(first..self.md.ends[last] + 1, diagnostics),
            _ => String::new(),
        };
        document
    }

    /// The `title` of the YAML front matter block starting at event `i`.
    pub(crate) fn front_matter_title(&self, i: usize) -> Option<String> {
        let yaml: String = self.md.events[i + 1..self.md.ends[i]]
            .iter()
            .filter_map(|(event, _)| match event {
                Event::Text(text) => Some(text.as_ref()),
                _ => None,
            })
            .collect();
        front_matter::title(&yaml)
    }

    /// Whether the block at `i` only separates others: a thematic break
    /// (`---`) or an HTML comment.
    pub(crate) fn is_separator(&self, i: usize) -> bool {
        match &self.md.events[i] {
            (Event::Rule, _) => true,
            (Event::Start(Tag::HtmlBlock), span) => {
                let html = self.text()[span.clone()].trim();
                html.starts_with("<!--") && html.ends_with("-->")
            }
            _ => false,
        }
    }

    /// The problem with a paragraph at `i` that would be a status entry but
    /// for invisible characters before its bullet (`\u{200b}- 500 …`).
    fn hidden_bullet(&self, i: usize) -> Option<Diagnostic> {
        let (Event::Start(Tag::Paragraph), span) = &self.md.events[i] else {
            return None;
        };
        let line = &self.text()[span.start..self.md.line_end(span.start)];
        let visible = line.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c));
        let hidden = line[..line.len() - visible.len()]
            .chars()
            .find(|&c| is_invisible(c))?;
        let mut rest = visible.chars();
        let bullet = matches!(rest.next(), Some('-' | '*' | '+'));
        let spaced = rest.next() == Some(' ');
        let coded = rest
            .as_str()
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
            || rest.as_str().trim_start().starts_with("{{");
        (bullet && spaced && coded).then(|| {
            Diagnostic::new(
                "this line looks like a status entry, but an invisible character before its bullet makes it a paragraph",
                span.start..span.start + line.len(),
                format!("starts with U+{:04X}", u32::from(hidden)),
            )
            .with_help("delete the invisible characters before the bullet")
        })
    }

    /// Whether the list at `start` begins with something like `404 ...`.
    fn looks_like_entries(&self, start: usize) -> bool {
        self.md.children(start).first().is_some_and(|&item| {
            let (title, _) = self.title(item, &mut Diagnostics::default());
            title.is_entry
        })
    }

    /// Reads the title of the list item starting at event `item`; returns it
    /// with the index of the first event after it.
    fn title(&self, item: usize, problems: &mut Diagnostics) -> (title::Title, usize) {
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
                text: text.to_owned(),
                span: title_span.start..title_span.start + text.len(),
                verbatim: true,
                is_entry: true,
                ..title::Title::default()
            };
            return (title, item_end);
        }
        let title = title::read(md, title_start..i, title_span, self.render, problems);
        (title, i)
    }

    /// Reads the list item starting at event `item`.
    pub(crate) fn bullet(&self, item: usize) -> Bullet {
        let md = &self.md;
        let item_end = md.ends[item];
        let item_span = md.events[item].1.clone();
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
        let (doc, text) = self.description(item, i..item_end, &title.text, &mut problems);
        let is_entry = title.is_entry || !doc.is_empty();
        let is_status = title.starts_with_a_code() || !doc.is_empty();
        Bullet {
            entry: RawEntry {
                title: title.text,
                title_span: title.span,
                title_is_verbatim: title.verbatim,
                declared_code: title.declared_code,
                link: title.link,
                flags: title.flags,
                note: title.note,
                unreadable: title.unreadable,
                span: item_span,
                doc,
                text,
            },
            is_entry,
            is_status,
            problems,
        }
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
        kumascript::report(md, findings, problems);
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
                format!("entry `{}` is indented under entry `{title}`", nested.text),
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

    /// Rustdoc Markdown and plain text for `events`, whose source starts at
    /// `start` and is indented by `indent` columns.
    pub(crate) fn chunk(
        &self,
        events: Range<usize>,
        start: usize,
        indent: usize,
        findings: &mut Findings,
    ) -> (String, String) {
        if events.is_empty() {
            return (String::new(), String::new());
        }
        // An indented code block is rewritten from the start of its line.
        let start = match &self.md.events[events.start] {
            (Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented)), range) => {
                self.md.text[..range.start]
                    .rfind('\n')
                    .map_or(0, |i| i + 1)
                    .min(start)
            }
            _ => start,
        };
        let end = self.md.events[events.end - 1].1.end.max(start);
        (
            rustdoc::render(
                &self.md,
                events.clone(),
                start..end,
                indent,
                self.render,
                findings,
            ),
            plain::render(&self.md, events),
        )
    }

    /// Rustdoc Markdown for top-level `events`: an introduction.
    pub(crate) fn blocks(&self, events: Range<usize>, diagnostics: &mut Diagnostics) -> String {
        let mut findings = Findings::default();
        let start = self.md.events[events.start].1.start;
        let (doc, _) = self.chunk(events, start, 0, &mut findings);
        kumascript::report(&self.md, findings, diagnostics);
        doc
    }
}

/// Builds one section while its blocks are read.
struct SectionBuilder {
    title: String,
    span: Range<usize>,
    /// The events of the introduction: blocks, and code-less bullets,
    /// before the first entry.
    intro: Option<Range<usize>>,
    entries: Vec<RawEntry>,
    /// Problems, reported if the section lists status codes.
    problems: Diagnostics,
    /// Set when something in the section proves it is meant to list codes:
    /// a bullet that stands for a status code, or one hidden behind an
    /// invisible character. A section without is left out.
    must_list_codes: bool,
}

impl SectionBuilder {
    fn new(title: String, span: Range<usize>) -> Self {
        SectionBuilder {
            title: title.trim().to_owned(),
            span,
            intro: None,
            entries: Vec::new(),
            problems: Diagnostics::default(),
            must_list_codes: false,
        }
    }

    fn has_entries(&self) -> bool {
        !self.entries.is_empty()
    }

    /// Adds events `start..=end` to the introduction.
    fn extend_intro(&mut self, start: usize, end: usize) {
        let intro = self.intro.get_or_insert(start..end + 1);
        intro.end = end + 1;
    }

    /// Adds the bullet at `item` (ending at event `end`) of the list at
    /// `list`: an entry, or, before the first entry, part of the
    /// introduction.
    fn add(&mut self, bullet: Bullet, list: usize, item: usize, end: usize) {
        self.must_list_codes |= bullet.is_status;
        if self.has_entries() || bullet.is_entry {
            self.problems.extend(bullet.problems);
            self.entries.push(bullet.entry);
        } else {
            let start = if self.intro.is_some() { item } else { list };
            self.extend_intro(start, end);
        }
    }

    /// Adds the section to `document`: as a status section if it lists a
    /// code (or tries to), else as a skipped one.
    fn finish(self, cx: &Cx<'_>, document: &mut Document, diagnostics: &mut Diagnostics) {
        let span = self.span.start..cx.md.line_end(self.span.start);
        if !self.must_list_codes {
            document.skipped.push(SkippedSection {
                title: self.title,
                span,
            });
            return;
        }
        diagnostics.extend(self.problems);
        let intro = self
            .intro
            .map(|events| cx.blocks(events, diagnostics))
            .unwrap_or_default();
        document.sections.push(RawSection {
            title: self.title,
            span,
            intro,
            entries: self.entries,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Document {
        let source = Source::new("t.md", text);
        let mut diagnostics = Diagnostics::default();
        let document = parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
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
        let source = decode_as("status document", "t.md", b"\xEF\xBB\xBFIntro\r\n\r\n## A ##\r\n\r\n* 100 Continue\r\n\r\n  go on\r\n\r\n+ 101 Next\r\n\r\n\tmore\r\n").unwrap();
        let mut diagnostics = Diagnostics::default();
        let document = parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
        assert!(diagnostics.is_empty());
        assert_eq!(document.sections[0].title, "A");
        let entries = &document.sections[0].entries;
        assert_eq!(entries[0].doc, "go on");
        assert_eq!(entries[1].title, "101 Next");
        assert_eq!(entries[1].text, "more");
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let error = decode_as("status document", "t.md", b"ok\nbad \xFF here\n").unwrap_err();
        let (source, diagnostic) = *error;
        let rendered = diagnostic.render(&source);
        assert!(rendered.contains(" --> t.md\n"), "{rendered}");
        assert!(rendered.contains("line 2, column 5"), "{rendered}");
        assert!(
            !rendered.contains("here"),
            "the file is never quoted: {rendered}"
        );
    }

    #[test]
    fn stray_paragraph_after_entries_is_reported() {
        let source = Source::new("t.md", "## A\n\n- 100 Continue\n\n  x\n\nnot indented\n");
        let mut diagnostics = Diagnostics::default();
        parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
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
        parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
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
}
