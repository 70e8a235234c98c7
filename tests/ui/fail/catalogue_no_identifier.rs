// Numeric codes without a name column give no variant names: the help says
// to add a name column.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_no_identifier.md";
}

fn main() {}
