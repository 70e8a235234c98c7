// Status code 404 is listed twice; both places are shown.
status_macros::status_table!("tests/ui/fail/duplicate_code.md");

fn main() {}
