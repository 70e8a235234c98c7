// The same language twice, in another case.
status_macros::status_table! {
    pub enum StatusCode in "docs/status.md" as "zh-CN";
    translation "en" in "tests/ui/pass/small.en.md";
    translation "zh-cn" in "tests/ui/pass/small.md";
}

fn main() {}
