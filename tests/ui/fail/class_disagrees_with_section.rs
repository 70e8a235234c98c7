// A 4xx code in the 2xx section, next to 200.
status_macros::status_table!("tests/ui/fail/class_disagrees_with_section.md");

fn main() {}
