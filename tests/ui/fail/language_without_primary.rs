// A translation needs the primary document's language.
status_macros::status_table! {
    pub enum StatusCode in "docs/status.md";
    translation "en" in "tests/ui/pass/small.en.md";
}

fn main() {}
