//! The generated types' inherent items are their documented API and nothing
//! more: the user may give them items named as the generated code's private
//! helpers are (which live in an anonymous `const`), without E0592 and
//! without a warning.
#![deny(warnings)]

include!("../helper_names.rs");

status_macros::status_table!("docs/status.md");

helper_names!(StatusCode, status_code);
helper_names!(StatusClass, status_class);
helper_names!(ParseStatusCodeError, parse_status_code_error);

// The same names as free items beside the generated ones.
#[allow(dead_code)]
const MIN: u8 = 0;
#[allow(dead_code)]
fn parse(_: &str) -> u8 {
    0
}
#[allow(dead_code)]
fn parse_error() {}

fn main() {
    assert_eq!(status_code(), 23);
    assert_eq!(status_class(), 23);
    assert_eq!(parse_status_code_error(), 23);
    assert_eq!("404".parse::<StatusCode>(), Ok(StatusCode::NotFound));
    assert_eq!(StatusCode::from_reason("not found"), Some(StatusCode::NotFound));
    assert_eq!(StatusCode::try_from(418).unwrap_err().code(), 418);
}
