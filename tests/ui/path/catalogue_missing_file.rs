// A missing catalogue is one error; the enum and its column's method still
// exist, so the code using them compiles.
status_macros::code_table! {
    pub enum PayError in "tests/ui/path/no_such_catalogue.md";
    column "解决方案" as solution;
}

fn main() {
    let _ = PayError::ALL.map(|error| (error.solution(), error.name()));
}
