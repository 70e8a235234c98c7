// An entry without a reason phrase: `- 404`.
status_macros::status_table!("tests/ui/fail/no_reason_phrase.md");

fn main() {}
