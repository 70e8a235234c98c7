//! The command line: commands, options and the help text.
//!
//! Parsed by hand: five commands and five options do not pay for the build
//! time of an argument-parsing crate.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::render::PROGRAM;
use crate::terminal::ColorChoice;

/// What to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Print the help text.
    Help,
    /// Print the version.
    Version,
    /// Explain a code, a class or a reason phrase.
    Explain(String),
    /// Print every code by class.
    List,
    /// Validate a status document.
    Check(PathBuf),
    /// Print the Rust code generated for a status document.
    Expand {
        /// The document.
        path: PathBuf,
        /// `--name`: the status enum's name.
        name: Option<String>,
        /// `--class-name`: the class enum's name.
        class_name: Option<String>,
    },
}

/// A parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// What to do.
    pub command: Command,
    /// `--json`.
    pub json: bool,
    /// `--color`.
    pub color: ColorChoice,
}

/// A command line that cannot be run, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

fn usage_error(message: impl Into<String>) -> UsageError {
    UsageError(message.into())
}

/// The help text.
pub fn help() -> String {
    format!(
        "\
{PROGRAM} {version}
Explains HTTP status codes in Chinese, from the Markdown document that defines
them (docs/status.md), and checks or expands such documents.

USAGE:
    {PROGRAM} [OPTIONS] <QUERY>...
    {PROGRAM} [OPTIONS] list
    {PROGRAM} check <FILE>
    {PROGRAM} expand [--name NAME] [--class-name NAME] <FILE>

COMMANDS:
    <QUERY>...     Explain a status code: its reason phrase, class and
                   description. QUERY is a code (404), a reason phrase in
                   any case (\"not found\"), both (\"404 Not Found\"), or a
                   class (4xx, 4XX, 客户端响应) to list the codes in it.
                   Several words are joined with spaces. Unknown queries
                   get \"did you mean\" suggestions.
    list           List every code, grouped by class.
    check <FILE>   Validate a status document with the rules of the
                   status_table! macro and print its errors.
    expand <FILE>  Print the Rust code status_table! generates for a
                   document, formatted with rustfmt when it is installed.
                   For check and expand, FILE `-` is standard input.
    help           Print this text.

OPTIONS:
    --json               Print a code, class, or the list as JSON.
                         Errors stay plain text, on standard error.
    --color <WHEN>       Colour the output: auto (default), always, never.
    --name <NAME>        expand: name of the status enum (StatusCode).
    --class-name <NAME>  expand: name of the class enum (StatusClass).
    -h, --help           Print this text.
    -V, --version        Print the version.
    --                   Treat what follows as a query, not as options.

EXAMPLES:
    {PROGRAM} 404
    {PROGRAM} not found
    {PROGRAM} 4xx
    {PROGRAM} --json list
    {PROGRAM} check docs/status.md
    {PROGRAM} expand --name Status docs/status.md

EXIT STATUS:
    0    success
    1    check or expand found problems in the document, or the output
         could not be written
    2    unknown query, unreadable file, or invalid command line

ENVIRONMENT:
    COLUMNS     Width to wrap descriptions at (default 80, kept within
                20 to 100).
    NO_COLOR    When set and not empty, no colour (unless --color always).
                Colour is only used when writing to a terminal.
    RUSTFMT     The rustfmt used by expand (default: rustfmt).
",
        version = env!("CARGO_PKG_VERSION")
    )
}

/// The value of an option: written inline (`--name=X`) or as the next
/// argument (`--name X`).
fn option_value(
    option: &str,
    inline: Option<&str>,
    rest: &mut impl Iterator<Item = OsString>,
) -> Result<String, UsageError> {
    if let Some(value) = inline {
        return Ok(value.to_owned());
    }
    let value = rest
        .next()
        .ok_or_else(|| usage_error(format!("`{option}` needs a value")))?;
    value
        .into_string()
        .map_err(|_| usage_error(format!("the value of `{option}` is not valid UTF-8")))
}

fn utf8(argument: OsString) -> Result<String, UsageError> {
    argument.into_string().map_err(|argument| {
        usage_error(format!(
            "`{}` is not valid UTF-8",
            argument.to_string_lossy()
        ))
    })
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, UsageError> {
    let mut args = args.into_iter();
    let mut positional: Vec<OsString> = Vec::new();
    let mut json = false;
    let mut color = ColorChoice::Auto;
    let mut name = None;
    let mut class_name = None;
    let mut help = false;
    let mut version = false;

    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            positional.push(arg);
            continue;
        };
        if text == "--" {
            positional.extend(args.by_ref());
            break;
        }
        if !text.starts_with('-') || text == "-" {
            positional.push(arg);
            continue;
        }
        let (option, inline) = match text.split_once('=') {
            Some((option, value)) if option.starts_with("--") => (option, Some(value)),
            _ => (text, None),
        };
        let no_value = || match inline {
            Some(_) => Err(usage_error(format!("`{option}` takes no value"))),
            None => Ok(true),
        };
        match option {
            "-h" | "--help" => help = no_value()?,
            "-V" | "--version" => version = no_value()?,
            "--json" => json = no_value()?,
            "--color" | "--colour" => {
                let value = option_value(option, inline, &mut args)?;
                color = ColorChoice::parse(&value).ok_or_else(|| {
                    usage_error(format!(
                        "`{option}` is `auto`, `always` or `never`, not `{value}`"
                    ))
                })?;
            }
            "--name" => name = Some(option_value(option, inline, &mut args)?),
            "--class-name" => class_name = Some(option_value(option, inline, &mut args)?),
            _ => return Err(usage_error(format!("unknown option `{option}`"))),
        }
    }

    let command = if help {
        Command::Help
    } else if version {
        Command::Version
    } else {
        command(positional, name, class_name)?
    };
    if json && matches!(command, Command::Check(_) | Command::Expand { .. }) {
        return Err(usage_error(
            "`--json` applies to codes, classes and `list`, not to `check` or `expand`",
        ));
    }
    Ok(Invocation {
        command,
        json,
        color,
    })
}

