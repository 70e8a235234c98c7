//! The error types of the conversions, and their impls, for both emitters:
//! `Parse{Name}Error`, and `TryFrom{Name}Error` where codes convert.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::template::fill;
use super::{ENUM_DERIVES, derive, doc};

/// The name of an error type: `{verb}{Name}Error`, verb, object, `Error`
/// (`ParseStatusCodeError`, `TryFromStatusCodeError`). A name that already
/// ends in `Error` does not say it twice: `PayError` gives `ParsePayError`,
/// not `ParsePayErrorError`.
pub(crate) fn error_type_name(verb: &str, name: &Ident) -> Ident {
    let name_text = name.to_string();
    let name_text = name_text.strip_prefix("r#").unwrap_or(&name_text);
    let object = match name_text.strip_suffix("Error") {
        Some(stem) if !stem.is_empty() => stem,
        _ => name_text,
    };
    format_ident!("{verb}{object}Error", span = name.span())
}

/// What an emitter says in its error types: `TryFrom{Name}Error`, where
/// codes convert, and `Parse{Name}Error`. They are named verb, object,
/// `Error` as std's `TryFromIntError` and `ParseIntError` are, after the
/// conversion that fails (`{Name}::try_from`, `str::parse::<{Name}>`).
/// Their messages are for the end users of the program that has the
/// generated type: they name the codes and forms that would have been
/// read, never the document's path, which is a detail of the build.
pub(crate) struct Errors {
    /// Where codes convert: the code's type, the docs of
    /// `TryFrom{Name}Error`, its constants, and the body of its `Display`.
    pub(crate) try_from: Option<(TokenStream, String, TokenStream, TokenStream)>,
    /// The docs of `Parse{Name}Error`.
    pub(crate) parse_doc: String,
    /// The format string its `Display` writes with the input (quoted) and
    /// `…` when it was cut.
    pub(crate) parse_format: String,
}

impl Errors {
    /// The types of the enum `name`, items of the caller's module, with
    /// the visibility `vis`.
    pub(crate) fn types(&self, vis: &TokenStream, name: &Ident) -> TokenStream {
        let try_from = self.try_from.as_ref().map(|(ty, try_from_doc, ..)| {
            let try_from_error = error_type_name("TryFrom", name);
            let derives = derive(&ENUM_DERIVES[..6]);
            let try_from_doc = doc(try_from_doc);
            quote! {
                #try_from_doc
                #derives
                #vis struct #try_from_error {
                    code: #ty,
                }
            }
        });
        // The parse error writes its own `Debug`: its input as a string,
        // not as 32 raw bytes.
        let parse_error_derives = derive(
            &ENUM_DERIVES[..6]
                .iter()
                .copied()
                .filter(|&(_, name)| name != "Debug")
                .collect::<Vec<_>>(),
        );
        let parse_error = error_type_name("Parse", name);
        let parse_doc = doc(&self.parse_doc);
        fill(
            PARSE_ERROR_TYPE,
            &[
                ("try_from", &try_from),
                ("parse_doc", &parse_doc),
                ("parse_error_derives", &parse_error_derives),
                ("vis", vis),
                ("parse_error", &parse_error),
            ],
        )
    }

    /// The impls of the types of the enum `name`, as items of the
    /// `const _` block.
    pub(crate) fn impls(&self, name: &Ident) -> TokenStream {
        let mut impls = TokenStream::new();
        if let Some((ty, _, consts, display)) = &self.try_from {
            let try_from_error = error_type_name("TryFrom", name);
            impls = fill(
                TRY_FROM_IMPLS,
                &[
                    ("try_from_error", &try_from_error),
                    ("consts", consts),
                    ("ty", ty),
                    ("display", display),
                ],
            );
        }
        impls.extend(parse_error_impls(
            &error_type_name("Parse", name),
            &self.parse_format,
        ));
        impls
    }
}

