// An entry without a description keeps its variant: the code that uses it
// adds no error of its own, and the only error is the document's.
status_macros::code_table! {
    pub enum PayError in "tests/ui/fail/catalogue_no_cascade_description.md";
    column "解决方案" as solution;
}

fn retry(error: PayError) -> Option<&'static str> {
    match error {
        PayError::TokenExpired => Some(PayError::TokenExpired.solution()),
        PayError::InvalidSignature => None,
    }
}

fn main() {
    let expired = PayError::TokenExpired;
    let _: u16 = expired.code();
    let _ = (expired.name(), expired.description(), expired.message());
    let _ = retry(expired);
    let _ = PayError::from_code(40002);
    let _ = PayError::ALL;
}
