//! What the terminal allows: the width to wrap at, and whether to colour.

use std::ffi::OsStr;

use status_codes::StatusClass;

/// The width used when `COLUMNS` is unset or not a number.
pub const DEFAULT_WIDTH: usize = 80;
/// Narrower than this, indented and bulleted text stops being readable.
pub const MIN_WIDTH: usize = 20;
/// Wider than this, lines of Chinese text get too long to read comfortably.
pub const MAX_WIDTH: usize = 100;

/// The width to wrap at, from the value of `COLUMNS`: that number kept
/// within [`MIN_WIDTH`] and [`MAX_WIDTH`], or [`DEFAULT_WIDTH`].
pub fn width(columns: Option<&OsStr>) -> usize {
    columns
        .and_then(OsStr::to_str)
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .map_or(DEFAULT_WIDTH, |c| c.clamp(MIN_WIDTH, MAX_WIDTH))
}

/// When to colour the output, as chosen with `--color`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    /// Always colour, even into a pipe or with `NO_COLOR` set.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// `auto`, `always` or `never`.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "auto" => Some(ColorChoice::Auto),
            "always" => Some(ColorChoice::Always),
            "never" => Some(ColorChoice::Never),
            _ => None,
        }
    }
}

/// Whether to colour a stream: `is_terminal` tells whether the stream is a
/// terminal, `no_color` is the value of `NO_COLOR`, which disables colour
/// when set to anything but the empty string (<https://no-color.org>).
pub fn use_color(choice: ColorChoice, is_terminal: bool, no_color: Option<&OsStr>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && no_color.is_none_or(OsStr::is_empty),
    }
}

/// ANSI styling for one output stream, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    color: bool,
}

impl Style {
    /// No escape codes at all.
    #[cfg(test)]
    pub const PLAIN: Style = Style { color: false };

    /// Styling with escape codes when `color` is true.
    pub fn new(color: bool) -> Self {
        Style { color }
    }

    fn paint(self, sgr: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// Headings.
    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Secondary information.
    pub fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }

    /// The `error:` label.
    pub fn error(self, text: &str) -> String {
        self.paint("1;31", text)
    }

    /// The `help:` and `note:` labels.
    pub fn help(self, text: &str) -> String {
        self.paint("1;36", text)
    }

    /// The `ok:` label.
    pub fn ok(self, text: &str) -> String {
        self.paint("1;32", text)
    }

    /// A status code, coloured by its class: blue, green, cyan, yellow, red.
    pub fn class(self, class: StatusClass, text: &str) -> String {
        let sgr = match class {
            StatusClass::Informational => "1;34",
            StatusClass::Success => "1;32",
            StatusClass::Redirection => "1;36",
            StatusClass::ClientError => "1;33",
            StatusClass::ServerError => "1;31",
        };
        self.paint(sgr, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_comes_from_columns_within_limits() {
        assert_eq!(width(None), DEFAULT_WIDTH);
        assert_eq!(width(Some(OsStr::new("60"))), 60);
        assert_eq!(width(Some(OsStr::new(" 72\n"))), 72);
        assert_eq!(width(Some(OsStr::new("5"))), MIN_WIDTH);
        assert_eq!(width(Some(OsStr::new("300"))), MAX_WIDTH);
        assert_eq!(width(Some(OsStr::new("0"))), DEFAULT_WIDTH);
        assert_eq!(width(Some(OsStr::new("wide"))), DEFAULT_WIDTH);
    }

    #[test]
    fn colour_follows_the_terminal_and_no_color() {
        let auto = ColorChoice::Auto;
        assert!(use_color(auto, true, None));
        assert!(use_color(auto, true, Some(OsStr::new(""))));
        assert!(!use_color(auto, true, Some(OsStr::new("1"))));
        assert!(!use_color(auto, false, None));
        assert!(use_color(ColorChoice::Always, false, Some(OsStr::new("1"))));
        assert!(!use_color(ColorChoice::Never, true, None));
    }

    #[test]
    fn plain_style_adds_nothing() {
        assert_eq!(Style::PLAIN.bold("404"), "404");
        assert_eq!(Style::new(true).bold("404"), "\x1b[1m404\x1b[0m");
    }
}
