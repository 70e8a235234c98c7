//! Rustdoc Markdown for a run of blocks: the source as written, with the
//! edits that make it build cleanly and read as the writer meant.

use std::ops::Range;

use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, Event, LinkType, Tag, TagEnd};

use super::{
    Context, Findings, HtmlText, code_span, escape_format_chars, escape_html_text, is_url_char,
    macro_markdown, refused_scheme, resolve_link, safe_tag,
};
use crate::read::events::Markdown;
use crate::read::kumascript::{self, Meaning};

/// Rustdoc-ready Markdown for `events` of `md`, which cover the source
/// `span` and are indented by `indent` columns.
///
/// The source is kept as written, with these changes:
/// - code blocks are marked `text`, so they are never doctests;
/// - square brackets that are not links are escaped, so they are never
///   broken intra-doc links, and bare URLs are wrapped in `<>`;
/// - KumaScript macros become what they stand for;
/// - root-relative links are made absolute, reference-style links get
///   their definitions appended, and alert quotes (`> [!NOTE]`) get a word.
pub(crate) fn render(
    md: &Markdown<'_>,
    events: Range<usize>,
    span: Range<usize>,
    indent: usize,
    cx: Context<'_>,
    findings: &mut Findings,
) -> String {
    let text = md.text;
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut definitions: Vec<String> = Vec::new();
    let mut in_code = 0usize;
    let mut in_link = 0usize;
    // Consecutive text events, which together may hold a macro call.
    let mut run: Option<Range<usize>> = None;
    // The safe tags kept so far whose closing tag has not come yet.
    let mut open_tags: Vec<(&'static str, Range<usize>)> = Vec::new();
    let mut html = HtmlText::default();
    for i in events.clone() {
        let (event, range) = &md.events[i];
        if let Event::Text(_) = event {
            if in_code == 0 {
                let range = range.start.max(span.start)..range.end.min(span.end);
                match &mut run {
                    Some(current) if current.end == range.start => current.end = range.end,
                    _ => {
                        if let Some(done) = run.replace(range) {
                            text_edits(text, span.start, done, in_link > 0, &mut edits, findings);
                        }
                    }
                }
            }
            continue;
        }
        if let Some(done) = run.take() {
            text_edits(text, span.start, done, in_link > 0, &mut edits, findings);
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code += 1;
                edits.push(code_block_edit(md, kind, range, indent));
            }
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                if let Some(edit) = alert_edit(text, range, *kind) {
                    edits.push(edit);
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
            | Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                in_link += 1;
                if let Some(scheme) = refused_scheme(dest_url) {
                    // Only the text stays: the brackets, the address and
                    // the label go.
                    findings.links.push((range.clone(), scheme));
                    let inner = i + 1..md.ends[i];
                    if inner.is_empty() {
                        edits.push((range.clone(), String::new()));
                    } else {
                        let first = md.events[inner.start].1.start;
                        let last = md.events[inner.end - 1].1.end;
                        edits.push((range.start..first, String::new()));
                        edits.push((last..range.end, String::new()));
                    }
                    continue;
                }
                let resolved = resolve_link(cx.link_base, dest_url);
                if matches!(
                    link_type,
                    LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut
                ) {
                    let dest = resolved.as_deref().unwrap_or(dest_url);
                    let definition = definition(id, dest, title);
                    if !definitions.contains(&definition) {
                        definitions.push(definition);
                    }
                } else if let Some(resolved) = resolved {
                    // The destination as written, after the link's text.
                    if let Some(at) = text[range.clone()].rfind(dest_url.as_ref()) {
                        let at = range.start + at;
                        edits.push((at..at + dest_url.len(), resolved));
                    }
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => in_link = in_link.saturating_sub(1),
            // Raw HTML: a few inline tags stay, in pairs; every other tag
            // goes, and the text between stays as escaped text, so no
            // script, event handler or unclosed block reaches the docs.
            Event::InlineHtml(tag) => match safe_tag(tag) {
                Some(tag) if tag.is_void() => {}
                Some(tag) if !tag.closing => open_tags.push((tag.name, range.clone())),
                Some(tag) if open_tags.last().is_some_and(|(name, _)| *name == tag.name) => {
                    open_tags.pop();
                }
                _ => edits.push((range.clone(), String::new())),
            },
            Event::Start(Tag::HtmlBlock) => html = HtmlText::default(),
            Event::Html(_) => {
                let kept = html.text(&text[range.clone()]);
                edits.push((range.clone(), escape_html_text(&kept)));
            }
            // A tag kept in a block closes in it, or goes.
            Event::End(tag) if !is_inline(*tag) => {
                edits.extend(open_tags.drain(..).map(|(_, range)| (range, String::new())));
            }
            _ => {}
        }
    }
    if let Some(done) = run.take() {
        text_edits(text, span.start, done, in_link > 0, &mut edits, findings);
    }
    edits.extend(open_tags.drain(..).map(|(_, range)| (range, String::new())));
    edits.retain(|(range, _)| range.start >= span.start && range.end <= span.end);
    edits.sort_by_key(|(range, _)| (range.start, range.end));

    let mut edited = String::with_capacity(span.len() + 16);
    let mut at = span.start;
    for (range, replacement) in edits {
        if range.start < at {
            continue; // overlapping edit: keep the first
        }
        edited.push_str(&text[at..range.start]);
        edited.push_str(&replacement);
        at = range.end;
    }
    edited.push_str(&text[at..span.end]);

    let mut out = dedent(&edited, indent);
    if !definitions.is_empty() {
        out.push_str("\n\n");
        out.push_str(&definitions.join("\n"));
    }
    escape_format_chars(out)
}

/// A link reference definition that reads back as `dest` and `title`
/// whatever they hold.
fn definition(id: &str, dest: &str, title: &str) -> String {
    let escape = |text: &str, special: &[char]| {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\\' || special.contains(&c) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    };
    let mut definition = format!("[{id}]: <{}>", escape(dest, &['<', '>']));
    if !title.is_empty() {
        definition.push_str(&format!(" \"{}\"", escape(title, &['"'])));
    }
    definition
}

/// Edits for a run of text at `range`: macros become what they stand for,
/// `[` and `]` are escaped (unless already escaped), and bare URLs outside
/// links are wrapped in `<>`.
fn text_edits(
    text: &str,
    floor: usize,
    range: Range<usize>,
    in_link: bool,
    edits: &mut Vec<(Range<usize>, String)>,
    findings: &mut Findings,
) {
    if range.is_empty() {
        return;
    }
    let slice = &text[range.clone()];
    for call in kumascript::scan(slice) {
        match call {
            Ok(call) => {
                let meaning = call.meaning();
                let at = range.start + call.range.start..range.start + call.range.end;
                if meaning == Meaning::Unknown {
                    findings.unknown.push((at.clone(), call.name.to_owned()));
                }
                edits.push((at, macro_markdown(&meaning, call.name)));
            }
            Err(mut malformed) => {
                // A flaw, as MDN's builder calls it: the call stays, as
                // literal text in code font.
                malformed.range =
                    range.start + malformed.range.start..range.start + malformed.range.end;
                edits.push((
                    malformed.range.clone(),
                    code_span(&text[malformed.range.clone()]),
                ));
                findings.malformed.push(malformed);
            }
        }
    }
    // `<`, `[` and `]` in text are escaped, unless escaped already: the
    // backslash of an escape lies outside the text, just before the run,
    // and counts only at or after `floor`, where the rendered source starts.
    // Whatever tags are removed next to it, no tag or link forms.
    let bytes = slice.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let escaped = i == 0 && range.start > floor && text.as_bytes()[range.start - 1] == b'\\';
        if matches!(b, b'<' | b'[' | b']') && !escaped {
            let at = range.start + i;
            edits.push((at..at, "\\".to_owned()));
        }
    }
    // A bare address has a `:`; text without one (most) needs no search.
    if in_link || !bytes.contains(&b':') {
        return;
    }
    for scheme in ["https://", "http://"] {
        let mut from = 0;
        while let Some(found) = slice[from..].find(scheme) {
            let start = from + found;
            let len = slice[start..]
                .find(|c: char| !is_url_char(c))
                .unwrap_or(slice.len() - start);
            let url = slice[start..start + len].trim_end_matches(['.', ',', ';', ':', ')']);
            let already = start > 0 && bytes[start - 1] == b'<';
            if !already && url.len() > scheme.len() {
                let at = range.start + start;
                edits.push((at..at, "<".to_owned()));
                edits.push((at + url.len()..at + url.len(), ">".to_owned()));
            }
            from = start + len.max(scheme.len());
        }
    }
}

/// Whether `tag` ends inline content, inside a block.
fn is_inline(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// The edit that gives an alert quote (`> [!NOTE]`) a bold word, which
/// rustdoc shows (it does not know alerts).
fn alert_edit(
    text: &str,
    range: &Range<usize>,
    kind: BlockQuoteKind,
) -> Option<(Range<usize>, String)> {
    let marker = text[range.clone()].find("[!")?;
    let close = text[range.start + marker..].find(']')?;
    let at = range.start + marker;
    Some((at..at + close + 1, format!("**{}**", alert_word(kind))))
}

/// The word an alert quote starts with.
pub(crate) fn alert_word(kind: BlockQuoteKind) -> &'static str {
    match kind {
        BlockQuoteKind::Note => "Note:",
        BlockQuoteKind::Tip => "Tip:",
        BlockQuoteKind::Important => "Important:",
        BlockQuoteKind::Warning => "Warning:",
        BlockQuoteKind::Caution => "Caution:",
    }
}

/// The edit that marks a code block as `text`: a fenced block gets the
/// info string `text`; an indented block becomes a fenced one.
fn code_block_edit(
    md: &Markdown<'_>,
    kind: &CodeBlockKind<'_>,
    range: &Range<usize>,
    indent: usize,
) -> (Range<usize>, String) {
    let text = md.text;
    match kind {
        CodeBlockKind::Fenced(_) => {
            let line_end = md.line_end(range.start);
            let line = &text[range.start..line_end];
            let lead = line.len() - line.trim_start().len();
            let fence_char = line[lead..].chars().next().unwrap_or('`');
            let fence_len = line[lead..]
                .chars()
                .take_while(|&c| c == fence_char)
                .count();
            let info_start = range.start + lead + fence_len;
            (info_start..line_end, "text".to_owned())
        }
        CodeBlockKind::Indented => {
            let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
            let block = &text[line_start..range.end];
            let pad = " ".repeat(indent);
            // Inside a quote, each line keeps its `>` markers.
            let first = strip_columns(block.lines().next().unwrap_or(""), indent);
            let markers = quote_markers(first).trim_end();
            let markers = if markers.is_empty() {
                String::new()
            } else {
                format!("{markers} ")
            };
            let mut replacement = format!("{pad}{markers}```text\n");
            for line in block.lines() {
                let line = strip_columns(line.trim_end_matches('\r'), indent);
                let code = strip_columns(&line[quote_markers(line).len()..], 4);
                replacement.push_str(&format!("{pad}{markers}{code}\n"));
            }
            replacement.push_str(&format!("{pad}{markers}```"));
            if block.ends_with('\n') {
                replacement.push('\n');
            }
            (line_start..range.end, replacement)
        }
    }
}

/// The block quote markers that start `line`: `> `, `  > > `.
fn quote_markers(line: &str) -> &str {
    let mut end = 0;
    loop {
        let rest = &line[end..];
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        if spaces > 3 || !rest[spaces..].starts_with('>') {
            return &line[..end];
        }
        end += spaces + 1;
        if line[end..].starts_with(' ') {
            end += 1;
        }
    }
}

/// Removes up to `columns` columns of leading white space from `line`.
fn strip_columns(line: &str, columns: usize) -> &str {
    let mut width = 0;
    for (i, c) in line.char_indices() {
        if width >= columns {
            return &line[i..];
        }
        match c {
            ' ' => width += 1,
            '\t' => width += 4 - width % 4,
            _ => return &line[i..],
        }
    }
    ""
}

/// Removes `indent` columns of white space from every line (the first
/// usually starts at the content already), drops `\r`, and trims blank
/// lines at both ends.
fn dedent(text: &str, indent: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if i > 0 {
            out.push('\n');
        }
        out.push_str(strip_columns(line, indent));
    }
    let trimmed = out.trim_end();
    let trimmed = trimmed.trim_start_matches(['\n', '\r']);
    trimmed.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MDN: Context<'static> = Context {
        link_base: "https://developer.mozilla.org",
    };

    fn whole(text: &str) -> (String, Findings) {
        let md = Markdown::new(text, 0);
        let mut findings = Findings::default();
        let out = render(
            &md,
            0..md.events.len(),
            0..text.len(),
            0,
            MDN,
            &mut findings,
        );
        (out, findings)
    }

    #[test]
    fn macros_become_what_they_stand_for() {
        let (out, findings) = whole(
            r#"Send {{HTTPHeader("Upgrade")}} per {{RFC("9110")}} ({{Glossary("Rate_limit","rate limiting" )}}) {{Foo}} {{HTTPSidebar}}"#,
        );
        assert_eq!(
            out,
            "Send `Upgrade` per [RFC 9110](<https://datatracker.ietf.org/doc/html/rfc9110>) (rate limiting) `Foo`"
        );
        assert_eq!(findings.unknown, [(97..104, "Foo".to_owned())]);
    }

    #[test]
    fn macros_split_over_text_events_are_read_whole() {
        // `_` and `[` split pulldown-cmark's text events.
        let (out, findings) = whole(r#"a {{Glossary("A_b_c", "x [y]")}} b"#);
        assert_eq!(out, "a x \\[y\\] b");
        assert!(findings.malformed.is_empty());
    }

    #[test]
    fn malformed_macros_are_found() {
        let (_, findings) = whole("text {{HTTPHeader(\"Link\")} more");
        assert_eq!(findings.malformed.len(), 1);
        assert_eq!(findings.malformed[0].range.start, 5);
    }

    #[test]
    fn root_relative_links_are_resolved() {
        // The definition lies outside the rendered paragraph, as it does
        // for an entry whose links are defined at the end of the document.
        let text = "[HTTP](/zh-CN/docs/Web/HTTP) and [ref][r] and [abs](https://x.example/)\n\n[r]: /en-US/docs/A";
        let md = Markdown::new(text, 0);
        let paragraph = md.ends[0];
        let out = render(
            &md,
            0..paragraph + 1,
            0..md.events[paragraph].1.end,
            0,
            MDN,
            &mut Findings::default(),
        );
        assert_eq!(
            out,
            "[HTTP](https://developer.mozilla.org/zh-CN/docs/Web/HTTP) and [ref][r] and [abs](https://x.example/)\n\n[r]: <https://developer.mozilla.org/en-US/docs/A>"
        );
    }

    #[test]
    fn definitions_escape_what_would_end_them() {
        assert_eq!(definition("a", "x>y", ""), "[a]: <x\\>y>");
        assert_eq!(
            definition("a", "u", "back\\ \"q\""),
            "[a]: <u> \"back\\\\ \\\"q\\\"\""
        );
        // And they read back as written.
        let text = format!("[t][a]\n\n{}", definition("a", "x>y", "back\\"));
        let md = Markdown::new(&text, 0);
        let link = md.events.iter().find_map(|(event, _)| match event {
            Event::Start(Tag::Link {
                dest_url, title, ..
            }) => Some((dest_url.to_string(), title.to_string())),
            _ => None,
        });
        assert_eq!(link, Some(("x>y".to_owned(), "back\\".to_owned())));
    }

    #[test]
    fn invisible_characters_become_references() {
        let (out, _) = whole("a\u{202e}b\u{200b}c");
        assert_eq!(out, "a&#x202E;b&#x200B;c");
    }

    #[test]
    fn indented_code_in_a_quote_keeps_its_markers() {
        let (out, _) = whole("> quoted:\n>\n>     let x = 1;\n>     x\n");
        assert_eq!(out, "> quoted:\n>\n> ```text\n> let x = 1;\n> x\n> ```");
        assert_eq!(quote_markers("  > > code"), "  > > ");
        assert_eq!(quote_markers("    > code"), "");
    }

    #[test]
    fn raw_html_keeps_its_text_and_a_few_safe_tags() {
        let (out, _) = whole(
            "Send <kbd>Ctrl</kbd><br>the <img src=x onerror=alert(1)>header <script>alert(document.cookie)</script>.\n\n<details>\n<p>hidden</p>\n",
        );
        assert_eq!(
            out,
            "Send <kbd>Ctrl</kbd><br>the header alert(document.cookie).\n\n\nhidden"
        );
    }

    #[test]
    fn removed_tags_never_join_into_new_ones() {
        let (out, _) = whole("<scr<b>ipt>alert(11)</scr</b>ipt> \\\\<x <<i>img src=x onerror=y>");
        assert_eq!(
            out,
            "\\<script>alert(11)\\</script> \\\\\\<x \\<img src=x onerror=y>"
        );
        // In an HTML block too, whatever is left is text.
        let (out, _) =
            whole("<div>\n<<b>script>alert(1)<</b>/script>\n[x](javascript:y)\n</div>\n");
        assert_eq!(
            out,
            "\\<script\\>alert(1)\\</script\\>\n\\[x\\](javascript:y)"
        );
        // Already escaped: left as written.
        let (out, _) = whole("a \\<b> and \\[c\\]");
        assert_eq!(out, "a \\<b> and \\[c\\]");
    }

    #[test]
    fn a_closing_tag_goes_with_its_opening_tag() {
        let (out, _) =
            whole("<sup onmouseover=alert(1)>s</sup> <sup>t</sup> <sub>u\n\nv</sub> </kbd>");
        assert_eq!(out, "s <sup>t</sup> u\n\nv");
        let (out, _) = whole("<sup><sub>x</sup></sub>");
        assert_eq!(out, "<sub>x</sub>");
    }

    #[test]
    fn links_to_scripts_become_their_text() {
        let (out, findings) = whole(
            "[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](&#106;avascript:x) <javascript:alert(2)> \
             ![d](data:text/html,x) [e][r] [f](vbscript:x) [](javascript:z) [ok](https://x.example/) \
             [mail](mailto:a@x.example) [rel](docs/x)\n\n[r]: javascript:alert(3)",
        );
        assert_eq!(
            out,
            "a b c javascript:alert(2) d e f  [ok](https://x.example/) [mail](mailto:a@x.example) \
             [rel](docs/x)\n\n[r]: javascript:alert(3)"
        );
        let schemes: Vec<_> = findings.links.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            schemes,
            [
                "javascript",
                "javascript",
                "javascript",
                "javascript",
                "data",
                "javascript",
                "vbscript",
                "javascript"
            ]
        );
    }

    #[test]
    fn alerts_get_a_word() {
        let (out, _) = whole("> [!NOTE]\n> Read this.");
        assert_eq!(out, "> **Note:**\n> Read this.");
    }
}
