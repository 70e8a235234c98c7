//! An entry's line, `CODE REASON`: the code, the reason phrase and the
//! variant name it gives, each problem at its place; and how the line
//! compares with the IANA registry.

use std::ops::Range;

use super::super::rules::{WordCase, upper_camel_case};
use crate::diagnostic::{self, Diagnostic, Diagnostics};
use crate::iana::{self, Registered};
use crate::model::Note;
use crate::model::{Class, Code};
use crate::raw::{Cell, Line};
use crate::render::escape_markdown;

/// The line of a table row: its `code` cell and its reason `phrase`, with
/// a note in parentheses after the phrase (`Processing (RFC 2518)`) read as
/// the note; problems point at the row, `span`. A row without a code (or a
/// phrase) gives a line without one, which validation reports.
pub(super) fn of_cells(code: Option<&Cell>, phrase: Option<&Cell>, span: &Range<usize>) -> Line {
    let mut reason = phrase.map_or("", |phrase| phrase.text.trim());
    let mut note = None;
    if let Some(open) = reason.rfind(" (")
        && reason.ends_with(')')
    {
        let text = reason[open + 2..reason.len() - 1].trim();
        note = Some(Note {
            doc: escape_markdown(text),
            text: text.to_owned(),
        });
        reason = reason[..open].trim_end();
    }
    Line {
        text: format!("{} {reason}", code.map_or("", |code| code.text.trim()))
            .trim()
            .to_owned(),
        span: span.clone(),
        note,
        ..Line::default()
    }
}

/// What an entry's title says, once read.
pub(super) struct Title {
    pub(super) code: Code,
    pub(super) code_range: Range<usize>,
    pub(super) reason: String,
    pub(super) reason_range: Range<usize>,
    pub(super) ident: String,
    /// The note in full-width parentheses after the phrase, as Chinese
    /// text writes it: `Method Not Allowed（方法不允许）`.
    pub(super) note: Option<Note>,
}

/// Where an entry's line is written, for what its help says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Written {
    /// A bullet's first line, with its description indented under it.
    Bullet,
    /// Cells of a table row or a record, with a description cell beside.
    Cells,
}

/// Reads `CODE REASON` from an entry's title, reporting what is wrong with
/// it: the code and where it is, when it can be read, and the whole title
/// when all of it is right.
pub(super) fn read_title(
    line: &Line,
    written: Written,
    translation: bool,
    diagnostics: &mut Diagnostics,
) -> (Option<(Code, Range<usize>)>, Option<Title>) {
    let Some(code) = read_code(line, diagnostics) else {
        return (None, None);
    };
    let span = line.subspan(code.1.clone());
    let title = read_reason(line, code.clone(), written, translation, diagnostics);
    (Some((code.0, span)), title)
}

/// Reads the code of `CODE REASON`, and checks it against the code an
/// `HTTPStatus` macro declares.
fn read_code(line: &Line, diagnostics: &mut Diagnostics) -> Option<(Code, Range<usize>)> {
    let title = line.text.as_str();
    let whole = 0..title.len();
    if title.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                "an empty entry",
                line.span.clone(),
                "nothing after the bullet",
            )
            .with_help("write the code and reason phrase: `- 404 Not Found`"),
        );
        return None;
    }
    let digits = title.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        let help = match code_inside(title) {
            Some(code) => format!("start the entry with its code: `- {code} Reason Phrase`"),
            None => "write the code before the reason phrase, as in `- 404 Not Found`".to_owned(),
        };
        diagnostics.push(
            Diagnostic::new(
                format!("entry `{title}` has no status code"),
                line.subspan(whole),
                "expected a code such as `404` first",
            )
            .with_help(help),
        );
        return None;
    }
    let code_range = 0..digits;
    let code_span = line.subspan(code_range.clone());
    let code_text = &title[..digits];
    // The first word, when the code runs into letters (`4O5`, `40x`).
    let word = title.split(char::is_whitespace).next().unwrap_or(title);
    let glued =
        word.len() > digits && !(digits == 3 && word[digits..].starts_with(char::is_alphabetic));
    if glued {
        diagnostics.push(
            Diagnostic::new(
                format!("`{word}` is not a status code"),
                line.subspan(0..word.len()),
                "expected three digits",
            )
            .with_help("HTTP status codes are three digits, from 100 to 599"),
        );
        return None;
    }
    if digits != 3 {
        diagnostics.push(
            Diagnostic::new(
                format!("status code `{code_text}` is not three digits"),
                code_span,
                if digits == 1 {
                    "1 digit".to_owned()
                } else {
                    format!("{digits} digits")
                },
            )
            .with_help("HTTP status codes are three digits, from 100 to 599"),
        );
        return None;
    }
    // Three ASCII digits: at most 999, always a `u16`.
    let number = code_text
        .bytes()
        .fold(0, |n, digit| n * 10 + u16::from(digit - b'0'));
    let Some(code) = Code::new(number) else {
        diagnostics.push(
            Diagnostic::new(
                format!("status code {number} is outside 100–599"),
                code_span,
                "not an HTTP status code",
            )
            .with_help("HTTP status codes run from 100 to 599"),
        );
        return None;
    };
    if let Some((declared, declared_span)) = &line.declared_code
        && declared != code_text
    {
        diagnostics.push(
            Diagnostic::new(
                format!("`HTTPStatus` gives code `{declared}`, but its text says {code}"),
                declared_span.clone(),
                "the macro's code",
            )
            .with_note(code_span, "the text's code")
            .with_help("make the first argument and the text name the same code"),
        );
        return None;
    }
    Some((code, code_range))
}

