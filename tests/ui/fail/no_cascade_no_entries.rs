// The document has prose but no entry: the table is empty, with no class.
// The skeleton (a status enum without variants, a class enum with all five
// classes and no codes) still has every method, so code that uses both enums
// without naming a status adds no error of its own (nor a warning about an
// uninhabited class): the only error is the document's.
status_macros::status_table!("tests/ui/fail/no_entries.md");

fn main() {
    for status in StatusCode::ALL {
        println!("{status} {} {}", status.class(), status.description());
        println!("{:?}", status.class().codes());
        assert!(status.is_success() || !status.is_success());
    }
    for class in StatusClass::ALL {
        println!("{class} {:?} {:?}", class.range(), class.codes());
    }
    assert_eq!(StatusClass::of(404), Some(StatusClass::ClientError));
    assert!(StatusClass::ServerError.codes().is_empty());
    assert_eq!(StatusCode::from_u16(404), None);
    assert_eq!(StatusCode::from_reason("Not Found"), None);
    let _: Result<StatusCode, _> = "404".parse();
    let _: Result<StatusCode, _> = StatusCode::try_from(404);
}
