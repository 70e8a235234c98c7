//! `status_table!`: a Markdown description of HTTP status codes becomes a
//! typed, documented Rust enum at compile time.
//!
//! ```ignore
//! status_macros::status_table!("docs/status.md");
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
    entry::status_table(input.into()).into()
}
