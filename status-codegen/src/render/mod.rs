//! A document's Markdown as the generated code shows it: rustdoc Markdown for
//! the docs ([`rustdoc`]), plain text for `description()` ([`plain`]).
//!
//! Both render KumaScript macros the same way, by what they stand for
//! ([`Meaning`]), so the docs and the plain text never disagree.

pub(crate) mod plain;
pub(crate) mod rustdoc;

use std::ops::Range;

use crate::diagnostic::{Diagnostic, Diagnostics, is_invisible};
use crate::read::events::Markdown;
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
    /// Links and images to a refused address ([`refused_scheme`]), shown
    /// as their text, with the scheme.
    pub(crate) links: Vec<(Range<usize>, String)>,
}

impl Findings {
    /// Reports what rendering found, as notes (which `check --strict`
    /// makes problems): malformed macros, which a description keeps as
    /// literal text in code font (what MDN's builder calls a flaw), unknown
    /// macros and refused links. A malformed macro where it changes the API
    /// (a title) is an error, reported by the title's reader.
    pub(crate) fn report(self, md: &Markdown<'_>, diagnostics: &mut Diagnostics) {
        for malformed in &self.malformed {
            diagnostics.note(
                Diagnostic::new(
                    "a malformed KumaScript macro, kept as literal text in code font",
                    md.in_document(malformed.range.clone()),
                    format!("expected {}", malformed.expected),
                )
                .with_help(
                    "MDN's builder calls this a flaw; write macros as `{{Name(\"argument\", …)}}`, \
                     or put literal braces in backticks",
                ),
            );
        }
        for (range, name) in self.unknown {
            diagnostics.note(
                Diagnostic::new(
                    format!("unknown KumaScript macro `{name}`"),
                    md.in_document(range),
                    "shown as its name, in code font",
                )
                .with_help(
                    "status-codegen reads the macros of MDN's status pages; this one has no \
                     meaning here",
                ),
            );
        }
        for (range, scheme) in self.links {
            diagnostics.note(refused_link(md.in_document(range), &scheme));
        }
    }
}

/// Rustdoc Markdown and plain text for `range` of `md`'s text
/// read as a Markdown text of its own: the note after a title, the text
/// after a one-line bullet's separator. What rendering finds is reported
/// to `diagnostics`, but for malformed macros when `malformed_reported`.
pub(crate) fn snippet(
    md: &Markdown<'_>,
    range: Range<usize>,
    cx: Context<'_>,
    malformed_reported: bool,
    diagnostics: &mut Diagnostics,
) -> (String, String) {
    let snippet = Markdown::new(&md.text[range.clone()], md.offset + range.start);
    let all = 0..snippet.events.len();
    let mut findings = Findings::default();
    let doc = rustdoc::render(
        &snippet,
        all.clone(),
        0..snippet.text.len(),
        0,
        cx,
        &mut findings,
    );
    if malformed_reported {
        findings.malformed.clear();
    }
    findings.report(&snippet, diagnostics);
    let text = plain::render(&snippet, all);
    (doc, text)
}

/// Whether `c` may stand in a bare URL (RFC 3986's unreserved and
/// reserved characters, and `%`).
pub(crate) fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#@!$&'()*+,;=%".contains(c)
}

/// The note for a link or an image at `span` whose address has `scheme`.
pub(crate) fn refused_link(span: Range<usize>, scheme: &str) -> Diagnostic {
    Diagnostic::new(
        format!("a link to a `{scheme}:` address"),
        span,
        "shown as plain text",
    )
    .with_help(
        "links and images may lead to http:, https: and mailto: addresses, or to relative ones",
    )
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
/// attributes, unable to run anything or to leave a block open. `br` is
/// void; the others are kept only in pairs.
const SAFE_TAGS: [&str; 5] = ["br", "sup", "sub", "kbd", "code"];

/// A tag the docs may keep: its name, and whether it closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SafeTag {
    pub(crate) name: &'static str,
    pub(crate) closing: bool,
}

impl SafeTag {
    /// Whether the tag stands alone (`<br>`), with no closing tag.
    pub(crate) fn is_void(self) -> bool {
        self.name == "br" && !self.closing
    }
}

/// `html`, one inline tag as written, when it is a tag the docs keep: one of
/// [`SAFE_TAGS`] without attributes.
pub(crate) fn safe_tag(html: &str) -> Option<SafeTag> {
    let inner = html.trim().strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(inner) => (true, inner),
        None => (false, inner),
    };
    let name = inner.trim_end_matches('/').trim_end();
    let name = SAFE_TAGS
        .into_iter()
        .find(|tag| name.eq_ignore_ascii_case(tag))?;
    Some(SafeTag { name, closing })
}

/// Raw HTML split into tags and text, as the raw HTML policy reads it: tags
/// and comments are dropped, the text between them is kept. A tag or
/// comment left open at the end of one line of an HTML block goes on in
/// the next, so `text` is called on each line in turn.
#[derive(Debug, Default)]
pub(crate) struct HtmlText {
    /// What ends the tag or comment still open: `>` or `-->`.
    open: Option<&'static str>,
}

