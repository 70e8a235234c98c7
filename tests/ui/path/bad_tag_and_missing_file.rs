// A malformed language tag beside a translation file that does not exist:
// both problems of the call are reported in one build.
status_macros::status_table! {
    pub enum StatusCode in "docs/status.md" as "zh-CN";
    translation "en_US" in "docs/no-such-file.en.md";
}

fn main() {}
