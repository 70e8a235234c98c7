//! The baseline: the 26 status codes of `docs/status.md` as a hand-written
//! `#[repr(u16)]` enum whose methods are plain `match`es, the way one would
//! write the type without a macro.
//!
//! It has the same reason phrases (as the document writes them) and the same
//! semantics as the generated `status_codes::StatusCode`: `from_u16` accepts
//! only the listed codes, `Display` writes `404 Not Found` through `f.pad`,
//! and `FromStr` reads `"404"` or a reason phrase in any ASCII case (the
//! IANA registry's as well, where the document writes another).
//!
//! `scripts/build-times.sh` copies this file into a scratch crate to time
//! its build, so it depends on nothing but `core`.

use core::fmt;
use core::str::FromStr;

/// An HTTP status code listed in `docs/status.md`, written by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
pub enum StatusCode {
    /// 100
    Continue = 100,
    /// 101
    SwitchingProtocal = 101,
    /// 200
    Ok = 200,
    /// 201
    Created = 201,
    /// 202
    Accepted = 202,
    /// 203
    NonAuthoritativeInformation = 203,
    /// 204
    NoContent = 204,
    /// 300
    MultipleChoice = 300,
    /// 301
    MovedPermanently = 301,
    /// 302
    Found = 302,
    /// 303
    SeeOther = 303,
    /// 304
    NotModified = 304,
    /// 307
    TemporaryRedirect = 307,
    /// 308
    PermanentRedirect = 308,
    /// 400
    BadRequest = 400,
    /// 401
    Unauthorized = 401,
    /// 403
    Forbidden = 403,
    /// 404
    NotFound = 404,
    /// 405
    MethodNotAllowed = 405,
    /// 406
    NotAcceptable = 406,
    /// 500
    InternalServerError = 500,
    /// 501
    NotImplemented = 501,
    /// 502
    BadGateway = 502,
    /// 503
    ServiceUnavailable = 503,
    /// 504
    GatewayTimeout = 504,
    /// 505
    HttpVersionNotSupported = 505,
}

use StatusCode::*;

impl StatusCode {
    /// Every code, in document order.
    pub const ALL: [StatusCode; 26] = [
        Continue,
        SwitchingProtocal,
        Ok,
        Created,
        Accepted,
        NonAuthoritativeInformation,
        NoContent,
        MultipleChoice,
        MovedPermanently,
        Found,
        SeeOther,
        NotModified,
        TemporaryRedirect,
        PermanentRedirect,
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        NotAcceptable,
        InternalServerError,
        NotImplemented,
        BadGateway,
        ServiceUnavailable,
        GatewayTimeout,
        HttpVersionNotSupported,
    ];

    /// The numeric code.
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The code with number `code`, if it is listed.
    #[inline]
    pub const fn from_u16(code: u16) -> Option<StatusCode> {
        Some(match code {
            100 => Continue,
            101 => SwitchingProtocal,
            200 => Ok,
            201 => Created,
            202 => Accepted,
            203 => NonAuthoritativeInformation,
            204 => NoContent,
            300 => MultipleChoice,
            301 => MovedPermanently,
            302 => Found,
            303 => SeeOther,
            304 => NotModified,
            307 => TemporaryRedirect,
            308 => PermanentRedirect,
            400 => BadRequest,
            401 => Unauthorized,
            403 => Forbidden,
            404 => NotFound,
            405 => MethodNotAllowed,
            406 => NotAcceptable,
            500 => InternalServerError,
            501 => NotImplemented,
            502 => BadGateway,
            503 => ServiceUnavailable,
            504 => GatewayTimeout,
            505 => HttpVersionNotSupported,
            _ => return None,
        })
    }

    /// The reason phrase, as the document writes it.
    #[inline]
    pub const fn reason(self) -> &'static str {
        match self {
            Continue => "Continue",
            SwitchingProtocal => "Switching Protocal",
            Ok => "Ok",
            Created => "Created",
            Accepted => "Accepted",
            NonAuthoritativeInformation => "Non-Authoritative Information",
            NoContent => "No Content",
            MultipleChoice => "Multiple Choice",
            MovedPermanently => "Moved Permanently",
            Found => "Found",
            SeeOther => "See Other",
            NotModified => "Not Modified",
            TemporaryRedirect => "Temporary Redirect",
            PermanentRedirect => "Permanent Redirect",
            BadRequest => "Bad Request",
            Unauthorized => "Unauthorized",
            Forbidden => "Forbidden",
            NotFound => "Not Found",
            MethodNotAllowed => "Method Not Allowed",
            NotAcceptable => "Not Acceptable",
            InternalServerError => "Internal Server Error",
            NotImplemented => "Not Implemented",
            BadGateway => "Bad Gateway",
            ServiceUnavailable => "Service Unavailable",
            GatewayTimeout => "Gateway Timeout",
            HttpVersionNotSupported => "Http Version Not Supported",
        }
    }

    /// The code and reason phrase: `404 Not Found`.
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Continue => "100 Continue",
            SwitchingProtocal => "101 Switching Protocal",
            Ok => "200 Ok",
            Created => "201 Created",
            Accepted => "202 Accepted",
            NonAuthoritativeInformation => "203 Non-Authoritative Information",
            NoContent => "204 No Content",
            MultipleChoice => "300 Multiple Choice",
            MovedPermanently => "301 Moved Permanently",
            Found => "302 Found",
            SeeOther => "303 See Other",
            NotModified => "304 Not Modified",
            TemporaryRedirect => "307 Temporary Redirect",
            PermanentRedirect => "308 Permanent Redirect",
            BadRequest => "400 Bad Request",
            Unauthorized => "401 Unauthorized",
            Forbidden => "403 Forbidden",
            NotFound => "404 Not Found",
            MethodNotAllowed => "405 Method Not Allowed",
            NotAcceptable => "406 Not Acceptable",
            InternalServerError => "500 Internal Server Error",
            NotImplemented => "501 Not Implemented",
            BadGateway => "502 Bad Gateway",
            ServiceUnavailable => "503 Service Unavailable",
            GatewayTimeout => "504 Gateway Timeout",
            HttpVersionNotSupported => "505 Http Version Not Supported",
        }
    }

    /// The code whose reason phrase is `reason`, in any ASCII case, or
    /// whose IANA registry phrase it is where the document writes another.
    pub fn from_reason(reason: &str) -> Option<StatusCode> {
        const REGISTRY: [(StatusCode, &str); 2] = [
            (SwitchingProtocal, "Switching Protocols"),
            (MultipleChoice, "Multiple Choices"),
        ];
        StatusCode::ALL
            .into_iter()
            .find(|status| status.reason().eq_ignore_ascii_case(reason))
            .or_else(|| {
                REGISTRY
                    .into_iter()
                    .find(|(_, phrase)| phrase.eq_ignore_ascii_case(reason))
                    .map(|(status, _)| status)
            })
    }
}

impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error of [`StatusCode::from_str`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseStatusCodeError;

impl fmt::Display for ParseStatusCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a listed status code or reason phrase")
    }
}

impl FromStr for StatusCode {
    type Err = ParseStatusCodeError;

    /// Reads `"404"` or a reason phrase such as `"Not Found"`.
    fn from_str(s: &str) -> Result<StatusCode, ParseStatusCodeError> {
        let parsed = match s.as_bytes() {
            [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => {
                let code =
                    u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0');
                StatusCode::from_u16(code)
            }
            _ => StatusCode::from_reason(s),
        };
        parsed.ok_or(ParseStatusCodeError)
    }
}
