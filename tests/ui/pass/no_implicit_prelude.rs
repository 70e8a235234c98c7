// The generated code needs no prelude: it expands inside a module marked
// `#![no_implicit_prelude]`, where even `Option` and `u16::from` are unnamed.

mod http {
    #![no_implicit_prelude]

    ::status_macros::status_table!("docs/status.md");
}

use http::{StatusClass, StatusCode};

fn main() {
    assert_eq!(
        StatusCode::from_u16(503),
        Some(StatusCode::ServiceUnavailable)
    );
    assert_eq!(
        StatusCode::ServiceUnavailable.to_string(),
        "503 Service Unavailable"
    );
    assert_eq!(
        "service unavailable".parse(),
        Ok(StatusCode::ServiceUnavailable)
    );
    assert_eq!(u16::from(StatusCode::ServiceUnavailable), 503);
    assert_eq!(
        StatusCode::ServiceUnavailable.class(),
        StatusClass::ServerError
    );
    assert_eq!(StatusClass::ServerError.codes().len(), 6);
}
