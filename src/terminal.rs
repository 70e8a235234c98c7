//! What the output may use: the width to wrap at, colour, and clickable
//! links.

use std::ffi::OsStr;
use std::io;

use anstream::{AutoStream, ColorChoice};
use supports_hyperlinks::Stream;

/// The width used when neither the terminal nor `COLUMNS` gives one.
pub const DEFAULT_WIDTH: usize = 80;
/// Narrower than this, indented and bulleted text stops being readable.
pub const MIN_WIDTH: usize = 20;
/// Wider than this, lines of Chinese text get too long to read comfortably.
pub const MAX_WIDTH: usize = 100;

/// The width to wrap at: `terminal`, the width of the terminal standard
/// output is, else the number in `columns` (the value of `COLUMNS`), else
/// [`DEFAULT_WIDTH`]; kept within [`MIN_WIDTH`] and [`MAX_WIDTH`].
pub fn width(terminal: Option<u16>, columns: Option<&OsStr>) -> usize {
    let columns = columns
        .and_then(OsStr::to_str)
        .and_then(|c| c.trim().parse::<usize>().ok());
    terminal
        .map(usize::from)
        .filter(|&c| c > 0)
        .or(columns.filter(|&c| c > 0))
        .map_or(DEFAULT_WIDTH, |c| c.clamp(MIN_WIDTH, MAX_WIDTH))
}

/// How the standard output shows a status code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Output {
    /// Columns to wrap at.
    pub width: usize,
    /// Whether links are OSC 8 hyperlinks, or numbered references.
    pub hyperlinks: bool,
}

impl Output {
    /// The standard output's, after `--color` has set
    /// [`ColorChoice::write_global`].
    ///
    /// Links are clickable when the output is coloured (by `--color`,
    /// `NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE` and whether it is a
    /// terminal, as [`anstream`] decides) and the terminal supports OSC 8
    /// hyperlinks, or `FORCE_HYPERLINK` says so ([`supports_hyperlinks`]).
    /// Anywhere else an escape sequence would be noise, so links are
    /// numbered instead.
    pub fn stdout() -> Self {
        let stdout = io::stdout();
        let color = AutoStream::choice(&stdout) != ColorChoice::Never;
        let terminal = terminal_size::terminal_size_of(&stdout).map(|(width, _)| width.0);
        Output {
            width: width(terminal, std::env::var_os("COLUMNS").as_deref()),
            hyperlinks: color && supports_hyperlinks::on(Stream::Stdout),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_comes_from_the_terminal_then_columns_within_limits() {
        assert_eq!(width(None, None), DEFAULT_WIDTH);
        assert_eq!(width(Some(132), Some(OsStr::new("60"))), MAX_WIDTH);
        assert_eq!(width(Some(57), Some(OsStr::new("60"))), 57);
        assert_eq!(width(Some(0), Some(OsStr::new("60"))), 60);
        assert_eq!(width(None, Some(OsStr::new("60"))), 60);
        assert_eq!(width(None, Some(OsStr::new(" 72\n"))), 72);
        assert_eq!(width(None, Some(OsStr::new("5"))), MIN_WIDTH);
        assert_eq!(width(None, Some(OsStr::new("300"))), MAX_WIDTH);
        assert_eq!(width(None, Some(OsStr::new("0"))), DEFAULT_WIDTH);
        assert_eq!(width(None, Some(OsStr::new("wide"))), DEFAULT_WIDTH);
    }
}
