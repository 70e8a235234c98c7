//! The command line: its commands and options, defined with clap's builder,
//! and the name that usage lines and hints give the program.
//!
//! To add an option: an [`Arg`] in [`command`] (on the top level with
//! `global(true)` when it applies everywhere, on a subcommand otherwise),
//! and a field read from the matches in [`parse`].

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use anstream::ColorChoice;
use anstyle::Style;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, value_parser};
use clap_complete::Shell;

/// The installed binary's name, which shell completions are written for.
pub const BINARY: &str = env!("CARGO_BIN_NAME");

/// What to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Print the help text: the program was run without arguments.
    Help,
    /// Explain a code, a class or a reason phrase.
    Explain(String),
    /// Print every code by class.
    List,
    /// Validate a status document.
    Check {
        /// The document.
        path: PathBuf,
        /// `--strict`: notes are problems too.
        strict: bool,
        /// `--quiet`: the summary without the table of entries.
        quiet: bool,
        /// `--as` and `--translation`.
        languages: Languages,
        /// `--catalogue`: a code catalogue, read as `code_table!` reads it.
        catalogue: Option<Catalogue>,
    },
    /// Print the Rust code generated for a status document.
    Expand {
        /// The document.
        path: PathBuf,
        /// `--as` and `--translation`.
        languages: Languages,
        /// `--name`: the status enum's name.
        name: Option<String>,
        /// `--class-name`: the class enum's name.
        class_name: Option<String>,
        /// `--catalogue`: a code catalogue, expanded as `code_table!` does.
        catalogue: Option<Catalogue>,
    },
    /// Print a shell's completion script.
    Completions(Shell),
}

/// `--catalogue` and its `--column`s: the document is a code catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// Each `--column HEADER=METHOD`, as `(HEADER, METHOD)`.
    pub columns: Vec<(String, String)>,
    /// Each `--code-column`, `--name-column` and `--description-column`,
    /// as `code column "LABEL";` and its kin map a label.
    pub labels: Vec<(status_codegen::Label, String)>,
    /// `--names-from-code`, as `names from code;`.
    pub names_from_code: bool,
    /// `--codes-may-repeat`, as `codes may repeat;`.
    pub codes_may_repeat: bool,
}

/// The languages of a document given to `check` or `expand`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Languages {
    /// `--as TAG`: the document's own language.
    pub primary: Option<String>,
    /// `--translation TAG=FILE`, in order.
    pub translations: Vec<(String, PathBuf)>,
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
    /// `--lang`: the language to explain in.
    pub lang: Option<String>,
}

/// Section headings in the help text, styled as clap styles its own.
const HEADING: Style = Style::new().bold().underline();

/// An `Examples:` section of a help text: each of `lines` as the user types
/// it from the repository's root, where each one runs as written
/// (tests/cli.rs runs them all). A line break in an example continues it
/// on an indented line after a ` \`, so that it fits in 80 columns.
fn examples(lines: &[String]) -> String {
    let mut section = format!("{HEADING}Examples:{HEADING:#}");
    for line in lines {
        section.push_str("\n  ");
        section.push_str(&line.replace('\n', " \\\n      "));
    }
    section
}

