// A document in MDN's format, with its links relative to another site:
// flags, notes and deprecation, under deny(warnings) and missing_docs.
#![deny(warnings, missing_docs)]
//! MDN format.

status_macros::status_table! {
    pub enum Status in "tests/ui/pass/mdn_format.md";
    pub enum Class;
    links relative to "https://docs.example.com";
}

fn main() {
    assert_eq!(Status::ALL.len(), 5);
    assert_eq!(Status::from_u16(404), Some(Status::NotFound));
    assert!(Status::from_u16(102).is_some_and(Status::is_deprecated));
    assert!(Status::from_u16(425).is_some_and(Status::is_experimental));
    assert!(!Status::NotFound.is_deprecated());
    assert!(!Status::NotFound.is_non_standard());
    assert_eq!(Status::UnprocessableContent.reason(), "Unprocessable Content");
    assert_eq!(
        Status::NotFound.description(),
        "Nothing here; the Location header is absent."
    );
    assert_eq!(Status::Continue.description(), "Go on with the request; see RFC 9110.");
    assert_eq!(Class::ALL.len(), 2);
    // Using a deprecated variant by name warns, as Rust users expect.
    #[allow(deprecated)]
    let processing = Status::Processing;
    assert_eq!(processing.code(), 102);
}
