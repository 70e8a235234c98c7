//! Benchmarks of `status-codes`, run with `cargo run -p status-bench --release`
//! (see `BENCHMARKS.md`):
//!
//! - run time of the generated `StatusCode` against `http::StatusCode` and
//!   the hand-written enum in [`reference`](mod@reference), on the same inputs in one
//!   process, with the harness in [`harness`];
//! - expansion time of `status_table!` (parse, validate, generate) on the
//!   seed document and on the large document of [`document`];
//! - time and peak memory of the expansion on the worst document shapes of
//!   [`shapes`], each in a child process;
//! - `Language::negotiate` on long headers, for the 7- and 201-language
//!   enums of [`negotiate`](mod@negotiate), made by `build.rs`.

pub mod document;
pub mod harness;
pub mod negotiate;
pub mod reference;
pub mod shapes;
