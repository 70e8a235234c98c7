// An entry table inside a `>` quote: an error, never dropped.
status_macros::code_table! {
    pub enum Quoted in "tests/ui/fail/catalogue_quoted_table.md";
}

fn main() {}
