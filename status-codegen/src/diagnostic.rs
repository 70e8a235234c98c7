//! Problems found in a status document, with rustc-style rendering.
//!
//! Every phase reports into one `Diagnostics` collector instead of stopping
//! at the first problem, so a writer sees every mistake in one build.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// How many problems one document reports before the rest are summarised.
pub const MAX_REPORTED: usize = 50;

/// The widest part of a document's line that a problem quotes, in display
/// columns: a longer line is shown as a window around the problem, with `…`
/// where it is cut, so that a huge line never floods a build log.
pub const MAX_QUOTED_WIDTH: usize = 120;

/// The longest line of a message, a label or a help text, in characters:
/// past it, the middle of the line is cut out and shown as `…` (a message
/// quotes the document, such as an entry's title, which can be megabytes
/// long).
pub const MAX_MESSAGE_LINE: usize = 240;

/// The text of a document, with the line index needed to turn byte offsets
/// into `line:column` positions.
#[derive(Debug)]
pub struct Source {
    path: String,
    text: String,
    line_starts: Vec<usize>,
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Source {
    /// Wraps `text`, which was read from `path` (used only for display).
    ///
    /// Lines end at `\n`, `\r\n` or a lone `\r`, as in CommonMark.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        Source::of(path.into(), text.into())
    }

    fn of(path: String, text: String) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        Source {
            path,
            text,
            line_starts,
        }
    }

    /// The path the document was read from, as given for display.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The document's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The 0-based line index holding byte `offset`.
    fn line_index(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset) - 1
    }

    /// The line and column of byte `offset`.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_index(offset);
        let column = self.text[self.line_starts[line]..offset].chars().count() + 1;
        Position {
            line: line + 1,
            column,
        }
    }

    /// The text of the 0-based line `index`, without its line ending.
    fn line_text(&self, index: usize) -> &str {
        let start = self.line_starts[index];
        let end = self
            .line_starts
            .get(index + 1)
            .map_or(self.text.len(), |&next| next);
        let line = &self.text[start..end];
        let line = line.strip_suffix('\n').unwrap_or(line);
        line.strip_suffix('\r').unwrap_or(line)
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// One labelled place in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Byte range in the document.
    pub span: Range<usize>,
    /// What this place has to do with the problem; may be empty.
    pub text: String,
}

/// One problem in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// One line that says what is wrong.
    pub message: String,
    /// Where it is wrong.
    pub primary: Label,
    /// Other places that explain it, such as the first of two duplicates.
    pub secondary: Vec<Label>,
    /// How to fix it, where that is clear.
    pub help: Option<String>,
    /// Whether the rendering quotes the document's lines. Without, it names
    /// only the file, and the labels become notes: for a file that may not
    /// be a status document at all, whose text must not end up in a build
    /// log.
    pub quoted: bool,
}

