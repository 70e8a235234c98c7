// What the order of the document decides, and what it does not (status-macros' reference,
// "Which document edits break your users"): entries and sections in any
// order.
status_macros::status_table!("tests/ui/pass/reordered.md");

fn main() {
    // `ALL` and `codes()` follow the document.
    assert_eq!(
        StatusCode::ALL,
        [
            StatusCode::ServiceUnavailable,
            StatusCode::InternalServerError,
            StatusCode::NotFound,
            StatusCode::BadRequest,
        ]
    );
    assert_eq!(
        StatusClass::ServerError.codes(),
        [StatusCode::ServiceUnavailable, StatusCode::InternalServerError]
    );

    // The status enum's discriminants are the codes, so `as u16` and `Ord`
    // follow the code whatever the position: reordering entries changes
    // neither.
    assert_eq!(StatusCode::InternalServerError as u16, 500);
    assert!(StatusCode::InternalServerError < StatusCode::ServiceUnavailable);
    assert!(StatusCode::BadRequest < StatusCode::NotFound);
    assert!(StatusCode::NotFound < StatusCode::InternalServerError);
    let mut sorted = StatusCode::ALL;
    sorted.sort();
    assert_eq!(sorted.map(StatusCode::code), [400, 404, 500, 503]);

    // The class enum has no explicit discriminants: its variants follow the
    // sections, so reordering sections changes its `Ord` and `as` values.
    assert_eq!(
        StatusClass::ALL,
        [StatusClass::ServerError, StatusClass::ClientError]
    );
    assert!(StatusClass::ServerError < StatusClass::ClientError);
    assert_eq!(StatusClass::ServerError as u8, 0);
    assert_eq!(StatusClass::ClientError as u8, 1);
}
