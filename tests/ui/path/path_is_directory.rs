// The path names a directory, not a Markdown file.
status_macros::status_table!("docs");

fn main() {}
