//! `check FILE`: the macro's errors for a document and its translations, or
//! what they define; their notes either way.

use std::path::Path;

use status_codegen::catalogue::model::Catalogue;
use status_codegen::model::Table;
use status_codegen::run::{Outcome, Run};

use super::table::{self, Rows};
use super::{Names, notes, problems, shown};
use crate::cli::{Catalogue as CatalogueArgs, Languages};
use crate::output::{Report, Status};
use crate::style::{ERROR, HELP, OK, paint};

/// What `check` says of a document without problems.
trait Summary: Rows {
    /// What the entries are called: `codes`, `entries`.
    const ENTRIES: &str;
    /// How many entries, in how many groups (`26 codes in 5 classes`); the
    /// title; the lines after the first (its codes, its columns).
    fn summary(&self) -> (String, Option<&str>, String);
    /// How many entries it has.
    fn len(&self) -> usize;
}

/// `n` and the word for it, singular or plural.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Summary for Table {
    const ENTRIES: &str = "codes";

    fn summary(&self) -> (String, Option<&str>, String) {
        let codes = count(self.entries.len(), "code", "codes");
        let classes = count(self.classes.len(), "class", "classes");
        let details = format!("codes: {}\n", self.code_ranges());
        (
            format!("{codes} in {classes}"),
            self.title.as_deref(),
            details,
        )
    }

    fn len(&self) -> usize {
        self.entries.len()
    }
}

impl Summary for Catalogue {
    const ENTRIES: &str = "entries";

    fn summary(&self) -> (String, Option<&str>, String) {
        let entries = count(self.entries.len(), "entry", "entries");
        let categories = count(self.categories.len(), "category", "categories");
        let mut details = match self.code_type {
            Some(code_type) if self.codes_unique => {
                format!(
                    "codes: {}, unique: from_code and TryFrom\n",
                    code_type.rust()
                )
            }
            Some(code_type) => {
                format!(
                    "codes: {}, repeated: no from_code or TryFrom\n",
                    code_type.rust()
                )
            }
            None => "codes: none (no code column)\n".to_owned(),
        };
        for column in &self.columns {
            let ty = column.value_type.rust();
            let ty = if column.optional {
                format!("Option<{ty}>")
            } else {
                ty.to_owned()
            };
            let (header, method) = (&column.header, &column.method);
            details.push_str(&format!("column `{header}`: {method}() -> {ty}\n"));
        }
        let title = self.title.as_deref();
        (format!("{entries} in {categories}"), title, details)
    }

    fn len(&self) -> usize {
        self.entries.len()
    }
}

/// `check FILE [--catalogue] [--as TAG] [--translation TAG=FILE]…`: the
/// macro's errors for the document and each translation, or what they
/// define (the table of its entries unless `quiet`); their notes either
/// way. With `strict`, notes are problems too.
pub fn check(
    path: &Path,
    strict: bool,
    quiet: bool,
    languages: &Languages,
    catalogue: Option<&CatalogueArgs>,
) -> Report {
    let tag = languages.primary.as_deref();
    match super::run(path, languages, catalogue, &Names::default()) {
        Ok(Outcome::Status(run)) => {
            let mut report = checked(&run, strict, quiet, tag);
            let no_codes =
                (run.primary.as_ref()).is_none_or(|primary| primary.table.entries.is_empty());
            if report.status == Status::Failure
                && no_codes
                && looks_like_a_catalogue(path, languages)
            {
                report.stderr.push_str(&format!(
                    "{}: `{}` reads as a code catalogue: check it with `--catalogue`, as \
                     `code_table!` reads it\n",
                    paint(HELP, "help"),
                    shown(path)
                ));
            }
            report
        }
        Ok(Outcome::Catalogue(run)) => checked(&run, strict, quiet, tag),
        Err(report) => report,
    }
}

/// Whether the document at `path`, which fails as a status document,
/// passes as a code catalogue: then `check` says to add `--catalogue`.
fn looks_like_a_catalogue(path: &Path, languages: &Languages) -> bool {
    matches!(
        super::run(path, languages, Some(&CatalogueArgs::default()), &Names::default()),
        Ok(Outcome::Catalogue(run)) if run.primary.is_some()
            && run.documents().all(|checked| checked.diagnostics.is_empty())
    )
}

/// The report of `check` on a run whose request had no problem: each
/// document's notes and problems when there are problems, else the summary
/// (and the table, unless `quiet`) on stdout and the notes on stderr (a
/// failure with `strict`).
fn checked<T: Summary>(run: &Run<T>, strict: bool, quiet: bool, tag: Option<&str>) -> Report {
    let all = || run.documents();
    let Some(primary) = run
        .primary
        .as_ref()
        .filter(|_| all().all(|c| c.diagnostics.is_empty()))
    else {
        let stderr = all().map(|c| notes(c) + &problems(c)).collect();
        return Report::error(Status::Failure, stderr);
    };
    let table = &primary.table;
    let (counts, title, details) = table.summary();
    let mut summary = format!("{}: {counts}", paint(OK, "ok"));
    if let Some(title) = title {
        summary.push_str(&format!(" ({title})"));
    }
    if let Some(tag) = tag {
        summary.push_str(&format!(", in {tag}"));
    }
    summary.push('\n');
    summary.push_str(&details);
    for (tag, translated) in &run.translations {
        summary.push_str(&format!(
            "{}: translation {tag} (`{}`): {} of the {} {}\n",
            paint(OK, "ok"),
            translated.source.path(),
            translated.table.len(),
            table.len(),
            T::ENTRIES,
        ));
    }
    if !quiet {
        summary.push('\n');
        summary.push_str(&table::render(table));
    }
    let mut report = Report::success(summary);
    report.stderr = all().map(notes).collect();
    // Each file with notes, by its own count: a translation's notes are
    // not the primary document's.
    let counts: Vec<String> = all()
        .filter(|c| !c.notes.is_empty())
        .map(|c| {
            let notes = count(c.notes.len(), "note", "notes");
            format!("`{}` has {notes}", c.source.path())
        })
        .collect();
    if strict && !counts.is_empty() {
        report.status = Status::Failure;
        report.stderr.push_str(&format!(
            "{}: {}, and --strict makes notes problems\n",
            paint(ERROR, "error"),
            counts.join(", "),
        ));
    }
    report
}
