//! `status-explain`: explains HTTP status codes in Chinese, from the
//! Markdown document that defines them, and checks or expands such
//! documents with the `status_table!` macro's own code.
//!
//! Run `status-explain --help` for the commands.
#![forbid(unsafe_code)]

mod cli;
mod document;
mod json;
mod language;
mod links;
mod output;
mod query;
mod render;
mod style;
mod suggest;
mod terminal;
mod wrap;

use std::ffi::OsString;
use std::process::ExitCode;

use cli::{Command, Invocation};
use output::{Report, Status};
use query::Target;
use terminal::Output;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let program = cli::program(
        args.first().map(OsString::as_os_str),
        |name| std::env::var_os(name),
        std::env::current_dir().ok().as_deref(),
    );
    // Help, the version and usage errors are printed by clap, which exits
    // with 0 or 2.
    let invocation = cli::parse(&args, &program).unwrap_or_else(|error| error.exit());
    anstream::ColorChoice::write_global(invocation.color);
    run(&invocation, &program).emit()
}

/// Runs one parsed command line; `program` is how the user runs it.
fn run(invocation: &Invocation, program: &str) -> Report {
    match &invocation.command {
        Command::Help => Report::success(cli::command(program).render_help().ansi().to_string()),
        Command::List | Command::Explain(_) => {
            let language =
                match language::choose(invocation.lang.as_deref(), |name| std::env::var_os(name)) {
                    Ok(language) => language,
                    Err(message) => {
                        return Report::error(
                            Status::Usage,
                            format!("{}: {message}\n", style::paint(style::ERROR, "error")),
                        );
                    }
                };
            explain(invocation, language, program)
        }
        Command::Check {
            path,
            strict,
            quiet,
            languages,
            catalogue,
        } => document::check(path, *strict, *quiet, languages, catalogue.as_ref()),
        Command::Expand {
            path,
            languages,
            name,
            class_name,
            catalogue,
        } => {
            let names = document::Names {
                name: name.clone(),
                class_name: class_name.clone(),
            };
            document::expand(path, &names, languages, catalogue.as_ref())
        }
        Command::Completions(shell) => {
            let mut script = Vec::new();
            clap_complete::generate(
                *shell,
                &mut cli::command(cli::BINARY),
                cli::BINARY,
                &mut script,
            );
            Report::success(String::from_utf8_lossy(&script).into_owned())
        }
    }
}

/// `list` and queries, in `language`.
fn explain(invocation: &Invocation, language: status_codes::Language, program: &str) -> Report {
    let query = match &invocation.command {
        Command::Explain(query) => query,
        _ if invocation.json => {
            return Report::success(json::to_pretty(&json::List::all(language)));
        }
        _ => return Report::success(render::list(language)),
    };
    match query::resolve(query) {
        Ok(Target::Code(status)) if invocation.json => {
            Report::success(json::to_pretty(&json::Code::alone(status, language)))
        }
        Ok(Target::Class(class)) if invocation.json => {
            Report::success(json::to_pretty(&json::Class::new(class, language)))
        }
        Ok(Target::Code(status)) => {
            Report::success(render::code(status, language, Output::stdout()))
        }
        Ok(Target::Class(class)) => Report::success(render::class(class, language)),
        Err(unknown) => Report::error(Status::Usage, render::unknown(&unknown, program)),
    }
}
