//! Turns a Markdown description of HTTP status codes into a Rust enum.
//!
//! This is the engine behind the `status_table!` macro of `status-macros`,
//! kept in a plain library so that the macro, the `status-explain` command
//! line (`check`, `expand`) and the benchmarks share one implementation.
//!
//! The work runs in four phases, one module each:
//!
//! 1. [`parse`]: Markdown to [`model::Document`], the sections and entries as
//!    written, with their source spans;
//! 2. [`model`]: the types both phases share;
//! 3. [`validate`]: [`model::Document`] to [`model::Table`], checking codes,
//!    reason phrases, classes and duplicates;
//! 4. [`expand`]: [`model::Table`] to Rust tokens.
//!
//! Every phase reports its problems to one [`diagnostic::Diagnostics`], so
//! that one run reports them all.
//!
//! ```
//! let document = "## 客户端响应\n\n- 404 Not Found\n\n  请求失败。\n";
//! let checked = status_codegen::check("docs/status.md", document.as_bytes());
//! assert!(checked.diagnostics.is_empty());
//! assert_eq!(checked.table.entries[0].ident, "NotFound");
//! ```

pub mod diagnostic;
pub mod expand;
pub mod model;
pub mod parse;
pub mod validate;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};

use diagnostic::{Diagnostic, Diagnostics, Source};
use model::Table;

/// A document after parsing and validation.
#[derive(Debug)]
pub struct Checked {
    /// The document's text, for rendering diagnostics.
    pub source: Source,
    /// The valid part of the document. Complete when `diagnostics` is empty.
    pub table: Table,
    /// Every problem found, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
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
                self.source.path()
            ));
        }
        rendered
    }
}

/// Parses and validates the document `bytes`, read from `path` (used only in
/// messages).
pub fn check(path: &str, bytes: &[u8]) -> Checked {
    let source = match parse::decode(path, bytes) {
        Ok(source) => source,
        Err(error) => {
            let (source, diagnostic) = *error;
            return Checked {
                source,
                table: Table::default(),
                diagnostics: vec![diagnostic],
            };
        }
    };
    let mut diagnostics = Diagnostics::default();
    let document = parse::parse(&source, &mut diagnostics);
    let table = validate::validate(&document, &source, &mut diagnostics);
    let mut diagnostics = diagnostics.into_vec();
    diagnostics.sort_by_key(|d| d.primary.span.start);
    Checked {
        source,
        table,
        diagnostics,
    }
}

/// Where `status_table!` looks for a document: `path` relative to `base`, the
/// invoking crate's `CARGO_MANIFEST_DIR`. An absolute `path` is used as is.
pub fn resolve(base: &Path, path: &str) -> PathBuf {
    base.join(path)
}

/// Reads the document at `resolved`, which `path` names. When it cannot, the
/// message names both, and says where relative paths start: `base`, such as
/// "the crate root (CARGO_MANIFEST_DIR), /home/me/app".
pub fn read(path: &str, resolved: &Path, base: &str) -> Result<Vec<u8>, String> {
    let notes = format!(
        "\n  = note: resolved to {}\n  = note: relative paths start at {base}",
        resolved.display()
    );
    if resolved.is_dir() {
        return Err(format!(
            "`{path}` is a directory, not a Markdown file{notes}"
        ));
    }
    // Never more than one byte past the limit, which `check` then refuses:
    // a runaway file costs no more memory than an acceptable one.
    let limit = parse::MAX_DOCUMENT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    std::fs::File::open(resolved)
        .and_then(|file| file.take(limit).read_to_end(&mut bytes))
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound => format!("cannot find status document `{path}`{notes}"),
            _ => format!("cannot read status document `{path}` ({error}){notes}"),
        })?;
    Ok(bytes)
}

/// The Rust items for a checked document, with `compile_error!`s for its
/// problems, placed at `error_span` (the macro's argument).
///
/// After an error the valid entries still expand, with every class (see
/// [`expand::skeleton`]), so that the crate using the macro sees the
/// document's problems and not a cascade of errors about a missing type.
pub fn generate(checked: &Checked, options: &expand::Options, error_span: Span) -> TokenStream {
    let items = if checked.diagnostics.is_empty() {
        expand::expand(&checked.table, options)
    } else {
        expand::skeleton(&checked.table, options)
    };
    let errors = checked
        .rendered_diagnostics()
        .into_iter()
        .map(|message| quote::quote_spanned!(error_span=> ::core::compile_error! { #message }));
    quote::quote! {
        #(#errors)*
        #items
    }
}
