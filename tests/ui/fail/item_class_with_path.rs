// The class enum is given a path of its own.
status_macros::status_table! {
    pub enum HttpStatus in "docs/status.md";
    pub enum HttpClass in "docs/status.md";
}

fn main() {}
