// Rows with more or fewer cells than the header are errors at their line;
// an escaped pipe does not start a cell.
status_macros::code_table! {
    pub enum Numbered in "tests/ui/fail/catalogue_row_cells.md";
}

fn main() {}
