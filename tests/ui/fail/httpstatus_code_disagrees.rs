// An `HTTPStatus` title whose first argument and text name different codes.
status_macros::status_table!("tests/ui/fail/httpstatus_code_disagrees.md");

fn main() {}
