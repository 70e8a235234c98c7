//! HTTP status codes with Chinese descriptions, and English ones, generated
//! at compile time from the Markdown documents `docs/status.md` and
//! `docs/status.en.md`.
//!
//! [`StatusCode`] has one variant for each of the 26 codes the document
//! lists, from `100 Continue` to `505 Http Version Not Supported`, each with
//! its number, reason phrase, Chinese description and class
//! ([`StatusClass`]). The crate is `no_std`, has no `unsafe`, and on its own
//! depends on nothing at run time.
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
//!
//! // Numbers convert both ways; only the codes the document lists exist.
//! assert_eq!(StatusCode::try_from(404), Ok(StatusCode::NotFound));
//! assert_eq!(StatusCode::try_from(418).unwrap_err().code(), 418);
//! assert!(StatusCode::NotFound == 404 && 404 == StatusCode::NotFound);
//! ```
//!
//! # The document's spelling
//!
//! `docs/status.md` is derived from MDN's Chinese page and keeps its
//! upstream spelling, and the type follows the document: [`reason`],
//! `Display` and the variant names are the document's. Four of its reason
//! phrases differ from the IANA registry, and
//! `cargo run -- check docs/status.md` notes each of them:
//!
//! | Code | Document: reason phrase, variant | IANA registry |
//! |------|----------------------------------|---------------|
//! | 101  | `Switching Protocal`, [`StatusCode::SwitchingProtocal`] | `Switching Protocols` |
//! | 200  | `Ok`, [`StatusCode::Ok`]: `Display` writes `200 Ok` | `OK` |
//! | 300  | `Multiple Choice`, [`StatusCode::MultipleChoice`] | `Multiple Choices` |
//! | 505  | `Http Version Not Supported`, [`StatusCode::HttpVersionNotSupported`] | `HTTP Version Not Supported` |
//!
//! Parsing ([`FromStr`](core::str::FromStr), [`StatusCode::from_reason`],
//! and the `serde` feature's strings) accepts the registry's phrase as well,
//! in any ASCII case: `"switching protocols"` finds 101, `"OK"` finds 200
//! and `"Multiple Choices"` finds 300. Each of the four variants has the
//! registry's phrase as a doc alias, so rustdoc's search finds it under
//! either spelling.
//!
//! [`reason`]: StatusCode::reason
//!
//! # Two languages
//!
//! `docs/status.md` is in Chinese (`zh-CN`), the primary language;
//! `docs/status.en.md` describes the same codes in English (`en`).
//! [`Language`] names the two, and [`StatusCode::description_in`] and
//! [`StatusClass::title_in`] read either. The reason phrase, `Display` and
//! the variant names are the primary document's in every language: a reason
//! phrase is a protocol token, not prose.
//!
//! ```
//! use status_codes::{Language, StatusClass, StatusCode};
//!
//! let status = StatusCode::NotFound;
//! assert!(status.description_in(Language::ZhCn).starts_with("请求失败"));
//! assert!(status.description_in(Language::En).starts_with("The server has no"));
//! assert_eq!(status.description_in(Language::ZhCn), status.description());
//! assert_eq!(StatusClass::ClientError.title_in(Language::En), "Client error responses");
//!
//! // The language a client asks for, from its Accept-Language header.
//! let language = Language::negotiate("en-GB,en;q=0.9,zh;q=0.8");
//! assert_eq!(language, Language::En);
//! assert_eq!(Language::negotiate("ja"), Language::ZhCn); // the primary
//! assert_eq!(language.tag(), "en");
//! assert_eq!("zh_cn".parse(), Ok(Language::ZhCn));
//! ```
//!
#![cfg_attr(
    feature = "http",
    doc = "With the `http` feature, [`Language::from_headers`] does the same from a"
)]
#![cfg_attr(
    not(feature = "http"),
    doc = "With the `http` feature, `Language::from_headers` does the same from a"
)]
//! request's headers (see the `http` section below).
//!
//! # How the Markdown drives it
//!
//! Every variant, its reason phrase, its description and its class come from
//! `docs/status.md` through the proc-macro `status_macros::status_table!`:
//!
//! ```markdown
//! HTTP 响应状态代码指示特定 HTTP 请求是否已成功完成。……
//!
//! ## 客户端响应
//!
//! - 404 Not Found
//!
//!   请求失败，请求所希望得到的资源未被在服务器上发现。……
//! ```
//!
//! - The opening paragraph documents [`StatusCode`].
//! - Each `##` section is a class: its heading is [`StatusClass::title`]
//!   (`客户端响应`), and the first code in it says which class (4xx:
//!   [`StatusClass::ClientError`]).
//! - Each `- CODE Reason` item is a variant: `404 Not Found` becomes
//!   `StatusCode::NotFound = 404`, with [`reason`](StatusCode::reason)
//!   `"Not Found"`, exactly as written.
//! - The text indented under the item, paragraphs, lists and links, is the
//!   variant's documentation (see [`StatusCode::Ok`] or
//!   [`StatusCode::BadRequest`]) and, as plain text, its
//!   [`description`](StatusCode::description).
//!
//! Edit the document and the next build changes the type. A mistake in it,
//! such as a code listed twice, a code outside 100–599 or a 4xx code in a
//! 2xx section, is a compile error that points at the line of the document.
//! The enum is exhaustive, so the compiler checks every `match` over it.
//! It stays exhaustive on purpose, so that the compiler can show you every
//! `match` a new code concerns: the document's codes, reason phrases and
//! sections change only in breaking releases of this crate (before 1.0, a
//! new minor version, such as 0.1 to 0.2), its descriptions and headings in
//! any release. [status-macros' semver table][semver] lists each kind of
//! edit.
//!
//! The cost is that a new code is a breaking release, which Cargo never takes
//! automatically; the IANA registry, where new codes come from, grows by a
//! handful of codes a decade, and additions can wait for one release
//! together. `http::StatusCode` already gives an open set of numbers, and a
//! wildcard in every user's `match` would give that back. The crate's tests
//! match every variant without a wildcard from outside the crate, so a
//! `#[non_exhaustive]` added by accident fails them. A crate that prefers
//! the other trade-off can generate its own type from the same document with
//! `status_macros::status_table!` and `#[non_exhaustive]`.
//!
//! [semver]: status_macros#which-document-edits-break-your-users
//!
//! # Features
//!
//! None is on by default. With none, the crate is `#![no_std]` and its only
//! dependency is the proc-macro that writes it, which runs at build time.
//!
//! | Feature  | Adds                                                         | `no_std`           |
//! |----------|--------------------------------------------------------------|--------------------|
//! | `http`   | `From`, `TryFrom`, `PartialEq` with http 1.x's `StatusCode`  | no: http needs std |
//! | `http02` | the same for http 0.2                                        | no: http needs std |
//! | `serde`  | `Serialize` and `Deserialize`, as the number                 | yes                |
//!
//! `cargo run -p status-codes --example handler --features http`, in the
//! repository, runs a small request handler that maps its errors to
//! `StatusCode` and answers with the description in the client's language.
//!
//! There is no `std` feature, because it would add nothing: the error types
//! ([`TryFromStatusCodeError`], [`ParseStatusCodeError`]) implement
//! [`core::error::Error`], which is the same trait as `std::error::Error`,
//! so `?` turns them into `Box<dyn std::error::Error>`, `anyhow::Error` and
//! the like in `std` programs as it is.
//!
//! ## `http`: hyper, axum, reqwest, tonic
//!
//! http 1.x is the `StatusCode` of hyper 1, axum 0.7 and later, reqwest
//! 0.12 and later, and tonic 0.12 and later. Converting into it never fails,
//! so a handler can answer with this crate's codes; converting from it fails,
//! without panicking, for a code the document does not list, and the error
//! carries the number. The two types compare with `==` both ways.
//!
#![cfg_attr(feature = "http", doc = "```")]
#![cfg_attr(not(feature = "http"), doc = "```ignore")]
//! use status_codes::StatusCode;
//!
//! let status: http::StatusCode = StatusCode::NotFound.into();
//! assert_eq!(status, http::StatusCode::NOT_FOUND);
//!
//! // The response builder takes the code as it is.
//! let response = http::Response::builder()
//!     .status(StatusCode::NotFound)
//!     .header("content-type", "text/plain; charset=utf-8")
//!     .body(StatusCode::NotFound.description())
//!     .unwrap();
//! assert!(response.status() == StatusCode::NotFound);
//! assert!(StatusCode::NotFound == response.status());
//!
//! // An axum handler may return `(http::StatusCode, impl IntoResponse)`.
//! fn not_found() -> (http::StatusCode, &'static str) {
//!     (StatusCode::NotFound.into(), StatusCode::NotFound.description())
//! }
//! assert_eq!(not_found().0.as_u16(), 404);
//!
//! // And back, for a status a server or client gave you.
//! assert_eq!(StatusCode::try_from(response.status()), Ok(StatusCode::NotFound));
//! let unknown = StatusCode::try_from(http::StatusCode::IM_A_TEAPOT).unwrap_err();
//! assert_eq!(unknown.code(), 418);
//!
//! // Answer in the client's language.
//! let request = http::Request::get("/").header("accept-language", "en").body(()).unwrap();
//! let language = status_codes::Language::from_headers(request.headers());
//! let response = http::Response::builder()
//!     .status(StatusCode::NotFound)
//!     .header("content-language", language.tag())
//!     .body(StatusCode::NotFound.description_in(language))
//!     .unwrap();
//! assert!(response.body().starts_with("The server"));
//! ```
//!
//! ## `http02`: actix-web, hyper 0.14
//!
//! The same conversions and comparisons for http 0.2, which actix-web 4,
//! hyper 0.14 and reqwest 0.11 use. In this crate's manifest the dependency
//! is renamed `http02`, so both versions can be on at once. In the example,
//! `http` is http 0.2, as it is in a crate that uses actix-web 4.
//!
#![cfg_attr(feature = "http02", doc = "```")]
#![cfg_attr(not(feature = "http02"), doc = "```ignore")]
//! # extern crate http02 as http; // what `http` is called in a crate on http 0.2
//! use status_codes::StatusCode;
//!
//! let response = http::Response::builder()
//!     .status(StatusCode::ServiceUnavailable)
//!     .body(())
//!     .unwrap();
//! assert!(response.status() == StatusCode::ServiceUnavailable);
//! assert_eq!(http::StatusCode::from(StatusCode::ServiceUnavailable).as_u16(), 503);
//! assert_eq!(
//!     StatusCode::try_from(http::StatusCode::TOO_MANY_REQUESTS).unwrap_err().code(),
//!     429
//! );
//! ```
//!
//! ## `serde`
//!
//! A status code is written as its number, `404`. Reading checks the number
//! against the document, without truncating it first (`65940` is an error,
//! not `404`), and, in self-describing formats such as JSON, also reads the
//! strings that [`FromStr`](core::str::FromStr) accepts: `"404"`,
//! `"Not Found"` in any ASCII case, and `"404 Not Found"`. So a
//! `StatusCode` works as a JSON map key too. Compact formats that are not
//! self-describing, such as postcard and bincode, read back the `u16` that
//! was written. serde is used without its default features, so this works
//! in `no_std`.
//!
#![cfg_attr(feature = "serde", doc = "```")]
#![cfg_attr(not(feature = "serde"), doc = "```ignore")]
//! use status_codes::StatusCode;
//!
//! assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
//! let read = |json| serde_json::from_str::<StatusCode>(json);
//! assert_eq!(read("404").unwrap(), StatusCode::NotFound);
//! assert_eq!(read(r#""not found""#).unwrap(), StatusCode::NotFound);
//! assert_eq!(read(r#""404 Not Found""#).unwrap(), StatusCode::NotFound);
//!
//! let error = read("65940").unwrap_err().to_string();
//! assert!(error.starts_with("invalid value: integer `65940`, expected an HTTP status code"));
//! assert!(error.contains("400–401, 403–406"));
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "http")]
extern crate std;

status_macros::status_table! {
    pub enum StatusCode in "docs/status.md" as "zh-CN";
    translation "en" in "docs/status.en.md";
}

// The glue for each feature. Not named `http` and `serde`: a module of that
// name would shadow the crate in paths and intra-doc links at the root.
#[cfg(any(feature = "http", feature = "http02"))]
mod http_impls;

#[cfg(feature = "serde")]
mod serde_impls;
