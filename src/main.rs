//! `status-explain`: explains HTTP status codes in Chinese, from the
//! Markdown document that defines them, and checks or expands such
//! documents with the `status_table!` macro's own code.
//!
//! Run `status-explain --help` for the commands.
#![forbid(unsafe_code)]

mod args;
mod document;
mod json;
mod output;
mod query;
mod render;
mod suggest;
mod terminal;
mod wrap;

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use args::{Command, Invocation};
use output::{Report, Status};
use query::Target;
use terminal::{ColorChoice, Style};

fn main() -> ExitCode {
    let report = match args::parse(std::env::args_os().skip(1)) {
        Ok(invocation) => run(&invocation),
        Err(error) => {
            let style = style(ColorChoice::Auto, io::stderr().is_terminal());
            Report::error(
                Status::Usage,
                format!(
                    "{}: {}\n{}: run `{} --help` for usage\n",
                    style.error("error"),
                    error.0,
                    style.help("help"),
                    render::PROGRAM
                ),
            )
        }
    };
    report.emit()
}

/// Styling for a stream, by `--color`, whether the stream is a terminal,
/// and `NO_COLOR`.
fn style(choice: ColorChoice, is_terminal: bool) -> Style {
    let no_color = std::env::var_os("NO_COLOR");
    Style::new(terminal::use_color(
        choice,
        is_terminal,
        no_color.as_deref(),
    ))
}

/// Runs one parsed command line.
fn run(invocation: &Invocation) -> Report {
    let stdout = style(invocation.color, io::stdout().is_terminal());
    let stderr = style(invocation.color, io::stderr().is_terminal());
    match &invocation.command {
        Command::Help => Report::success(args::help()),
        Command::Version => Report::success(format!(
            "{} {}\n",
            render::PROGRAM,
            env!("CARGO_PKG_VERSION")
        )),
        Command::List if invocation.json => Report::success(json::list().to_pretty() + "\n"),
        Command::List => Report::success(render::list(stdout)),
        Command::Explain(query) => match query::resolve(query) {
            Ok(target) if invocation.json => {
                let value = match target {
                    Target::Code(status) => json::code(status),
                    Target::Class(class) => json::class(class),
                };
                Report::success(value.to_pretty() + "\n")
            }
            Ok(Target::Code(status)) => {
                let width = terminal::width(std::env::var_os("COLUMNS").as_deref());
                Report::success(render::code(status, width, stdout))
            }
            Ok(Target::Class(class)) => Report::success(render::class(class, stdout)),
            Err(unknown) => Report::error(Status::Usage, render::unknown(&unknown, stderr)),
        },
        Command::Check(path) => document::check(path, stdout, stderr),
        Command::Expand {
            path,
            name,
            class_name,
        } => {
            let names = document::Names {
                name: name.clone(),
                class_name: class_name.clone(),
            };
            document::expand(path, &names, stderr)
        }
    }
}
