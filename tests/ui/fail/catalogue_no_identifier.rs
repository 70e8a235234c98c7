// Codes that are neither integers nor identifiers, without a name column,
// and descriptions that are sentences: no entry gets a variant name, and
// the help says where names come from.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_no_identifier.md";
}

fn main() {}
