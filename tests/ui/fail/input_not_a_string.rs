// The argument is a number, not the path of a document.
status_macros::status_table!(42);

fn main() {}
