//! The second pipeline of the engine: any code catalogue (a team's own
//! error codes, in a table or in bullets) becomes a typed enum, for the
//! `code_table!` macro.
//!
//! It runs the same phases as status documents, one module each, and
//! shares what they have in common: the Markdown reading and the
//! description rendering of status documents, the collected diagnostics,
//! and the identifier making.
//!
//! 1. `parse`: Markdown to the raw catalogue, the categories and the rows
//!    of their tables and bullets, with source spans;
//! 2. [`model`]: the validated catalogue, [`model::Catalogue`];
//! 3. `validate`: the raw catalogue to [`model::Catalogue`], naming
//!    variants and typing codes and columns ([`check`] runs both, and
//!    [`check_translation`] checks a translation against the primary);
//! 4. [`expand`]: [`model::Catalogue`] to Rust tokens ([`generate`]).
//!
//! ```
//! use status_codegen::catalogue::{self, CatalogueOptions};
//!
//! let document = "| 错误码 | 错误名称 | 错误描述 |\n| -- | -- | -- |\n| 40001 | INVALID_SIGNATURE | 签名错误 |\n";
//! let checked = catalogue::check("docs/errors.md", document.as_bytes(), &CatalogueOptions::default());
//! assert!(checked.diagnostics.is_empty());
//! assert_eq!(checked.table.entries[0].ident, "InvalidSignature");
//! ```

pub mod expand;
mod language;
pub mod model;
mod parse;
mod translation;
mod validate;

use proc_macro2::{Span, TokenStream};

pub use crate::request::ColumnRequest;
use crate::{Checked, DocumentOptions, compile_errors, run_phases};
use model::Catalogue;
pub use translation::check_translation;

/// How a catalogue is read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CatalogueOptions {
    /// What links are relative to, as for status documents.
    pub document: DocumentOptions,
    /// The extra columns that become methods.
    pub columns: Vec<ColumnRequest>,
}

/// A catalogue after parsing and validation: its valid part is `table`.
pub type CheckedCatalogue = Checked<Catalogue>;

/// Parses and validates the catalogue `bytes`, read from `path` (used only
/// in messages).
pub fn check(path: &str, bytes: &[u8], options: &CatalogueOptions) -> CheckedCatalogue {
    run_phases("code catalogue", path, bytes, |source, diagnostics| {
        let raw = parse::parse(source, &options.document.link_base, diagnostics);
        validate::validate(&raw, &options.columns, source, diagnostics)
    })
}

/// The items for a catalogue that could not be read: the enum without
/// entries, with a method for each of `columns`, so that code naming the
/// type or its methods sees only the error that comes with it.
pub fn skeleton(columns: &[ColumnRequest], options: &expand::Options) -> TokenStream {
    let catalogue = Catalogue {
        columns: columns
            .iter()
            .enumerate()
            .map(|(position, request)| model::Column {
                header: request.header.clone(),
                method: request.method.clone(),
                position,
                value_type: model::ValueType::Str,
                optional: false,
            })
            .collect(),
        ..Catalogue::default()
    };
    expand::expand(&catalogue, options)
}

/// The Rust items for a checked catalogue, with `compile_error!`s for its
/// problems, placed at `error_span` (the macro's argument). After an error
/// the valid entries still expand, with every requested column, so that
/// code using the type sees the document's problems and no cascade.
pub fn generate(
    checked: &CheckedCatalogue,
    options: &expand::Options,
    error_span: Span,
) -> TokenStream {
    let errors = compile_errors(checked, error_span);
    let items = expand::expand(&checked.table, options);
    quote::quote! {
        #(#errors)*
        #items
    }
}
