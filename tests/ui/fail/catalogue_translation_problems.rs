// A translation's problems are errors at the translation's own lines: a
// name the primary catalogue lacks, and an entry without a description.
// The enum, its languages and methods still exist: no cascade.
status_macros::code_table! {
    pub enum PayError in "tests/ui/pass/catalogue_chinese.md" as "zh-CN";
    translation "en" in "tests/ui/fail/catalogue_translation_problems.md";
}

fn main() {
    let _ = PayError::TokenExpired.message_in(PayErrorLanguage::En);
}
