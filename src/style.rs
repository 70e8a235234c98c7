//! The styles of the output. Text is always written with its ANSI escape
//! codes; [`anstream`] removes them when colour is off.

use anstyle::{AnsiColor, Style};
use status_codes::StatusClass;

/// Headings and reason phrases.
pub const BOLD: Style = Style::new().bold();
/// Secondary information.
pub const DIM: Style = Style::new().dimmed();
/// The `error:` label, as clap styles its own.
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
/// The `help:` and `note:` labels.
pub const HELP: Style = AnsiColor::Cyan.on_default().bold();
/// The `ok:` label.
pub const OK: Style = AnsiColor::Green.on_default().bold();

/// `text` in `style`.
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// The style of a status code, by its class: blue, green, cyan, yellow, red.
pub fn class(class: StatusClass) -> Style {
    let color = match class {
        StatusClass::Informational => AnsiColor::Blue,
        StatusClass::Success => AnsiColor::Green,
        StatusClass::Redirection => AnsiColor::Cyan,
        StatusClass::ClientError => AnsiColor::Yellow,
        StatusClass::ServerError => AnsiColor::Red,
    };
    color.on_default().bold()
}

/// `text` as an OSC 8 hyperlink to `url`.
pub fn hyperlink(url: &str, text: &str) -> String {
    format!("\x1b]8;;{url}\x1b\\{text}\x1b]8;;\x1b\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_are_escape_codes_that_anstream_can_remove() {
        let painted = paint(class(StatusClass::ClientError), "404");
        assert_eq!(painted, "\x1b[1m\x1b[33m404\x1b[0m");
        assert_eq!(anstream::adapter::strip_str(&painted).to_string(), "404");
    }

    #[test]
    fn hyperlinks_are_osc_8() {
        assert_eq!(
            hyperlink("https://example.com/", "a"),
            "\x1b]8;;https://example.com/\x1b\\a\x1b]8;;\x1b\\"
        );
    }
}
