//! An entry's title, in every form MDN writes it, and what follows it.
//!
//! The title starts with the code and reason phrase:
//! - plain: `404 Not Found`;
//! - a code span: `` `404 Not Found` ``;
//! - a link around either: ``[`100 Continue`](/fr/docs/Web/HTTP/Status/100)``;
//! - the macro `{{HTTPStatus(404, "404 Not Found")}}`, whose first argument
//!   is the code and whose second gives the code and reason phrase.
//!
//! Annotations may follow, with or without a space: status markers
//! (`{{deprecated_inline}}`) become [`Flags`](crate::model::Flags), and anything else, usually in
//! parentheses (`({{Glossary("WebDAV")}})`), becomes the entry's [`Note`].

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::events::Markdown;
use super::kumascript::{self, Meaning};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::iana;
use crate::model::Note;
use crate::raw::Line;
use crate::render::{self, Context};

/// What an entry's title line says, before validation: the line, and
/// whether the bullet is written as a status entry (its title starts with
/// a digit, or is an `HTTPStatus` macro).
#[derive(Default)]
pub(crate) struct Title {
    pub(crate) line: Line,
    pub(crate) is_entry: bool,
    /// Where the text after a separator is, in a one-line bullet
    /// (`- 100 - System error`, ``- `E_AUTH`: text``): its description.
    pub(crate) inline: Option<Range<usize>>,
}

impl Title {
    /// Whether the title names a status as an entry does: an `HTTPStatus`
    /// macro, or three digits, a space and a letter (`405 Method…`).
    pub(crate) fn names_a_status(&self) -> bool {
        let bytes = self.line.text.as_bytes();
        self.line.declared_code.is_some()
            || (bytes.len() > 4
                && bytes[..3].iter().all(u8::is_ascii_digit)
                && bytes[3] == b' '
                && bytes[4].is_ascii_alphabetic())
    }
}

impl Title {
    /// Whether the title starts with a code as an entry's does: an
    /// `HTTPStatus` macro, or three digits alone or before a space (or a
    /// dot: `404. X`, a mistake worth naming).
    pub(crate) fn starts_with_a_code(&self) -> bool {
        let bytes = self.line.text.as_bytes();
        self.line.declared_code.is_some()
            || (bytes.len() >= 3
                && bytes[..3].iter().all(u8::is_ascii_digit)
                && matches!(bytes.get(3), None | Some(b' ' | b'.')))
    }
}

/// Reads the title made of `events` of `md`, which cover the source `span`
/// (document offsets are `md.offset` plus offsets in `md.text`).
pub(crate) fn read(
    md: &Markdown<'_>,
    events: Range<usize>,
    span: Range<usize>,
    cx: Context<'_>,
    diagnostics: &mut Diagnostics,
) -> Title {
    let mut title = Title::default();
    let mut span = span;
    if let Some(separator) = separator(&md.text[span.clone()]) {
        title.inline = Some(span.start + separator.end..span.end);
        span.end = span.start + separator.start;
    }
    let source = &md.text[span.clone()];
    let head_end = if source.starts_with("{{") {
        match kumascript::read(md.text, span.start) {
            Ok(call) if call.is("HTTPStatus") => {
                status_macro(md, &call, &mut title, diagnostics);
                call.range.end
            }
            Ok(_) => plain_head(md, events.clone(), span.clone(), &mut title),
            Err(malformed) => {
                kumascript::report_malformed(md, &malformed, diagnostics);
                let name = source.strip_prefix("{{").unwrap_or(source).trim_start();
                title.is_entry = name
                    .get(..10)
                    .is_some_and(|name| name.eq_ignore_ascii_case("HTTPStatus"));
                title.line.span = span.clone();
                title.line.unreadable = true;
                return title;
            }
        }
    } else {
        match md.events.get(events.start) {
            Some((Event::Code(code), range)) if events.start < events.end => {
                set_text(md, &mut title, code.trim(), range.clone());
                range.end
            }
            Some((Event::Start(Tag::Link { dest_url, .. }), range))
                if events.start < events.end =>
            {
                let inner = events.start + 1..md.ends[events.start];
                let text = inline_text(md, inner, usize::MAX);
                set_text(md, &mut title, text.trim(), range.clone());
                if let Some(scheme) = render::refused_scheme(dest_url) {
                    let span = md.in_document(range.clone());
                    diagnostics.note(render::refused_link(span, &scheme));
                } else {
                    let url = render::resolve_link(cx.link_base, dest_url);
                    let url = url.as_deref().unwrap_or(dest_url);
                    title.line.link = Some(render::angle_url(url));
                }
                range.end
            }
            _ => plain_head(md, events.clone(), span.clone(), &mut title),
        }
    };
    if title.line.text.is_empty() && !source.trim().is_empty() {
        // The line is markup without inline text, such as an HTML block
        // (`<p><b>100 Continue</b>`): its text without tags.
        title.line.text = plain(source);
        title.line.span = span.clone();
    }
    if !title.is_entry {
        title.is_entry = title.line.text.starts_with(|c: char| c.is_ascii_digit());
    }
    annotations(
        md,
        head_end.min(span.end)..span.end,
        cx,
        &mut title,
        diagnostics,
    );
    title
}

