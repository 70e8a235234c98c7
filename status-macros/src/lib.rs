//! `status_table!`: a Markdown description of HTTP status codes becomes a
//! typed, documented Rust enum at compile time; `code_table!` does the same
//! for any code catalogue, such as a team's own error codes.
//!
//! ```ignore
//! status_macros::status_table!("docs/status.md");
//! status_macros::code_table!("docs/errors.md");
//! ```
//!
//! See the [README](https://github.com/status-codes-rs/status-codes#readme)
//! for the Markdown the macro accepts, the items it generates and its
//! options. The work is done by the `status-codegen` library; this crate
//! reads the macro's input and the document, and reports errors.

mod entry;
mod input;

use proc_macro::TokenStream;

/// Generates a status-code enum, its class enum, their methods, trait impls
/// and error types from a Markdown document.
///
/// The path is relative to the invoking crate's root (its
/// `CARGO_MANIFEST_DIR`). The crate is rebuilt whenever the document changes.
///
/// ```ignore
/// // pub enum StatusCode, pub enum StatusClass
/// status_table!("docs/status.md");
///
/// // Your own names, visibility and attributes:
/// status_table! {
///     #[derive(serde::Serialize)]
///     pub enum HttpStatus in "docs/status.md";
///     pub enum HttpClass;
///     // Optional: what root-relative links (`/docs/…`) are relative to;
///     // https://developer.mozilla.org unless given.
///     links relative to "https://docs.example.com";
/// }
///
/// // Several languages: the primary document's tag, then one document per
/// // translation; adds `enum Language` (renamed here), `description_in`,
/// // `translation` and `title_in`.
/// status_table! {
///     pub enum StatusCode in "docs/status.md" as "zh-CN";
///     translation "en" in "docs/status.en.md";
///     pub enum Lang for languages; // optional
/// }
/// ```
///
/// The document may be written in this crate's compact format or be one of
/// MDN's status pages, unmodified (front matter, KumaScript macros, `- :`
/// descriptions); see the README for the grammar.
#[proc_macro]
pub fn status_table(input: TokenStream) -> TokenStream {
    entry::expand(input::Macro::Status, input.into()).into()
}

/// Generates a typed enum from any code catalogue: a team's own error
/// codes, written in Markdown as a table (`| 错误码 | 错误名称 | 错误描述 |`)
/// or as bullets (`- 10001 InvalidSignature`).
///
/// ```ignore
/// status_macros::code_table! {
///     /// Errors of our payment API.
///     #[derive(serde::Serialize)]
///     pub enum PayError in "docs/errors.md";
///     column "解决方案" as solution;    // optional: an extra column becomes a method
/// }
/// ```
///
/// The enum has `code()`, `from_code()` (when codes are unique), `name()`,
/// `from_name()`, `description()`, `message()`, `category()`, `ALL` and one
/// method per column; `Display` writes the message, `{:#}` the code and
/// name; `FromStr` reads a code or a name; it implements
/// `core::error::Error`. See the README for the document's grammar.
#[cfg(feature = "catalogue")]
#[proc_macro]
pub fn code_table(input: TokenStream) -> TokenStream {
    entry::expand(input::Macro::Catalogue, input.into()).into()
}
