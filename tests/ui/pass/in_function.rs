// The macro in statement position, inside a function body, with the path as
// a raw string: the items are local to the function.

fn main() {
    status_macros::status_table!(r"docs/status.md");

    assert_eq!(StatusCode::NotFound.code(), 404);
    assert_eq!(StatusCode::from_u16(200), Some(StatusCode::Ok));
    assert_eq!(StatusClass::of(301), Some(StatusClass::Redirection));
}
