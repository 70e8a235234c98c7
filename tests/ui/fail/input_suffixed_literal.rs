// A string literal with a suffix: the suffix means nothing, so it is an
// error rather than ignored.
status_macros::status_table!("docs/status.md"_x);

fn main() {}