/// Where the separator of a one-line bullet is in its first line `line`:
/// after a code (digits, or a word such as `E_AUTH` or `NOT_FOUND`, bare,
/// bold, in a code span or in inline HTML), a `-`, `–` or `—` between
/// spaces, or a `:` or `：`, followed by text. Markup (tags, code spans,
/// link addresses, `{{…}}` macros) is passed over.
fn separator(line: &str) -> Option<Range<usize>> {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        let c = line[i..].chars().next()?;
        let skip_to =
            |close: &str, from: usize| line[from..].find(close).map(|at| from + at + close.len());
        let next = match c {
            '<' => skip_to(">", i + 1),
            '`' => skip_to("`", i + 1),
            '{' if line[i..].starts_with("{{") => skip_to("}}", i + 2),
            '(' if i > 0 && bytes[i - 1] == b']' => skip_to(")", i + 1),
            ':' | '：' => {
                let end = i + c.len_utf8();
                let after = line[end..].chars().next();
                let spaced =
                    c == '：' || matches!(after, None | Some(' ' | '\t' | '<' | '*' | '_'));
                if spaced && code_first(&line[..i]) && !plain(&line[end..]).is_empty() {
                    return Some(i..end);
                }
                None
            }
            '-' | '–' | '—' => {
                let end = i + c.len_utf8();
                let spaced = i > 0
                    && matches!(bytes[i - 1], b' ' | b'\t')
                    && matches!(bytes.get(end), Some(b' ' | b'\t'));
                if spaced && code_first(&line[..i]) && !plain(&line[end..]).is_empty() {
                    return Some(i - 1..end + 1);
                }
                None
            }
            _ => None,
        };
        i = next.unwrap_or(i + c.len_utf8());
    }
    None
}

/// `text` without tags and emphasis marks, trimmed.
fn plain(text: &str) -> String {
    render::strip_html(text)
        .replace(['*', '`'], "")
        .trim()
        .to_owned()
}

/// Whether `head`, markup removed, starts with a code (see [`code_word`])
/// and is one line of at most a few words.
fn code_first(head: &str) -> bool {
    let head = plain(head);
    head.split_whitespace().next().is_some_and(code_word) && head.split_whitespace().count() <= 8
}

