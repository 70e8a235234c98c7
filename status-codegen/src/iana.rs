//! The IANA HTTP Status Code Registry, as data: each registered code and its
//! reason phrase, for `check`'s notes. The macro never enforces it: the
//! document stays the truth.
//!
//! Source: <https://www.iana.org/assignments/http-status-codes>, as last
//! updated on 2022-06-08 (the registrations of RFC 9110, section 15).
//! Codes the registry lists as "(Unused)" are marked so.

/// What the registry says of one code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Registered {
    /// In use, with this reason phrase.
    Reason(&'static str),
    /// Reserved and listed as "(Unused)".
    Unused,
}

/// The registry, in order of code.
const REGISTRY: [(u16, Registered); 63] = {
    use Registered::{Reason as R, Unused};
    [
        (100, R("Continue")),
        (101, R("Switching Protocols")),
        (102, R("Processing")),
        (103, R("Early Hints")),
        (200, R("OK")),
        (201, R("Created")),
        (202, R("Accepted")),
        (203, R("Non-Authoritative Information")),
        (204, R("No Content")),
        (205, R("Reset Content")),
        (206, R("Partial Content")),
        (207, R("Multi-Status")),
        (208, R("Already Reported")),
        (226, R("IM Used")),
        (300, R("Multiple Choices")),
        (301, R("Moved Permanently")),
        (302, R("Found")),
        (303, R("See Other")),
        (304, R("Not Modified")),
        (305, R("Use Proxy")),
        (306, Unused),
        (307, R("Temporary Redirect")),
        (308, R("Permanent Redirect")),
        (400, R("Bad Request")),
        (401, R("Unauthorized")),
        (402, R("Payment Required")),
        (403, R("Forbidden")),
        (404, R("Not Found")),
        (405, R("Method Not Allowed")),
        (406, R("Not Acceptable")),
        (407, R("Proxy Authentication Required")),
        (408, R("Request Timeout")),
        (409, R("Conflict")),
        (410, R("Gone")),
        (411, R("Length Required")),
        (412, R("Precondition Failed")),
        (413, R("Content Too Large")),
        (414, R("URI Too Long")),
        (415, R("Unsupported Media Type")),
        (416, R("Range Not Satisfiable")),
        (417, R("Expectation Failed")),
        (418, Unused),
        (421, R("Misdirected Request")),
        (422, R("Unprocessable Content")),
        (423, R("Locked")),
        (424, R("Failed Dependency")),
        (425, R("Too Early")),
        (426, R("Upgrade Required")),
        (428, R("Precondition Required")),
        (429, R("Too Many Requests")),
        (431, R("Request Header Fields Too Large")),
        (451, R("Unavailable For Legal Reasons")),
        (500, R("Internal Server Error")),
        (501, R("Not Implemented")),
        (502, R("Bad Gateway")),
        (503, R("Service Unavailable")),
        (504, R("Gateway Timeout")),
        (505, R("HTTP Version Not Supported")),
        (506, R("Variant Also Negotiates")),
        (507, R("Insufficient Storage")),
        (508, R("Loop Detected")),
        (510, R("Not Extended")),
        (511, R("Network Authentication Required")),
    ]
};

/// What the registry says of `code`, if it lists it.
pub(crate) fn lookup(code: u16) -> Option<Registered> {
    REGISTRY
        .binary_search_by_key(&code, |&(c, _)| c)
        .ok()
        .map(|i| REGISTRY[i].1)
}

/// The registry's reason phrase for `code`, if it lists the code as in use.
pub(crate) fn reason(code: u16) -> Option<&'static str> {
    match lookup(code)? {
        Registered::Reason(reason) => Some(reason),
        Registered::Unused => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_sorted_and_read_by_code() {
        assert!(REGISTRY.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(reason(404), Some("Not Found"));
        assert_eq!(lookup(306), Some(Registered::Unused));
        assert_eq!(reason(306), None);
        assert_eq!(lookup(299), None);
    }
}
