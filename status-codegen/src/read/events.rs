//! A Markdown text as pulldown-cmark reads it: its events with their source
//! ranges, and where each container ends.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

/// The Markdown extensions rustdoc also understands, YAML front matter, and
/// GitHub's alert quotes (`> [!NOTE]`), which MDN writes.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_GFM
}

/// The events of one Markdown text, with their nesting.
pub(crate) struct Markdown<'t> {
    /// The text that was read.
    pub(crate) text: &'t str,
    /// Where `text` starts in the document, for reporting positions.
    pub(crate) offset: usize,
    /// Every event, with its range in `text`.
    pub(crate) events: Vec<(Event<'t>, Range<usize>)>,
    /// For each `Start` event, the index of its `End`; for other events,
    /// their own index.
    pub(crate) ends: Vec<usize>,
}

impl<'t> Markdown<'t> {
    /// Reads `text`, which starts at byte `offset` of the document.
    pub(crate) fn new(text: &'t str, offset: usize) -> Self {
        let events: Vec<(Event<'t>, Range<usize>)> = Parser::new_ext(text, options())
            .into_offset_iter()
            .collect();
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
        Markdown {
            text,
            offset,
            events,
            ends,
        }
    }

    /// `range`, a range of `text`, as a range of the document.
    pub(crate) fn in_document(&self, range: Range<usize>) -> Range<usize> {
        self.offset + range.start..self.offset + range.end
    }

    /// The indices of the direct children of the container starting at
    /// event `start`.
    pub(crate) fn children(&self, start: usize) -> Vec<usize> {
        let mut children = Vec::new();
        let mut i = start + 1;
        while i < self.ends[start] {
            children.push(i);
            i = self.ends[i] + 1;
        }
        children
    }

    /// The end of the line holding `at`, without the line break.
    pub(crate) fn line_end(&self, at: usize) -> usize {
        let rest = &self.text[at..];
        at + rest.find(['\r', '\n']).unwrap_or(rest.len())
    }

    /// The display column of `at` in its line, with tabs to the next
    /// multiple of four, as Markdown counts indentation.
    pub(crate) fn column(&self, at: usize) -> usize {
        let line_start = self.text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        self.text[line_start..at].chars().fold(0, |column, c| {
            if c == '\t' {
                column + 4 - column % 4
            } else {
                column + 1
            }
        })
    }

    /// Where the content of the list item whose marker is at `item` starts:
    /// after the bullet and one to four spaces, or one space when five or
    /// more start an indented code block.
    pub(crate) fn item_content(&self, item: usize) -> usize {
        let line = &self.text[item..self.line_end(item)];
        let marker = line
            .char_indices()
            .find(|(_, c)| !c.is_ascii_digit())
            .map_or(line.len(), |(i, c)| {
                i + if matches!(c, '-' | '*' | '+' | '.' | ')') {
                    1
                } else {
                    0
                }
            });
        let after = &line[marker..];
        let spaces = after
            .find(|c: char| c != ' ' && c != '\t')
            .unwrap_or(after.len());
        let column = self.column(item + marker);
        let width = self.column(item + marker + spaces) - column;
        item + marker
            + if spaces == after.len() || (1..=4).contains(&width) {
                spaces
            } else {
                1.min(spaces)
            }
    }
}

/// Whether `tag` starts a block (as opposed to inline content).
pub(crate) fn is_block(tag: &Tag<'_>) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_content_follows_the_bullet() {
        fn content(text: &str) -> &str {
            let md = Markdown::new(text, 0);
            &text[md.item_content(text.find(['-', '1']).unwrap())..]
        }
        assert_eq!(content("- x"), "x");
        assert_eq!(content("  -   x"), "x");
        assert_eq!(content("-      code"), "     code");
        assert_eq!(content("-\tx"), "x");
        assert_eq!(content("  - : y"), ": y");
        assert_eq!(content("1. z"), "z");
    }

    #[test]
    fn columns_count_tabs_to_four() {
        let md = Markdown::new("a\n\t- x", 0);
        assert_eq!(md.column(2), 0);
        assert_eq!(md.column(3), 4);
        assert_eq!(md.column(5), 6);
    }
}
