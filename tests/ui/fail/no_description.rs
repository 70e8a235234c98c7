// An entry without a description.
status_macros::status_table!("tests/ui/fail/no_description.md");

fn main() {}
