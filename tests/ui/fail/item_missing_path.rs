// The item form without `in "path"`.
status_macros::status_table! {
    pub enum HttpStatus;
}

fn main() {}
