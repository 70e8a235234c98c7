//! `check` and `expand`: run the `status_table!` macro's own code on any
//! status document, so that the messages and the generated code are exactly
//! the macro's.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use proc_macro2::{Ident, Span};
use status_codegen::Checked;
use status_codegen::catalogue::{self, CatalogueOptions, CheckedCatalogue, ColumnRequest};
use status_codegen::expand::Options;
use status_codegen::expand::language::{self, Languages as CodegenLanguages, Translation};

use crate::cli::{Catalogue, Languages};

use crate::output::{Report, Status};
use crate::style::{ERROR, HELP, OK, paint};

/// A document's bytes and the path to show for it; `-` reads standard input.
struct Document {
    display: String,
    bytes: Vec<u8>,
}

/// Reads the status document at `path`, with the macro's messages when it
/// cannot.
fn read(path: &Path) -> Result<Document, String> {
    read_as("status document", path)
}

/// Reads the document at `path`, called `what` in messages.
fn read_as(what: &str, path: &Path) -> Result<Document, String> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot read the {what} from standard input: {error}"))?;
        return Ok(Document {
            display: "<stdin>".to_owned(),
            bytes,
        });
    }
    let display = path.to_string_lossy().into_owned();
    let resolved = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let bytes = status_codegen::load_as(what, &display, &resolved, "the current directory")
        .map_err(|error| error.to_string())?
        .bytes;
    Ok(Document { display, bytes })
}

