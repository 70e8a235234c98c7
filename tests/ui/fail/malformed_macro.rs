// A malformed macro in a title is an error; in a description, a note (kept as text).
status_macros::status_table!("tests/ui/fail/malformed_macro.md");

fn main() {}
