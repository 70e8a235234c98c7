// A cell that holds two names gives no identifier: the error says so at
// its line.
status_macros::code_table! {
    pub enum ApiError in "tests/ui/fail/catalogue_two_names.md";
}

fn main() {}
