//! The emitters: a validated document to Rust items.
//!
//! - `status`: a status [`Table`] to the status enum, its class enum,
//!   their methods and trait impls ([`expand`], [`skeleton`]);
//! - `catalogue`: a code catalogue to its enum (`code_table!`), public as
//!   `status_codegen::catalogue::expand`;
//! - what both share, each once: [`Options`], the error types (`errors`),
//!   the language enum and the `[language][position]` tables
//!   ([`language`]), and the docs, derives, aliases and tracking lines
//!   below.
//!
//! The generated code refers to everything by absolute path (`::core::…`),
//! uses no trait method that needs a prelude, and has no `unsafe`, so it
//! compiles in `no_std`, `no_implicit_prelude` and `forbid(unsafe_code)`
//! crates, and next to a crate's own `Result`, `Option` or `fmt`.

#[cfg(feature = "catalogue")]
pub mod catalogue;
pub(crate) mod errors;
pub mod language;
mod status;
mod template;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

pub use self::status::{expand, skeleton};
use crate::model::Table;

/// A validated document that an emitter turns into an enum: a status
/// [`Table`], or a code catalogue for `code_table!`.
pub trait Model {
    /// The enum's name unless the caller gives one: `StatusCode`.
    const NAME: &'static str;
    /// One entry: a variant of the enum.
    type Entry;
    /// The entries, in document order.
    fn entries(&self) -> &[Self::Entry];
    /// This document's entry for `entry` of the primary document, when this
    /// is a translation: the one with the same code (status tables) or name
    /// (catalogues).
    fn find(&self, entry: &Self::Entry) -> Option<&Self::Entry>;
    /// The entry's description as plain text.
    fn text(entry: &Self::Entry) -> &str;
}

/// How the generated items are named and decorated, for a document of
/// type `T`: a status [`Table`] (the default) or a code catalogue.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Options<T = Table> {
    /// Attributes put on the enum, after its docs and before its derives:
    /// `#[non_exhaustive]`, `#[derive(serde::Serialize)]`.
    pub attrs: TokenStream,
    /// Visibility of every generated item: `pub`, `pub(crate)`, or nothing.
    pub vis: TokenStream,
    /// Name of the enum.
    pub name: Ident,
    /// Attributes put on the class enum (status tables only: a catalogue
    /// has no class enum).
    pub class_attrs: TokenStream,
    /// Visibility of the class enum (status tables only).
    pub class_vis: TokenStream,
    /// Name of the class enum (status tables only).
    pub class_name: Ident,
    /// The document's path as the user wrote it, for docs and messages.
    pub display_path: String,
    /// The path for `include_bytes!`, so that the compiler rebuilds when the
    /// document changes; `None` emits no tracking line.
    pub tracking_path: Option<String>,
    /// The languages, when the caller gave the primary document's tag
    /// (`as "zh-CN"`): a language enum, and the `…_in` methods and
    /// `translation` that read each document. `None` generates none of them.
    pub languages: Option<language::Languages<T>>,
}

impl<T: Model> Options<T> {
    /// `pub enum` [`Model::NAME`] (and `pub enum StatusClass`) for the
    /// document at `display_path`.
    pub fn new(display_path: impl Into<String>) -> Self {
        Options {
            attrs: TokenStream::new(),
            vis: quote!(pub),
            name: ident(T::NAME),
            class_attrs: TokenStream::new(),
            class_vis: quote!(pub),
            class_name: ident("StatusClass"),
            display_path: display_path.into(),
            tracking_path: None,
            languages: None,
        }
    }
}

impl<T> Options<T> {
    /// `Parse{Name}Error`, the error of `FromStr`.
    fn parse_error(&self) -> Ident {
        errors::error_type_name("Parse", &self.name)
    }

    /// `TryFrom{Name}Error`, the error of `TryFrom` a code.
    fn try_from_error(&self) -> Ident {
        errors::error_type_name("TryFrom", &self.name)
    }
}

