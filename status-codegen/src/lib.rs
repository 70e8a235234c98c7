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
mod load;
pub mod model;
mod raw;
mod read;
mod render;
pub mod request;
pub mod run;
mod schema;

pub use load::{LoadError, LoadProblem, Loaded, load, load_as, resolve};
pub use read::decode::MAX_DOCUMENT_BYTES;

use proc_macro2::{Span, TokenStream};

use diagnostic::{Diagnostic, Source};
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
    schema::check(
        "status document",
        path,
        bytes,
        &options.link_base,
        schema::status::LAYOUT,
        |document, source, diagnostics| {
            schema::status::validate(document, source, translation_of, diagnostics)
        },
    )
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
