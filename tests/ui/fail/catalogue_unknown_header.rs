// A table whose headers the reader does not know, beside entries: an error
// at its header that names the call-site line mapping it.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_unknown_header.md";
}

fn main() {}