/// Whether `word` is written as codes are: an integer (`100`, `-1`,
/// `0001`), or a word of ASCII letters, digits, `_`, `-` and `.` with an
/// `_` (`E_AUTH_0001`, `NOT_FOUND`) or with digits and no lower-case
/// letter (`ERR42`), unlike an English word or a class such as `4xx`.
pub(super) fn code_word(word: &str) -> bool {
    let digits = word.strip_prefix('-').unwrap_or(word);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    word.len() >= 2
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        && word.bytes().any(|b| b.is_ascii_alphabetic())
        && (word.contains('_')
            || (word.bytes().any(|b| b.is_ascii_digit())
                && !word.bytes().any(|b| b.is_ascii_lowercase())))
}

/// `{{HTTPStatus(404, "404 Not Found")}}`: the code from the first argument,
/// the title from the second (or, without one, the registry's phrase).
fn status_macro(
    md: &Markdown<'_>,
    call: &kumascript::Macro<'_>,
    title: &mut Title,
    diagnostics: &mut Diagnostics,
) {
    title.is_entry = true;
    let Some(code) = call.args.first() else {
        diagnostics.push(
            Diagnostic::new(
                "`HTTPStatus` needs the status code as its first argument",
                md.in_document(call.range.clone()),
                "no arguments",
            )
            .with_help("write `{{HTTPStatus(404, \"404 Not Found\")}}`"),
        );
        title.line.span = call.range.clone();
        title.line.unreadable = true;
        return;
    };
    title.line.declared_code = Some((
        code.value.trim().to_owned(),
        md.in_document(code.range.clone()),
    ));
    match call.args.get(1) {
        Some(text) if text.value.starts_with(|c: char| c.is_ascii_digit()) => {
            title.line.text = text.value.trim().to_owned();
            title.line.verbatim = md.text[text.range.clone()] == *title.line.text;
            title.line.span = if title.line.verbatim {
                text.range.clone()
            } else {
                call.range.clone()
            };
        }
        Some(text) => {
            title.line.text = format!("{} {}", code.value.trim(), text.value.trim());
            title.line.span = text.range.clone();
        }
        None => {
            // MDN shows the linked page's title: the code and its phrase.
            let number = code.value.trim();
            title.line.text = match number.parse().ok().and_then(iana::reason) {
                Some(reason) => format!("{number} {reason}"),
                None => number.to_owned(),
            };
            title.line.span = call.range.clone();
        }
    }
}

/// A title that is not a code span, a link or an `HTTPStatus` macro: its
/// text runs up to the first annotation, a `{{` or `(` outside code.
/// Returns where the annotations start.
fn plain_head(
    md: &Markdown<'_>,
    events: Range<usize>,
    span: Range<usize>,
    title: &mut Title,
) -> usize {
    let cut = md.events[events.clone()]
        .iter()
        .filter(|(event, _)| matches!(event, Event::Text(_)))
        .find_map(|(_, range)| {
            let text = &md.text[range.clone()];
            [text.find("{{"), text.find('(')]
                .into_iter()
                .flatten()
                .min()
                .map(|at| range.start + at)
        })
        .unwrap_or(span.end)
        .clamp(span.start, span.end);
    let text = inline_text(md, events, cut);
    set_text(md, title, text.trim(), span.start..cut);
    cut
}

/// Sets the title's text, and its span: where the text stands verbatim
/// inside `within`, or all of `within`.
fn set_text(md: &Markdown<'_>, title: &mut Title, text: &str, within: Range<usize>) {
    title.line.text = text.to_owned();
    match md.text[within.clone()].find(text) {
        Some(at) if !text.is_empty() => {
            title.line.span = within.start + at..within.start + at + text.len();
            title.line.verbatim = true;
        }
        _ => title.line.span = within,
    }
}

/// The text of inline `events` that lies before `cut`, markup removed.
fn inline_text(md: &Markdown<'_>, events: Range<usize>, cut: usize) -> String {
    let mut text = String::new();
    for (event, range) in &md.events[events] {
        if range.start >= cut {
            break;
        }
        match event {
            Event::Text(_) if range.end > cut => text.push_str(&md.text[range.start..cut]),
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph) => break,
            _ => {}
        }
    }
    text
}

