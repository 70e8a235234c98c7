//! The status enum's trait impls: `Display`, `FromStr`, the conversions
//! with `u16` and the comparisons with it.

use proc_macro2::TokenStream;
use quote::quote;

use super::Options;

/// The trait impls of the status enum. Associated types are named by their
/// concrete type, never as `Self::Err` or `Self::Error`: a variant named
/// `Err` or `Error` would make those paths ambiguous (rustc's deny-by-default
/// `ambiguous_associated_items`). Every other `Self::X` in the generated code
/// names a constant or method, whose names are not in UpperCamelCase, or a
/// class variant inside the class enum, so no variant can shadow it.
pub(super) fn conversions(options: &Options) -> TokenStream {
    let name = &options.name;
    let parse_error = options.parse_error();
    let try_from_error = options.try_from_error();
    quote! {
        impl ::core::fmt::Display for #name {
            /// Writes the code and reason phrase: `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = #parse_error;

            /// Reads `"404"`, `"Not Found"` (any ASCII case) or `"404 Not Found"`.
            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, #parse_error> {
                match parse(s) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(parse_error(s)),
                }
            }
        }

        impl ::core::convert::From<#name> for u16 {
            fn from(status: #name) -> u16 {
                status.code()
            }
        }

        impl ::core::convert::TryFrom<u16> for #name {
            type Error = #try_from_error;

            fn try_from(code: u16) -> ::core::result::Result<Self, #try_from_error> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#try_from_error { code })
                    }
                }
            }
        }

        impl ::core::cmp::PartialEq<u16> for #name {
            fn eq(&self, other: &u16) -> bool {
                self.code() == *other
            }
        }

        impl ::core::cmp::PartialEq<#name> for u16 {
            fn eq(&self, other: &#name) -> bool {
                *self == other.code()
            }
        }
    }
}
