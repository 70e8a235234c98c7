// A reason phrase of punctuation alone gives no identifier.
status_macros::status_table!("tests/ui/fail/reason_all_punctuation.md");

fn main() {}
