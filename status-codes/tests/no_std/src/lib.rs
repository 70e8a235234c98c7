//! A `#![no_std]` crate that uses status-codes with its `serde` feature;
//! see `Cargo.toml` for why it proves the crate needs no `std`.
#![no_std]
#![forbid(unsafe_code)]

use status_codes::{StatusClass, StatusCode};

/// The code for `text` (`"404"`, `"not found"`, `"404 Not Found"`), and its
/// class heading.
pub fn explain(text: &str) -> Option<(u16, &'static str, &'static str)> {
    let status: StatusCode = text.parse().ok()?;
    Some((status.code(), status.class().title(), status.description()))
}

/// Writes `status` with postcard into `buffer` and reads it back.
pub fn round_trip(status: StatusCode, buffer: &mut [u8]) -> Option<StatusCode> {
    let bytes = postcard::to_slice(&status, buffer).ok()?;
    postcard::from_bytes(bytes).ok()
}

/// The class of a number, if the document has a section for it.
pub fn class_of(code: u16) -> Option<StatusClass> {
    StatusClass::of(code)
}

/// Without `std`, the crate graph needs a panic handler; with `std` in it,
/// this one is a duplicate and the build fails.
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {
        core::hint::spin_loop();
    }
}
