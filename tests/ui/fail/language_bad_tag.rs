// A language tag that is not BCP 47: `_` between subtags.
status_macros::status_table! {
    pub enum StatusCode in "docs/status.md" as "zh-CN";
    translation "en_US" in "tests/ui/pass/small.en.md";
}

fn main() {}