/// What the help text says after the options, with `program` in the
/// examples.
fn after_help(program: &str) -> String {
    let examples = examples(&[
        format!("{program} 404"),
        format!("{program} not found"),
        format!("{program} 4xx"),
        format!("{program} --json list"),
        format!("{program} --lang en 404"),
        format!("{program} check docs/status.md\n--as zh-CN --translation en=docs/status.en.md"),
        format!("{program} check --catalogue --column 解决方案=solution docs/errors.md"),
        format!("{program} expand --name Status docs/status.md"),
        format!("source <({program} completions bash)"),
    ]);
    format!(
        "\
{examples}

{HEADING}Exit status:{HEADING:#}
  0  success
  1  check or expand found problems in the document, or the output could not
     be written
  2  unknown query, unreadable file, or invalid command line

{HEADING}Environment:{HEADING:#}
  COLUMNS          Width to wrap descriptions at when standard output is not
                   a terminal (default 80); always kept within 20 to 100.
  NO_COLOR         When set and not empty: no colour, unless --color always.
  CLICOLOR=0       No colour, unless --color always.
  CLICOLOR_FORCE   When set and not 0: colour even into a pipe, unless
                   --color never.
  FORCE_HYPERLINK  When colour is on, 1 makes links clickable (OSC 8) and 0
                   numbers them under the description instead; by default
                   they are clickable on terminals known to support it.
  LC_ALL, LC_MESSAGES, LANG
                   Without --lang, the first of these that is set and not
                   C or POSIX chooses the language (en_US.UTF-8: en); the
                   document's own (zh-CN) when none names a language the
                   document is translated into.
  RUSTFMT          The rustfmt that expand runs (default: rustfmt)."
    )
}

/// The command line's definition; `program` is how the user runs it.
pub fn command(program: &str) -> clap::Command {
    let file = || {
        Arg::new("file")
            .value_name("FILE")
            .required(true)
            .value_parser(value_parser!(PathBuf))
            .help("The Markdown status document; - reads standard input")
    };
    // On the top level and on `list` (`--json list`, `list --json`), where
    // it means something, rather than global.
    let json = || {
        Arg::new("json")
            .long("json")
            .action(ArgAction::SetTrue)
            .help("Print a code, a class or the list as JSON (errors stay text, on stderr)")
    };
    let type_name = |id: &'static str, which: &str, default: &str| {
        Arg::new(id)
            .long(id)
            .value_name("NAME")
            .help(format!("Name of the {which} enum [default: {default}]"))
    };
    let primary = || {
        Arg::new("as")
            .long("as")
            .value_name("TAG")
            .help("The document's language, a BCP 47 tag (zh-CN), as `as \"TAG\"` in status_table!")
    };
    let catalogue = || {
        Arg::new("catalogue")
            .long("catalogue")
            .action(ArgAction::SetTrue)
            .help("Read FILE as a code catalogue (tables or bullets of any codes), as code_table! does")
    };
    let column = || {
        Arg::new("column")
            .long("column")
            .value_name("HEADER=METHOD")
            .action(ArgAction::Append)
            .requires("catalogue")
            .value_parser(column_request)
            .help("An extra column of the catalogue that becomes a method, as `column \"HEADER\" as METHOD;` in code_table!")
    };
    let label = |id: &'static str, what: &'static str| {
        Arg::new(id)
            .long(id)
            .value_name("LABEL")
            .action(ArgAction::Append)
            .requires("catalogue")
            .help(format!(
                "A table header or field label that holds the {what}, as `{} column \"LABEL\";` in code_table!",
                what.split(' ').next_back().unwrap_or(what)
            ))
    };
    let flag = |id: &'static str, line: &'static str| {
        Arg::new(id)
            .long(id)
            .action(ArgAction::SetTrue)
            .requires("catalogue")
            .help(format!("As `{line}` in code_table!"))
    };
    let translation = || {
        Arg::new("translation")
            .long("translation")
            .value_name("TAG=FILE")
            .action(ArgAction::Append)
            .value_parser(translation)
            .help(
                "A translation of the document: its BCP 47 tag and its file, as \
                 `translation \"TAG\" in \"FILE\";` in the macros; needs `--as`; repeatable",
            )
    };
    clap::Command::new(BINARY)
        .bin_name(program)
        .version(env!("CARGO_PKG_VERSION"))
        .about(
            "Explains HTTP status codes in Chinese or English, from the Markdown documents \
             that define them (docs/status.md, docs/status.en.md), and checks or expands such \
             documents.",
        )
        .after_help(after_help(program))
        .arg(Arg::new("query").value_name("QUERY").num_args(1..).help(
            "A status code (404), a reason phrase in any case (\"not found\"), both \
                     (\"404 Not Found\"), or a class (4xx, 客户端响应) to list its codes. \
                     Several words are joined with spaces; unknown queries get suggestions",
        ))
        .arg(json())
        .arg(
            Arg::new("color")
                .long("color")
                .alias("colour")
                .global(true)
                .value_name("WHEN")
                .value_parser(["auto", "always", "never"])
                .default_value("auto")
                .help("When to colour the output"),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .global(true)
                .value_name("TAG")
                .help(
                    "The language to explain in: zh-CN (the document's own) or en; \
                     default: from LC_ALL, LC_MESSAGES or LANG",
                ),
        )
        .subcommand(
            clap::Command::new("list")
                .about("List every code, grouped by class")
                .after_help(examples(&[
                    format!("{program} list"),
                    format!("{program} list --lang en --json"),
                ]))
                .arg(json()),
        )
        .subcommand(
            clap::Command::new("check")
                .about("Validate a status document with the rules and messages of status_table!")
                .after_help(examples(&[
                    format!("{program} check docs/status.md"),
                    format!(
                        "{program} check --quiet docs/status.md\n\
                         --as zh-CN --translation en=docs/status.en.md"
                    ),
                    format!("{program} check - < docs/status.en.md"),
                    format!("{program} check --catalogue --column 解决方案=solution docs/errors.md"),
                    format!(
                        "{program} check --catalogue --quiet docs/errors.md\n\
                         --as zh-CN --translation en=docs/errors.en.md"
                    ),
                ]))
                .arg(
                    clap::Arg::new("strict")
                        .long("strict")
                        .action(clap::ArgAction::SetTrue)
                        .help("Treat notes (sections left out, unknown macros, reason phrases that differ from the IANA registry or the primary document, codes a translation lacks) as problems: exit 1"),
                )
                .arg(
                    clap::Arg::new("quiet")
                        .short('q')
                        .long("quiet")
                        .action(clap::ArgAction::SetTrue)
                        .help("Print the summary without the table of what the macro generates for each entry"),
                )
                .arg(primary())
                .arg(translation())
                .arg(catalogue())
                .arg(column())
                .arg(label("code-column", "code"))
                .arg(label("name-column", "name"))
                .arg(label("description-column", "description"))
                .arg(flag("names-from-code", "names from code;"))
                .arg(flag("codes-may-repeat", "codes may repeat;"))
                .arg(file()),
        )
        .subcommand(
            clap::Command::new("expand")
                .about(
                    "Print the Rust code status_table! generates for a status document, \
                     formatted with rustfmt",
                )
                .after_help(examples(&[
                    format!("{program} expand --name Status docs/status.md"),
                    format!(
                        "{program} expand docs/status.md\n\
                         --as zh-CN --translation en=docs/status.en.md"
                    ),
                    format!(
                        "{program} expand --catalogue --name PayError\n\
                         --column 解决方案=solution docs/errors.md"
                    ),
                ]))
                .arg(type_name("name", "status", "StatusCode; ErrorCode with --catalogue"))
                .arg(type_name("class-name", "class", "StatusClass").conflicts_with("catalogue"))
                .arg(primary().help(
                    "The document's language, a BCP 47 tag (zh-CN), as `as \"TAG\"` in \
                     status_table!: adds the language enum and description_in",
                ))
                .arg(translation())
                .arg(catalogue())
                .arg(column())
                .arg(label("code-column", "code"))
                .arg(label("name-column", "name"))
                .arg(label("description-column", "description"))
                .arg(flag("names-from-code", "names from code;"))
                .arg(flag("codes-may-repeat", "codes may repeat;"))
                .arg(file()),
        )
        .subcommand(
            clap::Command::new("completions")
                .about("Print the shell completion script for the shell")
                .after_help(format!(
                    "{}\n\nFor every new shell, save the script where the shell looks for \
                     completions: for bash, \
                     ~/.local/share/bash-completion/completions/{BINARY}.",
                    examples(&[format!("source <({program} completions bash)")])
                ))
                .arg(
                    Arg::new("shell")
                        .value_name("SHELL")
                        .required(true)
                        .value_parser(value_parser!(Shell)),
                ),
        )
}

/// Parses `args`, the program's name first. `program` is how the user
/// runs it, for the usage line in messages.
pub fn parse(args: &[OsString], program: &str) -> Result<Invocation, clap::Error> {
    let mut definition = command(program);
    let matches = definition.try_get_matches_from_mut(args)?;
    let json = matches.get_flag("json")
        || matches
            .subcommand_matches("list")
            .is_some_and(|list| list.get_flag("json"));
    let color = match matches.get_one::<String>("color").map(String::as_str) {
        Some("always") => ColorChoice::Always,
        Some("never") => ColorChoice::Never,
        _ => ColorChoice::Auto,
    };
    let command = match matches.subcommand() {
        Some(("list", _)) => Command::List,
        Some(("check", sub)) => Command::Check {
            path: path(sub),
            strict: sub.get_flag("strict"),
            quiet: sub.get_flag("quiet"),
            languages: languages(sub),
            catalogue: catalogue(sub),
        },
        Some(("expand", sub)) => Command::Expand {
            path: path(sub),
            languages: languages(sub),
            name: sub.get_one::<String>("name").cloned(),
            class_name: sub.get_one::<String>("class-name").cloned(),
            catalogue: catalogue(sub),
        },
        Some(("completions", sub)) => {
            Command::Completions(*sub.get_one::<Shell>("shell").expect("SHELL is required"))
        }
        _ => query(&matches),
    };
    if let Command::Explain(query) = &command
        && let Some(error) = mistyped_subcommand(&mut definition, &matches, query)
    {
        return Err(error);
    }
    if json && !matches!(command, Command::Explain(_) | Command::List | Command::Help) {
        return Err(definition.error(
            ErrorKind::ArgumentConflict,
            "`--json` applies to codes, classes and `list` only",
        ));
    }
    Ok(Invocation {
        command,
        json,
        color,
        lang: matches.get_one::<String>("lang").cloned(),
    })
}

/// `--catalogue` and its columns, when given.
fn catalogue(matches: &ArgMatches) -> Option<Catalogue> {
    let labels = [
        ("code-column", status_codegen::Label::Code),
        ("name-column", status_codegen::Label::Name),
        ("description-column", status_codegen::Label::Description),
    ];
    matches.get_flag("catalogue").then(|| Catalogue {
        columns: matches
            .get_many::<(String, String)>("column")
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        labels: labels
            .into_iter()
            .flat_map(|(id, label)| {
                let given = matches.get_many::<String>(id).into_iter().flatten();
                given.map(move |text| (label, text.clone()))
            })
            .collect(),
        names_from_code: matches.get_flag("names-from-code"),
        codes_may_repeat: matches.get_flag("codes-may-repeat"),
    })
}

/// Reads `HEADER=METHOD`; the method is checked as the macro checks it.
fn column_request(value: &str) -> Result<(String, String), String> {
    let (header, method) = value
        .rsplit_once('=')
        .ok_or_else(|| "expected HEADER=METHOD, such as 解决方案=solution".to_owned())?;
    if header.trim().is_empty() || method.trim().is_empty() {
        return Err("expected HEADER=METHOD, both non-empty".to_owned());
    }
    Ok((header.trim().to_owned(), method.trim().to_owned()))
}

/// `--as` and `--translation`.
fn languages(matches: &ArgMatches) -> Languages {
    Languages {
        primary: matches.get_one::<String>("as").cloned(),
        translations: matches
            .get_many::<(String, PathBuf)>("translation")
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
    }
}

/// Reads `TAG=FILE`.
fn translation(value: &str) -> Result<(String, PathBuf), String> {
    match value.split_once('=') {
        Some((tag, file)) if !tag.is_empty() && !file.is_empty() => {
            Ok((tag.to_owned(), PathBuf::from(file)))
        }
        _ => Err("expected TAG=FILE, such as en=docs/status.en.md".to_owned()),
    }
}

fn path(matches: &ArgMatches) -> PathBuf {
    matches
        .get_one::<PathBuf>("file")
        .cloned()
        .expect("FILE is required")
}

/// The query's words joined with single spaces, or [`Command::Help`] when
/// there are none.
fn query(matches: &ArgMatches) -> Command {
    let words: Vec<&str> = matches
        .get_many::<String>("query")
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if words.is_empty() {
        Command::Help
    } else {
        Command::Explain(words.join(" "))
    }
}

/// clap's error for an unknown subcommand, when the query's first word is
/// a typo of a subcommand's name (`chek docs/status.md`) and the query
/// names no status and suggests none (`lsit` is no status; `not fond`
/// suggests 404 and stays a query). clap takes any first word that is not
/// a subcommand's name for the query, and so suggests no subcommand.
fn mistyped_subcommand(
    definition: &mut clap::Command,
    matches: &ArgMatches,
    query: &str,
) -> Option<clap::Error> {
    let unknown = matches!(
        crate::query::resolve(query),
        Err(crate::query::Unknown::Text { suggestions, .. }) if suggestions.is_empty()
    );
    if !unknown {
        return None;
    }
    let first = matches.get_many::<String>("query")?.next()?;
    let names: Vec<&str> = definition
        .get_subcommands()
        .map(clap::Command::get_name)
        .collect();
    let suggestion = crate::suggest::for_subcommand(first, names)?.to_owned();
    let mut error = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(definition);
    error.insert(
        ContextKind::InvalidSubcommand,
        ContextValue::String(first.clone()),
    );
    error.insert(
        ContextKind::SuggestedSubcommand,
        ContextValue::String(suggestion),
    );
    error.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(definition.render_usage()),
    );
    Some(error)
}

