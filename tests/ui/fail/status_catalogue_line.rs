// `names from code;` and `codes may repeat;` are lines of `code_table!`:
// `status_table!` refuses them rather than ignore them.
status_macros::status_table! {
    pub enum HttpStatus in "docs/status.md";
    names from code;
}

fn main() {}
