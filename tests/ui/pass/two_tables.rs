// Two invocations in one crate, in two modules, from two documents: each
// module gets its own types, with the default names, independent of the other.

mod seed {
    status_macros::status_table!("docs/status.md");
}

mod small {
    status_macros::status_table!("tests/ui/pass/small.md");
}

fn main() {
    assert_eq!(seed::StatusCode::ALL.len(), 26);
    assert_eq!(small::StatusCode::ALL.len(), 4);

    assert_eq!(seed::StatusCode::Ok.reason(), "Ok");
    assert_eq!(small::StatusCode::Ok.reason(), "OK");

    assert_eq!(seed::StatusCode::from_u16(418), None);
    assert_eq!(
        small::StatusCode::from_u16(418),
        Some(small::StatusCode::ImATeapot)
    );

    assert_eq!(seed::StatusClass::ALL.len(), 5);
    assert_eq!(small::StatusClass::ALL.len(), 2);

    // The same code in both: equal numbers, different types.
    let a = seed::StatusCode::NotFound;
    let b = small::StatusCode::NotFound;
    assert_eq!(a.code(), b.code());
    assert_ne!(a.description(), b.description());
}
