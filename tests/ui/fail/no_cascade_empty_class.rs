// Both reason phrases give the variant `Ok`, so the second entry is left
// out, and its section's class (3xx) keeps no entry. The class still exists,
// with no codes: `class()` and `codes()` must not get an empty arm (which
// would be a syntax error printed before the document's), and code that uses
// both enums adds no error of its own, even where it names a class the
// document does not have (after an error, the class enum has all five).
status_macros::status_table!("tests/ui/fail/no_cascade_empty_class.md");

fn main() {
    assert_eq!(StatusCode::Ok.class(), StatusClass::Success);
    assert!(StatusCode::Ok.is_success());
    assert!(!StatusCode::Ok.is_redirection());
    assert!(StatusClass::Redirection.codes().is_empty());
    assert_eq!(StatusClass::Success.codes(), &[StatusCode::Ok]);
    assert_eq!(StatusClass::of(300), Some(StatusClass::Redirection));
    assert!(StatusClass::ServerError.codes().is_empty());
    assert!(!StatusCode::Ok.is_server_error());
    for class in StatusClass::ALL {
        println!("{class} {:?} {:?}", class.range(), class.codes());
    }
    let _: Result<StatusCode, _> = "300".parse();
    let _: Result<StatusCode, _> = StatusCode::try_from(300);
}
