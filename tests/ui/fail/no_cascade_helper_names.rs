// The skeleton after an error, here of a document without entries, holds
// no private helper either: the user's items of the helpers' names add no
// error of their own; the only error is the document's.
#![deny(warnings)]

include!("../helper_names.rs");

status_macros::status_table!("tests/ui/fail/no_entries.md");

helper_names!(StatusCode, status_code);
helper_names!(StatusClass, status_class);
helper_names!(ParseStatusCodeError, parse_status_code_error);

fn main() {
    assert_eq!(status_code() + status_class() + parse_status_code_error(), 69);
}
