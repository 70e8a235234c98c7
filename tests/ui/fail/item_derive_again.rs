// A derive the generated enum already has: rustc reports conflicting
// implementations, with the user's derive as the first one.
status_macros::status_table! {
    #[derive(Clone)]
    pub enum HttpStatus in "docs/status.md";
}

fn main() {}
