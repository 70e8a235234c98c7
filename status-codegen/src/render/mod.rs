//! A document's Markdown as the generated code shows it: rustdoc Markdown for
//! the docs ([`rustdoc`]), plain text for `description()` ([`plain`]).
//!
//! Both render KumaScript macros the same way, by what they stand for
//! ([`Meaning`]), so the docs and the plain text never disagree.

pub(crate) mod plain;
pub(crate) mod rustdoc;

use std::ops::Range;

use crate::diagnostic::is_invisible;
use crate::read::kumascript::{Malformed, Meaning};

/// What rendering needs besides the Markdown itself.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context<'a> {
    /// What root-relative links (`/en-US/docs/…`) are relative to.
    pub(crate) link_base: &'a str,
}

/// What rendering found that the writer should hear about, with ranges in
/// the rendered text.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    /// `{{` that starts no well-formed macro call.
    pub(crate) malformed: Vec<Malformed>,
    /// Macros this crate does not know, with their names.
    pub(crate) unknown: Vec<(Range<usize>, String)>,
}

/// `url` made absolute when it is root-relative (`/docs/x`, not `//host`).
pub(crate) fn resolve_link(base: &str, url: &str) -> Option<String> {
    (url.starts_with('/') && !url.starts_with("//"))
        .then(|| format!("{}{url}", base.trim_end_matches('/')))
}

/// `markdown` with each invisible character ([`is_invisible`]), and NUL, written as
/// an HTML character reference, so that generated source never holds one
/// raw.
pub(crate) fn escape_format_chars(markdown: String) -> String {
    let escaped = |c: char| c == '\0' || is_invisible(c);
    if !markdown.chars().any(escaped) {
        return markdown;
    }
    let mut out = String::with_capacity(markdown.len() + 16);
    for c in markdown.chars() {
        if c == '\0' {
            out.push_str("&#xFFFD;");
        } else if is_invisible(c) {
            out.push_str(&format!("&#x{:X};", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The HTML tags that may stay in the generated docs: inline, without
/// attributes, unable to run anything or to leave a block open.
const SAFE_TAGS: [&str; 5] = ["br", "sup", "sub", "kbd", "code"];

/// Whether `html`, one inline tag as written, is a tag the docs keep.
pub(crate) fn is_safe_tag(html: &str) -> bool {
    let Some(inner) = html.strip_prefix('<').and_then(|h| h.strip_suffix('>')) else {
        return false;
    };
    let name = inner
        .strip_prefix('/')
        .unwrap_or(inner)
        .trim_end_matches('/')
        .trim_end();
    SAFE_TAGS.iter().any(|tag| name.eq_ignore_ascii_case(tag))
}

/// Where the HTML tags and comments in `text` are, an unclosed one running
/// to the end: the raw HTML policy removes them and keeps the text between.
pub(crate) fn html_tags(text: &str) -> Vec<Range<usize>> {
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('<') {
        let start = from + at;
        let rest = &text[start..];
        let starts_tag =
            rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c));
        if !starts_tag {
            from = start + 1;
            continue;
        }
        let end = if rest.starts_with("<!--") {
            rest.find("-->")
                .map_or(text.len(), |close| start + close + 3)
        } else {
            rest.find('>').map_or(text.len(), |close| start + close + 1)
        };
        tags.push(start..end);
        from = end;
    }
    tags
}

/// `text` without its HTML tags and comments.
pub(crate) fn strip_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for tag in html_tags(text) {
        out.push_str(&text[at..tag.start]);
        at = tag.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Escapes the characters that Markdown would read as markup.
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|~{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` as a Markdown code span, fenced by more backticks than it holds
/// in a row.
pub(crate) fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A macro as rustdoc Markdown; `name` is the macro's name as written.
pub(crate) fn macro_markdown(meaning: &Meaning, name: &str) -> String {
    match meaning {
        Meaning::Code(code) => code_span(code),
        Meaning::Text(text) => escape_markdown(text),
        Meaning::Link { text, url } => format!("[{}](<{url}>)", escape_markdown(text)),
        Meaning::Flag(flag) => format!("*({})*", flag.word()),
        Meaning::Nothing => String::new(),
        Meaning::Unknown => code_span(name),
    }
}

/// A macro as plain text; `name` is the macro's name as written.
pub(crate) fn macro_plain(meaning: &Meaning, name: &str) -> String {
    match meaning {
        Meaning::Code(text) | Meaning::Text(text) | Meaning::Link { text, .. } => text.clone(),
        Meaning::Flag(flag) => format!("({})", flag.word()),
        Meaning::Nothing => String::new(),
        Meaning::Unknown => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_fence_backticks() {
        assert_eq!(code_span("GET"), "`GET`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
    }

    #[test]
    fn html_policy() {
        assert!(is_safe_tag("<br>") && is_safe_tag("<br/>") && is_safe_tag("</KBD>"));
        assert!(!is_safe_tag("<img src=x onerror=alert(1)>"));
        assert!(!is_safe_tag("<code onclick=\"x\">"));
        assert!(!is_safe_tag("<script>"));
        assert_eq!(strip_html("<p>请求失败。</p>"), "请求失败。");
        assert_eq!(
            strip_html("a <script>alert(document.cookie)</script> b <!-- x > y --> c <details"),
            "a alert(document.cookie) b  c "
        );
        assert_eq!(strip_html("1 < 2 and a<b"), "1 < 2 and a");
    }

    #[test]
    fn only_root_relative_links_resolve() {
        let base = "https://developer.mozilla.org/";
        assert_eq!(
            resolve_link(base, "/zh-CN/docs/Web/HTTP").as_deref(),
            Some("https://developer.mozilla.org/zh-CN/docs/Web/HTTP")
        );
        assert_eq!(resolve_link(base, "//cdn.example/x"), None);
        assert_eq!(resolve_link(base, "https://a.example/"), None);
        assert_eq!(resolve_link(base, "#anchor"), None);
    }
}
