//! [`Table`] to Rust: the status enum, its class enum, their methods and
//! trait impls, and two error types.
//!
//! The generated code refers to everything by absolute path (`::core::…`),
//! uses no trait method that needs a prelude, and has no `unsafe`, so it
//! compiles in `no_std`, `no_implicit_prelude` and `forbid(unsafe_code)`
//! crates, and next to a crate's own `Result`, `Option` or `fmt`.
//!
//! One file for each thing generated: `status.rs` (the status enum, its
//! inherent items and private helpers), `phrase.rs` (`from_reason`'s
//! lookup), `class.rs`, `conversions.rs` (the status enum's trait impls)
//! and `errors.rs`; `language.rs` adds the language enum and the tables of
//! translations when the caller names languages. This one puts them
//! together.

mod class;
mod conversions;
pub(crate) mod errors;
mod phrase;
mod status;

pub mod language;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use self::class::{class_enum, class_impl};
use self::conversions::conversions;
use self::errors::{error_impls, error_types};
use self::phrase::FromReason;
use self::status::{helpers, status_enum, status_impl};
use crate::model::{Class, ClassInfo, Entry, Table};

/// How the generated items are named and decorated.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Options {
    /// Attributes put on the status enum, after its docs and before its
    /// derives: `#[non_exhaustive]`, `#[derive(serde::Serialize)]`.
    pub attrs: TokenStream,
    /// Visibility of every generated item: `pub`, `pub(crate)`, or nothing.
    pub vis: TokenStream,
    /// Name of the status enum.
    pub name: Ident,
    /// Attributes put on the class enum.
    pub class_attrs: TokenStream,
    /// Visibility of the class enum.
    pub class_vis: TokenStream,
    /// Name of the class enum.
    pub class_name: Ident,
    /// The document's path as the user wrote it, for docs and messages.
    pub display_path: String,
    /// The path for `include_bytes!`, so that the compiler rebuilds when the
    /// document changes; `None` emits no tracking line.
    pub tracking_path: Option<String>,
    /// The languages, when the caller gave the primary document's tag
    /// (`as "zh-CN"`): a language enum, `description_in`, `translation` and
    /// `title_in`. `None` generates none of them.
    pub languages: Option<language::Languages>,
}

impl Options {
    /// `pub enum StatusCode` and `pub enum StatusClass` for the document at
    /// `display_path`.
    pub fn new(display_path: impl Into<String>) -> Self {
        Options {
            attrs: TokenStream::new(),
            vis: quote!(pub),
            name: Ident::new("StatusCode", Span::call_site()),
            class_attrs: TokenStream::new(),
            class_vis: quote!(pub),
            class_name: Ident::new("StatusClass", Span::call_site()),
            display_path: display_path.into(),
            tracking_path: None,
            languages: None,
        }
    }

    /// `Parse{Name}Error`, the error of `FromStr`.
    fn parse_error(&self) -> Ident {
        errors::error_type_name("Parse", &self.name)
    }

    /// `TryFrom{Name}Error`, the error of `TryFrom<u16>`.
    fn try_from_error(&self) -> Ident {
        errors::error_type_name("TryFrom", &self.name)
    }
}

/// The generated items for `table`: the two enums and the two error types,
/// then everything else inside an anonymous `const _: () = { … };`, as
/// askama and pest generate: the impls, which take effect wherever they
/// are written, and the private helpers they call, as free items of that
/// block. Names declared in a block are in scope only inside it, so the
/// generated types' inherent items are exactly their documented API, and
/// the user may define an item of any other name on them or beside them.
pub fn expand(table: &Table, options: &Options) -> TokenStream {
    let tracking = tracking(options.tracking_path.as_deref());
    let from_reason = FromReason::new(table, options);
    let status = status_enum(table, options);
    let class = class_enum(table, options);
    let error_types = error_types(options);
    let status_impl = status_impl(table, options, &from_reason);
    let class_impl = class_impl(table, options);
    let conversions = conversions(options);
    let error_impls = error_impls(table, options);
    let helpers = helpers(table, options, &from_reason);
    let (language_enum, language_items) = language::expand(table, options);
    quote! {
        #tracking
        #status
        #class
        #error_types

        #[allow(
            deprecated,
            reason = "the generated code names deprecated variants; the user's code gets the warning"
        )]
        const _: () = {
            #status_impl
            #class_impl
            #conversions
            #error_impls
            #helpers
            #language_items
        };

        #language_enum
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

/// The items after a problem in the document: the valid part of `table`,
/// and every class the document lacks (without codes), so that code naming
/// any class, or calling `class()`, keeps compiling and the only errors are
/// the document's.
pub fn skeleton(table: &Table, options: &Options) -> TokenStream {
    let mut complete = table.clone();
    for class in Class::ALL.into_iter() {
        if !complete.classes.iter().any(|info| info.class == class) {
            complete.classes.push(ClassInfo {
                class,
                title: class.english().to_owned(),
                intro: String::new(),
            });
        }
    }
    expand(&complete, options)
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

pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn variant(entry: &Entry) -> Ident {
    ident(&entry.ident)
}

fn class_variant(class: Class) -> Ident {
    ident(class.ident())
}

/// A `[T; N]` type whose length is written as a plain number.
pub(crate) fn len(n: usize) -> Literal {
    Literal::usize_unsuffixed(n)
}

/// The traits both generated enums derive, with the `core` module of each.
/// The error types derive the first six: all but the ordering.
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

/// `#[derive(::core::clone::Clone, …)]` for `traits`.
pub(crate) fn derive(traits: &[(&str, &str)]) -> TokenStream {
    let paths = traits.iter().map(|(module, name)| {
        let (module, name) = (ident(module), ident(name));
        quote!(::core::#module::#name)
    });
    quote!(#[derive(#(#paths),*)])
}
