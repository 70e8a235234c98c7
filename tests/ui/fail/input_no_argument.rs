// No argument.
status_macros::status_table!();

fn main() {}
