// A `column` must be in every entry table: the second table lacks it, and
// no table has the other one.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_missing_column.md";
    column "解决方案" as solution;
    column "备注" as remark;
}

fn main() {}
