//! Wrapping descriptions to a terminal width with textwrap, which breaks
//! lines where the Unicode line breaking algorithm (UAX #14) allows (between
//! Chinese characters, never before `，` or after `（`, at spaces between
//! Latin words) and counts a Chinese character as two columns.

use textwrap::{Options, WordSeparator, WrapAlgorithm};

/// The bullet that starts a list item in a status description.
pub const BULLET: &str = "• ";

/// Wraps one paragraph to `width` columns, the first line starting with
/// `first_prefix`, the others with `rest_prefix`.
fn wrap(text: &str, width: usize, first_prefix: &str, rest_prefix: &str) -> Vec<String> {
    let options = Options::new(width)
        .initial_indent(first_prefix)
        .subsequent_indent(rest_prefix)
        .word_separator(WordSeparator::UnicodeBreakProperties)
        .wrap_algorithm(WrapAlgorithm::FirstFit);
    let mut lines: Vec<String> = textwrap::wrap(text, options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect();
    split_hyperlinks(&mut lines);
    lines
}

/// The start of an OSC 8 hyperlink sequence, as [`crate::style::hyperlink`]
/// writes it: then the address (none to end the link) and [`ST`].
const OSC_8: &str = "\x1b]8;;";
/// The string terminator that ends an OSC sequence.
const ST: &str = "\x1b\\";

/// Ends each line's hyperlinks on that line and opens them again after the
/// indentation of the next, so that a link broken across lines never takes
/// in the line break and the indentation.
fn split_hyperlinks(lines: &mut [String]) {
    let mut open: Option<String> = None;
    for line in lines {
        let text_start = line.len() - line.trim_start_matches(' ').len();
        if let Some(url) = &open {
            let text = &line[text_start..];
            let end = format!("{OSC_8}{ST}");
            if let Some(rest) = text.strip_prefix(&end) {
                *line = format!("{}{rest}", &line[..text_start]);
            } else {
                line.insert_str(text_start, &format!("{OSC_8}{url}{ST}"));
            }
        }
        open = None;
        let mut rest = line.as_str();
        while let Some(at) = rest.find(OSC_8) {
            rest = &rest[at + OSC_8.len()..];
            let Some(end) = rest.find(ST) else { break };
            open = Some(&rest[..end])
                .filter(|url| !url.is_empty())
                .map(str::to_owned);
            rest = &rest[end + ST.len()..];
        }
        if open.is_some() {
            line.push_str(&format!("{OSC_8}{ST}"));
        }
    }
}

/// Wraps a status description (one paragraph or `• ` list item per line)
/// to `width` columns, every line indented by `indent` spaces. List items
/// keep their bullet and continue under their text; a blank line separates
/// a paragraph from whatever comes before it.
pub fn wrap_description(text: &str, width: usize, indent: usize) -> Vec<String> {
    let margin = " ".repeat(indent);
    let hanging = format!(
        "{margin}{}",
        " ".repeat(textwrap::core::display_width(BULLET))
    );
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
    use textwrap::core::display_width;

    fn widest(lines: &[String]) -> usize {
        lines.iter().map(|l| display_width(l)).max().unwrap_or(0)
    }

    #[test]
    fn chinese_text_wraps_by_display_width_not_chars() {
        // 12 characters, 24 columns: five characters (10 columns) per line.
        let lines = wrap("一二三四五六七八九十百千", 11, "", "");
        assert_eq!(lines, ["一二三四五", "六七八九十", "百千"]);
    }

    #[test]
    fn closing_punctuation_never_starts_a_line_nor_opening_ends_one() {
        assert_eq!(wrap("一二三，四五", 6, "", ""), ["一二", "三，四", "五"]);
        assert_eq!(wrap("一二（三四）", 6, "", ""), ["一二", "（三", "四）"]);
    }

    fn link(text: &str) -> String {
        crate::style::hyperlink("https://example.com/", text)
    }

    #[test]
    fn hyperlinks_take_no_columns_and_end_with_their_line() {
        let lines = wrap(&format!("一二{}五六", link("三四")), 8, "", "");
        assert_eq!(lines, [format!("一二{}", link("三四")), "五六".to_owned()]);

        let lines = wrap(&format!("一二{}", link("三四五六")), 8, "  ", "  ");
        assert_eq!(
            lines,
            [
                format!("  一二{}", link("三")),
                format!("  {}", link("四五六"))
            ]
        );
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
