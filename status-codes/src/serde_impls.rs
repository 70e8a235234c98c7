//! `Serialize` and `Deserialize` for [`StatusCode`].
//!
//! A status code is written as its number, `404`, in every format.
//!
//! Reading checks the number against the codes the document lists, without
//! truncating first: `65940` is an error, not `404` (65940 mod 65536). In a
//! self-describing format (JSON, YAML, TOML, CBOR …) the string forms that
//! `FromStr` accepts are read too: `"404"`, `"Not Found"` in any ASCII case,
//! `"404 Not Found"`; this also makes `StatusCode` work as a JSON map key,
//! which JSON always writes as a string. Formats that are not
//! self-describing (postcard, bincode …) cannot say what comes next, so
//! there the deserializer is asked for the `u16` that `Serialize` wrote.

use core::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::{StatusCode, TryFromStatusCodeError};

/// Writes the number, as `u16`: `404`.
impl Serialize for StatusCode {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Reads a number the document lists (`404`), or, in a self-describing
/// format such as JSON, a string that `FromStr` accepts: `"404"`,
/// `"Not Found"` in any ASCII case, or `"404 Not Found"`.
///
/// A number out of range is not truncated: `65940` is an error, not `404`.
/// Error messages list the codes and the forms that are accepted.
impl<'de> Deserialize<'de> for StatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `is_human_readable` is how serde tells text formats from compact
        // binary ones. Text formats are self-describing and support
        // `deserialize_any`, which hands over a number or a string as found.
        // Compact formats (postcard, bincode) may not support
        // `deserialize_any` at all; they need the type `Serialize` wrote.
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusCodeVisitor)
        } else {
            deserializer.deserialize_u16(StatusCodeVisitor)
        }
    }
}

/// Turns whatever the format found into a [`StatusCode`].
struct StatusCodeVisitor;

impl StatusCodeVisitor {
    fn unsigned<E: de::Error>(self, value: u64) -> Result<StatusCode, E> {
        match u16::try_from(value).ok().and_then(StatusCode::from_u16) {
            Some(status) => Ok(status),
            None => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }
}

impl Visitor<'_> for StatusCodeVisitor {
    type Value = StatusCode;

    /// Completes serde's "expected …": the listed codes as ranges (the
    /// generated [`TryFromStatusCodeError::CODES`]), and the string forms,
    /// with the document's own example.
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "an HTTP status code, as a number ({})",
            TryFromStatusCodeError::CODES
        )?;
        let example = StatusCode::from_u16(404).or_else(|| StatusCode::ALL.first().copied());
        if let Some(example) = example {
            write!(
                f,
                " or as a string: \"{}\", \"{}\" (any ASCII case) or \"{}\"",
                example.code(),
                example.reason(),
                example.as_str()
            )?;
        }
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<StatusCode, E> {
        self.unsigned(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<StatusCode, E> {
        match u64::try_from(value) {
            Ok(value) => self.unsigned(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<StatusCode, E> {
        match value.parse() {
            Ok(status) => Ok(status),
            Err(_) => Err(E::invalid_value(Unexpected::Str(value), &self)),
        }
    }
}
