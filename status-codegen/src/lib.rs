//! Turns a Markdown description of HTTP status codes into a Rust enum.
//!
//! This is the engine behind the `status_table!` macro of `status-macros`,
//! kept in a plain library so that the macro, the `status-explain` command
//! line (`check`, `expand`) and the benchmarks share one implementation.
//!
//! The work runs in four phases, one private module each:
//!
//! 1. `parse`: Markdown to the document as written, its sections and
//!    entries with their source spans, in this crate's compact format or in
//!    MDN's (front matter, KumaScript macros, definition descriptions); each
//!    description is rendered as rustdoc Markdown and as plain text by a
//!    `render` module of its own;
//! 2. [`model`]: the types the phases share, of which the validated
//!    [`model::Table`] is public;
//! 3. `validate`: the document to a [`model::Table`], checking codes,
//!    reason phrases, classes and duplicates, and noting where the document
//!    differs from the IANA registry;
//! 4. [`expand`]: [`model::Table`] to Rust tokens.
//!
//! Every phase reports its problems to one collector, so that one run
//! reports them all: [`Checked`] holds them as [`diagnostic::Diagnostic`]s.
//!
//! The public API is what the macros and the explainer need: [`check`] (and
//! [`check_with`], [`check_translation`]) to read a document, [`load`] to
//! read its file, [`generate`] for the items, and [`expand::Options`] to
//! name them; [`request`] and [`run`] are what the macros and the
//! explainer's `check` and `expand` run: the call's request, checked, then
//! its documents read, checked and expanded.
//!
//! [`catalogue`] runs the same phases on any code catalogue (a team's
//! error codes in a table or bullets), for the `code_table!` macro.
//!
//! ```
//! let document = "## 客户端响应\n\n- 404 Not Found\n\n  请求失败。\n";
//! let checked = status_codegen::check("docs/status.md", document.as_bytes());
//! assert!(checked.diagnostics.is_empty());
//! assert_eq!(checked.table.entries[0].ident, "NotFound");
//! ```

#[cfg(feature = "catalogue")]
pub mod catalogue;
pub mod diagnostic;
pub mod expand;
mod iana;
pub mod model;
mod parse;
mod render;
pub mod request;
pub mod run;
mod validate;

pub use parse::MAX_DOCUMENT_BYTES;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};

use diagnostic::{Diagnostic, Diagnostics, Source};
use model::Table;

/// A document after parsing and validation: a status document's
/// [`Table`], or a code catalogue's [`catalogue::model::Catalogue`].
#[derive(Debug)]
#[non_exhaustive]
pub struct Checked<T = Table> {
    /// The document's text, for rendering diagnostics.
    pub source: Source,
    /// The valid part of the document. Complete when `diagnostics` is empty.
    pub table: T,
    /// Every problem found, in document order.
    pub diagnostics: Vec<Diagnostic>,
    /// What is worth a word but is no problem, in document order: sections
    /// left out, unknown macros, reason phrases that differ from the IANA
    /// registry's, codes that repeat. The macros ignore them; `check` shows
    /// them.
    pub notes: Vec<Diagnostic>,
}

/// How a document is read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DocumentOptions {
    /// What root-relative links (`/en-US/docs/Web/HTTP`) are relative to:
    /// [`DocumentOptions::MDN`] unless the caller says otherwise.
    pub link_base: String,
}

impl DocumentOptions {
    /// The site of MDN Web Docs, whose pages link root-relative.
    pub const MDN: &'static str = "https://developer.mozilla.org";
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions {
            link_base: DocumentOptions::MDN.to_owned(),
        }
    }
}

impl<T> Checked<T> {
    /// Each problem rendered the way rustc shows errors, at most
    /// [`diagnostic::MAX_REPORTED`] of them, then one line that counts the
    /// rest.
    pub fn rendered_diagnostics(&self) -> Vec<String> {
        let mut rendered: Vec<String> = self
            .diagnostics
            .iter()
            .take(diagnostic::MAX_REPORTED)
            .map(|d| d.render(&self.source))
            .collect();
        let rest = self
            .diagnostics
            .len()
            .saturating_sub(diagnostic::MAX_REPORTED);
        if rest > 0 {
            rendered.push(format!(
                "{rest} more problems in `{}` are not shown",
                diagnostic::escape(self.source.path())
            ));
        }
        rendered
    }

    /// Each note rendered the way rustc shows notes.
    pub fn rendered_notes(&self) -> Vec<String> {
        self.notes.iter().map(|d| d.render(&self.source)).collect()
    }
}

