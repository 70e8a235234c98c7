// `from_code`, `from_name`, parsing and `Debug` search tables, not a
// `match` per variant: codes out of document order, negative and wide
// codes, string codes that differ only in ASCII case, and names in any
// case all find their entry, and nothing else does.
mod numbers {
    status_macros::code_table! {
        pub enum Numbered in "tests/ui/pass/catalogue_lookups.md";
    }
}

mod strings {
    status_macros::code_table! {
        pub enum Worded in "tests/ui/pass/catalogue_lookups_strings.md";
    }
}

use numbers::Numbered;
use strings::Worded;

fn main() {
    for entry in Numbered::ALL {
        assert_eq!(Numbered::from_code(entry.code()), Some(entry));
        assert_eq!(Numbered::from_name(entry.name()), Some(entry));
        assert_eq!(Numbered::from_name(&entry.name().to_ascii_uppercase()), Some(entry));
        assert_eq!(entry.code().to_string().parse(), Ok(entry));
    }
    assert_eq!(Numbered::Alpha as i32, -7);
    assert_eq!(Numbered::from_code(65536), Some(Numbered::Big));
    for missing in [i32::MIN, -8, 0, 11, 13, 299, 301, 65535, i32::MAX] {
        assert_eq!(Numbered::from_code(missing), None, "{missing}");
    }
    assert_eq!(Numbered::from_name("mid_way"), Some(Numbered::MidWay));
    assert_eq!(Numbered::from_name("mid way"), None);
    assert_eq!(Numbered::from_name(""), None);
    assert_eq!("-7".parse(), Ok(Numbered::Alpha));
    assert_eq!("ZETA".parse(), Ok(Numbered::Zeta));
    assert_eq!(format!("{:?}", Numbered::MidWay), "MidWay");
    assert_eq!(format!("{:?}", [Numbered::Zeta, Numbered::Big]), "[Zeta, Big]");

    for entry in Worded::ALL {
        assert_eq!(Worded::from_code(entry.code()), Some(entry));
        assert_eq!(Worded::from_name(entry.name()), Some(entry));
    }
    // Exact codes first; another case finds the code that differs only
    // in case.
    assert_eq!(Worded::from_code("b2"), Some(Worded::SecondB));
    assert_eq!(Worded::from_code("B2"), Some(Worded::FirstB));
    assert_eq!(Worded::from_code("A10"), None);
    assert_eq!("b2".parse(), Ok(Worded::SecondB));
    assert_eq!("B2".parse(), Ok(Worded::FirstB));
    assert_eq!("A10".parse(), Ok(Worded::Ten));
    assert_eq!("z".parse(), Ok(Worded::LastOne));
    assert!("c".parse::<Worded>().is_err());
    assert_eq!(format!("{:?}", Worded::LastOne), "LastOne");
}
