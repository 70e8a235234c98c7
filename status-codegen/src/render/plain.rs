//! Plain text for `description()`: markup removed, each paragraph and list
//! item on a line of its own, nested items indented.
//!
//! The cost is linear in the input: nesting deeper than
//! [`MAX_INDENT_LEVELS`] is not indented further, and soft line breaks are
//! resolved as the text is written.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};
use unicode_width::UnicodeWidthChar;

use super::rustdoc::alert_word;
use super::{HtmlText, macro_plain};
use crate::diagnostic::is_invisible;
use crate::read::events::{Markdown, is_block};
use crate::read::kumascript;

/// How many levels of nested list items are indented; deeper ones line up
/// with the last.
pub(crate) const MAX_INDENT_LEVELS: usize = 8;

/// Plain text of `events` of `md`, without invisible characters.
pub(crate) fn render(md: &Markdown<'_>, events: Range<usize>) -> String {
    let mut text = render_verbatim(md, events);
    if text.chars().any(is_invisible) {
        text.retain(|c| !is_invisible(c));
    }
    text
}

/// Plain text of `events` of `md`, invisible characters kept: for the cells
/// that are keys (codes and names), where such a character is a problem to
/// report, never one to drop in silence.
pub(crate) fn render_verbatim(md: &Markdown<'_>, events: Range<usize>) -> String {
    let mut out = Writer::default();
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut in_code = false;
    let mut first_cell = false;
    // Set right after an item's marker, so that the item's first block stays
    // on the marker's line.
    let mut after_marker = false;
    // Consecutive text, which together may hold a macro call.
    let mut run = String::new();
    let mut html = HtmlText::default();
    for (event, _) in &md.events[events] {
        if let Event::Text(text) = event {
            if in_code {
                out.verbatim(text);
            } else {
                run.push_str(text);
            }
            continue;
        }
        if !run.is_empty() {
            out.text(&with_macros(&run));
            run.clear();
        }
        let marked = std::mem::take(&mut after_marker);
        if let Event::Start(Tag::HtmlBlock) = event {
            html = HtmlText::default();
        }
        match event {
            Event::Start(Tag::List(start)) => {
                lists.push(*start);
                out.new_line();
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                out.new_line();
            }
            Event::Start(Tag::Item) => {
                out.new_line();
                let depth = lists.len().saturating_sub(1).min(MAX_INDENT_LEVELS);
                for _ in 0..depth {
                    out.verbatim("  ");
                }
                match lists.last_mut() {
                    Some(Some(number)) => {
                        out.verbatim(&format!("{number}. "));
                        *number += 1;
                    }
                    _ => out.verbatim("• "),
                }
                after_marker = true;
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_code = true;
                out.new_line();
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                out.new_line();
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                out.new_line();
                out.verbatim(alert_word(*kind));
                out.verbatim(" ");
                after_marker = true;
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => {
                out.new_line();
                first_cell = true;
            }
            Event::Start(Tag::TableCell) => {
                if !first_cell {
                    out.verbatim(" | ");
                }
                first_cell = false;
            }
            Event::Start(tag) if is_block(tag) && !marked => out.new_line(),
            Event::End(tag) if is_block_end(tag) => out.new_line(),
            Event::Code(text) => out.text(text),
            Event::Html(text) => out.text(&html.text(text)),
            Event::InlineHtml(html) if html.trim().eq_ignore_ascii_case("<br>") => out.new_line(),
            Event::SoftBreak => out.soft_break(),
            Event::HardBreak | Event::Rule => out.new_line(),
            Event::TaskListMarker(done) => out.verbatim(if *done { "[x] " } else { "[ ] " }),
            _ => {}
        }
    }
    if !run.is_empty() {
        out.text(&with_macros(&run));
    }
    tidy(out.out)
}

/// `text` with each macro call replaced by its plain text. Malformed calls
/// are left as written: the rustdoc renderer reports them.
fn with_macros(text: &str) -> Cow<'_, str> {
    let calls = kumascript::scan(text);
    if calls.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for call in calls.into_iter().flatten() {
        out.push_str(&text[at..call.range.start]);
        out.push_str(&macro_plain(&call.meaning(), call.name));
        at = call.range.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// Writes plain text, deciding each soft line break when the text after it
/// arrives: a space, except between two wide (CJK) characters, where a
/// space would not belong.
#[derive(Default)]
struct Writer {
    out: String,
    /// The last character written that is not white space.
    last: Option<char>,
    /// A soft break is waiting for the next character.
    soft_break: bool,
}

impl Writer {
    fn text(&mut self, text: &str) {
        let Some(first) = text.chars().find(|c| !c.is_whitespace()) else {
            if !text.is_empty() && !self.soft_break {
                self.out.push_str(text);
            }
            return;
        };
        if std::mem::take(&mut self.soft_break) && !(is_wide(self.last) && is_wide(Some(first))) {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.last = text.chars().rev().find(|c| !c.is_whitespace());
    }

    /// Text written as is, such as code or a list marker.
    fn verbatim(&mut self, text: &str) {
        self.soft_break = false;
        self.out.push_str(text);
        if let Some(last) = text.chars().rev().find(|c| !c.is_whitespace()) {
            self.last = Some(last);
        }
    }

    fn soft_break(&mut self) {
        self.soft_break = true;
    }

    fn new_line(&mut self) {
        self.soft_break = false;
        self.last = None;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }
}

fn is_wide(c: Option<char>) -> bool {
    c.is_some_and(|c| c.width() == Some(2))
}

/// Trims every line, drops blank lines, and keeps the indentation of list
/// items only.
fn tidy(raw: String) -> String {
    // One line with nothing to change (most cells) is kept as it is.
    if !raw.contains(['\n', '\r', '\0']) && raw.trim().len() == raw.len() {
        return raw;
    }
    let mut out = String::with_capacity(raw.len());
    for line in raw.lines() {
        let line = line.trim_end();
        let content = line.trim_start();
        if content.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        let kept = if content.starts_with("• ") || starts_with_number(content) {
            line
        } else {
            content
        };
        // NUL is not text (CommonMark reads it as U+FFFD).
        out.extend(kept.chars().map(|c| if c == '\0' { '\u{fffd}' } else { c }));
    }
    out
}

fn starts_with_number(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(". ")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        let md = Markdown::new(text, 0);
        render(&md, 0..md.events.len())
    }

    #[test]
    fn soft_breaks_are_spaces_except_between_wide_characters() {
        assert_eq!(plain("请求\n失败 and\nmore"), "请求失败 and more");
        assert_eq!(plain("end。\nNext"), "end。 Next");
    }

    #[test]
    fn nul_is_text_not_a_line_break() {
        // pulldown-cmark turns NUL into U+FFFD; it never becomes a space.
        assert_eq!(plain("Not\0Found"), "Not\u{fffd}Found");
    }

    #[test]
    fn macros_become_their_text() {
        assert_eq!(
            plain(r#"Send {{HTTPHeader("Upgrade")}} and {{HTTPSidebar}}{{Glossary("WebDAV")}}."#),
            "Send Upgrade and WebDAV."
        );
    }

    #[test]
    fn deep_nesting_is_indented_to_a_limit() {
        let deep = "- a\n".to_owned()
            + &(1..12)
                .map(|level| format!("{}- {level}\n", "  ".repeat(level)))
                .collect::<String>();
        let out = plain(&deep);
        let last = out.lines().last().unwrap();
        assert_eq!(last, format!("{}• 11", "  ".repeat(MAX_INDENT_LEVELS)));
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(plain("a\u{202e}b\u{feff}c"), "abc");
    }

    #[test]
    fn html_keeps_its_text() {
        assert_eq!(plain("<p>请求失败。</p>\n"), "请求失败。");
        assert_eq!(
            plain("Send the <code>Upgrade</code> header<br>now."),
            "Send the Upgrade header\nnow."
        );
    }

    #[test]
    fn alerts_start_with_their_word() {
        assert_eq!(plain("> [!WARNING]\n> Careful."), "Warning: Careful.");
    }
}