impl HtmlText {
    /// The text of `html` outside tags and comments, unescaped. Linear:
    /// every byte is looked at a bounded number of times.
    pub(crate) fn text(&mut self, html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        loop {
            if let Some(close) = self.open {
                let Some(at) = rest.find(close) else {
                    return out;
                };
                rest = &rest[at + close.len()..];
                self.open = None;
            }
            let mut from = 0;
            let start = loop {
                let Some(at) = rest[from..].find('<') else {
                    out.push_str(rest);
                    return out;
                };
                let at = from + at;
                let next = rest[at + 1..].chars().next();
                if next.is_some_and(|c| c.is_ascii_alphabetic() || "/!?".contains(c)) {
                    break at;
                }
                from = at + 1;
            };
            out.push_str(&rest[..start]);
            let comment = rest[start..].starts_with("<!--");
            self.open = Some(if comment { "-->" } else { ">" });
            rest = &rest[start + if comment { 4 } else { 1 }..];
        }
    }
}

/// `html`'s text, tags and comments removed (see [`HtmlText`]).
pub(crate) fn strip_html(html: &str) -> String {
    HtmlText::default().text(html)
}

/// Text taken out of raw HTML, escaped so that Markdown reads it as text:
/// no tag, link or code span can form from it.
pub(crate) fn escape_html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The schemes a link or an image may use; relative addresses, which have
/// none, are fine too.
const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// The scheme of `url` in lowercase when it is not an allowed one
/// ([`ALLOWED_SCHEMES`]): `javascript`, `vbscript`, `data`…
///
/// `url` is read as a browser reads an address: entities and escapes are
/// already decoded (pulldown-cmark does it), spaces and control characters
/// at either end are ignored, tabs and line breaks anywhere, and the scheme
/// is its letters before the first `:` in any case.
pub(crate) fn refused_scheme(url: &str) -> Option<String> {
    let chars = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'));
    let mut scheme = String::new();
    for c in chars {
        if c == ':' {
            let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic());
            return (valid && !ALLOWED_SCHEMES.contains(&scheme.as_str())).then_some(scheme);
        }
        if !(c.is_ascii_alphanumeric() || "+-.".contains(c)) {
            // A `/`, `?`, `#` or anything else first: a relative address.
            return None;
        }
        scheme.push(c.to_ascii_lowercase());
    }
    None
}

/// `url` as it can stand between `<` and `>` in a link: the characters that
/// would end or escape it percent-encoded.
pub(crate) fn angle_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '<' | '>' | '\\' | '\0'..='\x1f' | '\x7f' => {
                out.push_str(&format!("%{:02X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

/// The rustdoc Markdown of an entry's extra cells, given as `(header,
/// Markdown)`: a list of `- **Header**: value` lines.
pub(crate) fn field_list<'a>(extras: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let lines: Vec<String> = (extras.into_iter())
        .map(|(header, value)| format!("- **{}**: {value}", escape_markdown(header)))
        .collect();
    lines.join("\n")
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
        Meaning::Link { text, url } => {
            format!("[{}](<{}>)", escape_markdown(text), angle_url(url))
        }
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
        let tag = |name, closing| Some(SafeTag { name, closing });
        assert_eq!(safe_tag("<br>"), tag("br", false));
        assert_eq!(safe_tag("<br/>"), tag("br", false));
        assert_eq!(safe_tag("</KBD>"), tag("kbd", true));
        assert!(safe_tag("<img src=x onerror=alert(1)>").is_none());
        assert!(safe_tag("<code onclick=\"x\">").is_none());
        assert!(safe_tag("<sup onmouseover=alert(1)>").is_none());
        assert!(safe_tag("<script>").is_none());
        assert_eq!(strip_html("<p>请求失败。</p>"), "请求失败。");
        assert_eq!(
            strip_html("a <script>alert(document.cookie)</script> b <!-- x > y --> c <details"),
            "a alert(document.cookie) b  c "
        );
        assert_eq!(strip_html("1 < 2 and a<b"), "1 < 2 and a");
        // A tag or comment open at the end of a line goes on in the next.
        let mut html = HtmlText::default();
        assert_eq!(html.text("x <img\n"), "x ");
        assert_eq!(html.text("src=y onerror=z> after <!-- a\n"), " after ");
        assert_eq!(html.text("b --> c\n"), " c\n");
        // What is left of a removed tag is text, escaped.
        assert_eq!(strip_html("<<b>script>"), "<script>");
        assert_eq!(escape_html_text("<script>"), "\\<script\\>");
    }

    #[test]
    fn only_a_few_schemes_are_allowed() {
        for refused in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \u{1}java\tscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
        ] {
            assert!(refused_scheme(refused).is_some(), "{refused:?}");
        }
        assert_eq!(
            refused_scheme("JavaScript:x").as_deref(),
            Some("javascript")
        );
        for allowed in [
            "https://example.com/",
            "HTTP://example.com/",
            "mailto:a@example.com",
            "/docs/x",
            "docs/x:y",
            "#anchor",
            "?q=a:b",
            "//cdn.example/x",
            "",
        ] {
            assert_eq!(refused_scheme(allowed), None, "{allowed:?}");
        }
        assert_eq!(angle_url("a<b>c\\d\ne"), "a%3Cb%3Ec%5Cd%0Ae");
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
