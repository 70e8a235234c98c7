// Names are the entries' identity: a name listed twice, and two names that
// give the same variant or differ only in case, are errors, each at its cell.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_duplicate_name.md";
}

fn main() {}
