//! The macros' input, read into a [`Request`]: a path, or items that name
//! what to generate.
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
//!
//! code_table! {
//!     /// Errors of our payment API.
//!     #[derive(serde::Serialize)]              // attributes for the enum
//!     pub enum PayError in "docs/errors.md";
//!     column "解决方案" as solution;            // optional, any number
//! }
//! ```
//!
//! What the items ask for is checked by [`Request::check`], as the
//! explainer checks its command line: this module reads the syntax alone.

use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use status_codegen::Label;
use status_codegen::expand::ENUM_DERIVES;
use status_codegen::request::{At, CallSite, Item, Kind, Request, TranslationRequest};
use syn::parse::ParseStream;
use syn::{Attribute, LitStr, Token, Visibility};

/// Which macro's input is read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Macro {
    /// `status_table!`.
    Status,
    /// `code_table!`.
    #[cfg(feature = "catalogue")]
    Catalogue,
}

impl Macro {
    /// The macro's name and an example path.
    pub(crate) fn example(self) -> (&'static str, &'static str) {
        match self {
            Macro::Status => ("status_table!", "docs/status.md"),
            #[cfg(feature = "catalogue")]
            Macro::Catalogue => ("code_table!", "docs/errors.md"),
        }
    }

    /// What the macro expects, for a message when the input is no path and
    /// no enum.
    fn usage(self) -> &'static str {
        match self {
            Macro::Status => {
                "expected the path of a Markdown file as a string literal, \
                 `status_table!(\"docs/status.md\")`, or an item such as \
                 `status_table! { pub enum StatusCode in \"docs/status.md\"; }`"
            }
            #[cfg(feature = "catalogue")]
            Macro::Catalogue => {
                "expected the path of a Markdown file as a string literal, \
                 `code_table!(\"docs/errors.md\")`, or an item such as \
                 `code_table! { pub enum ErrorCode in \"docs/errors.md\"; }`"
            }
        }
    }

    /// What a line after the first item may be, for a message when it is
    /// none of them.
    fn lines(self) -> &'static str {
        match self {
            Macro::Status => {
                "expected the class enum (`pub enum StatusClass;`), `translation \"TAG\" in \
                 \"PATH\";`, `enum Language for languages;`, `links relative to \"URL\";` or \
                 `code column \"LABEL\";` (or `name`, `description`)"
            }
            #[cfg(feature = "catalogue")]
            Macro::Catalogue => {
                "expected `column \"HEADER\" as method;`, `translation \"TAG\" in \"PATH\";`, \
                 `enum Lang for languages;`, `links relative to \"URL\";`, \
                 `code column \"LABEL\";` (or `name`, `description`), `names from code;` or \
                 `codes may repeat;`"
            }
        }
    }

    /// The kind of type, with the default class enum and no column.
    fn kind(self) -> Kind {
        match self {
            Macro::Status => Kind::Status {
                class: Item::named("StatusClass"),
            },
            #[cfg(feature = "catalogue")]
            Macro::Catalogue => Kind::Catalogue {
                columns: Vec::new(),
            },
        }
    }
}

/// A string literal's value, at the literal.
fn at(literal: &LitStr) -> At<String> {
    At::new(literal.value(), literal.span())
}

/// A string literal, or an error that says `expected`; refused when it has
/// a suffix (`"docs/status.md"_x`), which would otherwise be ignored.
fn string(input: ParseStream<'_>, expected: &str) -> syn::Result<LitStr> {
    let literal: LitStr = input
        .parse()
        .map_err(|error| syn::Error::new(error.span(), expected))?;
    if literal.suffix().is_empty() {
        return Ok(literal);
    }
    Err(syn::Error::new(
        literal.span(),
        format!(
            "a string literal with a suffix: remove `{}`, which means nothing here",
            literal.suffix()
        ),
    ))
}

/// `code column "Fehlernummer";` (or `name`, `description`): a label the
/// vocabulary does not know, mapped to what its cells hold.
fn label_line(input: ParseStream<'_>) -> syn::Result<(Label, At<String>)> {
    let which: Ident = input.parse()?;
    let label = match which.to_string().as_str() {
        "code" => Label::Code,
        "name" => Label::Name,
        _ => Label::Description,
    };
    words(input, &["column"])?;
    let text = string(
        input,
        "expected the label in quotes: `code column \"Fehlernummer\";`",
    )?;
    input.parse::<Token![;]>()?;
    Ok((label, at(&text)))
}

