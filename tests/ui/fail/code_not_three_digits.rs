// A status code of four digits: `- 4040 X`.
status_macros::status_table!("tests/ui/fail/code_not_three_digits.md");

fn main() {}
