// The item form without the `;` between the status enum and the class enum.
// (A `;` at the very end may be left out.)
status_macros::status_table! {
    pub enum HttpStatus in "docs/status.md"
    pub enum HttpClass;
}

fn main() {}
