// The enum is given generic parameters.
status_macros::status_table! {
    pub enum HttpStatus<T> in "docs/status.md";
}

fn main() {}