/// The line that makes the compiler rebuild the invoking crate when the
/// document at `path` changes; nothing without a path.
pub(crate) fn tracking(path: Option<&str>) -> TokenStream {
    path.map(|path| {
        quote! {
            // Makes the compiler rebuild this crate when the document changes.
            const _: &[u8] = ::core::include_bytes!(#path);
        }
    })
    .unwrap_or_default()
}

/// One `#[doc = "…"]` attribute holding all of `markdown`, each non-empty
/// line prefixed by a space, as `///` comments expand: rustdoc renders it
/// exactly as one attribute per line (it joins attributes with line breaks,
/// then removes the common indentation of every line), but it is one token
/// and one attribute for the compiler, whatever the number of lines. One
/// attribute per line cost the compiler about 750 bytes of memory per byte
/// of a description of short lines.
pub(crate) fn doc(markdown: &str) -> TokenStream {
    if markdown.is_empty() {
        return TokenStream::new();
    }
    let mut text = String::with_capacity(markdown.len() + markdown.len() / 8 + 1);
    for (i, line) in markdown.lines().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        if !line.is_empty() {
            text.push(' ');
            text.push_str(line);
        }
    }
    quote!(#[doc = #text])
}

/// `#[doc(alias = "…")]` for each of `aliases` that rustc accepts on the
/// item `item`, each once: rustc refuses an alias that is empty, holds `"`,
/// `'` or white space other than a space, starts or ends with a space, or
/// is the item's own name, and warns of one given twice. The others would
/// fail the build inside the macro's expansion, for a document that is
/// otherwise valid; they are only a search hint, so they are left out.
pub(crate) fn doc_aliases(item: &str, aliases: impl IntoIterator<Item = String>) -> TokenStream {
    let item = item.strip_prefix("r#").unwrap_or(item);
    let mut kept: Vec<String> = Vec::new();
    for alias in aliases {
        if doc_alias_allowed(&alias) && alias != item && !kept.contains(&alias) {
            kept.push(alias);
        }
    }
    quote!(#(#[doc(alias = #kept)])*)
}

/// Whether rustc accepts `alias` in `#[doc(alias = "…")]`, on any item but
/// one of that name.
fn doc_alias_allowed(alias: &str) -> bool {
    !alias.is_empty()
        && !alias.starts_with(' ')
        && !alias.ends_with(' ')
        && !alias
            .chars()
            .any(|c| c == '"' || c == '\'' || (c.is_whitespace() && c != ' '))
}

pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// A `[T; N]` type whose length is written as a plain number.
pub(crate) fn len(n: usize) -> Literal {
    Literal::usize_unsuffixed(n)
}

/// The traits every generated enum derives, with the `core` module of
/// each. The error types derive the first six: all but the ordering.
pub const ENUM_DERIVES: [(&str, &str); 8] = [
    ("clone", "Clone"),
    ("marker", "Copy"),
    ("fmt", "Debug"),
    ("cmp", "PartialEq"),
    ("cmp", "Eq"),
    ("hash", "Hash"),
    ("cmp", "PartialOrd"),
    ("cmp", "Ord"),
];

/// `#[derive(…)]` for an enum of entries: [`ENUM_DERIVES`] but `Debug`,
/// which the emitters implement by reading a table of identifiers, since
/// its derive matches on every variant, and costs rustc time and memory
/// in proportion.
pub(crate) fn entry_derives() -> TokenStream {
    let traits: Vec<(&str, &str)> = (ENUM_DERIVES.into_iter())
        .filter(|(_, name)| *name != "Debug")
        .collect();
    derive(&traits)
}

/// `#[derive(::core::clone::Clone, …)]` for `traits`.
pub(crate) fn derive(traits: &[(&str, &str)]) -> TokenStream {
    let paths = traits.iter().map(|(module, name)| {
        let (module, name) = (ident(module), ident(name));
        quote!(::core::#module::#name)
    });
    quote!(#[derive(#(#paths),*)])
}

#[cfg(test)]
mod tests {
    use super::doc_aliases;

    #[test]
    fn aliases_rustc_refuses_are_left_out() {
        let kept = |item: &str, aliases: &[&str]| {
            doc_aliases(item, aliases.iter().map(|&a| a.to_owned())).to_string()
        };
        assert_eq!(kept("NotFound", &["404"]), r#"# [doc (alias = "404")]"#);
        assert_eq!(
            kept(
                "ItS",
                &[
                    "it's", "A\"B", "", " lead", "trail ", "a\tb", "a\nb", "a\u{a0}b"
                ]
            ),
            ""
        );
        // A space inside is fine; the item's own name and a repeat are not.
        assert_eq!(
            kept("r#Type", &["two words", "Type", "two words"]),
            r#"# [doc (alias = "two words")]"#
        );
    }
}
