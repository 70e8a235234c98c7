// A 4xx entry in the 2xx section, and a second section of 2xx codes: each
// entry keeps its variant, in the class its code gives, so the code that
// uses them adds no error of its own: the only errors are the document's.
status_macros::status_table!("tests/ui/fail/no_cascade_section.md");

fn main() {
    let _ = StatusCode::NotFound.is_client_error();
    let _: StatusClass = StatusCode::NotFound.class();
    let _ = StatusCode::NoContent.description();
    let _ = StatusClass::Success.codes();
    let _ = StatusClass::ClientError.title();
    let _ = StatusCode::ALL;
}
