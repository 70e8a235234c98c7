// The document is empty.
status_macros::status_table!("tests/ui/fail/empty.md");

fn main() {}
