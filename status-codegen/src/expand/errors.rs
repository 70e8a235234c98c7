//! The error types of the conversions, and their impls; `code_table!`
//! shares the parse error's.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{ENUM_DERIVES, Options, derive, doc};
use crate::model::Table;

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

/// The two error types: `TryFrom{Name}Error` for a number and
/// `Parse{Name}Error` for a string, named verb, object, `Error` as std's
/// `TryFromIntError` and `ParseIntError` are, after the conversion that
/// fails (`{Name}::try_from`, `str::parse::<{Name}>`).
pub(super) fn error_types(options: &Options) -> TokenStream {
    let error_derives = derive(&ENUM_DERIVES[..6]);
    let Options {
        vis,
        name,
        display_path,
        ..
    } = options;
    let parse_error = options.parse_error();
    let try_from_error = options.try_from_error();
    let parse_doc = doc(&format!(
        "The error returned when a string is not a [`{name}`]: not a code, reason phrase, \
         or code and reason phrase that `{display_path}` lists."
    ));
    let parse_error_type = parse_error_type(vis, &parse_error, &parse_doc);
    let try_from_doc = doc(&format!(
        "The error returned when a number is not a [`{name}`]: a code that `{display_path}` \
         does not list. [`CODES`](Self::CODES) are those it lists."
    ));
    quote! {
        #try_from_doc
        #error_derives
        #vis struct #try_from_error {
            code: u16,
        }

        #parse_error_type
    }
}

/// The type `parse_error`, with visibility `vis` and docs `parse_doc`: the
/// error of a failed `FromStr`, which keeps the input's first 32 bytes.
/// Its impls are [`parse_error_impls`].
pub(crate) fn parse_error_type(
    vis: &TokenStream,
    parse_error: &Ident,
    parse_doc: &TokenStream,
) -> TokenStream {
    // The parse error writes its own `Debug`: its input as a string, not
    // as 32 raw bytes.
    let parse_error_derives = derive(
        &ENUM_DERIVES[..6]
            .iter()
            .copied()
            .filter(|&(_, name)| name != "Debug")
            .collect::<Vec<_>>(),
    );
    quote! {
        #parse_doc
        #parse_error_derives
        #vis struct #parse_error {
            /// The start of the input, cut at a character boundary.
            input: [u8; 32],
            /// How many bytes of `input` are used.
            len: u8,
            /// Whether the input was longer than `input` holds.
            truncated: bool,
        }
    }
}

/// The error types' methods and trait impls. Their messages are for the
/// end users of the program that has the generated type: they name the
/// codes and forms that would have been read, never the document's path,
/// which is a detail of the build.
pub(super) fn error_impls(table: &Table, options: &Options) -> TokenStream {
    let name = &options.name;
    let parse_error = options.parse_error();
    let try_from_error = options.try_from_error();

    let example = table
        .entries
        .iter()
        .find(|e| e.code == 404)
        .or(table.entries.first());
    let expected = match example {
        Some(e) => format!(
            "expected a code (\"{}\"), a reason phrase (\"{}\", any ASCII case) or both (\"{} {}\")",
            e.code, e.reason, e.code, e.reason
        ),
        None => NO_CODES.to_owned(),
    };
    // The fixed text goes into the format string, braces escaped: one
    // `write!`, and no literal argument (clippy's `write_literal`).
    let parse_format = format!(
        "unknown HTTP status {{:?}}{{}}: {}",
        expected.replace('{', "{{").replace('}', "}}")
    );
    let codes = table.code_ranges();
    let codes_doc = doc(&format!(
        "The codes that [`{name}`] has, as ranges in increasing order{}. \
         The message of this error ends with them.",
        if codes.is_empty() {
            ": none".to_owned()
        } else {
            format!(": `{codes}`")
        }
    ));
    let try_from_display = if codes.is_empty() {
        let format = format!("unknown HTTP status code {{}}: {NO_CODES}");
        quote!(::core::write!(f, #format, self.code))
    } else {
        quote! {
            ::core::write!(f, "unknown HTTP status code {}: expected one of {}", self.code, Self::CODES)
        }
    };

    let parse_error_impls = parse_error_impls(&parse_error, &parse_format);
    quote! {
        impl #try_from_error {
            #codes_doc
            pub const CODES: &'static str = #codes;

            /// The number that was given.
            #[must_use]
            pub const fn code(&self) -> u16 {
                self.code
            }
        }

        impl ::core::fmt::Display for #try_from_error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #try_from_display
            }
        }

        impl ::core::error::Error for #try_from_error {}

        #parse_error_impls
    }
}

/// The impls of [`parse_error_type`]'s type `parse_error`, and the helper
/// `parse_error(s)` that makes one, as items of the `const _` block. Its
/// `Display` writes `parse_format` with the input (quoted) and `…` when it
/// was cut.
pub(crate) fn parse_error_impls(parse_error: &Ident, parse_format: &str) -> TokenStream {
    let parse_error_name = parse_error.to_string();
    let debug_doc = doc(&format!(
        "Shows the input as a string: `{parse_error_name} {{ input: \"teapot\", truncated: false }}`."
    ));
    quote! {
        // Out of line: a failed parse is the rare case, and keeping the
        // copy out of `from_str` lets the successful path inline.
        #[cold]
        #[inline(never)]
        #[allow(clippy::cast_possible_truncation, reason = "at most 32")]
        fn parse_error(s: &str) -> #parse_error {
            let mut len = if s.len() > 32 { 32 } else { s.len() };
            while !s.is_char_boundary(len) {
                len -= 1;
            }
            let mut input = [0; 32];
            input[..len].copy_from_slice(&s.as_bytes()[..len]);
            #parse_error {
                input,
                len: len as u8,
                truncated: len < s.len(),
            }
        }

        impl #parse_error {
            /// The string that was given, cut to its first 32 bytes.
            #[must_use]
            pub fn input(&self) -> &str {
                ::core::str::from_utf8(&self.input[..self.len as usize]).unwrap_or_default()
            }
        }

        impl ::core::fmt::Display for #parse_error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let ellipsis = if self.truncated { "…" } else { "" };
                ::core::write!(f, #parse_format, self.input(), ellipsis)
            }
        }

        #[allow(
            clippy::missing_fields_in_debug,
            reason = "`len` is where `input` ends, which shows as a string"
        )]
        impl ::core::fmt::Debug for #parse_error {
            #debug_doc
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#parse_error_name)
                    .field("input", &self.input())
                    .field("truncated", &self.truncated)
                    .finish()
            }
        }

        impl ::core::error::Error for #parse_error {}
    }
}

/// What the errors say when the document lists no code at all.
const NO_CODES: &str = "no status code is known";

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
