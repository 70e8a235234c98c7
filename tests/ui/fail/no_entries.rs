// The document has prose but no section and no entry.
status_macros::status_table!("tests/ui/fail/no_entries.md");

fn main() {}