/// How the user runs the program, for usage lines and hints.
///
/// Under `cargo run` (cargo sets `CARGO` and, for the package it runs,
/// `CARGO_PKG_NAME` and `CARGO_MANIFEST_DIR`): `cargo run --` in the
/// package's directory, `cargo run -p status-explain --` elsewhere.
/// Otherwise the name the program was started by (`argv[0]` without its
/// directory), such as `status-explain` once installed.
///
/// `env` reads an environment variable; `current_dir` is the working
/// directory.
pub fn program(
    arg0: Option<&OsStr>,
    env: impl Fn(&str) -> Option<OsString>,
    current_dir: Option<&Path>,
) -> String {
    let package = env!("CARGO_PKG_NAME");
    if env("CARGO").is_some() && env("CARGO_PKG_NAME").as_deref() == Some(OsStr::new(package)) {
        let canonical = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.into());
        let manifest_dir = env("CARGO_MANIFEST_DIR").map(|dir| canonical(Path::new(&dir)));
        return match (manifest_dir, current_dir.map(canonical)) {
            (Some(manifest), Some(here)) if manifest != here => {
                format!("cargo run -p {package} --")
            }
            _ => "cargo run --".to_owned(),
        };
    }
    arg0.map(Path::new)
        .and_then(Path::file_name)
        .and_then(OsStr::to_str)
        .map(|name| {
            name.strip_suffix(std::env::consts::EXE_SUFFIX)
                .unwrap_or(name)
        })
        .filter(|name| !name.is_empty())
        .unwrap_or(BINARY)
        .to_owned()
}

#[cfg(test)]
mod tests;
