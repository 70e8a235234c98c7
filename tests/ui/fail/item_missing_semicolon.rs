// The item form without the `;` that ends the status enum's line.
status_macros::status_table! {
    pub enum HttpStatus in "docs/status.md"
}

fn main() {}