fn unreadable(message: &str) -> Report {
    Report::error(
        Status::Usage,
        format!("{}: {message}\n", paint(ERROR, "error")),
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

/// A translation given with `--translation`, read and checked.
struct CheckedTranslation {
    tag: String,
    checked: Checked,
}

/// Checks the tags of `languages` ([`status_codegen::expand::language::check_tags`]).
fn check_tags(languages: &Languages) -> Result<(), String> {
    let tags: Vec<&str> = languages
        .primary
        .iter()
        .map(String::as_str)
        .chain(languages.translations.iter().map(|(tag, _)| tag.as_str()))
        .collect();
    language::check_tags(tags).map_err(|(_, message)| message)
}

/// Reads and checks each translation of `languages` against `primary`
/// (the primary's table when it has no problem).
fn translations(
    languages: &Languages,
    primary: Option<&status_codegen::model::Table>,
) -> Result<Vec<CheckedTranslation>, String> {
    languages
        .translations
        .iter()
        .map(|(tag, path)| {
            let document = read(path)?;
            let checked = status_codegen::check_translation(
                &document.display,
                &document.bytes,
                &status_codegen::DocumentOptions::default(),
                primary,
            );
            Ok(CheckedTranslation {
                tag: tag.clone(),
                checked,
            })
        })
        .collect()
}

/// `check FILE [--translation TAG=FILE]…`: the macro's errors for the
/// document and each translation, or what they define; their notes either
/// way. With `strict`, notes are problems too.
pub fn check(path: &Path, strict: bool, languages: &Languages) -> Report {
    if let Err(message) = check_tags(languages) {
        return unreadable(&message);
    }
    let document = match read(path) {
        Ok(document) => document,
        Err(message) => return unreadable(&message),
    };
    let checked = status_codegen::check(&document.display, &document.bytes);
    let primary = checked.diagnostics.is_empty().then_some(&checked.table);
    let translations = match translations(languages, primary) {
        Ok(translations) => translations,
        Err(message) => return unreadable(&message),
    };
    let all = || std::iter::once(&checked).chain(translations.iter().map(|t| &t.checked));
    if all().any(|c| !c.diagnostics.is_empty()) {
        let mut stderr = String::new();
        for c in all() {
            stderr.push_str(&notes(c));
            stderr.push_str(&problems(c));
        }
        return Report::error(Status::Failure, stderr);
    }
    let table = &checked.table;
    let codes = table.entries.len();
    let classes = table.classes.len();
    let mut summary = format!(
        "{}: {codes} code{} in {classes} class{}",
        paint(OK, "ok"),
        if codes == 1 { "" } else { "s" },
        if classes == 1 { "" } else { "es" },
    );
    if let Some(title) = &table.title {
        summary.push_str(&format!(" ({title})"));
    }
    if let Some(tag) = &languages.primary {
        summary.push_str(&format!(", in {tag}"));
    }
    summary.push_str(&format!("\ncodes: {}\n", table.code_ranges()));
    for t in &translations {
        let described = t.checked.table.entries.len();
        summary.push_str(&format!(
            "{}: translation {} (`{}`): {described} of the {codes} codes\n",
            paint(OK, "ok"),
            t.tag,
            t.checked.source.path(),
        ));
    }
    checked_report(summary, strict, checked.source.path(), all())
}

/// The report of a `check` that found no problem: `summary` on stdout, the
/// notes of `documents` (the one at `path` and its translations) on stderr,
/// and with `strict`, a failure when there are notes.
fn checked_report<'a, T: 'a>(
    summary: String,
    strict: bool,
    path: &str,
    documents: impl Iterator<Item = &'a Checked<T>>,
) -> Report {
    let documents: Vec<&Checked<T>> = documents.collect();
    let mut report = Report::success(summary);
    report.stderr = documents.iter().map(|c| notes(c)).collect();
    let total: usize = documents.iter().map(|c| c.notes.len()).sum();
    if strict && total > 0 {
        report.status = Status::Failure;
        report.stderr.push_str(&format!(
            "{}: `{path}` has {total} note{}, and --strict makes notes problems\n",
            paint(ERROR, "error"),
            if total == 1 { "" } else { "s" },
        ));
    }
    report
}

/// Rust keywords, which cannot name an enum.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// `name` as a type name, if it is an ASCII identifier and not a keyword.
fn type_name(option: &str, name: &str) -> Result<Ident, String> {
    let mut chars = name.chars();
    let valid = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
        && !KEYWORDS.contains(&name);
    if valid {
        Ok(Ident::new(name, Span::call_site()))
    } else {
        Err(format!(
            "`{option} {name}` is not a valid type name: use an ASCII identifier such as `StatusCode`"
        ))
    }
}

/// The names the generated enums get.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    /// `--name`.
    pub name: Option<String>,
    /// `--class-name`.
    pub class_name: Option<String>,
}

fn options(display: &str, names: &Names) -> Result<Options, String> {
    let mut options = Options::new(display);
    if let Some(name) = &names.name {
        options.name = type_name("--name", name)?;
    }
    if let Some(class_name) = &names.class_name {
        options.class_name = type_name("--class-name", class_name)?;
    }
    if options.name == options.class_name {
        return Err(format!(
            "the status enum and the class enum are both named `{}`",
            options.name
        ));
    }
    // The printed code is read or pasted elsewhere, where a path to the
    // document for `include_bytes!` would not resolve.
    options.tracking_path = None;
    Ok(options)
}

/// `expand FILE`: the code `status_table!` generates for the document,
/// formatted by rustfmt when it can be run. Problems in the document are
/// reported as by `check`, after the code (which then holds
/// `compile_error!`s, as the macro's does).
pub fn expand(path: &Path, names: &Names, languages: &Languages) -> Report {
    if languages.primary.is_none() && !languages.translations.is_empty() {
        return unreadable(
            "translations need the document's own language: add `--as TAG`, such as `--as zh-CN`",
        );
    }
    if let Err(message) = check_tags(languages) {
        return unreadable(&message);
    }
    let document = match read(path) {
        Ok(document) => document,
        Err(message) => return unreadable(&message),
    };
    let mut options = match options(&document.display, names) {
        Ok(options) => options,
        Err(message) => return unreadable(&message),
    };
    let checked = status_codegen::check(&document.display, &document.bytes);
    let primary = checked.diagnostics.is_empty().then_some(&checked.table);
    let translations = match translations(languages, primary) {
        Ok(translations) => translations,
        Err(message) => return unreadable(&message),
    };
    if let Some(tag) = &languages.primary {
        let mut generated = CodegenLanguages::new(tag.clone(), options.vis.clone());
        generated.translations = translations
            .iter()
            .zip(&languages.translations)
            .map(|(t, (_, path))| Translation {
                tag: t.tag.clone(),
                display_path: path.to_string_lossy().into_owned(),
                tracking_path: None,
                table: t.checked.table.clone(),
            })
            .collect();
        options.languages = Some(generated);
    }
    let others: Vec<(&Checked, Span)> = translations
        .iter()
        .map(|t| (&t.checked, Span::call_site()))
        .collect();
    let tokens =
        status_codegen::generate_with(&checked, &others, &options, Span::call_site()).to_string();

    let problems: String = std::iter::once(&checked)
        .chain(others.iter().map(|(c, _)| *c))
        .map(problems)
        .collect();
    expanded("status_table!", &document.display, &tokens, problems)
}

/// Formats Rust `code` with `rustfmt` (or the program named by `RUSTFMT`).
fn rustfmt(code: &str) -> Result<String, String> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| OsString::from("rustfmt"));
    let shown = program.to_string_lossy().into_owned();
    let mut child = Command::new(&program)
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run `{shown}`: {error}"))?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| format!("cannot write to `{shown}`"))?;
    // Write from another thread, so that neither side blocks on a full pipe.
    let (written, output) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || stdin.write_all(code.as_bytes()));
        let output = child.wait_with_output();
        (writer.join(), output)
    });
    let output = output.map_err(|error| format!("`{shown}` failed: {error}"))?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr);
        let mut reason = format!("`{shown}` failed ({})", output.status);
        if let Some(first) = message.lines().map(str::trim).find(|l| !l.is_empty()) {
            reason.push_str(": ");
            reason.push_str(first);
        }
        return Err(reason);
    }
    match written {
        Ok(Ok(())) => {}
        Ok(Err(error)) => return Err(format!("cannot write to `{shown}`: {error}")),
        Err(_) => return Err(format!("cannot write to `{shown}`")),
    }
    String::from_utf8(output.stdout).map_err(|_| format!("`{shown}` printed invalid UTF-8"))
}

