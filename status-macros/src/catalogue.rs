//! `code_table!`: its input, and one expansion.
//!
//! ```text
//! code_table!("docs/errors.md");               // pub enum ErrorCode
//!
//! code_table! {
//!     /// Errors of our payment API.
//!     #[derive(serde::Serialize)]              // attributes for the enum
//!     pub enum PayError in "docs/errors.md";
//!     column "解决方案" as solution;            // optional, any number
//!     links relative to "https://docs.example.com"; // optional
//! }
//! ```

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote_spanned;
use status_codegen::catalogue::{self, CatalogueOptions, ColumnRequest, expand::Options};
use syn::ext::IdentExt as _;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

use crate::input::{
    Role, check_tags, document_path, end_of_item, enum_head, for_languages, links_once,
    translation_line,
};

pub(crate) const USAGE: &str = "expected the path of a Markdown file as a string literal, \
                                `code_table!(\"docs/errors.md\")`, or an item such as \
                                `code_table! { pub enum ErrorCode in \"docs/errors.md\"; }`";

/// What the caller asked for.
pub(crate) struct Input {
    path: LitStr,
    attrs: TokenStream,
    vis: TokenStream,
    name: Ident,
    columns: Vec<ColumnRequest>,
    link_base: Option<LitStr>,
    /// `as "zh-CN"` after the path: the primary catalogue's language.
    language: Option<LitStr>,
    /// `translation "en" in "docs/errors.en.md";`, in call order.
    translations: Vec<(LitStr, LitStr)>,
    /// The language enum's attributes, visibility and name: from the
    /// `… enum Lang for languages;` line, else the enum's `derive` (and
    /// `cfg_attr`) attributes, its visibility and `Language`.
    language_enum: (TokenStream, TokenStream, Ident),
}

/// What a line of the input may be.
const LINES: &str = "expected `column \"HEADER\" as method;`, `translation \"TAG\" in \"PATH\";`, \
                     `enum Language for languages;` or `links relative to \"URL\";`";

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(input.error(USAGE));
        }
        if input.peek(LitStr) {
            let path: LitStr = input.parse()?;
            if !input.is_empty() {
                return Err(input.error(
                    "unexpected tokens after the path; write the item form to add columns: \
                     `code_table! { pub enum ErrorCode in \"docs/errors.md\"; column \"…\" as …; }`",
                ));
            }
            return Ok(Input {
                path,
                attrs: TokenStream::new(),
                vis: quote::quote!(pub),
                name: Ident::new("ErrorCode", Span::call_site()),
                columns: Vec::new(),
                link_base: None,
                language: None,
                translations: Vec::new(),
                language_enum: (
                    TokenStream::new(),
                    quote::quote!(pub),
                    Ident::new("Language", Span::call_site()),
                ),
            });
        }
        let (attrs, vis, name, derives) = enum_head(input, Role::Catalogue)?;
        let (path, language) = document_path(input)?;

        let mut columns: Vec<(LitStr, Ident)> = Vec::new();
        let mut link_base: Option<LitStr> = None;
        let mut translations: Vec<(LitStr, LitStr)> = Vec::new();
        let mut language_enum: Option<(TokenStream, TokenStream, Ident)> = None;
        while !input.is_empty() {
            if input.peek(Token![#]) || input.peek(Token![pub]) || input.peek(Token![enum]) {
                let (attrs, vis, name, _) = enum_head(input, Role::Class)?;
                if !input.peek(Token![for]) {
                    return Err(input.error(
                        "`code_table!` takes one enum with a path; another enum names the \
                         languages: `pub enum Language for languages;`",
                    ));
                }
                for_languages(input, language.as_ref(), &name, language_enum.is_some())?;
                language_enum = Some((attrs, vis, name));
                continue;
            }
            let word: Ident = input
                .fork()
                .parse()
                .map_err(|error| syn::Error::new(error.span(), LINES))?;
            if word == "translation" {
                translations.push(translation_line(
                    input,
                    language.as_ref(),
                    "a translation needs the primary catalogue's language: write it after \
                     the path, as in `pub enum PayError in \"docs/errors.md\" as \"zh-CN\";`",
                )?);
            } else if word == "links" {
                links_once(input, &mut link_base)?;
            } else if word == "column" {
                let (header, method) = column_line(input)?;
                if let Some((_, first)) = columns.iter().find(|(h, _)| h.value() == header.value())
                {
                    return Err(syn::Error::new(
                        header.span(),
                        format!(
                            "column `{}` is already the method `{first}`",
                            header.value()
                        ),
                    ));
                }
                if columns.iter().any(|(_, m)| m.unraw() == method.unraw()) {
                    return Err(syn::Error::new(
                        method.span(),
                        format!("two columns are named `{method}`"),
                    ));
                }
                columns.push((header, method));
            } else {
                return Err(syn::Error::new(word.span(), LINES));
            }
        }
        let language_enum = language_enum.unwrap_or_else(|| {
            (
                derives,
                vis.clone(),
                Ident::new("Language", Span::call_site()),
            )
        });
        if language.is_some() && language_enum.2 == name {
            return Err(syn::Error::new(
                language_enum.2.span(),
                format!(
                    "the language enum needs a name of its own; rename it with a line such as \
                     `pub enum Lang for languages;`, or the `{name}` enum"
                ),
            ));
        }
        if let Some(primary) = &language {
            check_tags(primary, &translations)?;
            // `solution` and `solution_in` would both be `solution_in`'s.
            for (_, method) in &columns {
                let translated = format!("{}_in", method.unraw());
                if let Some((_, clash)) = columns.iter().find(|(_, m)| m.unraw() == translated) {
                    return Err(syn::Error::new(
                        clash.span(),
                        format!(
                            "with translations, the column `{method}` has a method `{translated}` \
                             already; name this column's method otherwise"
                        ),
                    ));
                }
            }
        }
        Ok(Input {
            path,
            attrs,
            vis,
            name,
            columns: columns
                .into_iter()
                .map(|(header, method)| ColumnRequest {
                    header: header.value(),
                    method: method.to_string(),
                })
                .collect(),
            link_base,
            language,
            translations,
            language_enum,
        })
    }
}

