//! Text output for people: a code with its wrapped description and links, a
//! class, the whole list, and the message for an unknown query.

use std::fmt::Write as _;

use status_codes::{Language, StatusClass, StatusCode};

use crate::links::{self, Link};
use crate::query::{Unknown, class_pattern};
use crate::style::{self, BOLD, DIM, ERROR, HELP, paint};
use crate::terminal::Output;
use crate::wrap::wrap_description;

/// Columns the description is indented by.
const DESCRIPTION_INDENT: usize = 2;

/// `客户端响应 (4xx, 400-499, zh-CN)`: the title in `language`, which it
/// names.
fn class_heading(class: StatusClass, language: Language) -> String {
    let range = class.range();
    format!(
        "{} {}",
        paint(BOLD, class.title_in(language)),
        paint(
            DIM,
            &format!(
                "({}, {}-{}, {language})",
                class_pattern(class),
                range.start(),
                range.end()
            )
        )
    )
}

/// `text` with its `links` marked: each link's text as an OSC 8 hyperlink
/// when `hyperlinks`, else followed by a number, `[1]`, whose address the
/// returned references give. A link whose text is its address is left as
/// it is. Link texts are looked for in order; one not found in the text
/// still gets a reference.
fn mark_links<'a>(text: &str, links: &'a [Link], hyperlinks: bool) -> (String, Vec<&'a str>) {
    let mut marked = String::with_capacity(text.len());
    let mut references = Vec::new();
    let mut rest = text;
    for link in links {
        let found = (!link.text.is_empty())
            .then(|| rest.find(&link.text))
            .flatten();
        let Some(start) = found else {
            if !hyperlinks {
                references.push(link.url.as_str());
            }
            continue;
        };
        let (before, after) = rest.split_at(start);
        let (shown, after) = after.split_at(link.text.len());
        marked.push_str(before);
        if hyperlinks {
            marked.push_str(&style::hyperlink(&link.url, shown));
        } else if link.shows_url() {
            marked.push_str(shown);
        } else {
            references.push(link.url.as_str());
            let _ = write!(marked, "{shown}[{}]", references.len());
        }
        rest = after;
    }
    marked.push_str(rest);
    (marked, references)
}

