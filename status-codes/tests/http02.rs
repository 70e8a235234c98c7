//! Interop with http 0.2 (actix-web 4, hyper 0.14, reqwest 0.11): the suite
//! in `common/http_suite.rs`, with the dependency renamed `http02` in
//! status-codes' manifest.
#![cfg(feature = "http02")]

extern crate http02 as http;

#[path = "common/http_suite.rs"]
mod suite;

/// With both features on, the two versions are distinct types, and each
/// converts to and compares with ours.
#[cfg(feature = "http")]
#[test]
fn both_versions_at_once() {
    use status_codes::StatusCode;

    let old: http02::StatusCode = StatusCode::BadGateway.into();
    let new: ::http::StatusCode = StatusCode::BadGateway.into();
    assert_eq!(old.as_u16(), new.as_u16());
    assert_eq!(StatusCode::try_from(old), StatusCode::try_from(new));
    assert!(old == StatusCode::BadGateway && new == StatusCode::BadGateway);
}
