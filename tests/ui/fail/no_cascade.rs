// The document has one bad entry. The valid entries still expand, so the
// code below, which uses the type, adds no error of its own: the only error
// is the document's.
status_macros::status_table!("tests/ui/fail/no_cascade.md");

fn main() {
    let found = StatusCode::from_u16(404);
    assert_eq!(found, Some(StatusCode::NotFound));
    assert_eq!(StatusCode::ALL.len(), 1);
    assert_eq!(StatusCode::NotFound.reason(), "Not Found");
    assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
    assert_eq!(StatusCode::NotFound.class(), StatusClass::ClientError);
    assert!("404".parse::<StatusCode>().is_ok());
}