/// Reads what follows the title at `rest`: markers set flags; the rest,
/// without enclosing parentheses, is the note.
fn annotations(
    md: &Markdown<'_>,
    rest: Range<usize>,
    cx: Context<'_>,
    title: &mut Title,
    diagnostics: &mut Diagnostics,
) {
    let mut markers: Vec<Range<usize>> = Vec::new();
    for call in kumascript::scan(&md.text[rest.clone()]) {
        match call {
            Ok(call) => {
                if let Meaning::Flag(flag) = call.meaning() {
                    title.line.flags.set(flag);
                    markers.push(rest.start + call.range.start..rest.start + call.range.end);
                }
            }
            Err(mut malformed) => {
                malformed.range =
                    rest.start + malformed.range.start..rest.start + malformed.range.end;
                kumascript::report_malformed(md, &malformed, diagnostics);
                return;
            }
        }
    }
    // The note: the rest without markers at either end.
    let mut note = rest;
    loop {
        let text = &md.text[note.clone()];
        let trimmed_start = note.start + (text.len() - text.trim_start().len());
        let trimmed_end = note.start + text.trim_end().len();
        note = trimmed_start..trimmed_end.max(trimmed_start);
        if note.is_empty() {
            return;
        }
        if let Some(marker) = markers.iter().find(|m| m.start == note.start) {
            note.start = marker.end.min(note.end);
        } else if let Some(marker) = markers.iter().find(|m| m.end == note.end) {
            note.end = marker.start.max(note.start);
        } else {
            break;
        }
    }
    let text = &md.text[note.clone()];
    if text.is_empty() {
        return;
    }
    if text.starts_with('(') && text.ends_with(')') && encloses(text) {
        note = note.start + 1..note.end - 1;
    }
    // Malformed calls were reported above.
    let (doc, text) = render::snippet(md, note, cx, true, diagnostics);
    if !text.is_empty() {
        title.line.note = Some(Note { doc, text });
    }
}

