//! The macro's input: a path, or items that name what to generate.
//!
//! ```text
//! status_table!("docs/status.md");
//!
//! status_table! {
//!     #[derive(serde::Serialize)]          // attributes for the status enum
//!     pub enum HttpStatus in "docs/status.md";
//!     #[derive(serde::Serialize)]          // optional: the class enum
//!     pub(crate) enum HttpClass;
//!     links relative to "https://docs.example.com"; // optional
//! }
//!
//! status_table! {
//!     pub enum StatusCode in "docs/status.md" as "zh-CN"; // the primary's language
//!     translation "en" in "docs/status.en.md";           // any number of these
//!     pub enum Lang for languages;                        // optional: the language enum
//! }
//! ```

use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use status_codegen::expand::{ENUM_DERIVES, language};
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
    /// `links relative to "…"`, when given.
    pub(crate) link_base: Option<LitStr>,
    /// `as "zh-CN"` after the path: the primary document's language.
    pub(crate) language: Option<LitStr>,
    /// `translation "en" in "docs/status.en.md";`, in call order.
    pub(crate) translations: Vec<(LitStr, LitStr)>,
    /// The language enum's attributes, visibility and name: from the
    /// `… enum Lang for languages;` line, else the status enum's `derive`
    /// (and `cfg_attr`) attributes, its visibility and `Language`.
    pub(crate) language_attrs: TokenStream,
    pub(crate) language_vis: TokenStream,
    pub(crate) language_name: Ident,
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
                link_base: None,
                language: None,
                translations: Vec::new(),
                language_attrs: TokenStream::new(),
                language_vis: quote::quote!(pub),
                language_name: Ident::new("Language", Span::call_site()),
            });
        }
        if input.peek(syn::Lit) {
            let lit: syn::Lit = input.parse()?;
            return Err(syn::Error::new_spanned(lit, USAGE));
        }
        if input.peek(syn::Ident) && input.peek2(Token![!]) {
            return Err(input.error(
                "macros in the argument are not expanded: write the path as one string literal, \
                 `status_table!(\"docs/status.md\")`",
            ));
        }
        if input.peek(syn::Ident) && !input.peek(Token![pub]) && !input.peek(Token![enum]) {
            return Err(input
                .error("write the path as a string literal: `status_table!(\"docs/status.md\")`"));
        }

        let (attrs, vis, name, derives) = enum_head(input, Role::Status)?;
        let (path, language) = document_path(input)?;

        let mut class: Option<(TokenStream, TokenStream, Ident)> = None;
        let mut languages: Option<(TokenStream, TokenStream, Ident)> = None;
        let mut link_base: Option<LitStr> = None;
        let mut translations: Vec<(LitStr, LitStr)> = Vec::new();
        while !input.is_empty() {
            if input.peek(syn::Ident)
                && !input.peek(Token![pub])
                && input.fork().parse::<Ident>()? == "translation"
            {
                translations.push(translation_line(
                    input,
                    language.as_ref(),
                    "a translation needs the primary document's language: write it after \
                     the path, as in `pub enum StatusCode in \"docs/status.md\" as \"zh-CN\";`",
                )?);
                continue;
            }
            if input.peek(syn::Ident)
                && !input.peek(Token![pub])
                && input.fork().parse::<Ident>()? == "links"
            {
                links_once(input, &mut link_base)?;
                continue;
            }
            let (attrs, vis, name, _) = enum_head(input, Role::Class)?;
            if input.peek(Token![for]) {
                for_languages(input, language.as_ref(), &name, languages.is_some())?;
                languages = Some((attrs, vis, name));
                continue;
            }
            if class.is_some() {
                return Err(syn::Error::new(
                    name.span(),
                    "unexpected second class enum: `status_table!` takes the status enum, then \
                     optionally the class enum, `translation` lines, a language enum \
                     (`enum Language for languages;`) and a `links relative to \"URL\";` line",
                ));
            }
            if input.peek(Token![in]) {
                return Err(
                    input.error("the class enum takes no path: it comes from the same document")
                );
            }
            end_of_item(input, "after the class enum's name")?;
            class = Some((attrs, vis, name));
        }
        let (class_attrs, class_vis, class_name) = class.unwrap_or_else(|| {
            (
                TokenStream::new(),
                vis.clone(),
                Ident::new("StatusClass", Span::call_site()),
            )
        });
        if class_name == name {
            return Err(syn::Error::new(
                class_name.span(),
                "the class enum needs a name of its own",
            ));
        }
        let (language_attrs, language_vis, language_name) = languages.unwrap_or_else(|| {
            (
                derives,
                vis.clone(),
                Ident::new("Language", Span::call_site()),
            )
        });
        if language.is_some() && (language_name == name || language_name == class_name) {
            return Err(syn::Error::new(
                language_name.span(),
                format!(
                    "the language enum needs a name of its own; rename it with a line such as \
                     `pub enum Lang for languages;`, or the `{language_name}` enum"
                ),
            ));
        }
        if let Some(primary) = &language {
            check_tags(primary, &translations)?;
        }
        Ok(Input {
            path,
            attrs,
            vis,
            name,
            class_attrs,
            class_vis,
            class_name,
            link_base,
            language,
            translations,
            language_attrs,
            language_vis,
            language_name,
        })
    }
}