/// The command named by the positional arguments.
fn command(
    positional: Vec<OsString>,
    name: Option<String>,
    class_name: Option<String>,
) -> Result<Command, UsageError> {
    let mut words = positional.into_iter();
    let Some(first) = words.next() else {
        return Ok(Command::Help);
    };
    let first = utf8(first)?;
    let file =
        |command: &str, mut words: std::vec::IntoIter<OsString>| match (words.next(), words.next())
        {
            (Some(path), None) => Ok(PathBuf::from(path)),
            (None, _) => Err(usage_error(format!("`{command}` needs a FILE"))),
            (Some(_), Some(extra)) => Err(usage_error(format!(
                "`{command}` takes one FILE; unexpected `{}`",
                extra.to_string_lossy()
            ))),
        };
    let command = match first.as_str() {
        "help" => Command::Help,
        "list" => match words.next() {
            None => Command::List,
            Some(extra) => {
                return Err(usage_error(format!(
                    "`list` takes no arguments; unexpected `{}`",
                    extra.to_string_lossy()
                )));
            }
        },
        "check" => Command::Check(file("check", words)?),
        "expand" => {
            return Ok(Command::Expand {
                path: file("expand", words)?,
                name,
                class_name,
            });
        }
        _ => {
            let mut query = first;
            for word in words {
                query.push(' ');
                query.push_str(&utf8(word)?);
            }
            if query.trim().is_empty() {
                return Err(usage_error("the query is empty"));
            }
            Command::Explain(query)
        }
    };
    if name.is_some() || class_name.is_some() {
        let option = if name.is_some() {
            "--name"
        } else {
            "--class-name"
        };
        return Err(usage_error(format!("`{option}` only applies to `expand`")));
    }
    Ok(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Invocation, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn command_of(args: &[&str]) -> Command {
        parse_strs(args)
            .map(|i| i.command)
            .unwrap_or_else(|e| panic!("{args:?}: {}", e.0))
    }

    fn error_of(args: &[&str]) -> String {
        match parse_strs(args) {
            Ok(invocation) => panic!("{args:?} parsed as {invocation:?}"),
            Err(error) => error.0,
        }
    }

    #[test]
    fn commands_and_queries() {
        assert_eq!(command_of(&[]), Command::Help);
        assert_eq!(command_of(&["help"]), Command::Help);
        assert_eq!(command_of(&["404", "-h"]), Command::Help);
        assert_eq!(command_of(&["-V"]), Command::Version);
        assert_eq!(command_of(&["list"]), Command::List);
        assert_eq!(command_of(&["404"]), Command::Explain("404".into()));
        assert_eq!(
            command_of(&["not", "found"]),
            Command::Explain("not found".into())
        );
        assert_eq!(command_of(&["--", "-1"]), Command::Explain("-1".into()));
        assert_eq!(
            command_of(&["check", "docs/status.md"]),
            Command::Check("docs/status.md".into())
        );
        assert_eq!(
            command_of(&["expand", "--name=Status", "a.md", "--class-name", "Kind"]),
            Command::Expand {
                path: "a.md".into(),
                name: Some("Status".into()),
                class_name: Some("Kind".into()),
            }
        );
    }

    #[test]
    fn options_anywhere() {
        let invocation = parse_strs(&["404", "--json", "--color=never"]).unwrap();
        assert!(invocation.json);
        assert_eq!(invocation.color, ColorChoice::Never);
        let invocation = parse_strs(&["--color", "always", "list"]).unwrap();
        assert_eq!(invocation.color, ColorChoice::Always);
        assert!(!invocation.json);
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(error_of(&["--jsn"]), "unknown option `--jsn`");
        assert_eq!(
            error_of(&["--color", "red", "1"]),
            "`--color` is `auto`, `always` or `never`, not `red`"
        );
        assert_eq!(error_of(&["expand", "--name"]), "`--name` needs a value");
        assert_eq!(error_of(&["--json=yes", "404"]), "`--json` takes no value");
        assert_eq!(error_of(&["check"]), "`check` needs a FILE");
        assert_eq!(
            error_of(&["check", "a", "b"]),
            "`check` takes one FILE; unexpected `b`"
        );
        assert_eq!(
            error_of(&["list", "all"]),
            "`list` takes no arguments; unexpected `all`"
        );
        assert_eq!(
            error_of(&["404", "--name", "X"]),
            "`--name` only applies to `expand`"
        );
        assert_eq!(error_of(&["  "]), "the query is empty");
        assert!(error_of(&["--json", "check", "a.md"]).contains("not to `check`"));
    }

    #[test]
    fn help_mentions_every_command_and_option() {
        let help = help();
        for word in [
            "list",
            "check",
            "expand",
            "help",
            "--json",
            "--color",
            "--name",
            "--class-name",
            "--version",
            "NO_COLOR",
            "COLUMNS",
            "EXIT STATUS",
        ] {
            assert!(help.contains(word), "help does not mention {word}");
        }
    }
}
