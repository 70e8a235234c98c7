//! HTTP status codes with Chinese descriptions, generated at compile time
//! from the Markdown document `docs/status.md`.
//!
//! ```
//! use status_codes::{StatusClass, StatusCode};
//!
//! let status: StatusCode = "404".parse().unwrap();
//! assert_eq!(status, StatusCode::NotFound);
//! assert_eq!(status.code(), 404);
//! assert_eq!(status.reason(), "Not Found");
//! assert_eq!(status.class(), StatusClass::ClientError);
//! assert_eq!(status.class().title(), "客户端响应");
//! assert!(status.description().starts_with("请求失败"));
//! assert_eq!(status.to_string(), "404 Not Found");
//! ```
//!
//! Every variant, its reason phrase, its description and its class come from
//! `docs/status.md` through [`status_macros::status_table!`]: edit the
//! document and the next build changes the type. The enum is exhaustive, so
//! the compiler checks every `match` over it.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

status_macros::status_table!("docs/status.md");
