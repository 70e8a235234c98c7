//! Wrapping text to a terminal width measured in display columns, where a
//! Chinese character takes two columns and a Latin letter one.
//!
//! Lines break at spaces and between any two Chinese characters, never inside
//! a Latin word (unless the word alone is wider than the line), never before
//! closing punctuation such as `，` or `。` and never after opening
//! punctuation such as `（`.

use unicode_width::UnicodeWidthChar;

/// Columns `c` takes in a terminal: 2 for wide (CJK) characters, 0 for
/// control characters and combining marks, 1 otherwise.
pub fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Columns `text` takes in a terminal.
pub fn str_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// Punctuation that must not start a line.
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '】'
            | '》'
            | '〉'
            | '”'
            | '’'
            | '…'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '%'
    )
}

/// Punctuation that must not end a line.
fn no_break_after(c: char) -> bool {
    matches!(
        c,
        '（' | '「' | '『' | '【' | '《' | '〈' | '“' | '‘' | '(' | '[' | '{'
    )
}

/// A piece of text that stays on one line, or a break opportunity.
#[derive(Debug, PartialEq, Eq)]
enum Atom {
    /// One or more spaces: a place to break, dropped at the end of a line.
    Space,
    /// A Latin word, or one Chinese character, with the punctuation glued to
    /// it.
    Word(String),
}

/// Splits `text` into words and spaces.
fn atoms(text: &str) -> Vec<Atom> {
    let mut atoms: Vec<Atom> = Vec::new();
    for c in text.chars() {
        if c.is_whitespace() {
            if !matches!(atoms.last(), None | Some(Atom::Space)) {
                atoms.push(Atom::Space);
            }
            continue;
        }
        if let Some(Atom::Word(word)) = atoms.last_mut() {
            // Non-empty: words are created with their first character.
            let last = word.chars().next_back().unwrap_or(' ');
            let glue = no_break_after(last)
                || no_break_before(c)
                || (char_width(c) <= 1 && char_width(last) <= 1);
            if glue {
                word.push(c);
                continue;
            }
        }
        atoms.push(Atom::Word(c.to_string()));
    }
    atoms
}

/// Lines builder: fills lines up to `width` columns, prefixes included.
struct Lines<'a> {
    width: usize,
    rest_prefix: &'a str,
    lines: Vec<String>,
    line: String,
    /// Columns used by `line`, its prefix included.
    used: usize,
    /// Whether `line` holds any text after its prefix.
    has_text: bool,
}

impl Lines<'_> {
    fn break_line(&mut self) {
        let line = std::mem::replace(&mut self.line, self.rest_prefix.to_owned());
        self.lines.push(line);
        self.used = str_width(self.rest_prefix);
        self.has_text = false;
    }

    fn push_word(&mut self, word: &str, space_before: bool) {
        let word_width = str_width(word);
        let space = usize::from(space_before && self.has_text);
        if self.has_text && self.used + space + word_width > self.width {
            self.break_line();
        } else if space == 1 {
            self.line.push(' ');
            self.used += 1;
        }
        if self.used + word_width <= self.width {
            self.line.push_str(word);
            self.used += word_width;
            self.has_text = true;
            return;
        }
        // Wider than a whole line: split it wherever it overflows, keeping at
        // least one character per line.
        for c in word.chars() {
            let w = char_width(c);
            if self.has_text && self.used + w > self.width {
                self.break_line();
            }
            self.line.push(c);
            self.used += w;
            self.has_text = true;
        }
    }
}

/// Wraps one paragraph of `text` into lines of at most `width` columns,
/// starting the first line with `first_prefix` and the others with
/// `rest_prefix` (a hanging indent). Runs of spaces become one space. A
/// single word wider than the line is split; nothing else exceeds `width`.
pub fn wrap(text: &str, width: usize, first_prefix: &str, rest_prefix: &str) -> Vec<String> {
    let mut lines = Lines {
        width,
        rest_prefix,
        lines: Vec::new(),
        line: first_prefix.to_owned(),
        used: str_width(first_prefix),
        has_text: false,
    };
    let mut space_before = false;
    for atom in atoms(text) {
        match atom {
            Atom::Space => space_before = true,
            Atom::Word(word) => {
                lines.push_word(&word, space_before);
                space_before = false;
            }
        }
    }
    lines.lines.push(lines.line);
    lines.lines
}