/// Reads the reason phrase after the code, and a note in full-width
/// parentheses after it, and derives the variant name.
fn read_reason(
    line: &Line,
    (code, code_range): (Code, Range<usize>),
    written: Written,
    translation: bool,
    diagnostics: &mut Diagnostics,
) -> Option<Title> {
    let title = line.text.as_str();
    let digits = code_range.end;
    let code_span = line.subspan(code_range.clone());
    let rest = &title[digits..];
    let reason = rest.trim_start();
    if reason.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                format!("entry {code} has no reason phrase"),
                code_span,
                "expected a reason phrase after the code",
            )
            .with_help(format!(
                "write the phrase after the code: `- {code} Not Found`"
            )),
        );
        return None;
    }
    if rest.len() == reason.len() {
        diagnostics.push(
            Diagnostic::new(
                format!("no space between status code {code} and its reason phrase"),
                code_span,
                "add a space after the code",
            )
            .with_help(format!("write `- {code} {reason}`")),
        );
        return None;
    }
    let (reason, note) = full_width_note(reason);
    let reason_start = title.len() - rest.trim_start().len();
    let reason_range = reason_start..reason_start + reason.len();
    if let Some(c) = reason.chars().find(|&c| diagnostic::is_invisible(c)) {
        diagnostics.push(
            Diagnostic::new(
                format!(
                    "reason phrase `{}` holds U+{:04X}, an invisible character",
                    diagnostic::escape(reason),
                    u32::from(c)
                ),
                line.subspan(reason_range),
                "in this phrase",
            )
            .with_help("delete it: reason phrases are visible text"),
        );
        return None;
    }
    // A phrase that is only a note, `(Unused)` as the registry writes 306,
    // names the variant with its code: `Unused306`.
    let parenthesized = reason.len() > 2 && reason.starts_with('(') && reason.ends_with(')');
    let named = if parenthesized {
        variant_name(&reason[1..reason.len() - 1]).map(|name| format!("{name}{code}"))
    } else {
        variant_name(reason)
    };
    let ident = match named {
        Ok(ident) => ident,
        // A translation's phrase names no variant.
        Err(_) if translation => String::new(),
        Err(why) => {
            diagnostics.push(
                Diagnostic::new(
                    format!("reason phrase `{reason}` gives no Rust identifier: {why}"),
                    line.subspan(reason_range),
                    "the variant name comes from this phrase",
                )
                .with_help(unnamed_help(code, reason, written)),
            );
            return None;
        }
    };
    Some(Title {
        code,
        code_range,
        reason: reason.to_owned(),
        reason_range,
        ident,
        note,
    })
}

/// `reason` without a note in full-width parentheses at its end, as
/// Chinese text writes one (`Method Not Allowed（方法不允许）`), and the
/// note; a half-width `(…)` was taken off before, as the reader does. A
/// phrase that is only a note stays one.
fn full_width_note(reason: &str) -> (&str, Option<Note>) {
    let Some(inner) = reason.strip_suffix('）') else {
        return (reason, None);
    };
    // The `（` that the last `）` closes.
    let mut depth = 0usize;
    let mut open = None;
    for (i, c) in inner.char_indices().rev() {
        match c {
            '）' => depth += 1,
            '（' if depth == 0 => {
                open = Some(i);
                break;
            }
            '（' => depth -= 1,
            _ => {}
        }
    }
    let Some(open) = open else {
        return (reason, None);
    };
    let phrase = inner[..open].trim_end();
    let text = inner[open + '（'.len_utf8()..].trim();
    if phrase.is_empty() || text.is_empty() {
        return (reason, None);
    }
    let note = Note {
        doc: escape_markdown(text),
        text: text.to_owned(),
    };
    (phrase, Some(note))
}

