// The class enum has the status enum's name.
status_macros::status_table! {
    pub enum Status in "docs/status.md";
    pub enum Status;
}

fn main() {}
