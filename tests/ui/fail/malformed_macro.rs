// KumaScript macros that do not close, in a title and in a description.
status_macros::status_table!("tests/ui/fail/malformed_macro.md");

fn main() {}
