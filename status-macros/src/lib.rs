// The crate's documentation is the reference of both macros: their
// grammar, the document shapes, the options, the errors and the semver
// table. It lives in REFERENCE.md, readable on its own, and its examples
// run as this crate's doctests, on the documents in `docs/`.
#![doc = include_str!("../REFERENCE.md")]
// Without the `catalogue` feature there is no `code_table!` to link to: the
// reference's links to it lead to its section instead.
#![cfg_attr(
    not(feature = "catalogue"),
    doc = "",
    doc = "[`code_table!`]: #code_table"
)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod entry;
mod input;

use proc_macro::TokenStream;

/// Generates a status-code enum, its class enum, their methods, trait impls
/// and error types from a Markdown document.
///
/// The path is relative to the invoking crate's root (its
/// `CARGO_MANIFEST_DIR`). The crate is rebuilt whenever the document changes.
///
/// ```
/// // pub enum StatusCode, pub enum StatusClass
/// status_macros::status_table!("docs/status.md");
///
/// assert_eq!(StatusCode::NotFound.class(), StatusClass::ClientError);
/// ```
///
/// ```
/// // Your own names, visibility and attributes, and several languages.
/// status_macros::status_table! {
///     #[non_exhaustive]
///     pub enum HttpStatus in "docs/status.md" as "zh-CN";
///     pub enum HttpClass; // optional
///     translation "en" in "docs/status.en.md"; // optional, any number
///     pub enum Lang for languages; // optional; `Language` without it
///     links relative to "https://docs.example.com"; // optional
/// }
///
/// assert_eq!(HttpStatus::NotFound.class().title_in(Lang::En), "Client error responses");
/// ```
///
/// The document may be written in the compact format of status-codes or be
/// one of MDN's status pages, unmodified (front matter, KumaScript macros,
/// `- :` descriptions). The [crate documentation](crate) has the grammar,
/// the [options](crate#options), the [generated items](crate#generated-items),
/// the [languages](crate#several-languages) and the [errors](crate#errors).
#[proc_macro]
pub fn status_table(input: TokenStream) -> TokenStream {
    entry::expand(input::Macro::Status, input.into()).into()
}

/// Generates a typed enum from any code catalogue: a team's own error
/// codes, written in Markdown as a table (`| 错误码 | 错误名称 | 错误描述 |`),
/// as bullets (`- 10001 InvalidSignature`) or as one heading per code.
///
/// ```
/// status_macros::code_table! {
///     /// Errors of our payment API.
///     pub enum PayError in "docs/errors.md";
///     column "解决方案" as solution; // optional: an extra column becomes a method
/// }
///
/// assert_eq!(PayError::from_code(40002), Some(PayError::TokenExpired));
/// assert_eq!(PayError::TokenExpired.solution(), Some("刷新令牌后重试"));
/// ```
///
/// The enum has `code()`, `from_code()` (when codes are unique), `name()`,
/// `from_name()`, `description()`, `message()`, `category()`, `ALL` and one
/// method per column; `Display` writes the message, `{:#}` the code and
/// name; `FromStr` reads a code or a name; it implements
/// `core::error::Error`. With languages, the language enum is
/// `{Enum}Language` (`PayErrorLanguage`). The [crate documentation](crate)
/// has [an example with languages](crate#code_table), the
/// [shapes](crate#the-catalogues-shapes) it reads, the
/// [call-site lines](crate#call-site-lines) and the [errors](crate#errors).
#[cfg(feature = "catalogue")]
#[cfg_attr(docsrs, doc(cfg(feature = "catalogue")))]
#[proc_macro]
pub fn code_table(input: TokenStream) -> TokenStream {
    entry::expand(input::Macro::Catalogue, input.into()).into()
}
