//! Several languages: the language enum, its `negotiate`, and the tables
//! of every translation that the `…_in` methods read.
//!
//! - `tag.rs`: [`check_tag`], [`check_tags`] and [`variant_name`], which the
//!   macros call on their input, so that a bad tag is an error at the call
//!   site;
//! - `enumeration.rs`: [`language_enum`], a language enum on its own, from
//!   a name, a visibility, attributes and BCP 47 tags; it knows nothing
//!   about status codes, so that any table can use it;
//! - this file: [`Languages`] (set in [`super::Options::languages`]), the
//!   enum documented with each document, and the one builder of the
//!   `[language][position]` tables that both emitters use.
//!
//! Every private helper the generated code needs (the tag table, the
//! description tables, `negotiate`'s parser) lives in a `const _: () = { … };`
//! block, with the `impl` blocks that use it: nothing but the documented
//! methods is added to the user's types.

mod enumeration;
mod tag;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

pub use self::enumeration::{LanguageEnum, language_enum};
pub use self::tag::{check_tag, check_tags, variant_name};
use super::Model;
use crate::model::Table;

/// The language items of a status table: the language enum's name,
/// visibility and attributes, the primary document's tag and every
/// translation.
///
/// `T` is what validation made of each translation: a status
/// [`Table`], or a code catalogue's
/// [`Catalogue`](crate::catalogue::model::Catalogue) for `code_table!`.
#[derive(Clone, Debug)]
pub struct Languages<T = Table> {
    /// Attributes put on the language enum, before its derives. The macro
    /// passes the status enum's `derive`s unless the caller wrote a language
    /// line of its own.
    pub attrs: TokenStream,
    /// Visibility of the language enum and its error type.
    pub vis: TokenStream,
    /// Name of the language enum: `Language` unless renamed. The macros
    /// name a catalogue's after its enum, `PayErrorLanguage`
    /// ([`crate::request::default_language_name`]).
    pub name: Ident,
    /// The BCP 47 tag of the primary document: `zh-CN`.
    pub primary: String,
    /// The other documents, in call order.
    pub translations: Vec<Translation<T>>,
}

/// One translation of the primary document.
#[derive(Clone, Debug)]
pub struct Translation<T = Table> {
    /// Its BCP 47 tag: `en`.
    pub tag: String,
    /// Its path as the caller wrote it, for docs.
    pub display_path: String,
    /// The path for `include_bytes!`, as [`super::Options::tracking_path`].
    pub tracking_path: Option<String>,
    /// What validation made of it: for a status document, the codes it
    /// describes, a subset of the primary's, and its classes.
    pub table: T,
}

impl<T> Languages<T> {
    /// `enum Language` with the given visibility, for a primary document in
    /// the language `primary`.
    pub fn new(primary: impl Into<String>, vis: TokenStream) -> Self {
        Languages {
            attrs: TokenStream::new(),
            vis,
            name: Ident::new("Language", proc_macro2::Span::call_site()),
            primary: primary.into(),
            translations: Vec::new(),
        }
    }

    /// Every tag, the primary's first.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.primary.as_str())
            .chain(self.translations.iter().map(|t| t.tag.as_str()))
    }
}

/// How the language enum's docs name what the documents of a table hold:
/// `status_table!`'s descriptions of codes, or `code_table!`'s texts of
/// entries.
pub(crate) struct Wording {
    /// The macro: `status_table!`.
    pub(crate) macro_name: &'static str,
    /// What the primary document is: `document`, `catalogue`.
    pub(crate) document: &'static str,
    /// One item of the table, and several: `code`, `codes`.
    pub(crate) item: (&'static str, &'static str),
    /// What each language gives: `descriptions`, `texts`.
    pub(crate) texts: &'static str,
    /// The method that reads one, and what it gives: `description_in`,
    /// `a description`.
    pub(crate) method: (&'static str, &'static str),
}

/// The tracking line of each translation, and the language enum of
/// `primary`'s type, named `name`, each variant documented with its
/// document; for a translation, how many of the primary's entries it lacks,
/// whose texts are then the primary's.
pub(crate) fn documented_enum<T: Model>(
    primary: &T,
    languages: &Languages<T>,
    name: &Ident,
    display_path: &str,
    wording: &Wording,
) -> TokenStream {
    let Wording {
        macro_name,
        document,
        item: (one, several),
        texts,
        method: (method, what),
    } = wording;
    let language = &languages.name;
    let tracking: TokenStream = languages
        .translations
        .iter()
        .map(|t| super::tracking(t.tracking_path.as_deref()))
        .collect();
    let mut items = vec![(
        languages.primary.clone(),
        format!(
            "`{}`: the primary {document}, `{display_path}`.",
            languages.primary
        ),
    )];
    for t in &languages.translations {
        let lacking = primary
            .entries()
            .iter()
            .filter(|entry| t.table.find(entry).is_none())
            .count();
        let mut text = format!("`{}`: the translation `{}`", t.tag, t.display_path);
        if lacking > 0 {
            let item = if lacking == 1 { one } else { several };
            text.push_str(&format!(
                "; for the {lacking} {item} it lacks, {texts} are the primary's"
            ));
        }
        text.push('.');
        items.push((t.tag.clone(), text));
    }
    let enum_doc = format!(
        "The languages of [`{name}`]'s {texts}: one for each document given to \
         `{macro_name}`, the primary `{display_path}` first.\n\n\
         [`{name}::{method}`] gives {what} in one of them; \
         [`{language}::negotiate`] picks one from an HTTP `Accept-Language` header."
    );
    let enum_items = language_enum(&LanguageEnum {
        name: language,
        vis: &languages.vis,
        attrs: &languages.attrs,
        doc: &enum_doc,
        languages: &items,
    });
    quote! {
        #tracking
        #enum_items
    }
}

/// A `[[_; N]; L]` table's value: for each of the L languages, in the
/// order of their `ALL` (the primary first), `cell` of each of the N
/// `items`, given that language's document (`None` for the primary's). The
/// one builder of the tables the `…_in` methods read.
pub(crate) fn rows<T, I>(
    languages: &Languages<T>,
    items: &[I],
    cell: &dyn Fn(Option<&T>, &I) -> TokenStream,
) -> TokenStream {
    let rows = std::iter::once(None)
        .chain(languages.translations.iter().map(|t| Some(&t.table)))
        .map(|document| {
            let row = items.iter().map(|item| cell(document, item));
            quote!([#(#row),*])
        });
    quote!([#(#rows),*])
}

/// [`rows`] over the primary's entries: `cell` of each entry and of the
/// language's own (`None` where its document lacks the entry).
pub(crate) fn entry_rows<T: Model>(
    primary: &T,
    languages: &Languages<T>,
    cell: impl Fn(&T::Entry, Option<&T::Entry>) -> TokenStream,
) -> TokenStream {
    rows(languages, primary.entries(), &|document, entry| {
        cell(entry, document.map_or(Some(entry), |d| d.find(entry)))
    })
}

/// The `DESCRIPTIONS_IN` and `TRANSLATIONS` tables' values, which both
/// emitters generate: each entry's text in each language, the primary's
/// where a translation lacks the entry; and the language's own text, or
/// `None`.
pub(crate) fn text_rows<T: Model>(
    primary: &T,
    languages: &Languages<T>,
) -> (TokenStream, TokenStream) {
    let descriptions = entry_rows(primary, languages, |entry, own| {
        let text = T::text(own.unwrap_or(entry));
        quote!(#text)
    });
    let translations = entry_rows(primary, languages, |_, own| match own.map(T::text) {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    });
    (descriptions, translations)
}