impl Diagnostic {
    /// A problem at `span`, labelled with `label`.
    pub fn new(message: impl Into<String>, span: Range<usize>, label: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            primary: Label {
                span,
                text: label.into(),
            },
            secondary: Vec::new(),
            help: None,
            quoted: true,
        }
    }

    /// Shows no line of the document: only its path, with the labels as
    /// notes.
    pub fn unquoted(mut self) -> Self {
        self.quoted = false;
        self
    }

    /// Adds another labelled place.
    pub fn with_note(mut self, span: Range<usize>, text: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// Adds a suggestion.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the problem the way rustc does: the message, a `-->` line with
    /// `path:line:column`, and each labelled line with a caret under the
    /// problem. Carets are placed by display width, so they line up under
    /// Chinese text (two columns per character). Invisible characters, in
    /// the quoted lines and everywhere else, are shown escaped (see
    /// [`escape`]).
    pub fn render(&self, source: &Source) -> String {
        if !self.quoted {
            return self.render_unquoted(source);
        }
        let labels: Vec<(&Label, char)> = std::iter::once((&self.primary, '^'))
            .chain(self.secondary.iter().map(|label| (label, '-')))
            .collect();
        let last_line = labels
            .iter()
            .map(|(label, _)| source.position(label.span.start).line)
            .max()
            .unwrap_or(1);
        let gutter = last_line.to_string().len();
        let pad = " ".repeat(gutter);

        let mut out = clip_lines(&self.message);
        for (i, (label, marker)) in labels.iter().enumerate() {
            let start = source.position(label.span.start);
            let arrow = if i == 0 { "-->" } else { ":::" };
            let _ = write!(
                out,
                "\n{pad}{arrow} {}:{}:{}",
                escape(source.path()),
                start.line,
                start.column
            );
            let line = source.line_text(start.line - 1);
            let snippet = Snippet::new(line, &label.span, start);
            let _ = write!(out, "\n{pad} |\n{:>gutter$} | {}", start.line, snippet.text);
            let _ = write!(
                out,
                "\n{pad} | {}{}",
                " ".repeat(snippet.indent),
                marker.to_string().repeat(snippet.width)
            );
            if !label.text.is_empty() {
                let _ = write!(out, " {}", clip_lines(&label.text));
            }
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n{pad} |\n{pad} = help: {}", clip_lines(help));
        }
        out
    }

    /// The message, the path alone, and the labels and help as notes.
    fn render_unquoted(&self, source: &Source) -> String {
        let mut out = format!(
            "{}\n --> {}\n  |",
            clip_lines(&self.message),
            escape(source.path())
        );
        for label in std::iter::once(&self.primary).chain(&self.secondary) {
            if !label.text.is_empty() {
                let _ = write!(out, "\n  = note: {}", clip_lines(&label.text));
            }
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n  = help: {}", clip_lines(help));
        }
        out
    }
}

