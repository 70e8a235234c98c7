// The document has a byte that is not UTF-8 on line 3.
status_macros::status_table!("tests/ui/fail/not_utf8.md");

fn main() {}