/// The words `expected` then `;`, or an error naming the whole line.
fn words(input: ParseStream<'_>, expected: &[&str]) -> syn::Result<()> {
    let line = format!("expected `{};`", expected.join(" "));
    for word in expected {
        let ident: Ident = input
            .parse()
            .map_err(|error| syn::Error::new(error.span(), &line))?;
        if ident != word {
            return Err(syn::Error::new(ident.span(), &line));
        }
    }
    input
        .parse::<Token![;]>()
        .map_err(|error| syn::Error::new(error.span(), &line))?;
    Ok(())
}

/// Reads the input of `which` macro.
pub(crate) fn parse(input: ParseStream<'_>, which: Macro) -> syn::Result<Request> {
    let (name, example) = which.example();
    if input.is_empty() {
        return Err(input.error(which.usage()));
    }
    if input.peek(LitStr) {
        let path = string(input, which.usage())?;
        if !input.is_empty() {
            return Err(input.error(match which {
                Macro::Status => {
                    "unexpected tokens after the path; `status_table!` takes exactly one string literal"
                }
                #[cfg(feature = "catalogue")]
                Macro::Catalogue => {
                    "unexpected tokens after the path; write the item form to add columns: \
                     `code_table! { pub enum ErrorCode in \"docs/errors.md\"; column \"…\" as …; }`"
                }
            }));
        }
        return Ok(Request::new(CallSite::Macro, at(&path), which.kind()));
    }
    if input.peek(syn::Lit) {
        let lit: syn::Lit = input.parse()?;
        return Err(syn::Error::new_spanned(lit, which.usage()));
    }
    if input.peek(syn::Ident) && input.peek2(Token![!]) {
        return Err(input.error(format!(
            "macros in the argument are not expanded: write the path as one string literal, \
             `{name}(\"{example}\")`"
        )));
    }
    if input.peek(syn::Ident) {
        return Err(input.error(format!(
            "write the path as a string literal: `{name}(\"{example}\")`"
        )));
    }

    let item = enum_head(input, which, true)?;
    let (path, language) = document_path(input)?;
    let mut request = Request::new(CallSite::Macro, at(&path), which.kind());
    request.item = item;
    request.language = language.as_ref().map(at);
    let mut class: Option<Item> = None;
    let mut languages: Option<Item> = None;
    let mut link_base: Option<LitStr> = None;
    while !input.is_empty() {
        if input.peek(syn::Ident) {
            let word: Ident = input.fork().parse()?;
            match (word.to_string().as_str(), &mut request.kind) {
                ("translation", _) => request.translations.push(translation_line(input)?),
                ("links", _) => links_once(input, &mut link_base)?,
                ("code" | "name" | "description", _) if input.peek2(syn::Ident) => {
                    request.labels.push(label_line(input)?);
                }
                ("names", Kind::Status { .. }) => {
                    return Err(syn::Error::new(
                        word.span(),
                        "`names from code;` is a line of `code_table!`: in `status_table!`, a \
                         code's variant name comes from its reason phrase",
                    ));
                }
                ("codes", Kind::Status { .. }) => {
                    return Err(syn::Error::new(
                        word.span(),
                        "`codes may repeat;` is a line of `code_table!`: a status document \
                         lists each code once",
                    ));
                }
                ("names", _) => {
                    words(input, &["names", "from", "code"])?;
                    request.names_from_code = true;
                }
                ("codes", _) => {
                    words(input, &["codes", "may", "repeat"])?;
                    request.codes_may_repeat = true;
                }
                #[cfg(feature = "catalogue")]
                ("column", Kind::Catalogue { columns }) => columns.push(column_line(input)?),
                _ => return Err(syn::Error::new(word.span(), which.lines())),
            }
            continue;
        }
        if !(input.peek(Token![#]) || input.peek(Token![pub]) || input.peek(Token![enum])) {
            return Err(input.error(which.lines()));
        }
        let item = enum_head(input, which, false)?;
        if input.peek(Token![for]) {
            for_languages(input, language.is_some(), &item.name, languages.is_some())?;
            languages = Some(item);
            continue;
        }
        #[cfg(feature = "catalogue")]
        if which == Macro::Catalogue {
            return Err(input.error(
                "`code_table!` takes one enum with a path; another enum names the \
                 languages: `pub enum Lang for languages;`",
            ));
        }
        if class.is_some() {
            return Err(syn::Error::new(
                item.name.span(),
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
        class = Some(item);
    }
    // The class enum defaults to the enum's visibility; the language enum
    // to `Request::language_enum`'s.
    request.languages = languages;
    if let Kind::Status { class: chosen } = &mut request.kind {
        *chosen = class.unwrap_or_else(|| Item {
            attrs: TokenStream::new(),
            vis: request.item.vis.clone(),
            name: Ident::new("StatusClass", Span::call_site()),
        });
    }
    request.link_base = link_base.map(|base| base.value());
    Ok(request)
}

/// `in "docs/status.md" [as "zh-CN"];` after the enum's name: the
/// document's path, and its language when given.
fn document_path(input: ParseStream<'_>) -> syn::Result<(LitStr, Option<LitStr>)> {
    if !input.peek(Token![in]) {
        return Err(input.error("expected `in \"path/to/document.md\"` after the enum's name"));
    }
    input.parse::<Token![in]>()?;
    let path: LitStr = string(input, "expected the document's path as a string literal")?;
    let language = if input.peek(Token![as]) {
        input.parse::<Token![as]>()?;
        let tag: LitStr = string(
            input,
            "expected the document's language as a string literal, such as `as \"zh-CN\"`",
        )?;
        Some(tag)
    } else {
        None
    };
    end_of_item(input, "after the document's path")?;
    Ok((path, language))
}

/// `for languages;` after `enum Name`, which names the language enum;
/// `language` says whether the primary document's is given, and `given`
/// whether a language enum was named already.
fn for_languages(
    input: ParseStream<'_>,
    language: bool,
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
    if !language {
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

/// `translation "en" in "docs/status.en.md";`.
fn translation_line(input: ParseStream<'_>) -> syn::Result<TranslationRequest> {
    let keyword: Ident = input.parse()?;
    let usage = "expected `translation \"TAG\" in \"path/to/document.md\";`";
    let tag: LitStr = string(input, usage)?;
    if !input.peek(Token![in]) {
        return Err(input.error(usage));
    }
    input.parse::<Token![in]>()?;
    let path: LitStr = string(input, "expected the translation's path as a string literal")?;
    end_of_item(input, "after the translation's path")?;
    Ok(TranslationRequest {
        span: keyword.span(),
        tag: at(&tag),
        path: at(&path),
    })
}

/// `column "解决方案" as solution;`: an extra column that becomes a method.
#[cfg(feature = "catalogue")]
fn column_line(input: ParseStream<'_>) -> syn::Result<status_codegen::request::Column> {
    input.parse::<Ident>()?;
    let header: LitStr = string(
        input,
        "expected the column's header as a string literal: `column \"解决方案\" as solution;`",
    )?;
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
    end_of_item(input, "after the method's name")?;
    Ok(status_codegen::request::Column {
        header: at(&header),
        method: At::new(method.to_string(), method.span()),
    })
}

/// A `links relative to` line into `link_base`, an error when it is given
/// twice.
fn links_once(input: ParseStream<'_>, link_base: &mut Option<LitStr>) -> syn::Result<()> {
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
    let url: LitStr = string(input, "expected the base URL as a string literal")?;
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

/// The `;` that ends an item; it may be left out at the end of the input.
fn end_of_item(input: ParseStream<'_>, after: &str) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    if !input.peek(Token![;]) {
        return Err(input.error(format!("expected `;` {after}")));
    }
    input.parse::<Token![;]>().map(drop)
}

/// Rejects attributes that would clash with what the macro generates: a
/// derive of a trait it derives already, and `repr` on the `main` enum
/// (the one with a path).
fn check_attrs(attrs: &[Attribute], which: Macro, main: bool) -> syn::Result<()> {
    for attr in attrs {
        if attr.path().is_ident("repr") && main {
            return Err(syn::Error::new_spanned(
                attr,
                match which {
                    Macro::Status => {
                        "the status enum is always `#[repr(u16)]`: its discriminants are the codes"
                    }
                    #[cfg(feature = "catalogue")]
                    Macro::Catalogue => {
                        "the representation comes from the codes: `#[repr]` of the narrowest \
                         integer type that holds them, when they are unique integers"
                    }
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

/// `#[attr]* vis enum Name`; `main` for the enum with a path.
fn enum_head(input: ParseStream<'_>, which: Macro, main: bool) -> syn::Result<Item> {
    let attrs = input.call(Attribute::parse_outer)?;
    check_attrs(&attrs, which, main)?;
    let vis: Visibility = input.parse()?;
    if !input.peek(Token![enum]) {
        return Err(input.error(which.usage()));
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
    Ok(Item {
        attrs: attr_tokens,
        vis: vis.into_token_stream(),
        name,
    })
}
