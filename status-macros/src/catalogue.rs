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

use crate::input::{Role, document_path, end_of_item, enum_head, links_line};

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
}

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
            });
        }
        let (attrs, vis, name) = enum_head(input, Role::Catalogue)?;
        let path = document_path(input)?;

        let mut columns: Vec<(LitStr, Ident)> = Vec::new();
        let mut link_base: Option<LitStr> = None;
        while !input.is_empty() {
            let word: Ident = input.fork().parse().map_err(|error| {
                syn::Error::new(
                    error.span(),
                    "expected `column \"HEADER\" as method;` or `links relative to \"URL\";`",
                )
            })?;
            if word == "links" {
                let line = links_line(input)?;
                if link_base.is_some() {
                    return Err(syn::Error::new(
                        line.span(),
                        "`links relative to` is given twice",
                    ));
                }
                link_base = Some(line);
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
                return Err(syn::Error::new(
                    word.span(),
                    "expected `column \"HEADER\" as method;` or `links relative to \"URL\";`",
                ));
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
    let mut read_options = CatalogueOptions {
        columns: input.columns,
        ..CatalogueOptions::default()
    };
    if let Some(base) = &input.link_base {
        read_options.document.link_base = base.value();
    }
    let read = match crate::entry::read("code catalogue", &path) {
        Ok(read) => read,
        Err(message) => {
            // Every column's method, without entries, so that code naming
            // the type or its methods sees this one error.
            let items = catalogue::skeleton(&read_options.columns, &options);
            return quote_spanned! {span=>
                ::core::compile_error! { #message }
                #items
            };
        }
    };
    options.tracking_path = Some(read.tracking_path);
    let checked = catalogue::check(&read.diagnostic_path, &read.bytes, &read_options);
    catalogue::generate(&checked, &options, span)
}
