//! Several languages for a catalogue: the language enum of
//! [`crate::expand::language`], and the methods that read each
//! translation's descriptions, messages and text columns.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Options, first_line};
use crate::catalogue::model::{Catalogue, CatalogueEntry, Column, ValueType};
use crate::expand::language::{Wording, documented_enum, entry_rows, rows, text_rows};
use crate::expand::template::fill;
use crate::expand::{Model, doc, len};

/// The language items of a catalogue, when the caller gave the primary's
/// language: the language enum and a tracking line per translation (items
/// of the caller's module), and the tables and methods that read the
/// translations (items of the `const _` block).
pub(super) fn expand(catalogue: &Catalogue, options: &Options) -> (TokenStream, TokenStream) {
    let Some(languages) = &options.languages else {
        return (TokenStream::new(), TokenStream::new());
    };
    let name = &options.name;
    let language = &languages.name;
    let outside = documented_enum(
        catalogue,
        languages,
        name,
        &options.display_path,
        &Wording {
            macro_name: "code_table!",
            document: "catalogue",
            item: ("entry", "entries"),
            texts: "texts",
            method: ("message_in", "a message"),
        },
    );

    let n = len(catalogue.entries.len());
    let count = len(1 + languages.translations.len());
    let (descriptions, own) = text_rows(catalogue, languages);
    let messages = entry_rows(catalogue, languages, |primary, translation| {
        let text = first_line(&translation.unwrap_or(primary).text);
        quote!(#text)
    });
    let text_columns = catalogue
        .columns
        .iter()
        .enumerate()
        .filter(|(_, column)| column.value_type == ValueType::Str);
    let mut column_tables = TokenStream::new();
    for (i, column) in text_columns.clone() {
        let table = format_ident!("COLUMN_{}_IN", i);
        let rows = rows(languages, &catalogue.entries, &|translation, entry| {
            column_cell(column, i, entry, translation)
        });
        let ty = column_type(column, true);
        let table_doc = doc(&format!(
            "The `{}` column in each language, in the order of `ALL`.",
            column.header
        ));
        column_tables.extend(quote! {
            #table_doc
            const #table: [[#ty; #n]; #count] = #rows;
        });
    }
    let mut column_methods = TokenStream::new();
    for (i, column) in text_columns {
        let table = format_ident!("COLUMN_{}_IN", i);
        let method = format_ident!("{}_in", column.method.trim_start_matches("r#"));
        let ty = column_type(column, false);
        let method_doc = doc(&format!(
            "The entry's `{}` column in `language`; the primary catalogue's where \
             `language`'s lacks it.",
            column.header
        ));
        column_methods.extend(quote! {
            #method_doc
            #[must_use]
            #[inline]
            pub const fn #method(self, language: #language) -> #ty {
                #table[language as usize][index(self)]
            }
        });
    }
    let inside = fill(
        LANGUAGE_ITEMS,
        &[
            ("column_methods", &column_methods),
            ("column_tables", &column_tables),
            ("count", &count),
            ("descriptions", &descriptions),
            ("language", language),
            ("messages", &messages),
            ("n", &n),
            ("name", name),
            ("own", &own),
        ],
    );
    (outside, inside)
}

/// The tables of a catalogue's translations and the `…_in` methods that
/// read them, items of the `const _` block.
const LANGUAGE_ITEMS: &str = r#"
/// For each language, in the order of its `ALL`, the description of
/// each entry, in the order of `ALL`; the primary's where a
/// translation lacks the entry.
const DESCRIPTIONS_IN: [[&str; $n]; $count] = $descriptions;
/// The first line of each of `DESCRIPTIONS_IN`.
const MESSAGES_IN: [[&str; $n]; $count] = $messages;
/// The descriptions of each language's own document, `None` where a
/// translation lacks the entry.
const TRANSLATIONS: [[::core::option::Option<&str>; $n]; $count] = $own;
$column_tables

impl $name {
    /// The description of this entry in `language`, as plain text (as
    /// [`description`](Self::description) gives the primary
    /// catalogue's); the primary's where `language`'s catalogue lacks
    /// the entry.
    #[must_use]
    #[inline]
    pub const fn description_in(self, language: $language) -> &'static str {
        DESCRIPTIONS_IN[language as usize][index(self)]
    }

    /// The message in `language`: the first line of
    /// [`description_in`](Self::description_in).
    #[must_use]
    #[inline]
    pub const fn message_in(self, language: $language) -> &'static str {
        MESSAGES_IN[language as usize][index(self)]
    }

    /// The description of this entry in `language`'s own catalogue,
    /// or `None` where that catalogue lacks it (translations lag
    /// behind). For the primary language, always `Some`.
    #[must_use]
    #[inline]
    pub const fn translation(self, language: $language) -> ::core::option::Option<&'static str> {
        TRANSLATIONS[language as usize][index(self)]
    }

    $column_methods
}
"#;

/// The type of a text column's values: `&str`, or an `Option` of it;
/// `&'static str` outside a constant's type (`in_const` false).
fn column_type(column: &Column, in_const: bool) -> TokenStream {
    let text = if in_const {
        quote!(&str)
    } else {
        quote!(&'static str)
    };
    if column.optional {
        quote!(::core::option::Option<#text>)
    } else {
        text
    }
}

/// The value of the text column `column` (number `i` of the primary) for
/// `entry`: the `translation`'s where it has one, else the primary's.
fn column_cell(
    column: &Column,
    i: usize,
    entry: &CatalogueEntry,
    translation: Option<&Catalogue>,
) -> TokenStream {
    let own = translation.and_then(|t| {
        let position = t.columns.iter().position(|c| c.method == column.method)?;
        t.find(entry)?.columns.get(position)?.clone()
    });
    let value = own
        .or_else(|| entry.columns[i].clone())
        .map(|value| value.text());
    match (column.optional, value) {
        (true, Some(text)) => quote!(::core::option::Option::Some(#text)),
        (true, None) => quote!(::core::option::Option::None),
        (false, Some(text)) => quote!(#text),
        (false, None) => quote!(""),
    }
}

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[LANGUAGE_ITEMS]);
}
