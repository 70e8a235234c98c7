//! Turns a Markdown document into a Rust type: the engine behind the
//! `status_table!` and `code_table!` macros of `status-macros`, kept in a
//! plain library so that the macros, the `status-explain` command line
//! (`check`, `expand`) and the benchmarks share one implementation.
//!
//! One pipeline serves every document, whatever its kind and shape:
//!
//! 1. **The call's request** ([`request`]): the names, languages and
//!    columns a macro call (or the command line) asks for, checked against
//!    the methods the type will have, every problem at once.
//! 2. **Reading** (private `read` and `render`): [`load`] reads the file,
//!    then one reader turns the Markdown into one raw document, categories
//!    of entries with labelled cells and their source spans, in the layout
//!    the schema expects; descriptions become rustdoc Markdown and plain
//!    text.
//! 3. **Validation** (private `schema`): a schema checks the raw document,
//!    one small function per rule, into its model: the HTTP status schema
//!    into [`model::Table`], the catalogue schema into
//!    [`catalogue::model::Catalogue`]. Translations are checked against
//!    their primary document.
//! 4. **Emitting** ([`expand`]): one emitter per kind of type, sharing the
//!    language tables, docs, derives and error types, writes the items.
//!
//! [`run`] runs the four for a request: what both macros and the
//! explainer's `check` and `expand` call. Every phase reports to one
//! collector, so one run reports every problem: [`Checked`] holds them as
//! [`diagnostic::Diagnostic`]s, with the notes.
//!
//! For one document, [`check`] (and [`check_with`],
//! [`check_translation`], [`catalogue::check`]) read and validate it, and
//! [`generate`] ([`catalogue::generate`]) writes its items.
//!
//! ```
//! let document = "## 客户端响应\n\n- 404 Not Found\n\n  请求失败。\n";
//! let checked = status_codegen::check("docs/status.md", document.as_bytes());
//! assert!(checked.diagnostics.is_empty());
//! assert_eq!(checked.table.entries[0].ident, "NotFound");
//! ```
//!
//! What the documents may hold, what the macros generate and which errors
//! they report is the reference in the documentation of `status-macros`;
//! this crate is the implementation, for the tools built on it. Its
//! `catalogue` feature (on by default) holds `code_table!`'s pipeline.

#![deny(unreachable_pub)]
#![cfg_attr(docsrs, feature(doc_cfg))]

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
    /// The labels (table headers, field labels) that the call site maps to
    /// a cell's meaning, beside the reader's vocabulary:
    /// `code column "Fehlernummer";`.
    pub labels: Vec<(Label, String)>,
    /// `names from code;`: the variant names come from the codes, even
    /// where messages would give them.
    pub names_from_code: bool,
    /// `codes may repeat;`: a code may name several entries (the type then
    /// has no lookup by code), where a repeated code is otherwise an error.
    pub codes_may_repeat: bool,
}

/// What a label the call site maps means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Label {
    /// `code column "X";`: the code.
    Code,
    /// `name column "X";`: the name, which gives the variant name.
    Name,
    /// `description column "X";`: the description.
    Description,
}

impl DocumentOptions {
    /// The site of MDN Web Docs, whose pages link root-relative.
    pub const MDN: &'static str = "https://developer.mozilla.org";
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions {
            link_base: DocumentOptions::MDN.to_owned(),
            labels: Vec::new(),
            names_from_code: false,
            codes_may_repeat: false,
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
        options,
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
