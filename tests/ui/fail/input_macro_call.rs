// Macros in the argument are not expanded before status_table! sees them.
status_macros::status_table!(concat!("docs/", "status.md"));

fn main() {}
