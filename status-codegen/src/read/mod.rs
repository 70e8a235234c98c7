//! Markdown to the raw document ([`crate::raw::Document`]), whatever its
//! shape: pulldown-cmark's events, walked once, with their source spans;
//! each description and cell is rendered as rustdoc Markdown and plain text
//! by the crate's `render` module.
//!
//! One module per thing read: `decode` (the bytes), `events` (the
//! Markdown), `walk` (the top-level blocks: introduction, sections, entry
//! blocks, as the schema's [`Layout`] asks), `bullet` (a list item's first
//! line and description), `title` (that first line, in every form MDN
//! writes it), `table` (entry tables), `front_matter` and `kumascript`
//! (MDN's `{{…}}` macros).
//!
//! Reading reports structural problems (a paragraph outside any entry, a
//! numbered list, a stray heading, a malformed macro, a row with too many
//! cells). What the cells say is checked by [`crate::schema`].

mod bullet;
pub(crate) mod decode;
pub(crate) mod events;
mod front_matter;
mod html;
pub(crate) mod kumascript;
pub(crate) mod labels;
mod record;
pub(crate) mod table;
mod title;
mod walk;

use std::ops::Range;

use pulldown_cmark::{Event, Tag};

pub(crate) use walk::{Layout, Lists};

use crate::diagnostic::{Diagnostics, Source};
use crate::raw::Document;
use crate::render::{Context, Findings, plain, rustdoc};
use crate::{DocumentOptions, Label};
use events::Markdown;
use labels::Role;

/// Reads the structure of a document as `layout` expects it and `options`
/// say (root-relative links are made relative to their link base). Problems
/// are pushed to `diagnostics`; what could be read is returned all the
/// same.
pub(crate) fn read(
    source: &Source,
    options: &DocumentOptions,
    layout: Layout,
    diagnostics: &mut Diagnostics,
) -> Document {
    let labels: Vec<(Role, String)> = options
        .labels
        .iter()
        .map(|(label, text)| {
            let role = match label {
                Label::Code => Role::Code,
                Label::Name => Role::Name,
                Label::Description => Role::Description,
            };
            (role, text.clone())
        })
        .collect();
    let reader = Reader {
        md: Markdown::new(source.text(), 0),
        render: Context {
            link_base: &options.link_base,
        },
        labels: &labels,
    };
    reader.document(layout, diagnostics)
}

/// A document being read: its Markdown events, how they render, and the
/// labels the call site maps.
pub(crate) struct Reader<'s> {
    pub(crate) md: Markdown<'s>,
    render: Context<'s>,
    labels: &'s [(Role, String)],
}

impl<'s> Reader<'s> {
    /// A reader of `text` alone, links relative to `link_base`, for tests.
    #[cfg(test)]
    pub(crate) fn new(text: &'s str, link_base: &'s str) -> Self {
        Reader {
            md: Markdown::new(text, 0),
            render: Context { link_base },
            labels: &[],
        }
    }
}

