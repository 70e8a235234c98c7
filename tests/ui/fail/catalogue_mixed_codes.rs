// Codes are all integers or all strings: the odd one out is the error.
status_macros::code_table! {
    pub enum PrinterError in "tests/ui/fail/catalogue_mixed_codes.md";
}

fn main() {}
