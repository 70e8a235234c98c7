// A reason phrase `Self` gives a keyword, not an identifier.
status_macros::status_table!("tests/ui/fail/reason_self_keyword.md");

fn main() {}
