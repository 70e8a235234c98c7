// After problems in the document, the valid entries, every method and the
// column's method still exist: the only errors are the document's.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_no_cascade.md";
    column "解决方案" as solution;
}

fn main() {
    let error = PayError::InvalidSignature;
    let _: u16 = error.code();
    let _: &str = error.solution();
    let _ = PayError::from_code(40001);
    let _ = "40001".parse::<PayError>();
    let _ = error.to_string();
    let _ = (error.name(), error.description(), error.category(), PayError::ALL);
}
