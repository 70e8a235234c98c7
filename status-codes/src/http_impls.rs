//! Conversions and comparisons between [`StatusCode`] and the `StatusCode`
//! of the `http` crate: http 1.x with the `http` feature, http 0.2 with the
//! `http02` feature. Both get the same impls, written once by `interop!`.

#[cfg(feature = "http")]
use crate::Language;
use crate::{StatusCode, TryFromStatusCodeError};

// `http::StatusCode` holds any number in 100..=999, in both versions. The
// generator only accepts codes in 100..=599, and this checks the codes it
// actually generated, at compile time: the `From` impls below cannot fail.
const _: () = {
    let mut i = 0;
    while i < StatusCode::ALL.len() {
        let code = StatusCode::ALL[i].code();
        assert!(
            100 <= code && code <= 999,
            "every StatusCode must be in 100..=999, the range http::StatusCode accepts"
        );
        i += 1;
    }
};

/// The impls for one version of the `http` crate, named `$http` in this
/// crate's dependencies; `$version` is how the docs call it.
macro_rules! interop {
    ($http:ident, $version:literal) => {
        #[doc = concat!(
            "Converts to the `http::StatusCode` of http ", $version, ", with the same number."
        )]
        ///
        /// Never fails: every code this type has is in the range 100–999 that
        /// `http::StatusCode` accepts, which is checked at compile time. So
        /// `Response::builder().status(StatusCode::NotFound)` works as is.
        impl ::core::convert::From<StatusCode> for ::$http::StatusCode {
            #[inline]
            fn from(status: StatusCode) -> Self {
                match ::$http::StatusCode::from_u16(status.code()) {
                    ::core::result::Result::Ok(status) => status,
                    ::core::result::Result::Err(_) => {
                        ::core::unreachable!("StatusCode is in 100..=999, checked at compile time")
                    }
                }
            }
        }

        #[doc = concat!("Converts from the `http::StatusCode` of http ", $version, ".")]
        ///
        /// Fails, without panicking, for a number that the status document
        /// does not list, such as 418; the error carries that number in
        /// [`TryFromStatusCodeError::code`].
        impl ::core::convert::TryFrom<::$http::StatusCode> for StatusCode {
            type Error = TryFromStatusCodeError;

            #[inline]
            fn try_from(status: ::$http::StatusCode) -> ::core::result::Result<Self, Self::Error> {
                StatusCode::try_from(status.as_u16())
            }
        }

        #[doc = concat!(
            "Compares with the `http::StatusCode` of http ", $version,
            " by number: `StatusCode::NotFound == http::StatusCode::NOT_FOUND`."
        )]
        impl ::core::cmp::PartialEq<::$http::StatusCode> for StatusCode {
            #[inline]
            fn eq(&self, other: &::$http::StatusCode) -> bool {
                self.code() == other.as_u16()
            }
        }

        #[doc = concat!(
            "Compares the `http::StatusCode` of http ", $version,
            " with a [`StatusCode`] by number: `response.status() == StatusCode::NotFound`."
        )]
        impl ::core::cmp::PartialEq<StatusCode> for ::$http::StatusCode {
            #[inline]
            fn eq(&self, other: &StatusCode) -> bool {
                self.as_u16() == other.code()
            }
        }
    };
}

#[cfg(feature = "http")]
interop!(http, "1.x");

#[cfg(feature = "http02")]
interop!(http02, "0.2");

#[cfg(feature = "http")]
impl Language {
    /// The language to answer a request in, from its `Accept-Language`
    /// headers (http 1.x): [`Language::negotiate`] on their values, joined
    /// as one list when there are several; [`Language::ZhCn`], the
    /// document's own, when there is none or none is readable text.
    ///
    /// ```
    /// use status_codes::{Language, StatusCode};
    ///
    /// let request = http::Request::get("/users/42")
    ///     .header("accept-language", "en-US,en;q=0.9")
    ///     .body(())
    ///     .unwrap();
    /// let language = Language::from_headers(request.headers());
    /// assert_eq!(language, Language::En);
    /// assert!(StatusCode::NotFound.description_in(language).starts_with("The server"));
    /// ```
    #[must_use]
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        let mut values = headers
            .get_all(http::header::ACCEPT_LANGUAGE)
            .iter()
            .filter_map(|value| value.to_str().ok());
        let Some(first) = values.next() else {
            return Language::PRIMARY;
        };
        match values.next() {
            None => Language::negotiate(first),
            Some(second) => {
                let mut joined = ::std::string::String::from(first);
                for value in core::iter::once(second).chain(values) {
                    joined.push(',');
                    joined.push_str(value);
                }
                Language::negotiate(&joined)
            }
        }
    }
}
