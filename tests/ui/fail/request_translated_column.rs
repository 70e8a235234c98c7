// With a language, each text column adds a `…_in` method: a column named
// like another's `…_in` method is refused, by the macro and by `check` and
// `expand` alike (tests/cli.rs, `the_request_is_judged_as_the_macro_judges_it`).
status_macros::code_table! {
    pub enum PayError in "tests/ui/pass/catalogue_chinese.md" as "zh-CN";
    translation "en" in "tests/ui/pass/catalogue_chinese.en.md";
    column "解决方案" as solution;
    column "方案" as solution_in;
}

fn main() {}
