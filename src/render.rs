//! Text output for people: a code with its wrapped description, a class,
//! the whole list, and the message for an unknown query.

use std::fmt::Write as _;

use status_codes::{StatusClass, StatusCode};

use crate::json::class_pattern;
use crate::query::Unknown;
use crate::terminal::Style;
use crate::wrap::wrap_description;

/// The command's name in messages.
pub const PROGRAM: &str = "status-explain";

/// Columns the description is indented by.
const DESCRIPTION_INDENT: usize = 2;

/// `客户端响应 (4xx, 400-499)`.
fn class_heading(class: StatusClass, style: Style) -> String {
    let range = class.range();
    format!(
        "{} {}",
        style.bold(class.title()),
        style.dim(&format!(
            "({}, {}-{})",
            class_pattern(class),
            range.start(),
            range.end()
        ))
    )
}

/// `404 Not Found`, the class, and the description wrapped to `width`
/// columns.
pub fn code(status: StatusCode, width: usize, style: Style) -> String {
    let class = status.class();
    let mut out = format!(
        "{} {}\n{}\n",
        style.class(class, &status.code().to_string()),
        style.bold(status.reason()),
        class_heading(class, style)
    );
    let description = wrap_description(status.description(), width, DESCRIPTION_INDENT);
    if !description.is_empty() {
        out.push('\n');
        for line in description {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The class heading, then one line per code: code and reason.
pub fn class(class: StatusClass, style: Style) -> String {
    let mut out = class_heading(class, style);
    out.push('\n');
    for &status in class.codes() {
        let _ = writeln!(
            out,
            "  {}  {}",
            style.class(class, &status.code().to_string()),
            status.reason()
        );
    }
    out
}

/// Every class, one block each, separated by blank lines.
pub fn list(style: Style) -> String {
    StatusClass::ALL
        .into_iter()
        .map(|c| class(c, style))
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

/// The error message for an unknown query, with suggestions: for stderr.
pub fn unknown(unknown: &Unknown, style: Style) -> String {
    let error = style.error("error");
    let help = style.help("help");
    let list_hint = format!("{help}: `{PROGRAM} list` shows every code\n");
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
                    "{help}: `{PROGRAM} {pattern}` lists the {pattern} codes"
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
    use crate::wrap::str_width;

    #[test]
    fn a_code_shows_reason_class_and_wrapped_description() {
        let text = code(StatusCode::NotFound, 40, Style::PLAIN);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "404 Not Found");
        assert_eq!(lines[1], "客户端响应 (4xx, 400-499)");
        assert_eq!(lines[2], "");
        assert!(lines[3].starts_with("  请求失败"));
        assert!(lines.iter().all(|l| str_width(l) <= 40));
        assert!(lines.len() > 6);
    }

    #[test]
    fn a_class_lists_its_codes() {
        let text = class(StatusClass::Success, Style::PLAIN);
        assert_eq!(
            text,
            "成功响应 (2xx, 200-299)\n  200  Ok\n  201  Created\n  202  Accepted\n  \
             203  Non-Authoritative Information\n  204  No Content\n"
        );
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