/// The bullet that starts a list item in a status description.
pub const BULLET: &str = "• ";

/// Wraps a status description (one paragraph or `• ` list item per line)
/// to `width` columns, every line indented by `indent` spaces. List items
/// keep their bullet and continue under their text; a blank line separates
/// a paragraph from whatever comes before it.
pub fn wrap_description(text: &str, width: usize, indent: usize) -> Vec<String> {
    let margin = " ".repeat(indent);
    let hanging = format!("{margin}{}", " ".repeat(str_width(BULLET)));
    let mut lines = Vec::new();
    for paragraph in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(item) = paragraph.strip_prefix(BULLET) {
            lines.extend(wrap(item, width, &format!("{margin}{BULLET}"), &hanging));
        } else {
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(wrap(paragraph, width, &margin, &margin));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widest(lines: &[String]) -> usize {
        lines.iter().map(|l| str_width(l)).max().unwrap_or(0)
    }

    #[test]
    fn chinese_characters_take_two_columns() {
        assert_eq!(str_width("请求"), 4);
        assert_eq!(str_width("ab请"), 4);
        assert_eq!(str_width("• "), 2);
    }

    #[test]
    fn chinese_text_wraps_by_display_width_not_chars() {
        // 12 characters, 24 columns: five characters (10 columns) per line.
        let lines = wrap("一二三四五六七八九十百千", 11, "", "");
        assert_eq!(lines, ["一二三四五", "六七八九十", "百千"]);
        assert!(widest(&lines) <= 11);
    }

    #[test]
    fn latin_words_are_not_split() {
        let lines = wrap("the quick brown fox jumps", 10, "", "");
        assert_eq!(lines, ["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn mixed_text_breaks_between_chinese_and_latin() {
        let lines = wrap("使用Cache-Control头", 10, "", "");
        assert_eq!(lines, ["使用", "Cache-Cont", "rol头"]);
        let lines = wrap("使用 HTTP 方法", 9, "", "");
        assert_eq!(lines, ["使用 HTTP", "方法"]);
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        // "三，" stays together, so the line breaks before 三.
        let lines = wrap("一二三，四五", 6, "", "");
        assert_eq!(lines, ["一二", "三，四", "五"]);
        for line in &lines {
            assert!(!line.starts_with('，'));
        }
    }

    #[test]
    fn opening_punctuation_never_ends_a_line() {
        let lines = wrap("一二（三四）", 6, "", "");
        assert_eq!(lines, ["一二", "（三", "四）"]);
    }

    #[test]
    fn prefixes_count_towards_the_width() {
        let lines = wrap("一二三四五六", 8, "• ", "  ");
        assert_eq!(lines, ["• 一二三", "  四五六"]);
        assert!(widest(&lines) <= 8);
    }

    #[test]
    fn spaces_collapse_and_never_end_a_line() {
        let lines = wrap("a   b    c", 3, "", "");
        assert_eq!(lines, ["a b", "c"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_split() {
        let lines = wrap("abcdefgh", 3, "", "");
        assert_eq!(lines, ["abc", "def", "gh"]);
    }

    #[test]
    fn tiny_widths_still_make_progress() {
        let lines = wrap("请求", 1, "", "");
        assert_eq!(lines, ["请", "求"]);
    }

    #[test]
    fn descriptions_keep_list_items_with_a_hanging_indent() {
        let text = "请求成功。成功的含义取决于方法\n• GET：资源已被提取并在消息正文中传输。\n• HEAD：实体标头。";
        let lines = wrap_description(text, 24, 2);
        assert_eq!(
            lines,
            [
                "  请求成功。成功的含义取",
                "  决于方法",
                "  • GET：资源已被提取并",
                "    在消息正文中传输。",
                "  • HEAD：实体标头。",
            ]
        );
        assert!(widest(&lines) <= 24);
    }

    #[test]
    fn paragraphs_are_separated_by_a_blank_line() {
        let lines = wrap_description("第一段。\n第二段。", 40, 0);
        assert_eq!(lines, ["第一段。", "", "第二段。"]);
    }
}