/// Tidies what rustfmt leaves as the token printer wrote it: `#[doc = "…"]`
/// lines become `///` comments, which mean the same and read better, and
/// the paths in `#[derive(…)]` lose their spaces (`::core::fmt::Debug`).
fn tidy(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut in_derive = false;
    for line in code.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if trimmed.starts_with("#[derive(") {
            in_derive = true;
        }
        if in_derive {
            out.push_str(indent);
            out.push_str(&trimmed.replace(" :: ", "::").replace(":: ", "::"));
            in_derive = !trimmed.ends_with(")]");
        } else if let Some(lines) = doc_lines(trimmed) {
            for (i, text) in lines.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(indent);
                out.push_str("///");
                out.push_str(text);
            }
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The lines of a `#[doc = …]` attribute, for `///` comments: `None` when
/// a line holds a character a comment should not (a control or invisible
/// character), or starts with `/` (which would make `////`, a plain
/// comment).
fn doc_lines(attribute: &str) -> Option<Vec<String>> {
    let value = attribute.strip_prefix("#[doc = ")?.strip_suffix(']')?;
    let text = if let Some(raw) = value.strip_prefix("r\"") {
        let body = raw.strip_suffix('"')?;
        (!body.contains('"')).then(|| body.to_owned())?
    } else if let Some(raw) = value.strip_prefix("r#\"") {
        let body = raw.strip_suffix("\"#")?;
        (!body.contains("\"#")).then(|| body.to_owned())?
    } else {
        unescape(value.strip_prefix('"')?.strip_suffix('"')?)?
    };
    let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let plain = lines.iter().all(|line| {
        !line.starts_with('/')
            && !line
                .chars()
                .any(|c| c != '\t' && status_codegen::diagnostic::is_invisible(c))
    });
    plain.then_some(lines)
}

/// The text of a string literal's body, for the escapes that may appear in
/// a one-line comment; `None` for anything else.
fn unescape(body: &str) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => match chars.next()? {
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                '\'' => out.push('\''),
                't' => out.push('\t'),
                'n' => out.push('\n'),
                'u' => {
                    let rest = chars.as_str().strip_prefix('{')?;
                    let (hex, after) = rest.split_once('}')?;
                    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                    if c.is_control() {
                        return None;
                    }
                    out.push(c);
                    chars = after.chars();
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    Some(out)
}

/// The report of `expand`: the `tokens` a macro generates for the document
/// shown as `display`, formatted by rustfmt when it can be run, then the
/// `problems` of the documents (on stderr, and exit 1).
fn expanded(macro_name: &str, display: &str, tokens: &str, problems: String) -> Report {
    let mut report = Report::success(format!(
        "// The code `{macro_name}` generates for `{}`.\n\n",
        display.escape_debug()
    ));
    match rustfmt(tokens) {
        Ok(formatted) => report.stdout.push_str(&tidy(&formatted)),
        Err(reason) => {
            report.stdout.push_str(tokens);
            report.stdout.push('\n');
            report.stderr.push_str(&format!(
                "{}: the code is not formatted: {reason}\n",
                paint(HELP, "note")
            ));
        }
    }
    if !problems.is_empty() {
        report.stderr.push_str(&problems);
        report.status = Status::Failure;
    }
    report
}

/// The columns of `--column`, as the macro's `column` lines give them.
fn column_requests(catalogue: &Catalogue) -> Vec<ColumnRequest> {
    catalogue
        .columns
        .iter()
        .map(|(header, method)| ColumnRequest {
            header: header.clone(),
            method: method.clone(),
        })
        .collect()
}

fn check_options(catalogue: &Catalogue) -> CatalogueOptions {
    let mut options = CatalogueOptions::default();
    options.columns = column_requests(catalogue);
    options
}

/// The `--column`s, checked as `code_table!` checks its `column` lines.
fn check_columns(catalogue: &Catalogue) -> Result<(), String> {
    for (i, (header, method)) in catalogue.columns.iter().enumerate() {
        method_name(method)?;
        let earlier = &catalogue.columns[..i];
        if earlier.iter().any(|(h, _)| h == header) {
            return Err(format!("`--column {header}=…` is given twice"));
        }
        if earlier.iter().any(|(_, m)| m == method) {
            return Err(format!("two columns are named `{method}`"));
        }
    }
    Ok(())
}

/// `method` as a column's method name: an ASCII identifier, not a keyword,
/// nor a method the enum has.
fn method_name(method: &str) -> Result<(), String> {
    if catalogue::expand::METHODS.contains(&method) {
        return Err(format!(
            "`--column …={method}`: `{method}` is a method the enum already has"
        ));
    }
    type_name("--column", method).map(drop).map_err(|_| {
        format!("`--column …={method}`: the method must be an ASCII identifier such as `solution`")
    })
}

/// `check --catalogue FILE`: `code_table!`'s errors for the catalogue, or
/// what it defines; its notes either way. With `strict`, notes are problems
/// too.
pub fn check_catalogue(
    path: &Path,
    strict: bool,
    languages: &Languages,
    catalogue: &Catalogue,
) -> Report {
    let (_, checked, translations) = match read_catalogue(path, languages, catalogue) {
        Ok(read) => read,
        Err(message) => return unreadable(&message),
    };
    let all = || std::iter::once(&checked).chain(translations.iter().map(|(_, c)| c));
    if all().any(|c| !c.diagnostics.is_empty()) {
        let notes: String = all().map(notes).collect();
        let problems: String = all().map(problems).collect();
        return Report::error(Status::Failure, notes + &problems);
    }
    let found = &checked.table;
    let entries = found.entries.len();
    let categories = found.categories.len();
    let mut summary = format!(
        "{}: {entries} entr{} in {categories} categor{}",
        paint(OK, "ok"),
        if entries == 1 { "y" } else { "ies" },
        if categories == 1 { "y" } else { "ies" },
    );
    if let Some(title) = &found.title {
        summary.push_str(&format!(" ({title})"));
    }
    summary.push('\n');
    summary.push_str(&match found.code_type {
        Some(code_type) => format!(
            "codes: {}{}\n",
            code_type.rust(),
            if found.codes_unique {
                ", unique: from_code and TryFrom"
            } else {
                ", repeated: no from_code or TryFrom"
            }
        ),
        None => "codes: none (no code column)\n".to_owned(),
    });
    for column in &found.columns {
        let ty = column.value_type.rust();
        summary.push_str(&format!(
            "column `{}`: {}() -> {}\n",
            column.header,
            column.method,
            if column.optional {
                format!("Option<{ty}>")
            } else {
                ty.to_owned()
            }
        ));
    }
    for (tag, translated) in &translations {
        summary.push_str(&format!(
            "{}: translation {tag} (`{}`): {} of the {entries} entries\n",
            paint(OK, "ok"),
            translated.source.path(),
            translated.table.entries.len(),
        ));
    }
    checked_report(summary, strict, checked.source.path(), all())
}

/// A catalogue read and checked, with each of its translations (by tag).
type ReadCatalogue = (Document, CheckedCatalogue, Vec<(String, CheckedCatalogue)>);

/// Reads and checks the catalogue at `path` and each translation of
/// `languages`, as `code_table!` does; the error is a usage problem.
fn read_catalogue(
    path: &Path,
    languages: &Languages,
    catalogue: &Catalogue,
) -> Result<ReadCatalogue, String> {
    check_columns(catalogue)?;
    if languages.primary.is_none() && !languages.translations.is_empty() {
        return Err(
            "translations need the catalogue's own language: add `--as TAG`, such as `--as zh-CN`"
                .to_owned(),
        );
    }
    check_tags(languages)?;
    let document = read_as("code catalogue", path)?;
    let options = check_options(catalogue);
    let checked = catalogue::check(&document.display, &document.bytes, &options);
    let primary = checked.diagnostics.is_empty().then_some(&checked.table);
    let translations = languages
        .translations
        .iter()
        .map(|(tag, file)| {
            let translation = read_as("translation", file)?;
            let checked = catalogue::check_translation(
                &translation.display,
                &translation.bytes,
                primary,
                &document.display,
                &options,
            );
            Ok((tag.clone(), checked))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok((document, checked, translations))
}

/// `expand --catalogue FILE`: the code `code_table!` generates for the
/// catalogue, as [`expand`] prints it.
pub fn expand_catalogue(
    path: &Path,
    name: Option<&str>,
    languages: &Languages,
    catalogue: &Catalogue,
) -> Report {
    let (document, checked, translations) = match read_catalogue(path, languages, catalogue) {
        Ok(read) => read,
        Err(message) => return unreadable(&message),
    };
    let mut options = catalogue::expand::Options::new(&document.display);
    if let Some(name) = name {
        match type_name("--name", name) {
            Ok(name) => options.name = name,
            Err(message) => return unreadable(&message),
        }
    }
    if let Some(tag) = &languages.primary {
        let mut generated = CodegenLanguages::new(tag.clone(), options.vis.clone());
        generated.translations = translations
            .iter()
            .zip(&languages.translations)
            .map(|((tag, checked), (_, file))| Translation {
                tag: tag.clone(),
                display_path: file.to_string_lossy().into_owned(),
                tracking_path: None,
                table: checked.table.clone(),
            })
            .collect();
        options.languages = Some(generated);
    }
    let others: Vec<(&CheckedCatalogue, Span)> = translations
        .iter()
        .map(|(_, c)| (c, Span::call_site()))
        .collect();
    let tokens =
        catalogue::generate_with(&checked, &others, &options, Span::call_site()).to_string();
    let problems: String = std::iter::once(&checked)
        .chain(others.iter().map(|(c, _)| *c))
        .map(problems)
        .collect();
    expanded("code_table!", &document.display, &tokens, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_attributes_become_comments() {
        let code = "#[doc = \" **404 Not Found**\"]\n    #[doc = \"\"]\n    #[doc = \" a \\\"b\\\" \\\\ \\u{2022}\"]\n    #[doc = r\" raw \\n\"]\n    #[doc = r#\" `\"x\"`\"#]\npub enum X {}\n";
        assert_eq!(
            tidy(code),
            "/// **404 Not Found**\n    ///\n    /// a \"b\" \\ •\n    /// raw \\n\n    /// `\"x\"`\npub enum X {}\n"
        );
    }

    #[test]
    fn doc_attributes_that_cannot_be_comments_stay() {
        for line in [
            "#[doc = \"two\\n/lines\"]",
            "#[doc = \"/x\"]",
            "#[doc = \"a\\rb\"]",
            "#[doc = \"\\u{0}\"]",
            "#[doc = \"x\"] struct A;",
            "#[doc = r\"a\"b\"]",
            "#[doc(alias = \"404\")]",
        ] {
            assert_eq!(tidy(line), format!("{line}\n"));
        }
    }

    #[test]
    fn multi_line_doc_attributes_become_one_comment_per_line() {
        assert_eq!(
            tidy("    #[doc = \" First.\\n\\n Second.\"]"),
            "    /// First.\n    ///\n    /// Second.\n"
        );
    }

    #[test]
    fn derive_paths_lose_their_spaces() {
        let code = "#[derive(\n    :: core :: clone :: Clone,\n    :: core :: fmt :: Debug,\n)]\nfn f(a: u8) -> u8 { a }\n#[derive(:: core :: marker :: Copy)]\n";
        assert_eq!(
            tidy(code),
            "#[derive(\n    ::core::clone::Clone,\n    ::core::fmt::Debug,\n)]\nfn f(a: u8) -> u8 { a }\n#[derive(::core::marker::Copy)]\n"
        );
    }

    #[test]
    fn type_names_must_be_identifiers() {
        assert!(type_name("--name", "Status").is_ok());
        assert!(type_name("--name", "_Status2").is_ok());
        for bad in ["", "_", "2xx", "Status-Code", "Self", "enum", "状态"] {
            assert!(type_name("--name", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_two_enums_need_different_names() {
        let names = Names {
            name: Some("StatusClass".into()),
            class_name: None,
        };
        assert!(options("a.md", &names).is_err());
    }
}
