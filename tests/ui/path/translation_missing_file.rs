// A translation's file does not exist: an error at its path, and the
// types still expand.
status_macros::status_table! {
    pub enum StatusCode in "docs/status.md" as "zh-CN";
    translation "en" in "docs/no-such-file.en.md";
}

fn main() {
    assert_eq!(StatusCode::NotFound.description_in(Language::En), StatusCode::NotFound.description());
}
