// The document does not exist.
status_macros::status_table!("docs/no-such-file.md");

fn main() {}
