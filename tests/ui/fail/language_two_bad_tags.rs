// Two malformed language tags: both are reported in one build.
status_macros::status_table! {
    pub enum StatusCode in "docs/status.md" as "zh_CN";
    translation "en US" in "tests/ui/pass/small.en.md";
}

fn main() {}
