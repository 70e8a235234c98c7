// `ALL` is an associated item of every catalogue enum: a column's method of
// that name is refused, by the macro and by `check` alike (tests/cli.rs).
status_macros::code_table! {
    pub enum PayError in "tests/ui/pass/catalogue_chinese.md";
    column "解决方案" as ALL;
}

fn main() {}
