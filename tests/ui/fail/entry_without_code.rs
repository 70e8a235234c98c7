// An entry without a status code: `- Not Found`.
status_macros::status_table!("tests/ui/fail/entry_without_code.md");

fn main() {}
