//! Any code catalogue (a team's own error codes, in a table or in bullets)
//! becomes a typed enum, for the `code_table!` macro. It runs the engine's
//! phases, with the catalogue schema and emitter:
//!
//! 1. the crate's one reader makes the raw document of it, as the
//!    catalogue schema's layout asks (entry tables and coded bullets,
//!    anywhere);
//! 2. the catalogue schema validates it into [`model::Catalogue`], naming
//!    variants and typing codes and columns ([`check`] runs both, and
//!    [`check_translation`] checks a translation against the primary);
//! 3. [`expand`]: [`model::Catalogue`] to Rust tokens ([`generate`]).
//!
//! ```
//! use status_codegen::catalogue::{self, CatalogueOptions};
//!
//! let document = "| 错误码 | 错误名称 | 错误描述 |\n| -- | -- | -- |\n| 40001 | INVALID_SIGNATURE | 签名错误 |\n";
//! let checked = catalogue::check("docs/errors.md", document.as_bytes(), &CatalogueOptions::default());
//! assert!(checked.diagnostics.is_empty());
//! assert_eq!(checked.table.entries[0].ident, "InvalidSignature");
//! ```

pub use crate::expand::catalogue as expand;
pub mod model;

use proc_macro2::{Span, TokenStream};

pub use crate::request::ColumnRequest;
use crate::schema::{self, catalogue::LAYOUT};
use crate::{Checked, DocumentOptions, compile_errors};
use model::Catalogue;

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
    schema::check(
        "code catalogue",
        path,
        bytes,
        &options.document,
        LAYOUT,
        |raw, source, diagnostics| {
            schema::catalogue::validate(
                raw,
                &options.columns,
                &options.document,
                false,
                source,
                diagnostics,
            )
        },
    )
}

/// Parses and validates the translation `bytes`, read from `path`, of
/// `primary`, read from `primary_path`: with the rules of a catalogue, and
/// every name one that `primary` lists (an error at the name otherwise).
/// `primary` is `None` when the primary catalogue has problems of its own:
/// its entries are then incomplete, and a name missing from them is no
/// sign of a mistake here.
///
/// A column is found by the primary's header, or else at the primary's
/// position among the extra columns (a translation may translate its
/// headers). One the translation's tables lack is no problem: the
/// primary's value stands in for it.
pub fn check_translation(
    path: &str,
    bytes: &[u8],
    primary: Option<&Catalogue>,
    primary_path: &str,
    options: &CatalogueOptions,
) -> CheckedCatalogue {
    schema::check(
        "translation",
        path,
        bytes,
        &options.document,
        LAYOUT,
        |raw, source, diagnostics| {
            schema::catalogue::validate_translation(
                raw,
                &options.columns,
                &options.document,
                primary,
                primary_path,
                source,
                diagnostics,
            )
        },
    )
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
