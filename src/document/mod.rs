//! `check` and `expand`: the command line becomes the request a macro's
//! input would be, and the macros' own run reads, checks and expands it, so
//! that the messages and the generated code are exactly the macros'.

mod check;
mod expand;
mod format;
mod table;

pub use check::check;
pub use expand::expand;

use std::io::{self, Read as _};
use std::path::Path;

use proc_macro2::{Ident, Span};
use status_codegen::Checked;
use status_codegen::request::{self, At, CallSite, Column, Item, Kind, Request};
use status_codegen::run::{self, Outcome, Read};

use crate::cli::{Catalogue, Languages};
use crate::output::{Report, Status};
use crate::style::{ERROR, HELP, paint};

/// The names the generated enums get.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    /// `--name`.
    pub name: Option<String>,
    /// `--class-name`.
    pub class_name: Option<String>,
}

/// How the document at `path` is shown: `<stdin>` for `-`.
fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        path.to_string_lossy().into_owned()
    }
}

/// `name` as a type name, read as a macro reads one.
fn type_name(option: &str, name: &str) -> Result<Ident, String> {
    request::ident(name).ok_or_else(|| {
        format!(
            "`{option} {name}` is not a valid type name: use an identifier such as `StatusCode`"
        )
    })
}

/// The request the command line makes, as a macro's input would: the
/// document at `path`, the `--as` and `--translation` of `languages`, the
/// `--column`s of `catalogue` (a code catalogue when given) and the
/// `names`; with the names that are no identifiers.
fn request(
    path: &Path,
    languages: &Languages,
    catalogue: Option<&Catalogue>,
    names: &Names,
) -> (Request, Vec<String>) {
    let at = |value: &str| At::new(value.to_owned(), Span::call_site());
    let kind = match catalogue {
        Some(catalogue) => Kind::Catalogue {
            columns: catalogue
                .columns
                .iter()
                .map(|(header, method)| Column {
                    header: at(header),
                    method: at(method),
                })
                .collect(),
        },
        None => Kind::Status {
            class: Item::named("StatusClass"),
        },
    };
    let mut request = Request::new(CallSite::CommandLine, at(&shown(path)), kind);
    if let Some(catalogue) = catalogue {
        request.labels = (catalogue.labels.iter())
            .map(|(label, text)| (*label, at(text)))
            .collect();
        request.names_from_code = catalogue.names_from_code;
        request.codes_may_repeat = catalogue.codes_may_repeat;
    }
    request.language = languages.primary.as_deref().map(at);
    request.translations = languages
        .translations
        .iter()
        .map(|(tag, file)| request::TranslationRequest {
            span: Span::call_site(),
            tag: at(tag),
            path: at(&shown(file)),
        })
        .collect();
    let mut errors = Vec::new();
    let mut rename = |option: &str, given: Option<&String>, item: &mut Item| match given
        .map(|name| type_name(option, name))
    {
        Some(Ok(name)) => item.name = name,
        Some(Err(message)) => errors.push(message),
        None => {}
    };
    rename("--name", names.name.as_ref(), &mut request.item);
    if let Kind::Status { class } = &mut request.kind {
        rename("--class-name", names.class_name.as_ref(), class);
    }
    (request, errors)
}

/// Runs the request the command line makes ([`request()`]), reading files
/// as the command line names them (`-` is standard input); the error is
/// the report of a call that names no valid request or an unreadable file.
fn run(
    path: &Path,
    languages: &Languages,
    catalogue: Option<&Catalogue>,
    names: &Names,
) -> Result<Outcome, Report> {
    let (request, errors) = request(path, languages, catalogue, names);
    let mut load = |what: &str, display: &str| {
        let file = std::iter::once(path)
            .chain(
                languages
                    .translations
                    .iter()
                    .map(|(_, file)| file.as_path()),
            )
            .find(|file| shown(file) == display)
            .unwrap_or(Path::new(display));
        read(what, file)
    };
    // Every problem of the call at once: the names, the request's, and
    // the files that cannot be read.
    let outcome = run::run(&request, &mut load);
    let problems: Vec<String> = errors
        .into_iter()
        .chain(outcome.problems().iter().map(|p| p.message.clone()))
        .collect();
    if problems.is_empty() {
        Ok(outcome)
    } else {
        Err(unreadable(&problems))
    }
}

/// Reads the document at `path` (`-`: standard input), called `what` in
/// messages.
fn read(what: &str, path: &Path) -> Result<Read, String> {
    let display = shown(path);
    let mut file = None;
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot read the {what} from standard input: {error}"))?;
        bytes
    } else {
        let resolved = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let loaded = status_codegen::load_as(what, &display, &resolved, "the current directory")
            .map_err(|error| error.to_string())?;
        file = Some(loaded.path);
        loaded.bytes
    };
    // The printed code is read or pasted elsewhere, where a path to the
    // document for `include_bytes!` would not resolve.
    Ok(Read {
        bytes,
        diagnostic_path: display,
        tracking_path: None,
        file,
    })
}

/// A call that cannot run: each of `messages`, as an error.
fn unreadable(messages: &[String]) -> Report {
    let label = paint(ERROR, "error");
    Report::error(
        Status::Usage,
        messages
            .iter()
            .map(|message| format!("{label}: {message}\n"))
            .collect(),
    )
}

/// The document's problems as the macro reports them, each with `error: `,
/// and a count; empty when there are none.
fn problems<T>(checked: &Checked<T>) -> String {
    let total = checked.diagnostics.len();
    if total == 0 {
        return String::new();
    }
    let mut out = String::new();
    for (i, message) in checked.rendered_diagnostics().into_iter().enumerate() {
        // Past the limit, the last message counts the problems not shown.
        let label = if i < status_codegen::diagnostic::MAX_REPORTED {
            paint(ERROR, "error")
        } else {
            paint(HELP, "note")
        };
        out.push_str(&format!("{label}: {message}\n\n"));
    }
    let plural = if total == 1 { "" } else { "s" };
    out.push_str(&format!(
        "{}: `{}` has {total} problem{plural}\n",
        paint(ERROR, "error"),
        checked.source.path()
    ));
    out
}

/// The document's notes, each with `note: `; empty when there are none.
fn notes<T>(checked: &Checked<T>) -> String {
    checked
        .rendered_notes()
        .into_iter()
        .map(|note| format!("{}: {note}\n\n", paint(HELP, "note")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_are_read_as_the_macro_reads_them() {
        for good in ["Status", "_Status2", "r#type", "状态"] {
            assert!(type_name("--name", good).is_ok(), "{good:?}");
        }
        for bad in ["", "_", "2xx", "Status-Code", "Self", "enum"] {
            assert!(type_name("--name", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_two_enums_need_different_names() {
        let names = Names {
            name: Some("StatusClass".into()),
            class_name: None,
        };
        let (request, errors) = request(Path::new("a.md"), &Languages::default(), None, &names);
        assert!(errors.is_empty());
        assert_eq!(request.check().len(), 1);
    }
}
