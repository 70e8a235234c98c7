// A translation's problems are errors at its own lines: a code the primary
// lacks, an entry without a description. Its reason phrases name nothing,
// so one without ASCII letters is fine. The types still expand: no cascade.
status_macros::status_table! {
    pub enum StatusCode in "tests/ui/pass/small.md" as "zh-CN";
    translation "en" in "tests/ui/fail/translation_problems.md";
}

fn main() {
    let _ = StatusCode::NotFound.description_in(Language::En);
    let _ = StatusClass::Success.title_in(Language::En);
}