/// `404 Not Found`, the class, the description wrapped to the output's
/// width, and the numbered addresses of its links when they are not
/// hyperlinks.
pub fn code(status: StatusCode, language: Language, output: Output) -> String {
    let class = status.class();
    let mut out = format!(
        "{} {}{}\n{}\n",
        paint(style::class(class), &status.code().to_string()),
        paint(BOLD, status.reason()),
        flags(status),
        class_heading(class, language)
    );
    let (description, references) = mark_links(
        status.description_in(language),
        links::of(status.code(), language),
        output.hyperlinks,
    );
    let lines = wrap_description(&description, output.width, DESCRIPTION_INDENT);
    if !lines.is_empty() {
        out.push('\n');
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !references.is_empty() {
        out.push('\n');
        let indent = " ".repeat(DESCRIPTION_INDENT);
        for (i, url) in references.iter().enumerate() {
            let _ = writeln!(out, "{indent}{} {url}", paint(DIM, &format!("[{}]", i + 1)));
        }
    }
    out
}

/// The document's markers for `status`, as ` (deprecated, experimental)`;
/// empty when it has none.
fn flags(status: StatusCode) -> String {
    let words: Vec<&str> = [
        (status.is_deprecated(), "deprecated"),
        (status.is_experimental(), "experimental"),
        (status.is_non_standard(), "non-standard"),
    ]
    .into_iter()
    .filter_map(|(set, word)| set.then_some(word))
    .collect();
    if words.is_empty() {
        String::new()
    } else {
        paint(DIM, &format!(" ({})", words.join(", ")))
    }
}

/// The class heading, then one line per code: code, reason and markers.
pub fn class(class: StatusClass, language: Language) -> String {
    let mut out = class_heading(class, language);
    out.push('\n');
    for &status in class.codes() {
        let _ = writeln!(
            out,
            "  {}  {}{}",
            paint(style::class(class), &status.code().to_string()),
            status.reason(),
            flags(status)
        );
    }
    out
}

/// Every class, one block each, separated by blank lines.
pub fn list(language: Language) -> String {
    StatusClass::ALL
        .into_iter()
        .map(|c| class(c, language))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `A`, `A or B`, `A, B or C`.
fn alternatives(statuses: &[StatusCode]) -> String {
    let names: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// The error message for an unknown query, with suggestions, for stderr.
/// `program` is how the user runs this program, for the hints.
pub fn unknown(unknown: &Unknown, program: &str) -> String {
    let error = paint(ERROR, "error");
    let help = paint(HELP, "help");
    let list_hint = format!("{help}: `{program} list` shows every code\n");
    let did_you_mean = |suggestions: &[StatusCode]| {
        format!("{help}: did you mean {}?\n", alternatives(suggestions))
    };
    match unknown {
        Unknown::Class { input } => {
            let classes: Vec<String> = StatusClass::ALL.into_iter().map(class_pattern).collect();
            format!(
                "{error}: the document has no `{input}` class\n{help}: the classes are {}\n",
                classes.join(", ")
            )
        }
        Unknown::Number {
            input,
            class,
            suggestions,
        } => {
            let mut out = format!("{error}: unknown status code `{input}`\n");
            if !suggestions.is_empty() {
                out.push_str(&did_you_mean(suggestions));
            } else if let Some(class) = class {
                let pattern = class_pattern(*class);
                let _ = writeln!(
                    out,
                    "{help}: `{program} {pattern}` lists the {pattern} codes"
                );
            } else {
                out.push_str(&list_hint);
            }
            out
        }
        Unknown::Text { input, suggestions } => {
            let mut out = format!("{error}: unknown status `{input}`\n");
            if suggestions.is_empty() {
                out.push_str(&list_hint);
            } else {
                out.push_str(&did_you_mean(suggestions));
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use textwrap::core::display_width;

    fn plain(text: &str) -> String {
        anstream::adapter::strip_str(text).to_string()
    }

    const NUMBERED: Output = Output {
        width: 40,
        hyperlinks: false,
    };

    #[test]
    fn a_code_shows_reason_class_and_wrapped_description() {
        let text = plain(&code(StatusCode::NotFound, Language::ZhCn, NUMBERED));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "404 Not Found");
        assert_eq!(lines[1], "客户端响应 (4xx, 400-499, zh-CN)");
        assert_eq!(lines[2], "");
        assert!(lines[3].starts_with("  请求失败"));
        assert!(lines.iter().all(|l| display_width(l) <= 40));
        assert!(lines.len() > 6);
    }

    #[test]
    fn links_are_numbered_or_hyperlinks() {
        let links = [
            Link {
                text: "Upgrade".into(),
                url: "https://example.com/u".into(),
            },
            Link {
                text: "https://example.com/".into(),
                url: "https://example.com/".into(),
            },
            Link {
                text: "缺失".into(),
                url: "https://example.com/m".into(),
            },
        ];
        let text = "按 Upgrade 标头，见 https://example.com/。";
        assert_eq!(
            mark_links(text, &links, false),
            (
                "按 Upgrade[1] 标头，见 https://example.com/。".to_owned(),
                vec!["https://example.com/u", "https://example.com/m"]
            )
        );
        let (marked, references) = mark_links(text, &links, true);
        assert!(references.is_empty());
        assert_eq!(
            marked,
            format!(
                "按 {} 标头，见 {}。",
                style::hyperlink("https://example.com/u", "Upgrade"),
                style::hyperlink("https://example.com/", "https://example.com/")
            )
        );
    }

    #[test]
    fn references_follow_the_description() {
        let text = plain(&code(
            StatusCode::from_u16(101).expect("101 is documented"),
            Language::ZhCn,
            NUMBERED,
        ));
        assert!(text.contains("Upgrade[1]"), "{text}");
        let last = text.lines().last().unwrap_or_default();
        assert!(last.starts_with("  [1] https://"), "{text}");
        assert!(last.ends_with("/Headers/Upgrade"), "{text}");
    }

    #[test]
    fn a_class_lists_its_codes() {
        let text = plain(&class(StatusClass::Success, Language::ZhCn));
        assert_eq!(
            text,
            "成功响应 (2xx, 200-299, zh-CN)\n  200  Ok\n  201  Created\n  202  Accepted\n  \
             203  Non-Authoritative Information\n  204  No Content\n"
        );
    }

    #[test]
    fn in_english() {
        let text = plain(&code(StatusCode::NotFound, Language::En, NUMBERED));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "Client error responses (4xx, 400-499, en)");
        assert!(lines[3].starts_with("  The server has no"), "{text}");
    }

    #[test]
    fn hints_name_the_program_as_run() {
        let teapot = Unknown::Text {
            input: "teapot".into(),
            suggestions: Vec::new(),
        };
        assert!(plain(&unknown(&teapot, "cargo run --")).contains("`cargo run -- list`"));
    }

    #[test]
    fn suggestions_read_as_a_sentence() {
        use StatusCode::*;
        assert_eq!(alternatives(&[NotFound]), "404 Not Found");
        assert_eq!(
            alternatives(&[BadGateway, GatewayTimeout]),
            "502 Bad Gateway or 504 Gateway Timeout"
        );
        assert_eq!(
            alternatives(&[BadRequest, Unauthorized, Forbidden]),
            "400 Bad Request, 401 Unauthorized or 403 Forbidden"
        );
    }
}
