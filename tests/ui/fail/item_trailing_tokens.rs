// Tokens after the class enum.
status_macros::status_table! {
    pub enum HttpStatus in "docs/status.md";
    pub enum HttpClass;
    const X: u8 = 1;
}

fn main() {}
