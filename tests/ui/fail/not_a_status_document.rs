// A file that is not a status document at all, such as a `.env` file named
// by mistake or on purpose: the error says so without quoting any of it, so
// that nothing of the file reaches a build log.
status_macros::status_table!("tests/ui/fail/not_a_status_document.md");

fn main() {}
