// `Not Found` and `Not-Found` both give the variant `NotFound`.
status_macros::status_table!("tests/ui/fail/same_variant_name.md");

fn main() {}