/// Whether the `(` that starts `text` closes at its last character.
fn encloses(text: &str) -> bool {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i == text.len() - 1;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Flags;

    const MDN: Context<'static> = Context {
        link_base: "https://developer.mozilla.org",
    };

    /// Reads `- TITLE` as a bullet's title.
    fn title(line: &str) -> (Title, Vec<String>) {
        let text = format!("- {line}\n");
        let md = Markdown::new(&text, 0);
        let item = 1;
        let mut end = item + 1;
        while end < md.ends[item] && !matches!(md.events[end].0, Event::SoftBreak) {
            end = md.ends[end] + 1;
        }
        let span = md.events[item + 1].1.start..md.events[end - 1].1.end;
        let mut diagnostics = Diagnostics::default();
        let title = read(&md, item + 1..end, span, MDN, &mut diagnostics);
        let (errors, notes) = diagnostics.into_parts();
        let messages = errors
            .iter()
            .chain(&notes)
            .map(|d| d.message.clone())
            .collect();
        (title, messages)
    }

    #[test]
    fn every_form_of_title() {
        for line in [
            "404 Not Found",
            "`404 Not Found`",
            "[`404 Not Found`](/fr/docs/Web/HTTP/Status/404)",
            "{{HTTPStatus(404, \"404 Not Found\")}}",
            "{{HTTPStatus(404)}}",
            "{{ httpstatus(\"404\", \"Not Found\") }}",
        ] {
            let (title, problems) = title(line);
            assert_eq!(title.line.text, "404 Not Found", "{line}");
            assert!(title.is_entry, "{line}");
            assert!(problems.is_empty(), "{line}: {problems:?}");
            assert_eq!(title.line.flags, Flags::default());
            assert!(title.line.note.is_none());
        }
        let (link, _) = title("[`100 Continue`](/fr/docs/Web/HTTP/Status/100)");
        assert_eq!(
            link.line.link.as_deref(),
            Some("https://developer.mozilla.org/fr/docs/Web/HTTP/Status/100")
        );
        assert_eq!(link.line.span, 4..16);
        assert!(link.line.verbatim);
    }

    #[test]
    fn markers_and_notes_with_or_without_a_space() {
        let (t, _) = title("`305 Use Proxy` {{deprecated_inline}}");
        assert_eq!(t.line.text, "305 Use Proxy");
        assert!(t.line.flags.deprecated && t.line.note.is_none());

        let (t, _) = title("{{HTTPStatus(425, \"425 Too Early\")}}{{experimental_inline}}");
        assert_eq!(t.line.text, "425 Too Early");
        assert!(t.line.flags.experimental);

        let (t, _) =
            title("{{HTTPStatus(208, \"208 Already Reported\")}} ({{Glossary(\"WebDAV\")}})");
        assert_eq!(t.line.text, "208 Already Reported");
        assert_eq!(t.line.note.unwrap().text, "WebDAV");

        let (t, _) = title(
            "226 IM Used([HTTP Delta encoding](https://datatracker.ietf.org/doc/html/rfc3229))",
        );
        assert_eq!(t.line.text, "226 IM Used");
        let note = t.line.note.unwrap();
        assert_eq!(note.text, "HTTP Delta encoding");
        assert_eq!(
            note.doc,
            "[HTTP Delta encoding](https://datatracker.ietf.org/doc/html/rfc3229)"
        );

        let (t, _) = title(
            "`422 Unprocessable Entity` ([WebDAV](/fr/docs/Glossary/WebDAV)) {{non-standard_inline}}",
        );
        assert_eq!(t.line.text, "422 Unprocessable Entity");
        assert!(t.line.flags.non_standard);
        assert_eq!(
            t.line.note.unwrap().doc,
            "[WebDAV](https://developer.mozilla.org/fr/docs/Glossary/WebDAV)"
        );
    }

    #[test]
    fn the_declared_code_is_kept_for_validation() {
        let (t, _) = title("{{HTTPStatus(404, \"405 Method Not Allowed\")}}");
        assert_eq!(t.line.text, "405 Method Not Allowed");
        let (code, span) = t.line.declared_code.unwrap();
        assert_eq!(code, "404");
        assert_eq!(span, 15..18);
    }

    #[test]
    fn problems_in_titles() {
        let (t, problems) = title("{{HTTPStatus(404, \"404 Not Found\")}");
        assert!(t.is_entry);
        assert_eq!(problems, ["a malformed KumaScript macro"]);
        let (_, problems) = title("{{HTTPStatus}}");
        assert_eq!(
            problems,
            ["`HTTPStatus` needs the status code as its first argument"]
        );
        let (t, problems) = title("404 Not Found ({{Mystery}})");
        assert_eq!(t.line.note.unwrap().doc, "`Mystery`");
        assert_eq!(problems, ["unknown KumaScript macro `Mystery`"]);
    }

    #[test]
    fn a_title_links_only_to_allowed_addresses() {
        let (t, problems) = title("[`404 Not Found`](JaVaScRiPt:alert(1))");
        assert_eq!(t.line.text, "404 Not Found");
        assert_eq!(t.line.link, None);
        assert_eq!(problems, ["a link to a `javascript:` address"]);
        let (t, _) = title("[`404 Not Found`](/a>b)");
        assert_eq!(
            t.line.link.as_deref(),
            Some("https://developer.mozilla.org/a%3Eb")
        );
    }

    #[test]
    fn links_that_are_not_entries() {
        let (t, _) = title("[List of HTTP status codes](https://en.wikipedia.org/wiki/List)");
        assert!(!t.is_entry);
        let (t, _) = title("{{Glossary(\"WebDAV\")}} and more");
        assert!(!t.is_entry);
    }
}
