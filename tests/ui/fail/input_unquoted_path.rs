// The path is not quoted.
#[rustfmt::skip]
status_macros::status_table!(docs/status.md);

fn main() {}
