// The status enum's representation is fixed: its discriminants are the codes.
status_macros::status_table! {
    #[repr(u8)]
    pub enum HttpStatus in "docs/status.md";
}

fn main() {}