/// `column "解决方案" as solution;`: an extra column that becomes a method.
fn column_line(input: ParseStream<'_>) -> syn::Result<(LitStr, Ident)> {
    input.parse::<Ident>()?;
    let header: LitStr = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected the column's header as a string literal: `column \"解决方案\" as solution;`",
        )
    })?;
    if header.value().trim().is_empty() {
        return Err(syn::Error::new(header.span(), "the header is empty"));
    }
    if !input.peek(Token![as]) {
        return Err(input.error("expected `as method_name` after the header"));
    }
    input.parse::<Token![as]>()?;
    let method: Ident = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected the method's name, an identifier such as `solution`",
        )
    })?;
    if catalogue::expand::METHODS
        .iter()
        .any(|generated| method.unraw() == generated)
    {
        return Err(syn::Error::new(
            method.span(),
            format!(
                "`{method}` is a method the enum already has; name the column's method otherwise"
            ),
        ));
    }
    end_of_item(input, "after the method's name")?;
    Ok((header, method))
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<Input>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let path = input.path.value();
    let span = input.path.span();
    let mut options = Options::new(path.clone());
    options.attrs = input.attrs;
    options.vis = input.vis;
    options.name = input.name;
    let mut read_options = CatalogueOptions::default();
    read_options.columns = input.columns;
    if let Some(base) = &input.link_base {
        read_options.document.link_base = base.value();
    }
    let (language_attrs, language_vis, language_name) = &input.language_enum;
    let mut languages = crate::entry::named_languages(
        input.language.as_ref(),
        language_attrs,
        language_vis,
        language_name,
    );
    let read = match crate::entry::read("code catalogue", &path) {
        Ok(read) => read,
        Err(message) => {
            // Every column's method and every language, without entries, so
            // that code naming the type or its methods sees this one error.
            options.languages =
                crate::entry::with_unread_translations(languages, &input.translations);
            let items = catalogue::skeleton(&read_options.columns, &options);
            return quote_spanned! {span=>
                ::core::compile_error! { #message }
                #items
            };
        }
    };
    options.tracking_path = Some(read.tracking_path);
    let checked = catalogue::check(&read.diagnostic_path, &read.bytes, &read_options);

    // Each translation, checked against the primary; a file that cannot be
    // read is an error at its path, and its language falls back to the
    // primary everywhere.
    let primary = checked.diagnostics.is_empty().then_some(&checked.table);
    let (unreadable, translations) = crate::entry::read_translations(
        "translation",
        &input.translations,
        languages.as_mut(),
        |read| {
            catalogue::check_translation(
                &read.diagnostic_path,
                &read.bytes,
                primary,
                &path,
                &read_options,
            )
        },
    );
    options.languages = languages;
    let translations: Vec<(&catalogue::CheckedCatalogue, Span)> =
        translations.iter().map(|(c, span)| (c, *span)).collect();
    let items = catalogue::generate_with(&checked, &translations, &options, span);
    quote::quote! {
        #unreadable
        #items
    }
}
