// Two sections hold 2xx codes.
status_macros::status_table!("tests/ui/fail/two_sections_same_class.md");

fn main() {}
