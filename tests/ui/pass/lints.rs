//! The generated items are documented and safe: they pass `missing_docs`,
//! `unsafe_code` and every default warning, denied.
#![forbid(unsafe_code)]
#![deny(missing_docs, warnings)]
#![deny(
    missing_debug_implementations,
    unreachable_pub,
    unused_qualifications,
    trivial_casts,
    trivial_numeric_casts,
    unused_results
)]

/// HTTP status codes, generated from `docs/status.md`.
pub mod http {
    status_macros::status_table!("docs/status.md");
}

use http::{StatusClass, StatusCode};

fn main() {
    // Every generated item used, so that an unused one is not what fails.
    for status in StatusCode::ALL {
        assert_eq!(StatusCode::from_u16(status.code()), Some(status));
        assert_eq!(StatusCode::from_reason(status.reason()), Some(status));
        assert_eq!(status.as_str().parse::<StatusCode>(), Ok(status));
        assert_eq!(StatusCode::try_from(u16::from(status)), Ok(status));
        assert!(status == status.code() && status.code() == status);
        assert!(!status.description().is_empty());
        let predicates = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(predicates.iter().filter(|&&p| p).count(), 1);
        assert!(status.class().codes().contains(&status));
        assert!(status.class().range().contains(&status.code()));
    }
    for class in StatusClass::ALL {
        assert_eq!(StatusClass::of(*class.range().start()), Some(class));
        assert_eq!(class.to_string(), class.title());
    }
    assert_eq!(StatusCode::try_from(999).unwrap_err().code(), 999);
    assert_eq!("999".parse::<StatusCode>().unwrap_err().input(), "999");
}