/// Parses and validates the document `bytes`, read from `path` (used only in
/// messages), with the default [`DocumentOptions`].
pub fn check(path: &str, bytes: &[u8]) -> Checked {
    check_with(path, bytes, &DocumentOptions::default())
}

/// Parses and validates the document `bytes`, read from `path` (used only in
/// messages).
pub fn check_with(path: &str, bytes: &[u8], options: &DocumentOptions) -> Checked {
    check_as(path, bytes, options, None)
}

/// Parses and validates the document `bytes`, read from `path` (used only in
/// messages), as a translation of the document whose table is `primary`:
/// the same rules, but its reason phrases name nothing; a code that
/// `primary` lacks is an error, and a code that the translation lacks or a
/// reason phrase that differs from the primary's is a note. Pass `None` for
/// `primary` when the primary document has problems, so that they do not
/// cascade into the translation's.
pub fn check_translation(
    path: &str,
    bytes: &[u8],
    options: &DocumentOptions,
    primary: Option<&Table>,
) -> Checked {
    check_as(path, bytes, options, Some(primary))
}

fn check_as(
    path: &str,
    bytes: &[u8],
    options: &DocumentOptions,
    translation_of: Option<Option<&Table>>,
) -> Checked {
    run_phases("status document", path, bytes, |source, diagnostics| {
        let document = parse::parse(source, &options.link_base, diagnostics);
        match translation_of {
            None => validate::validate(&document, source, diagnostics),
            Some(primary) => {
                validate::validate_translation(&document, source, primary, diagnostics)
            }
        }
    })
}

/// Decodes `bytes`, read from `path` (a `what`, for messages), and runs
/// `phases` on the text: what they made of it (the default when it cannot
/// be decoded), with the problems and notes they reported, in document
/// order.
pub(crate) fn run_phases<T: Default>(
    what: &str,
    path: &str,
    bytes: &[u8],
    phases: impl FnOnce(&Source, &mut Diagnostics) -> T,
) -> Checked<T> {
    let source = match parse::decode_as(what, path, bytes) {
        Ok(source) => source,
        Err(error) => {
            let (source, diagnostic) = *error;
            return Checked {
                source,
                table: T::default(),
                diagnostics: vec![diagnostic],
                notes: Vec::new(),
            };
        }
    };
    let mut diagnostics = Diagnostics::default();
    let table = phases(&source, &mut diagnostics);
    let (mut diagnostics, mut notes) = diagnostics.into_parts();
    diagnostics.sort_by_key(|d| d.primary.span.start);
    notes.sort_by_key(|d| d.primary.span.start);
    Checked {
        source,
        table,
        diagnostics,
        notes,
    }
}

/// Where `status_table!` looks for a document: `path` relative to `base`, the
/// invoking crate's `CARGO_MANIFEST_DIR`. An absolute `path` is used as is.
///
/// The result is only joined, not normalized: [`load`] leaves symbolic links
/// and `..` to the operating system, in the order the path names them.
pub fn resolve(base: &Path, path: &str) -> PathBuf {
    base.join(path)
}

/// A document read by [`load`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Loaded {
    /// The file read: `resolved` with every symbolic link, `.` and `..`
    /// resolved by the operating system, as it opens the file. This is the
    /// path to track for rebuilds (`include_bytes!`), so that the file the
    /// compiler watches is the file that was read.
    pub path: PathBuf,
    /// Its bytes, at most one past [`MAX_DOCUMENT_BYTES`].
    pub bytes: Vec<u8>,
}

/// Reads the document at `resolved`, which `path` names: the one function
/// by which both `status_table!` and the explainer's `check` read a file, so
/// that both read the same file for the same path.
///
/// Anything that is not a regular file after following symbolic links (a
/// directory, a FIFO, a socket, a device) is refused before it is opened:
/// opening a FIFO for reading blocks until something writes to it. When the
/// file cannot be read, the [`LoadError`] names `path` and where it led, and
/// says where relative paths start: `base`, such as "the crate root
/// (CARGO_MANIFEST_DIR), /home/me/app".
pub fn load(path: &str, resolved: &Path, base: &str) -> Result<Loaded, LoadError> {
    load_as("status document", path, resolved, base)
}

