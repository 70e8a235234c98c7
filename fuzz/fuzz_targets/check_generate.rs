//! Arbitrary bytes as a status document and as a code catalogue: `check`
//! and `generate` never panic, the expansion always parses as a Rust file
//! (when `check` passes, and after errors too: the skeleton adds no syntax
//! error), and the rendered problems are short and carry no raw invisible
//! character. Both kinds go through the one reader, every shape of it:
//! tables, HTML tables, bullets and one-line bullets, headings per code.

#![no_main]

use libfuzzer_sys::fuzz_target;
use status_codegen::diagnostic::is_invisible;
use status_codegen::catalogue;
use status_codegen::expand::Options;

/// The most one rendered problem may take: a few quoted lines of at most
/// 120 columns and messages of at most 240 characters a line.
const MAX_RENDERED_BYTES: usize = 16 * 1024;

fuzz_target!(|data: &[u8]| {
    let checked = status_codegen::check("fuzz.md", data);
    let tokens = status_codegen::generate(
        &checked,
        &Options::new("fuzz.md"),
        proc_macro2::Span::call_site(),
    );
    sound(&tokens.to_string(), &checked.rendered_diagnostics());
    let options = catalogue::CatalogueOptions::default();
    let checked = catalogue::check("fuzz.md", data, &options);
    let tokens = catalogue::generate(
        &checked,
        &catalogue::expand::Options::new("fuzz.md"),
        proc_macro2::Span::call_site(),
    );
    sound(&tokens.to_string(), &checked.rendered_diagnostics());
});

/// The expansion `text` parses, and each of the `rendered` problems is
/// short and shows no raw invisible character.
fn sound(text: &str, rendered: &[String]) {
    if let Err(error) = syn::parse_file(text) {
        panic!(
            "the expansion does not parse ({error}); {} problems",
            rendered.len()
        );
    }
    for rendered in rendered {
        assert!(
            rendered.len() <= MAX_RENDERED_BYTES,
            "a rendered problem of {} bytes",
            rendered.len()
        );
        if let Some(c) = rendered.chars().find(|&c| is_invisible(c)) {
            panic!("a raw {c:?} in a rendered problem");
        }
    }
}