/// `in "docs/status.md" [as "zh-CN"];` after the enum's name: the
/// document's path, and its language when given.
pub(crate) fn document_path(input: ParseStream<'_>) -> syn::Result<(LitStr, Option<LitStr>)> {
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
    let language = if input.peek(Token![as]) {
        input.parse::<Token![as]>()?;
        let tag: LitStr = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the document's language as a string literal, such as `as \"zh-CN\"`",
            )
        })?;
        Some(tag)
    } else {
        None
    };
    end_of_item(input, "after the document's path")?;
    Ok((path, language))
}

/// `for languages;` after `enum Name`, which names the language enum;
/// `language` is the primary document's, and `given` whether a language
/// enum was named already.
pub(crate) fn for_languages(
    input: ParseStream<'_>,
    language: Option<&LitStr>,
    name: &Ident,
    given: bool,
) -> syn::Result<()> {
    let keyword = input.parse::<Token![for]>()?;
    let word: Ident = input
        .parse()
        .map_err(|error| syn::Error::new(error.span(), "expected `for languages`"))?;
    if word != "languages" {
        return Err(syn::Error::new(word.span(), "expected `for languages`"));
    }
    if language.is_none() {
        return Err(syn::Error::new(
            keyword.span,
            "a language enum needs the primary document's language: write it after \
             the path, as in `pub enum StatusCode in \"docs/status.md\" as \"zh-CN\";`",
        ));
    }
    if given {
        return Err(syn::Error::new(
            name.span(),
            "the language enum is given twice",
        ));
    }
    end_of_item(input, "after `for languages`")
}

/// `translation "en" in "docs/status.en.md";`. Without the primary's tag
/// (`language`), an error at the word `translation` that says so: `needs`.
pub(crate) fn translation_line(
    input: ParseStream<'_>,
    language: Option<&LitStr>,
    needs: &str,
) -> syn::Result<(LitStr, LitStr)> {
    let keyword: Ident = input.parse()?;
    let line = translation_tail(input)?;
    if language.is_none() {
        return Err(syn::Error::new(keyword.span(), needs));
    }
    Ok(line)
}

/// `"en" in "docs/status.en.md";`, after the word `translation`.
fn translation_tail(input: ParseStream<'_>) -> syn::Result<(LitStr, LitStr)> {
    let usage = "expected `translation \"TAG\" in \"path/to/document.md\";`";
    let tag: LitStr = input
        .parse()
        .map_err(|error| syn::Error::new(error.span(), usage))?;
    if !input.peek(Token![in]) {
        return Err(input.error(usage));
    }
    input.parse::<Token![in]>()?;
    let path: LitStr = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected the translation's path as a string literal",
        )
    })?;
    end_of_item(input, "after the translation's path")?;
    Ok((tag, path))
}

/// Every tag well-formed BCP 47, none given twice (in any case), and no two
/// giving the same variant name: an error at the tag at fault.
pub(crate) fn check_tags(primary: &LitStr, translations: &[(LitStr, LitStr)]) -> syn::Result<()> {
    let literals: Vec<&LitStr> = std::iter::once(primary)
        .chain(translations.iter().map(|(tag, _)| tag))
        .collect();
    let values: Vec<String> = literals.iter().map(|tag| tag.value()).collect();
    language::check_tags(values.iter().map(String::as_str)).map_err(|(at, message)| {
        let help = if message.contains("BCP 47") {
            "\nhelp: write a tag such as \"zh-CN\", \"en\" or \"pt-BR\""
        } else {
            ""
        };
        syn::Error::new(literals[at].span(), format!("{message}{help}"))
    })
}

