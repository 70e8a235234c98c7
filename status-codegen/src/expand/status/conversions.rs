//! The status enum's trait impls: `Display`, `Debug`, `FromStr`, the conversions
//! with `u16` and the comparisons with it; and what its error types say.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::errors::Errors;
use crate::expand::template::fill;
use crate::expand::{Options, doc};
use crate::model::Table;

/// The trait impls of the status enum. Associated types are named by their
/// concrete type, never as `Self::Err` or `Self::Error`: a variant named
/// `Err` or `Error` would make those paths ambiguous (rustc's deny-by-default
/// `ambiguous_associated_items`). Every other `Self::X` in the generated code
/// names a constant or method, whose names are not in UpperCamelCase, or a
/// class variant inside the class enum, so no variant can shadow it.
pub(super) fn conversions(table: &Table, options: &Options) -> TokenStream {
    let name = &options.name;
    let parse_error = options.parse_error();
    let try_from_error = options.try_from_error();
    let debug = if table.entries.is_empty() {
        quote!(match *self {})
    } else {
        quote!(f.write_str(IDENTS[index(*self)]))
    };
    fill(
        CONVERSIONS,
        &[
            ("debug", &debug),
            ("name", name),
            ("parse_error", &parse_error),
            ("try_from_error", &try_from_error),
        ],
    )
}

/// What the two error types say: `TryFrom{Name}Error` for a number and
/// `Parse{Name}Error` for a string.
pub(super) fn errors(table: &Table, options: &Options) -> Errors {
    let Options {
        name, display_path, ..
    } = options;
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
    let display = if codes.is_empty() {
        let format = format!("unknown HTTP status code {{}}: {NO_CODES}");
        quote!(::core::write!(f, #format, self.code))
    } else {
        quote! {
            ::core::write!(f, "unknown HTTP status code {}: expected one of {}", self.code, Self::CODES)
        }
    };
    Errors {
        try_from: Some((
            quote!(u16),
            format!(
                "The error returned when a number is not a [`{name}`]: a code that \
                 `{display_path}` does not list. [`CODES`](Self::CODES) are those it lists."
            ),
            quote! {
                #codes_doc
                pub const CODES: &'static str = #codes;
            },
            display,
        )),
        parse_doc: format!(
            "The error returned when a string is not a [`{name}`]: not a code, reason phrase, \
             or code and reason phrase that `{display_path}` lists."
        ),
        // The fixed text goes into the format string, braces escaped: one
        // `write!`, and no literal argument (clippy's `write_literal`).
        parse_format: format!(
            "unknown HTTP status {{:?}}{{}}: {}",
            expected.replace('{', "{{").replace('}', "}}")
        ),
    }
}

/// What the errors say when the document lists no code at all.
const NO_CODES: &str = "no status code is known";

/// The status enum's trait impls: see [`conversions`].
const CONVERSIONS: &str = r#"
impl ::core::fmt::Display for $name {
    /// Writes the code and reason phrase: `404 Not Found`.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.as_str())
    }
}

impl ::core::fmt::Debug for $name {
    /// Writes the variant's identifier, as `#[derive(Debug)]` would.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        $debug
    }
}

impl ::core::str::FromStr for $name {
    type Err = $parse_error;

    /// Reads a code (`"404"`), a reason phrase as
    /// [`from_reason`](Self::from_reason) reads it (`"Not Found"`, any
    /// ASCII case), or both (`"404 Not Found"`).
    #[inline]
    fn from_str(s: &str) -> ::core::result::Result<Self, $parse_error> {
        match parse(s) {
            ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
            ::core::option::Option::None => ::core::result::Result::Err(parse_error(s)),
        }
    }
}

impl ::core::convert::From<$name> for u16 {
    fn from(status: $name) -> u16 {
        status.code()
    }
}

impl ::core::convert::TryFrom<u16> for $name {
    type Error = $try_from_error;

    fn try_from(code: u16) -> ::core::result::Result<Self, $try_from_error> {
        match Self::from_u16(code) {
            ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
            ::core::option::Option::None => {
                ::core::result::Result::Err($try_from_error { code })
            }
        }
    }
}

impl ::core::cmp::PartialEq<u16> for $name {
    fn eq(&self, other: &u16) -> bool {
        self.code() == *other
    }
}

impl ::core::cmp::PartialEq<$name> for u16 {
    fn eq(&self, other: &$name) -> bool {
        *self == other.code()
    }
}
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[CONVERSIONS]);
}
