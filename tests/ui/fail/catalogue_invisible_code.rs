// A code and a name that hold invisible characters (U+202E, U+200B): errors
// at their cells, never dropped in silence.
status_macros::code_table! {
    pub enum PrinterError in "tests/ui/fail/catalogue_invisible_code.md";
}

fn main() {
    let _ = PrinterError::NotReady;
}