impl Reader<'_> {
    fn text(&self) -> &str {
        self.md.text
    }

    /// The `title` of the YAML front matter block starting at event `i`.
    fn front_matter_title(&self, i: usize) -> Option<String> {
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
    fn is_separator(&self, i: usize) -> bool {
        match &self.md.events[i] {
            (Event::Rule, _) => true,
            (Event::Start(Tag::HtmlBlock), span) => {
                let html = self.text()[span.clone()].trim();
                html.starts_with("<!--") && html.ends_with("-->")
            }
            _ => false,
        }
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
        (
            self.doc(events.clone(), start, indent, findings),
            plain::render(&self.md, events),
        )
    }

    /// Rustdoc Markdown for `events`, as [`Self::chunk`] makes it, for a
    /// caller that needs no plain text.
    pub(crate) fn doc(
        &self,
        events: Range<usize>,
        start: usize,
        indent: usize,
        findings: &mut Findings,
    ) -> String {
        if events.is_empty() {
            return String::new();
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
        rustdoc::render(&self.md, events, start..end, indent, self.render, findings)
    }

    /// Rustdoc Markdown for top-level `events`: an introduction.
    fn blocks(&self, events: Range<usize>, diagnostics: &mut Diagnostics) -> String {
        let mut findings = Findings::default();
        let start = self.md.events[events.start].1.start;
        let doc = self.doc(events, start, 0, &mut findings);
        findings.report(&self.md, diagnostics);
        doc
    }
}

/// `span` of `text` without the white space at either end.
pub(crate) fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let slice = &text[span.clone()];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATUS: Layout = Layout {
        lists: Lists::InSections,
        strict: true,
    };
    const CATALOGUE: Layout = Layout {
        lists: Lists::Coded,
        strict: false,
    };

    fn read_as(layout: Layout, text: &str) -> (Document, Vec<crate::diagnostic::Diagnostic>) {
        let source = Source::new("t.md", text);
        let mut diagnostics = Diagnostics::default();
        let document = read(
            &source,
            &DocumentOptions::default(),
            layout,
            &mut diagnostics,
        );
        (document, diagnostics.into_vec())
    }

    fn parse_ok(text: &str) -> Document {
        let (document, diagnostics) = read_as(STATUS, text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        document
    }

    fn line(entry: &crate::raw::Entry) -> &crate::raw::Line {
        entry.line.as_ref().unwrap()
    }

    #[test]
    fn reads_sections_and_entries() {
        let document = parse_ok(
            "Intro **text**.\n\n## 信息响应\n\n- 100 Continue\n\n  继续。\n\n- 101 Switching\n\n  切换。\n",
        );
        assert_eq!(document.intro, "Intro **text**.");
        assert_eq!(document.categories.len(), 1);
        let section = &document.categories[0];
        assert_eq!(section.title, "信息响应");
        let titles: Vec<_> = section
            .entries
            .iter()
            .map(|e| line(e).text.as_str())
            .collect();
        assert_eq!(titles, ["100 Continue", "101 Switching"]);
        assert_eq!(section.entries[0].doc(), "继续。");
        assert_eq!(section.entries[1].text(), "切换。");
    }

    #[test]
    fn title_span_points_at_the_bullet_text() {
        let text = "## A\n\n- 404 Not Found\n\n  x\n";
        let document = parse_ok(text);
        let entry = &document.categories[0].entries[0];
        assert_eq!(&text[line(entry).span.clone()], "404 Not Found");
        assert!(line(entry).verbatim);
        assert_eq!(&text[line(entry).subspan(4..13)], "Not Found");
    }

    #[test]
    fn tight_entry_with_description_on_the_next_line() {
        let document = parse_ok("## A\n- 404 Not Found\n  请求失败。\n  第二行。\n- 405 X\n  y\n");
        let entries = &document.categories[0].entries;
        assert_eq!(line(&entries[0]).text, "404 Not Found");
        assert_eq!(entries[0].doc(), "请求失败。\n第二行。");
        assert_eq!(entries[0].text(), "请求失败。第二行。");
        assert_eq!(entries[1].text(), "y");
    }

    #[test]
    fn plain_text_keeps_items_on_their_own_lines() {
        let document = parse_ok(
            "## A\n\n- 200 Ok\n\n  成功 [链接](http://x) 和 `code`，*强调*。\n\n  - GET：一\n  - HEAD：二\n\n    - 嵌套\n",
        );
        let entry = &document.categories[0].entries[0];
        assert_eq!(
            entry.text(),
            "成功 链接 和 code，强调。\n• GET：一\n• HEAD：二\n  • 嵌套"
        );
        assert!(
            entry
                .doc()
                .starts_with("成功 [链接](http://x) 和 `code`，*强调*。\n\n- GET：一")
        );
    }

    #[test]
    fn code_blocks_become_text_blocks() {
        let document = parse_ok(
            "## A\n\n- 200 Ok\n\n  Fenced:\n\n  ```\n  let x = 1;\n  ```\n\n  Indented:\n\n      fn main() {}\n      two\n",
        );
        let doc = document.categories[0].entries[0].doc();
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
        let doc = document.categories[0].entries[0].doc();
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
        let doc = document.categories[0].entries[0].doc();
        assert_eq!(
            doc,
            "See [the spec][rfc].\n\n[rfc]: <https://r.example> \"RFC\""
        );
    }

    #[test]
    fn stray_paragraph_after_entries_is_reported() {
        let source = Source::new("t.md", "## A\n\n- 100 Continue\n\n  x\n\nnot indented\n");
        let (_, list) = read_as(STATUS, source.text());
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].message, "this block belongs to no entry");
        assert_eq!(source.position(list[0].primary.span.start).line, 7);
    }

    #[test]
    fn a_hard_break_after_the_title_starts_the_description() {
        let document = parse_ok("## A\n\n- 404 Not Found\\\n  请求失败。\n- 405 X\n\n  y\n");
        let entries = &document.categories[0].entries;
        assert_eq!(line(&entries[0]).text, "404 Not Found");
        assert_eq!(entries[0].doc(), "请求失败。");
        assert_eq!(entries[1].doc(), "y");
    }

    #[test]
    fn headings_of_any_level_start_sections() {
        let document = parse_ok(
            "# Title\n\n## A ##\n\n- 100 Continue\n\n  x\n\n### B\n\n- 200 OK\n\n  y\n\n#### Empty\n",
        );
        let titles: Vec<_> = document
            .categories
            .iter()
            .map(|c| c.title.as_str())
            .collect();
        assert_eq!(titles, ["A", "B"]);
        assert_eq!(document.skipped[0].title, "Empty");
    }

    #[test]
    fn rules_and_comments_between_entries_are_fine() {
        let document = parse_ok(
            "## A\n\n- 100 Continue\n\n  x\n\n<!-- 101 is coming -->\n\n- 102 Processing\n\n  y\n\n---\n\n## B\n\n- 200 OK\n\n  z\n",
        );
        let texts: Vec<_> = document.entries().map(|e| e.text()).collect();
        assert_eq!(texts, ["x", "y", "z"]);
    }

    #[test]
    fn crlf_bom_and_other_bullets() {
        let source = decode::decode_as("status document", "t.md", b"\xEF\xBB\xBFIntro\r\n\r\n## A ##\r\n\r\n* 100 Continue\r\n\r\n  go on\r\n\r\n+ 101 Next\r\n\r\n\tmore\r\n").unwrap();
        let (document, diagnostics) = read_as(STATUS, source.text());
        assert!(diagnostics.is_empty());
        assert_eq!(document.categories[0].title, "A");
        let entries = &document.categories[0].entries;
        assert_eq!(entries[0].doc(), "go on");
        assert_eq!(line(&entries[1]).text, "101 Next");
        assert_eq!(entries[1].text(), "more");
    }

    #[test]
    fn reads_table_rows_with_their_cells() {
        let text = "Intro.\n\n## 签名\n\n说明文字。\n\n| 错误码 | 错误名称 | 错误描述 | 解决方案 |\n| -- | -- | -- | -- |\n| 40001 | **INVALID_SIGNATURE** | 签名*错误* | 重新签名 |\n| 40002 | `EXPIRED` | 已过期 |  |\n";
        let (document, diagnostics) = read_as(CATALOGUE, text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(document.intro, "Intro.");
        let category = &document.categories[0];
        assert_eq!(category.title, "签名");
        assert_eq!(category.intro, "说明文字。");
        let table = &document.tables[0];
        assert!(table.has(Role::Code) && table.has_description());
        assert_eq!(table.extras, ["解决方案"]);
        let row = &category.entries[0];
        let code = row.code.as_ref().unwrap();
        assert_eq!(code.text, "40001");
        assert_eq!(&text[code.span.clone()], "40001");
        let name = row.name.as_ref().unwrap();
        assert_eq!(name.text, "INVALID_SIGNATURE");
        assert_eq!(&text[name.span.clone()], "**INVALID_SIGNATURE**");
        assert_eq!(row.doc(), "签名*错误*");
        assert_eq!(row.text(), "签名错误");
        assert_eq!(row.extras[0].text, "重新签名");
        let second = &category.entries[1];
        assert_eq!(second.name.as_ref().unwrap().text, "EXPIRED");
        assert_eq!(second.extras[0].text, "");
    }

    #[test]
    fn a_table_without_code_or_name_is_text() {
        let (document, diagnostics) = read_as(
            CATALOGUE,
            "## A\n\n| 参数 | 含义 |\n| -- | -- |\n| x | y |\n\n- 1 One\n\n  first\n",
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(document.tables.is_empty());
        let category = &document.categories[0];
        assert!(
            category.intro.contains("| 参数 | 含义 |"),
            "{}",
            category.intro
        );
        assert_eq!(category.entries.len(), 1);
    }

    #[test]
    fn reads_coded_bullets() {
        let text = "## 签名\n\n- 10001 InvalidSignature\n\n  签名不对。\n\n- -2 Negative\n  负数。\n\n## 其他\n\n- 说明\n- 2024 年\n";
        let (document, diagnostics) = read_as(CATALOGUE, text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let entries = &document.categories[0].entries;
        assert_eq!(entries.len(), 2);
        assert_eq!(line(&entries[0]).text, "10001 InvalidSignature");
        assert_eq!(entries[0].text(), "签名不对。");
        assert_eq!(line(&entries[1]).text, "-2 Negative");
        assert_eq!(entries[1].text(), "负数。");
        // A list whose first bullet is not `CODE Name` is text.
        assert_eq!(document.categories.len(), 1);
        assert_eq!(document.skipped[0].title, "其他");
    }

    #[test]
    fn a_row_with_too_many_cells_is_reported_and_kept() {
        let source = Source::new(
            "t.md",
            "| code | name |\n| -- | -- |\n| 1 | A |\n| 2 | B | extra |\n",
        );
        let (document, list) = read_as(CATALOGUE, source.text());
        assert_eq!(list.len(), 1);
        assert_eq!(
            list[0].message,
            "this row has 3 cells, but the table's header has 2"
        );
        assert_eq!(source.position(list[0].primary.span.start).line, 4);
        // The row is read as far as its cells go, and marked: its entry
        // keeps its variant, so that uses of it add no error.
        let entries = &document.categories[0].entries;
        assert_eq!(entries.len(), 2);
        assert!(!entries[0].malformed);
        assert!(entries[1].malformed);
        assert_eq!(
            entries[1].name.as_ref().map(|cell| cell.text.as_str()),
            Some("B")
        );
    }
}
