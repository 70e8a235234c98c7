// A header written twice: an error at the second.
status_macros::code_table! {
    pub enum Repeated in "tests/ui/fail/catalogue_repeated_header.md";
}

fn main() {}
