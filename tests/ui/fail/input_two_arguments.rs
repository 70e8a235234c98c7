// Two paths where one is expected.
status_macros::status_table!("docs/status.md", "docs/status.md");

fn main() {}
