//! The macro's input: a path, or items that name what to generate.
//!
//! ```text
//! status_table!("docs/status.md");
//!
//! status_table! {
//!     #[derive(serde::Serialize)]          // attributes for the status enum
//!     pub enum HttpStatus in "docs/status.md";
//!     #[derive(Default)]                   // optional: the class enum
//!     pub(crate) enum HttpClass;
//! }
//! ```

use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, LitStr, Token, Visibility};

/// What the caller asked for.
pub(crate) struct Input {
    pub(crate) path: LitStr,
    pub(crate) attrs: TokenStream,
    pub(crate) vis: TokenStream,
    pub(crate) name: Ident,
    pub(crate) class_attrs: TokenStream,
    pub(crate) class_vis: TokenStream,
    pub(crate) class_name: Ident,
}

const USAGE: &str = "expected the path of a Markdown file as a string literal, \
                     `status_table!(\"docs/status.md\")`, or an item such as \
                     `status_table! { pub enum StatusCode in \"docs/status.md\"; }`";

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(input.error(USAGE));
        }
        if input.peek(LitStr) {
            let path: LitStr = input.parse()?;
            if !input.is_empty() {
                return Err(input.error(
                    "unexpected tokens after the path; `status_table!` takes exactly one string literal",
                ));
            }
            return Ok(Input {
                path,
                attrs: TokenStream::new(),
                vis: quote::quote!(pub),
                name: Ident::new("StatusCode", Span::call_site()),
                class_attrs: TokenStream::new(),
                class_vis: quote::quote!(pub),
                class_name: Ident::new("StatusClass", Span::call_site()),
            });
        }
        if input.peek(syn::Lit) {
            let lit: syn::Lit = input.parse()?;
            return Err(syn::Error::new_spanned(lit, USAGE));
        }

        let (attrs, vis, name) = enum_head(input)?;
        if !input.peek(Token![in]) {
            return Err(input.error("expected `in \"path/to/document.md\"` after the enum's name"));
        }
        input.parse::<Token![in]>()?;
        let path: LitStr = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the document's path as a string literal",
            )
        })?;
        input.parse::<Token![;]>()?;

        let (class_attrs, class_vis, class_name) = if input.is_empty() {
            (
                TokenStream::new(),
                vis.clone(),
                Ident::new("StatusClass", Span::call_site()),
            )
        } else {
            let (attrs, vis, name) = enum_head(input)?;
            if input.peek(Token![in]) {
                return Err(
                    input.error("the class enum takes no path: it comes from the same document")
                );
            }
            input.parse::<Token![;]>()?;
            (attrs, vis, name)
        };
        if !input.is_empty() {
            return Err(input.error(
                "unexpected tokens: `status_table!` takes the status enum, then optionally the class enum",
            ));
        }
        if class_name == name {
            return Err(syn::Error::new(
                class_name.span(),
                "the class enum needs a name of its own",
            ));
        }
        Ok(Input {
            path,
            attrs,
            vis,
            name,
            class_attrs,
            class_vis,
            class_name,
        })
    }
}

/// `#[attr]* vis enum Name`.
fn enum_head(input: ParseStream<'_>) -> syn::Result<(TokenStream, TokenStream, Ident)> {
    let attrs = input.call(Attribute::parse_outer)?;
    let vis: Visibility = input.parse()?;
    if !input.peek(Token![enum]) {
        return Err(input.error(USAGE));
    }
    input.parse::<Token![enum]>()?;
    let name: Ident = input.parse()?;
    if input.peek(Token![<]) {
        return Err(input.error("the generated enums take no generic parameters"));
    }
    let mut attr_tokens = TokenStream::new();
    for attr in &attrs {
        attr.to_tokens(&mut attr_tokens);
    }
    Ok((attr_tokens, vis.into_token_stream(), name))
}
