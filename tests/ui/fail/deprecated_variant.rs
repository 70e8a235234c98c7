// Naming a code the document marks `{{deprecated_inline}}` warns, as any
// deprecated item does (an error here, under `deny(deprecated)`); the
// generated code itself names it without a warning.
#![deny(deprecated)]

status_macros::status_table!("tests/ui/pass/mdn_format.md");

fn main() {
    let _ = StatusCode::Processing;
}
