// A reason phrase that starts with a digit gives no identifier.
status_macros::status_table!("tests/ui/fail/reason_leading_digit.md");

fn main() {}
