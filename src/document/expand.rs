//! `expand FILE`: the code a macro generates for a document, formatted by
//! rustfmt when it can be run.

use std::path::Path;

use status_codegen::run::{Outcome, Run};

use super::format::{rustfmt, tidy};
use super::{Names, problems};
use crate::cli::{Catalogue, Languages};
use crate::output::{Report, Status};
use crate::style::{HELP, paint};

/// `expand FILE [--catalogue] …`: the code `status_table!` or `code_table!`
/// generates for the document, formatted by rustfmt when it can be run.
/// Problems in the documents are reported as by `check`, after the code
/// (which then holds `compile_error!`s, as the macro's does).
pub fn expand(
    path: &Path,
    names: &Names,
    languages: &Languages,
    catalogue: Option<&Catalogue>,
) -> Report {
    match super::run(path, languages, catalogue, names) {
        Ok(Outcome::Status(run)) => expanded("status_table!", &run),
        Ok(Outcome::Catalogue(run)) => expanded("code_table!", &run),
        Err(report) => report,
    }
}

/// The report of `expand`: the items `macro_name` generates in `run`,
/// formatted by rustfmt when it can be run, then the problems of the
/// documents (on stderr, and exit 1).
fn expanded<T>(macro_name: &str, run: &Run<T>) -> Report {
    let display = run
        .primary
        .as_ref()
        .map_or("", |primary| primary.source.path());
    let mut report = Report::success(format!(
        "// The code `{macro_name}` generates for `{}`.\n\n",
        display.escape_debug()
    ));
    let tokens = run.items.to_string();
    match rustfmt(&tokens) {
        Ok(formatted) => report.stdout.push_str(&tidy(&formatted)),
        Err(reason) => {
            report.stdout.push_str(&tokens);
            report.stdout.push('\n');
            report.stderr.push_str(&format!(
                "{}: the code is not formatted: {reason}\n",
                paint(HELP, "note")
            ));
        }
    }
    let problems: String = run.documents().map(problems).collect();
    if !problems.is_empty() {
        report.stderr.push_str(&problems);
        report.status = Status::Failure;
    }
    report
}
