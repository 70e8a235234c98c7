// An entry without a description, in a table with a description column
// and as a bullet.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_no_description.md";
}

fn main() {}
