// Several problems in one document: all are reported in one build.
status_macros::status_table!("tests/ui/fail/many_problems.md");

fn main() {}
