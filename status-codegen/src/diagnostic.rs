//! Problems found in a status document, with rustc-style rendering.
//!
//! Every phase reports into one [`Diagnostics`] collector instead of stopping
//! at the first problem, so a writer sees every mistake in one build.

use std::fmt::Write as _;
use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// How many problems one document reports before the rest are summarised.
pub const MAX_REPORTED: usize = 50;

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
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            path: path.into(),
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
            .map_or(self.text.len(), |next| next - 1);
        self.text[start..end].trim_end_matches('\r')
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
    /// Chinese text (two columns per character).
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

        let mut out = self.message.clone();
        for (i, (label, marker)) in labels.iter().enumerate() {
            let start = source.position(label.span.start);
            let arrow = if i == 0 { "-->" } else { ":::" };
            let _ = write!(
                out,
                "\n{pad}{arrow} {}:{}:{}",
                source.path(),
                start.line,
                start.column
            );
            let line = source.line_text(start.line - 1);
            let shown = line.replace('\t', "    ");
            let _ = write!(out, "\n{pad} |\n{:>gutter$} | {shown}", start.line);
            let (indent, width) = caret_columns(line, &label.span, start);
            let _ = write!(
                out,
                "\n{pad} | {}{}",
                " ".repeat(indent),
                marker.to_string().repeat(width)
            );
            if !label.text.is_empty() {
                let _ = write!(out, " {}", label.text);
            }
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n{pad} |\n{pad} = help: {help}");
        }
        out
    }

    /// The message, the path alone, and the labels and help as notes.
    fn render_unquoted(&self, source: &Source) -> String {
        let mut out = format!("{}\n --> {}\n  |", self.message, source.path());
        for label in std::iter::once(&self.primary).chain(&self.secondary) {
            if !label.text.is_empty() {
                let _ = write!(out, "\n  = note: {}", label.text);
            }
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n  = help: {help}");
        }
        out
    }
}

/// The display column where a label's caret starts, and how many carets to
/// draw, clipped to the first line of the span.
fn caret_columns(line: &str, span: &Range<usize>, start: Position) -> (usize, usize) {
    let before: usize = line.chars().take(start.column - 1).map(char_width).sum();
    let covered = span.end.saturating_sub(span.start);
    let start_byte = line
        .char_indices()
        .nth(start.column - 1)
        .map_or(line.len(), |(i, _)| i);
    let under = &line[start_byte..];
    let mut width = 0;
    let mut bytes = 0;
    for c in under.chars() {
        if bytes >= covered {
            break;
        }
        bytes += c.len_utf8();
        width += char_width(c);
    }
    (before, width.max(1))
}

/// Display width of `c` in a terminal: 2 for wide (CJK) characters, 4 for a
/// tab (as rustc prints it), 0 for combining marks.
fn char_width(c: char) -> usize {
    if c == '\t' { 4 } else { c.width().unwrap_or(0) }
}

/// Collects every problem in a document, so that all of them are reported in
/// one build (modelled on serde_derive's `Ctxt`).
#[derive(Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Whether no problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems, in the order they were found.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}
