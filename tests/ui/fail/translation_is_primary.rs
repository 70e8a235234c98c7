// The primary document given again as its own translation, under another
// spelling of its path: an error at the translation's path.
status_macros::status_table! {
    pub enum StatusCode in "tests/ui/pass/small.md" as "zh-CN";
    translation "en" in "tests/ui/fail/../pass/small.md";
}

fn main() {}
