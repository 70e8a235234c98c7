// A code and a name that rustc refuses in `#[doc(alias = "…")]` (an
// apostrophe, a double quote): `check` accepts the catalogue, so the macro
// must build it too, leaving those aliases out.
status_macros::code_table! {
    enum Quirk in "tests/ui/pass/catalogue_aliases.md";
}

fn main() {
    assert_eq!(Quirk::Apostrophe.code(), "it's");
    assert_eq!(Quirk::from_code("it's"), Some(Quirk::Apostrophe));
    assert_eq!(Quirk::AB.name(), "A\"B");
    assert_eq!("a\"b".parse(), Ok(Quirk::AB));
    assert_eq!(Quirk::PlainName.code(), "E_PLAIN");
}
