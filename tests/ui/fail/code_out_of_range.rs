// A status code outside 100–599: `- 600 X`.
status_macros::status_table!("tests/ui/fail/code_out_of_range.md");

fn main() {}
