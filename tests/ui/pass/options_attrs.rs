// Attributes on the item form reach the generated enums: docs, `non_exhaustive`,
// `must_use`, `doc(alias)`, `cfg_attr`, and derives from another crate (serde,
// as the reference shows). `pub(crate)` visibility.
#![deny(warnings)]

mod http {
    status_macros::status_table! {
        /// Our own note on the status codes.
        #[non_exhaustive]
        #[must_use]
        #[doc(alias = "HttpStatusCode")]
        #[derive(serde::Serialize, serde::Deserialize)]
        pub(crate) enum HttpStatus in "docs/status.md";

        #[cfg_attr(all(), derive(serde::Serialize))]
        #[serde(rename_all = "snake_case")]
        pub(crate) enum HttpClass;
    }
}

use http::{HttpClass, HttpStatus};

fn main() {
    // serde sees the variants by name.
    let json = serde_json::to_string(&HttpStatus::NotFound).unwrap();
    assert_eq!(json, "\"NotFound\"");
    let back: HttpStatus = serde_json::from_str("\"SwitchingProtocal\"").unwrap();
    assert_eq!(back, HttpStatus::SwitchingProtocal);
    assert!(serde_json::from_str::<HttpStatus>("\"Teapot\"").is_err());
    let all = serde_json::to_string(&HttpStatus::ALL[..2]).unwrap();
    assert_eq!(all, "[\"Continue\",\"SwitchingProtocal\"]");

    // The class enum's own attributes: derived, renamed by serde.
    let class = serde_json::to_string(&HttpClass::ClientError).unwrap();
    assert_eq!(class, "\"client_error\"");

    // `non_exhaustive` does not change anything inside the defining crate.
    assert_eq!(HttpStatus::NotFound.code(), 404);
    assert_eq!(HttpStatus::NotFound.class(), HttpClass::ClientError);
}
