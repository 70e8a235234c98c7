//! Schemas: what a kind of document must say, checked on the raw document
//! ([`crate::raw`]) that the reader made of it.
//!
//! Each schema tells the reader the [`Layout`] it expects, then validates
//! the raw document into its model with one small function per rule:
//! - `status`: HTTP status documents, into [`crate::model::Table`];
//! - `catalogue`: code catalogues, into
//!   [`crate::catalogue::model::Catalogue`].
//!
//! The rules both share (sections left out, documents without entries,
//! entries without a description, keys listed twice, identifiers, a
//! translation's keys against its primary's) are in `rules`.

#[cfg(feature = "catalogue")]
pub(crate) mod catalogue;
pub(crate) mod rules;
pub(crate) mod status;

use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::raw::Document;
use crate::read::{self, Layout, decode};
use crate::{Checked, DocumentOptions};

/// Decodes `bytes`, read from `path` (a `what`, for messages), reads them
/// as `layout` expects and `options` say, and validates the raw document with `validate`: what it
/// made of it (the default when the bytes cannot be decoded), with the
/// problems and notes reported, in document order.
pub(crate) fn check<T: Default>(
    what: &str,
    path: &str,
    bytes: &[u8],
    options: &DocumentOptions,
    layout: Layout,
    validate: impl FnOnce(&Document, &Source, &mut Diagnostics) -> T,
) -> Checked<T> {
    let source = match decode::decode_as(what, path, bytes) {
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
    let document = read::read(&source, options, layout, &mut diagnostics);
    let table = validate(&document, &source, &mut diagnostics);
    let (diagnostics, notes) = in_order(diagnostics);
    Checked {
        source,
        table,
        diagnostics,
        notes,
    }
}

/// The problems and notes reported, each in document order: out of the
/// generic [`check`], so that the sort is compiled once.
fn in_order(diagnostics: Diagnostics) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let (mut problems, mut notes) = diagnostics.into_parts();
    for list in [&mut problems, &mut notes] {
        list.sort_by_key(|d| d.primary.span.start);
    }
    (problems, notes)
}