/// The impls of the parse error type `parse_error`, and the helper
/// `parse_error(s)` that makes one, as items of the `const _` block. Its
/// `Display` writes `parse_format` with the input (quoted) and `…` when it
/// was cut.
fn parse_error_impls(parse_error: &Ident, parse_format: &str) -> TokenStream {
    let parse_error_name = parse_error.to_string();
    let debug_doc = doc(&format!(
        "Shows the input as a string: `{parse_error_name} {{ input: \"teapot\", truncated: false }}`."
    ));
    fill(
        PARSE_ERROR_IMPLS,
        &[
            ("parse_error", parse_error),
            ("parse_error_name", &parse_error_name),
            ("parse_format", &parse_format),
            ("debug_doc", &debug_doc),
        ],
    )
}

/// `Parse{Name}Error`, after the `TryFrom{Name}Error` where codes convert:
/// see [`Errors::types`].
const PARSE_ERROR_TYPE: &str = r#"
$try_from
$parse_doc
$parse_error_derives
$vis struct $parse_error {
    /// The start of the input, cut at a character boundary.
    input: [u8; 32],
    /// How many bytes of `input` are used.
    len: u8,
    /// Whether the input was longer than `input` holds.
    truncated: bool,
}
"#;

/// The impls of `TryFrom{Name}Error`: see [`Errors::impls`].
const TRY_FROM_IMPLS: &str = r#"
impl $try_from_error {
    $consts
    /// The number that was given.
    #[must_use]
    pub const fn code(&self) -> $ty {
        self.code
    }
}

impl ::core::fmt::Display for $try_from_error {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        $display
    }
}

impl ::core::error::Error for $try_from_error {}
"#;

/// The impls of `Parse{Name}Error`, and the helper that makes one: see
/// [`parse_error_impls`].
const PARSE_ERROR_IMPLS: &str = r#"
// Out of line: a failed parse is the rare case, and keeping the
// copy out of `from_str` lets the successful path inline.
#[cold]
#[inline(never)]
#[allow(clippy::cast_possible_truncation, reason = "at most 32")]
fn parse_error(s: &str) -> $parse_error {
    let mut len = if s.len() > 32 { 32 } else { s.len() };
    while !s.is_char_boundary(len) {
        len -= 1;
    }
    let mut input = [0; 32];
    input[..len].copy_from_slice(&s.as_bytes()[..len]);
    $parse_error {
        input,
        len: len as u8,
        truncated: len < s.len(),
    }
}

impl $parse_error {
    /// The string that was given, cut to its first 32 bytes.
    #[must_use]
    pub fn input(&self) -> &str {
        ::core::str::from_utf8(&self.input[..self.len as usize]).unwrap_or_default()
    }
}

impl ::core::fmt::Display for $parse_error {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let ellipsis = if self.truncated { "…" } else { "" };
        ::core::write!(f, $parse_format, self.input(), ellipsis)
    }
}

#[allow(
    clippy::missing_fields_in_debug,
    reason = "`len` is where `input` ends, which shows as a string"
)]
impl ::core::fmt::Debug for $parse_error {
    $debug_doc
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct($parse_error_name)
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .finish()
    }
}

impl ::core::error::Error for $parse_error {}
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[PARSE_ERROR_TYPE, TRY_FROM_IMPLS, PARSE_ERROR_IMPLS]);
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Ident, Span};

    use super::error_type_name;

    #[test]
    fn error_types_say_error_once() {
        let named =
            |verb, name| error_type_name(verb, &Ident::new(name, Span::call_site())).to_string();
        assert_eq!(named("Parse", "StatusCode"), "ParseStatusCodeError");
        assert_eq!(named("TryFrom", "StatusCode"), "TryFromStatusCodeError");
        assert_eq!(named("Parse", "PayError"), "ParsePayError");
        assert_eq!(named("TryFrom", "PayError"), "TryFromPayError");
        // `Error` alone is the whole name, not a suffix.
        assert_eq!(named("Parse", "Error"), "ParseErrorError");
        assert_eq!(
            error_type_name("Parse", &Ident::new_raw("Kind", Span::call_site())).to_string(),
            "ParseKindError"
        );
    }
}