/// [`load`], with messages that call the file `what`: "code catalogue" for
/// `code_table!`, "translation" for a translation.
pub fn load_as(what: &str, path: &str, resolved: &Path, base: &str) -> Result<Loaded, LoadError> {
    let failed = |problem: LoadProblem, at: &Path| LoadError {
        what: what.to_owned(),
        path: path.to_owned(),
        resolved: at.to_owned(),
        base: base.to_owned(),
        problem,
    };
    let io = |error: std::io::Error, at: &Path| {
        failed(
            match error.kind() {
                std::io::ErrorKind::NotFound => LoadProblem::NotFound,
                _ => LoadProblem::Io(error),
            },
            at,
        )
    };
    let canonical = std::fs::canonicalize(resolved).map_err(|error| io(error, resolved))?;
    let metadata = std::fs::metadata(&canonical).map_err(|error| io(error, &canonical))?;
    if let Some(kind) = not_a_file(&metadata.file_type()) {
        return Err(failed(LoadProblem::NotAFile(kind), &canonical));
    }
    // Never more than one byte past the limit, which `check` then refuses:
    // a runaway file costs no more memory than an acceptable one.
    let limit = MAX_DOCUMENT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let file = std::fs::File::open(&canonical).map_err(|error| io(error, &canonical))?;
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|error| io(error, &canonical))?;
    Ok(Loaded {
        path: canonical,
        bytes,
    })
}

/// Why [`load`] could not read a document.
///
/// Its `Display` is the message `status_table!` and the explainer show: what
/// went wrong with the path as the user wrote it, then a note with the path
/// it resolved to and one with where relative paths start. Every path is
/// escaped, so that no invisible character reaches a terminal raw.
#[derive(Debug)]
pub struct LoadError {
    what: String,
    path: String,
    resolved: PathBuf,
    base: String,
    problem: LoadProblem,
}

/// What kept [`load`] from reading a file.
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadProblem {
    /// Nothing exists at the path.
    NotFound,
    /// Something other than a regular file is there: "a directory", "a
    /// FIFO", "a socket"…
    NotAFile(&'static str),
    /// The system refused to read it.
    Io(std::io::Error),
}

impl LoadError {
    /// What went wrong.
    pub fn problem(&self) -> &LoadProblem {
        &self.problem
    }

    /// The path the failure concerns, as far as it was resolved: with its
    /// symbolic links resolved when the file was found.
    pub fn resolved(&self) -> &Path {
        &self.resolved
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The path comes from the user (or from a file name): no raw
        // invisible character in our messages.
        let what = &self.what;
        let shown = diagnostic::escape(&self.path);
        match &self.problem {
            LoadProblem::NotFound => write!(f, "cannot find {what} `{shown}`")?,
            LoadProblem::NotAFile(kind) => {
                let expected = if *kind == "a directory" {
                    "a Markdown file"
                } else {
                    "a regular file"
                };
                write!(f, "`{shown}` is {kind}, not {expected}")?;
            }
            LoadProblem::Io(error) => write!(f, "cannot read {what} `{shown}` ({error})")?,
        }
        write!(
            f,
            "\n  = note: resolved to {}\n  = note: relative paths start at {}",
            diagnostic::escape(&self.resolved.display().to_string()),
            diagnostic::escape(&self.base)
        )
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            LoadProblem::Io(error) => Some(error),
            LoadProblem::NotFound | LoadProblem::NotAFile(_) => None,
        }
    }
}

/// What kind of thing other than a regular file `file_type` is, if it is
/// not one: "a directory", "a FIFO"...
fn not_a_file(file_type: &std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return Some("a FIFO");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
        if file_type.is_char_device() {
            return Some("a character device");
        }
        if file_type.is_block_device() {
            return Some("a block device");
        }
    }
    Some("a special file")
}

/// The Rust items for a checked document, with `compile_error!`s for its
/// problems, placed at `error_span` (the macro's argument).
///
/// After an error the valid entries still expand, with every class (see
/// [`expand::skeleton`]), so that the crate using the macro sees the
/// document's problems and not a cascade of errors about a missing type.
pub fn generate(checked: &Checked, options: &expand::Options, error_span: Span) -> TokenStream {
    let errors = compile_errors(checked, error_span);
    let items = items(Some(checked), options);
    quote::quote! {
        #(#errors)*
        #items
    }
}

/// The items for `checked`: all of them when it has no problem, else a
/// skeleton of its valid part, or of no entry when the document could not
/// be read (`None`).
pub(crate) fn items(checked: Option<&Checked>, options: &expand::Options) -> TokenStream {
    match checked {
        Some(checked) if checked.diagnostics.is_empty() => expand::expand(&checked.table, options),
        Some(checked) => expand::skeleton(&checked.table, options),
        None => expand::skeleton(&Table::default(), options),
    }
}

/// A `compile_error!` for each problem of `checked`, placed at `span`.
pub(crate) fn compile_errors<T>(checked: &Checked<T>, span: Span) -> Vec<TokenStream> {
    checked
        .rendered_diagnostics()
        .into_iter()
        .map(|message| quote::quote_spanned!(span=> ::core::compile_error! { #message }))
        .collect()
}
