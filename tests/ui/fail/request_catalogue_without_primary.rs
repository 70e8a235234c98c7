// A catalogue's translation needs the primary catalogue's language, as a
// status document's does (language_without_primary.rs); `check` and
// `expand` refuse `--translation` without `--as` for both (tests/cli.rs).
status_macros::code_table! {
    pub enum PayError in "tests/ui/pass/catalogue_chinese.md";
    translation "en" in "tests/ui/pass/catalogue_chinese.en.md";
}

fn main() {}
