// Included by tests/ui/pass/helper_names.rs and
// tests/ui/fail/no_cascade_helper_names.rs: every name the generated code has
// used or uses for a private helper.

/// Defines an inherent item of each helper's name on `$ty`, and a function
/// that uses them all and gives the number of items.
macro_rules! helper_names {
    ($ty:ident, $fn:ident) => {
        #[allow(non_upper_case_globals)]
        impl $ty {
            const MIN: u16 = 1;
            const MAX: u16 = 2;
            const SLOTS: u16 = 3;
            const BY_CODE: u16 = 4;
            const REASONS: u16 = 5;
            const LINES: u16 = 6;
            const DESCRIPTIONS: u16 = 7;
            const PHRASES: u16 = 8;
            const PHRASE_SLOTS: u16 = 9;
            const __PHRASES: u16 = 10;
            const __PHRASE_SLOTS: u16 = 11;
            const CODES: u16 = 12;
            const NO_CODES: u16 = 13;
            fn index() -> u16 {
                14
            }
            fn parse() -> u16 {
                15
            }
            fn parse_code_and_reason() -> u16 {
                16
            }
            fn eq_reason() -> u16 {
                17
            }
            fn three_digits() -> u16 {
                18
            }
            fn phrase_word() -> u16 {
                19
            }
            fn phrase_word_at() -> u16 {
                20
            }
            fn __phrase_word() -> u16 {
                21
            }
            fn parse_error() -> u16 {
                22
            }
            fn new() -> u16 {
                23
            }
        }

        fn $fn() -> u16 {
            [
                $ty::MIN,
                $ty::MAX,
                $ty::SLOTS,
                $ty::BY_CODE,
                $ty::REASONS,
                $ty::LINES,
                $ty::DESCRIPTIONS,
                $ty::PHRASES,
                $ty::PHRASE_SLOTS,
                $ty::__PHRASES,
                $ty::__PHRASE_SLOTS,
                $ty::CODES,
                $ty::NO_CODES,
                $ty::index(),
                $ty::parse(),
                $ty::parse_code_and_reason(),
                $ty::eq_reason(),
                $ty::three_digits(),
                $ty::phrase_word(),
                $ty::phrase_word_at(),
                $ty::__phrase_word(),
                $ty::parse_error(),
                $ty::new(),
            ]
            .len() as u16
        }
    };
}