/// A `links relative to` line into `link_base`, an error when it is given
/// twice.
pub(crate) fn links_once(
    input: ParseStream<'_>,
    link_base: &mut Option<LitStr>,
) -> syn::Result<()> {
    let line = links_line(input)?;
    if link_base.is_some() {
        return Err(syn::Error::new(
            line.span(),
            "`links relative to` is given twice",
        ));
    }
    *link_base = Some(line);
    Ok(())
}

/// `links relative to "https://docs.example.com";`: what root-relative
/// links in the document (`/docs/x`) are relative to.
fn links_line(input: ParseStream<'_>) -> syn::Result<LitStr> {
    for word in ["links", "relative", "to"] {
        let ident: Ident = input.parse().map_err(|error| {
            syn::Error::new(error.span(), "expected `links relative to \"https://…\";`")
        })?;
        if ident != word {
            return Err(syn::Error::new(
                ident.span(),
                "expected `links relative to \"https://…\";`",
            ));
        }
    }
    let url: LitStr = input.parse().map_err(|error| {
        syn::Error::new(error.span(), "expected the base URL as a string literal")
    })?;
    let value = url.value();
    let scheme = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    if scheme.is_none_or(|rest| rest.is_empty() || rest.contains(char::is_whitespace)) {
        return Err(syn::Error::new(
            url.span(),
            "the base URL must be an absolute http:// or https:// URL without spaces",
        ));
    }
    end_of_item(input, "after the base URL")?;
    Ok(url)
}

/// Which generated enum an item names.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Role {
    /// `status_table!`'s status enum.
    Status,
    /// `status_table!`'s class enum, or a language enum.
    Class,
    /// `code_table!`'s enum.
    #[cfg(feature = "catalogue")]
    Catalogue,
}

impl Role {
    /// What the macro expects, for a message when the item is not an enum.
    fn usage(self) -> &'static str {
        match self {
            #[cfg(feature = "catalogue")]
            Role::Catalogue => crate::catalogue::USAGE,
            Role::Status | Role::Class => USAGE,
        }
    }
}

/// The `;` that ends an item; it may be left out at the end of the input.
pub(crate) fn end_of_item(input: ParseStream<'_>, after: &str) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    if !input.peek(Token![;]) {
        return Err(input.error(format!("expected `;` {after}")));
    }
    input.parse::<Token![;]>().map(drop)
}

/// Rejects attributes that would clash with what the macro generates: a
/// derive of a trait it derives already, and `repr` on the status enum.
fn check_attrs(attrs: &[Attribute], role: Role) -> syn::Result<()> {
    for attr in attrs {
        if attr.path().is_ident("repr") && role != Role::Class {
            return Err(syn::Error::new_spanned(
                attr,
                if role == Role::Status {
                    "the status enum is always `#[repr(u16)]`: its discriminants are the codes"
                } else {
                    "the representation comes from the codes: `#[repr]` of the narrowest \
                     integer type that holds them, when they are unique integers"
                },
            ));
        }
        if !attr.path().is_ident("derive") {
            continue;
        }
        let paths = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, Token![,]>::parse_terminated,
        )?;
        for path in paths {
            let Some(last) = path.segments.last() else {
                continue;
            };
            if ENUM_DERIVES.iter().any(|(_, name)| last.ident == name) {
                return Err(syn::Error::new_spanned(
                    &path,
                    format!(
                        "the generated enum already derives `{}`; it always derives {}",
                        last.ident,
                        ENUM_DERIVES.map(|(_, name)| name).join(", ")
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// `#[attr]* vis enum Name`, and the `derive` and `cfg_attr` attributes
/// among the attributes, which the language enum copies.
pub(crate) fn enum_head(
    input: ParseStream<'_>,
    role: Role,
) -> syn::Result<(TokenStream, TokenStream, Ident, TokenStream)> {
    let attrs = input.call(Attribute::parse_outer)?;
    check_attrs(&attrs, role)?;
    let vis: Visibility = input.parse()?;
    if !input.peek(Token![enum]) {
        return Err(input.error(role.usage()));
    }
    input.parse::<Token![enum]>()?;
    let name: Ident = input.parse()?;
    if input.peek(Token![<]) {
        return Err(input.error("the generated enums take no generic parameters"));
    }
    let mut attr_tokens = TokenStream::new();
    let mut derives = TokenStream::new();
    for attr in &attrs {
        attr.to_tokens(&mut attr_tokens);
        if attr.path().is_ident("derive") || attr.path().is_ident("cfg_attr") {
            attr.to_tokens(&mut derives);
        }
    }
    Ok((attr_tokens, vis.into_token_stream(), name, derives))
}
