// An entry without a description keeps its variant: the code that uses it
// adds no error of its own, and the only error is the document's.
status_macros::status_table!("tests/ui/fail/no_cascade_description.md");

fn is_missing(status: StatusCode) -> bool {
    match status {
        StatusCode::NotFound => true,
        StatusCode::BadRequest => false,
    }
}

fn main() {
    let _ = is_missing(StatusCode::NotFound);
    let _: u16 = StatusCode::NotFound.code();
    let _ = (StatusCode::NotFound.reason(), StatusCode::NotFound.description());
    let _ = StatusCode::from_u16(404);
    let _ = StatusClass::ClientError.codes();
}