/// The help for a phrase that gives no variant name. A phrase and, after a
/// colon, text in another language (`Bad Request: 请求错误`) is a phrase
/// and its description written on one line: move the text to where the
/// description goes. Otherwise, say how the name is made.
fn unnamed_help(code: Code, reason: &str, written: Written) -> String {
    let split = reason.find([':', '：']).map(|at| {
        (
            reason[..at].trim(),
            reason[at..].trim_start_matches([':', '：']).trim(),
        )
    });
    match split {
        Some((phrase, text)) if !text.is_empty() && variant_name(phrase).is_ok() => match written {
            Written::Bullet => format!(
                "move `{text}` into the description, the indented line under the bullet, \
                 so that `{phrase}` alone names the variant:\n\n    - {code} {phrase}\n\n      {text}"
            ),
            Written::Cells => format!(
                "keep `{phrase}` alone in this cell, so that it names the variant, and move \
                 `{text}` into the description column"
            ),
        },
        _ => "the variant is the phrase in UpperCamelCase, built from its ASCII letters and \
              digits; write the phrase in English words, such as `Not Found`"
            .to_owned(),
    }
}

/// A note where the entry's reason phrase is not the IANA registry's, or
/// the registry does not list its code.
pub(super) fn registry_note(line: &Line, title: &Title, diagnostics: &mut Diagnostics) {
    let span = line.subspan(title.reason_range.clone());
    let code = title.code;
    let note = match iana::lookup(code.number()) {
        Some(Registered::Reason(reason)) if reason == title.reason => return,
        Some(Registered::Reason(reason)) => Diagnostic::new(
            format!(
                "{code} {}: the IANA registry says \"{reason}\"",
                title.reason
            ),
            span,
            "differs from the registry",
        ),
        Some(Registered::Unused) => Diagnostic::new(
            format!(
                "{code} {}: the IANA registry lists {code} as unused",
                title.reason
            ),
            span,
            "reserved, unused",
        ),
        None => Diagnostic::new(
            format!(
                "{code} {}: the IANA registry does not list {code}",
                title.reason
            ),
            line.subspan(title.code_range.clone()),
            "not registered",
        )
        .with_help(
            "fine for a private code; see https://www.iana.org/assignments/http-status-codes",
        ),
    };
    diagnostics.note(note);
}

/// The class of a title that starts with a valid code, without reporting
/// anything about titles that do not.
pub(super) fn leading_class(title: &str) -> Option<Class> {
    let code = title.get(..3)?;
    let rest = &title[3..];
    if !code.bytes().all(|b| b.is_ascii_digit()) || !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Class::of(code.parse().ok()?)
}

/// The first three-digit number standing on its own inside `title`, such as
/// the 100 in `{{HTTPStatus(100, "100 Continue")}}`.
fn code_inside(title: &str) -> Option<&str> {
    let bytes = title.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 3 && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            return Some(&title[i..i + 3]);
        }
        i += run.max(1);
    }
    None
}

/// The variant name for a reason phrase: its words in UpperCamelCase.
///
/// Words are runs of ASCII letters and digits; every other character
/// separates words, except apostrophes, which are dropped (`I'm a teapot`
/// gives `ImATeapot`). `OK` gives `Ok`, as Rust's naming conventions ask.
pub(crate) fn variant_name(reason: &str) -> Result<String, String> {
    upper_camel_case(reason, WordCase::Fold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names() {
        assert_eq!(variant_name("Not Found").unwrap(), "NotFound");
        assert_eq!(variant_name("Ok").unwrap(), "Ok");
        assert_eq!(variant_name("OK").unwrap(), "Ok");
        assert_eq!(
            variant_name("Non-Authoritative Information").unwrap(),
            "NonAuthoritativeInformation"
        );
        assert_eq!(
            variant_name("HTTP Version Not Supported").unwrap(),
            "HttpVersionNotSupported"
        );
        assert_eq!(variant_name("I'm a teapot").unwrap(), "ImATeapot");
        assert!(variant_name("---").unwrap_err().contains("no letters"));
        assert!(variant_name("1xx Thing").unwrap_err().contains("digit"));
        assert!(variant_name("self").unwrap_err().contains("keyword"));
        assert!(variant_name("未找到").unwrap_err().contains("ASCII"));
    }
}
