//! `code_table!`'s items are documented and safe, and need no prelude: they
//! pass `missing_docs`, `unsafe_code` and every default warning, denied,
//! inside a `#![no_implicit_prelude]` module that also shadows common names.
#![forbid(unsafe_code)]
#![deny(missing_docs, warnings)]
#![deny(
    missing_debug_implementations,
    unreachable_pub,
    unused_qualifications,
    trivial_casts,
    trivial_numeric_casts,
    unused_results
)]

/// Every form of catalogue, each in a module without a prelude.
pub mod errors {
    /// Integer codes, unique, with a column.
    pub mod pay {
        #![no_implicit_prelude]
        #![allow(dead_code, non_camel_case_types)]
        // Shadowed names the generated code must not use.
        struct Option;
        struct Result;
        struct Some;
        struct None;
        struct Ok;
        struct Err;

        ::status_macros::code_table! {
            /// Errors of the payment API.
            pub enum PayError in "tests/ui/pass/catalogue_chinese.md";
            column "解决方案" as solution;
        }
    }

    /// Negative codes.
    pub mod open {
        #![no_implicit_prelude]
        ::status_macros::code_table! {
            /// Return codes.
            pub enum ReturnCode in "tests/ui/pass/catalogue_negative.md";
        }
    }

    /// Codes that repeat.
    pub mod canonical {
        #![no_implicit_prelude]
        ::status_macros::code_table! {
            /// Canonical errors.
            pub enum Canonical in "tests/ui/pass/catalogue_grpc.md";
            codes may repeat;
            column "Retry after" as retry_after;
        }
    }

    /// String codes.
    pub mod scrape {
        #![no_implicit_prelude]
        ::status_macros::code_table! {
            /// Scraper errors.
            pub enum ScrapeError in "tests/ui/pass/catalogue_strings.md";
            column "Fix" as fix;
        }
    }
}

use errors::canonical::Canonical;
use errors::open::ReturnCode;
use errors::pay::PayError;
use errors::scrape::ScrapeError;

fn main() {
    // Every generated item used, so that an unused one is not what fails.
    for error in PayError::ALL {
        assert_eq!(PayError::from_code(error.code()), Some(error));
        assert_eq!(PayError::try_from(u16::from(error)), Ok(error));
        assert_eq!(PayError::from_name(error.name()), Some(error));
        assert_eq!(error.name().parse::<PayError>(), Ok(error));
        assert!(!error.description().is_empty() && !error.category().is_empty());
        assert_eq!(error.to_string(), error.message());
        let _ = error.solution();
    }
    for error in ReturnCode::ALL {
        assert_eq!(ReturnCode::try_from(i32::from(error)), Ok(error));
    }
    for error in Canonical::ALL {
        assert_eq!(format!("{error:#}"), format!("{} {}", error.code(), error.name()));
        let _ = error.retry_after();
    }
    for error in ScrapeError::ALL {
        assert_eq!(ScrapeError::try_from(error.code()), Ok(error));
        assert!(!error.fix().is_empty());
    }
    assert!("nothing".parse::<PayError>().is_err());
    assert!(ReturnCode::try_from(7).is_err());
}