/// `text` escaped (see [`escape`]), with every line longer than
/// [`MAX_MESSAGE_LINE`] characters cut in the middle, where a `…` stands for
/// the rest: both ends stay, such as the start of a quoted title and the
/// words after it.
pub(crate) fn clip_lines(text: &str) -> String {
    let text = escape(text);
    let mut out = String::with_capacity(text.len().min(4096));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let head = line.char_indices().nth(MAX_MESSAGE_LINE * 2 / 3);
        let tail = line.char_indices().nth_back(MAX_MESSAGE_LINE / 3 - 1);
        match (head, tail) {
            (Some((head, _)), Some((tail, _))) if head < tail => {
                out.push_str(&line[..head]);
                out.push('…');
                out.push_str(&line[tail..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// A line of the document as a problem quotes it, and where the marks go
/// under it, in display columns.
struct Snippet {
    /// The line as shown: tabs as four spaces, cut to a window of at most
    /// [`MAX_QUOTED_WIDTH`] columns around the label (plus a `…` on each
    /// side that is cut).
    text: String,
    /// The display column where the marks start.
    indent: usize,
    /// How many marks: the label's width on this line, within the window,
    /// at least one.
    width: usize,
}

impl Snippet {
    /// The snippet of `line` for a label at `span`, which starts at `start`
    /// on this line.
    fn new(line: &str, span: &Range<usize>, start: Position) -> Snippet {
        // Display columns: before the label, under it (on this line), in all.
        let covered = span.end.saturating_sub(span.start);
        let (mut before, mut under, mut total) = (0, 0, 0);
        let mut under_bytes = 0;
        for (i, c) in line.chars().enumerate() {
            let width = shown_width(c);
            if i + 1 < start.column {
                before += width;
            } else if under_bytes < covered {
                under_bytes += c.len_utf8();
                under += width;
            }
            total += width;
        }
        if total <= MAX_QUOTED_WIDTH {
            let mut text = String::with_capacity(line.len());
            line.chars().for_each(|c| push_shown(&mut text, c));
            return Snippet {
                text,
                indent: before,
                width: under.max(1),
            };
        }
        // A window of MAX_QUOTED_WIDTH columns: the label's start with
        // context on its left, as much of the label as fits, and no more
        // than the line on the right.
        let marks = under.clamp(1, MAX_QUOTED_WIDTH * 3 / 4);
        let left = ((MAX_QUOTED_WIDTH - marks) / 2).min(before);
        let mut from = before - left;
        let to = (from + MAX_QUOTED_WIDTH).min(total);
        from = from.min(to.saturating_sub(MAX_QUOTED_WIDTH));
        let mut text = String::new();
        let mut column = 0;
        let mut shown_from = None;
        let mut shown_to = 0;
        for c in line.chars() {
            let width = shown_width(c);
            if column >= from && column + width <= to {
                if shown_from.is_none() {
                    shown_from = Some(column);
                    if column > 0 {
                        text.push('…');
                    }
                }
                push_shown(&mut text, c);
                shown_to = column + width;
            }
            column += width;
            if column > to {
                break;
            }
        }
        let shown_from = shown_from.unwrap_or(from);
        if shown_to < total {
            text.push('…');
        }
        let ellipsis = usize::from(shown_from > 0);
        let indent = before.saturating_sub(shown_from) + ellipsis;
        let width = under.min(shown_to.saturating_sub(before)).max(1);
        Snippet {
            text,
            indent,
            width,
        }
    }
}

/// Appends `c` as a quoted line shows it: a tab as four spaces (as rustc
/// prints it), an invisible character escaped (see [`escape`]).
fn push_shown(out: &mut String, c: char) {
    if c == '\t' {
        out.push_str("    ");
    } else if is_invisible(c) {
        push_escaped(out, c);
    } else {
        out.push(c);
    }
}

/// Display width of `c` as [`push_shown`] shows it: 2 for wide (CJK)
/// characters, 4 for a tab, the length of the escape for an invisible
/// character, 0 for combining marks.
fn shown_width(c: char) -> usize {
    if c == '\t' {
        4
    } else if is_invisible(c) {
        // `\u{`, the hex digits, `}`
        let digits = (u32::from(c).max(1).ilog2() / 4 + 1) as usize;
        4 + digits
    } else {
        c.width().unwrap_or(0)
    }
}

fn push_escaped(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
}

/// Whether `c` would be invisible, or would change how the text around it
/// shows, in a terminal or an editor: control characters other than tab and
/// line feed, and the format characters (Unicode category `Cf`), among them
/// the bidirectional controls (U+202A–U+202E, U+2066–U+2069) that can make
/// quoted text read differently from what it is, zero-width spaces and
/// joiners and the byte order mark; also the line and paragraph separators.
#[inline]
pub fn is_invisible(c: char) -> bool {
    // Most text is ASCII, read a character at a time: answered here.
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\t' && c != '\n';
    }
    if c.is_control() {
        return c != '\t' && c != '\n';
    }
    matches!(
        c,
        '\u{AD}'
            | '\u{600}'..='\u{605}'
            | '\u{61C}'
            | '\u{6DD}'
            | '\u{70F}'
            | '\u{890}'..='\u{891}'
            | '\u{8E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// `text` with every invisible character (see [`is_invisible`]) written as
/// its escape, `\u{202e}`, as rustc quotes source code, so that nothing we
/// print carries a raw bidirectional control. For any message that quotes
/// the document or a path; [`Diagnostic::render`] applies it to everything
/// it prints.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_invisible) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_invisible(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Collects every problem in a document, so that all of them are reported in
/// one build (modelled on serde_derive's `Ctxt`).
///
/// Beside problems (errors), it keeps notes: things worth saying that do not
/// stop a build, such as a reason phrase that differs from the registry's.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    list: Vec<Diagnostic>,
    notes: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem.
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Records a note.
    pub(crate) fn note(&mut self, note: Diagnostic) {
        self.notes.push(note);
    }

    /// Records the problems and notes of `other`.
    pub(crate) fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
        self.notes.extend(other.notes);
    }

    /// The problems and the notes, each in the order they were found.
    pub(crate) fn into_parts(self) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
        (self.list, self.notes)
    }

    /// Whether no problem was recorded.
    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems, in the order they were found.
    #[cfg(test)]
    pub(crate) fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}
