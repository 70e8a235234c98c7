//! A catalogue enum's trait impls, and what its error types say.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Keyed, Options, rust_type};
use crate::catalogue::model::{Catalogue, Value};
use crate::expand::doc;
use crate::expand::errors::Errors;
use crate::expand::template::fill;

/// `Display`, `Debug`, `FromStr`, `Error`, and the conversions from and to
/// codes.
/// Associated types are named by their concrete type, never `Self::Err`: a
/// variant named `Err` would make that path ambiguous.
pub(super) fn traits(options: &Options, keyed: Keyed) -> TokenStream {
    let name = &options.name;
    let parse_error = options.parse_error();
    let try_from_error = options.try_from_error();
    let by_code = match keyed {
        Keyed::UniqueInt(value_type) => {
            let ty = rust_type(value_type);
            quote! {
                if let ::core::result::Result::Ok(::core::option::Option::Some(entry)) =
                    s.parse::<#ty>().map(Self::from_code)
                {
                    return ::core::result::Result::Ok(entry);
                }
            }
        }
        Keyed::UniqueStr => quote! {
            // The code exactly, else one that differs only in ASCII case.
            if let ::core::option::Option::Some(i) = position_of_code(s.as_bytes(), true) {
                return ::core::result::Result::Ok(Self::ALL[i]);
            }
            if let ::core::option::Option::Some(i) = position_of_code(s.as_bytes(), false) {
                return ::core::result::Result::Ok(Self::ALL[i]);
            }
        },
        Keyed::NoCodes | Keyed::Repeated(_) => TokenStream::new(),
    };
    let from_str_doc = doc(match keyed {
        Keyed::UniqueInt(_) | Keyed::UniqueStr => "Reads a code, or a name in any ASCII case.",
        Keyed::NoCodes | Keyed::Repeated(_) => "Reads a name, in any ASCII case.",
    });
    let conversions = match keyed {
        Keyed::UniqueInt(value_type) => {
            let ty = rust_type(value_type);
            quote! {
                impl ::core::convert::TryFrom<#ty> for #name {
                    type Error = #try_from_error;

                    fn try_from(code: #ty) -> ::core::result::Result<Self, #try_from_error> {
                        match Self::from_code(code) {
                            ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                            ::core::option::Option::None => ::core::result::Result::Err(#try_from_error { code }),
                        }
                    }
                }
            }
        }
        Keyed::UniqueStr => quote! {
            impl<'a> ::core::convert::TryFrom<&'a str> for #name {
                type Error = #parse_error;

                /// The entry whose code is exactly `code`.
                fn try_from(code: &'a str) -> ::core::result::Result<Self, #parse_error> {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                        ::core::option::Option::None => ::core::result::Result::Err(parse_error(code)),
                    }
                }
            }
        },
        Keyed::NoCodes | Keyed::Repeated(_) => TokenStream::new(),
    };
    let into_code = keyed.code_type().map(|value_type| {
        let ty = rust_type(value_type);
        quote! {
            impl ::core::convert::From<#name> for #ty {
                fn from(entry: #name) -> #ty {
                    entry.code()
                }
            }
        }
    });
    fill(
        TRAITS,
        &[
            ("by_code", &by_code),
            ("conversions", &conversions),
            ("from_str_doc", &from_str_doc),
            ("into_code", &into_code),
            ("name", name),
            ("parse_error", &parse_error),
        ],
    )
}

/// What the error types say: `Parse{Name}Error`, and `TryFrom{Name}Error`
/// when integer codes find an entry.
pub(super) fn errors(catalogue: &Catalogue, options: &Options, keyed: Keyed) -> Errors {
    let name = &options.name;
    let expected = match (catalogue.entries.first(), keyed) {
        (Some(entry), Keyed::UniqueInt(_) | Keyed::UniqueStr) => format!(
            "expected a code (\"{}\") or a name (\"{}\", any ASCII case)",
            entry.code.as_ref().map(Value::text).unwrap_or_default(),
            entry.name
        ),
        (Some(entry), _) => format!("expected a name (\"{}\", any ASCII case)", entry.name),
        (None, _) => "no code is known".to_owned(),
    };
    let try_from = match keyed {
        Keyed::UniqueInt(value_type) => {
            let format = format!("unknown {name} code {{}}");
            Some((
                rust_type(value_type),
                format!("The error returned when a number is not the code of a [`{name}`]."),
                TokenStream::new(),
                quote!(::core::write!(f, #format, self.code)),
            ))
        }
        _ => None,
    };
    Errors {
        try_from,
        parse_doc: format!(
            "The error returned when a string is not a [`{name}`]: neither a code nor a name it has."
        ),
        // The fixed text goes into the format string, braces escaped.
        parse_format: format!(
            "unknown {name} {{:?}}{{}}: {}",
            expected.replace('{', "{{").replace('}', "}}")
        ),
    }
}

/// The enum's trait impls: see [`traits`].
const TRAITS: &str = r#"
impl ::core::fmt::Display for $name {
    /// Writes the message, the description's first line; `{:#}`
    /// writes the code and name instead.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        if f.alternate() {
            f.pad(LINES[index(*self)])
        } else {
            f.pad(self.message())
        }
    }
}

impl ::core::fmt::Debug for $name {
    /// Writes the variant's identifier, as `#[derive(Debug)]` would.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(IDENTS[index(*self)])
    }
}

impl ::core::error::Error for $name {}

impl ::core::str::FromStr for $name {
    type Err = $parse_error;

    $from_str_doc
    fn from_str(s: &str) -> ::core::result::Result<Self, $parse_error> {
        if let ::core::option::Option::Some(entry) = Self::from_name(s) {
            return ::core::result::Result::Ok(entry);
        }
        $by_code
        ::core::result::Result::Err(parse_error(s))
    }
}

$conversions
$into_code
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[TRAITS]);
}
