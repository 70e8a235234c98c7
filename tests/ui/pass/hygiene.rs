// The generated code names everything by absolute path, so it compiles in a
// module that shadows the prelude and common std names.
#![allow(
    dead_code,
    non_snake_case,
    non_camel_case_types,
    non_upper_case_globals,
    unused_macros
)]

mod http {
    // Prelude types, variants and traits, shadowed.
    pub struct Result;
    pub struct Option;
    pub struct String;
    pub struct Vec;
    pub struct Box;
    pub struct Some;
    pub const None: u8 = 0;
    pub fn Ok() {}
    pub struct Err {}
    pub trait Clone {}
    pub trait Copy {}
    pub trait PartialEq {}
    pub trait Eq {}
    pub trait PartialOrd {}
    pub trait Ord {}
    pub trait From {}
    pub trait TryFrom {}
    pub trait Into {}
    pub trait Default {}
    pub trait Iterator {}
    // Modules and crates the generated code could have named.
    pub mod core {}
    pub mod std {}
    pub mod fmt {
        pub struct Formatter;
        pub struct Result;
        pub trait Display {}
        pub trait Debug {}
    }
    pub mod hash {
        pub trait Hash {}
    }
    pub mod str {
        pub trait FromStr {}
    }
    pub mod error {
        pub trait Error {}
    }
    pub mod convert {}
    pub mod option {}
    pub mod result {}
    // Macros the generated code uses.
    macro_rules! matches {
        ($($t:tt)*) => {
            compile_error!("the crate's own `matches!`")
        };
    }
    macro_rules! write {
        ($($t:tt)*) => {
            compile_error!("the crate's own `write!`")
        };
    }
    macro_rules! include_bytes {
        ($($t:tt)*) => {
            compile_error!("the crate's own `include_bytes!`")
        };
    }
    // Traits in scope whose methods share names with the generated ones.
    pub trait Shadow {
        fn code(self) -> u16;
        fn reason(self) -> &'static str;
        fn pad(&self) {}
        fn eq_ignore_ascii_case(&self, _: &Self) -> bool {
            false
        }
    }
    impl<T> Shadow for T {
        fn code(self) -> u16 {
            0
        }
        fn reason(self) -> &'static str {
            "shadowed"
        }
    }

    status_macros::status_table!("docs/status.md");
}

use http::{StatusClass, StatusCode};

fn main() {
    assert_eq!(StatusCode::NotFound.code(), 404);
    assert_eq!(StatusCode::NotFound.reason(), "Not Found");
    assert_eq!(
        StatusCode::from_u16(404),
        Option::Some(StatusCode::NotFound)
    );
    assert_eq!(
        StatusCode::from_reason("not found"),
        Some(StatusCode::NotFound)
    );
    assert_eq!(
        "404 Not Found".parse::<StatusCode>(),
        Ok(StatusCode::NotFound)
    );
    assert_eq!(StatusCode::try_from(404), Ok(StatusCode::NotFound));
    assert_eq!(format!("{:>14}", StatusCode::NotFound), " 404 Not Found");
    assert_eq!(StatusCode::NotFound.class(), StatusClass::ClientError);
    assert_eq!(StatusClass::ClientError.to_string(), "客户端响应");
    assert!(StatusCode::NotFound.is_client_error());
    assert_eq!(StatusCode::ALL.len(), 26);
    let error = "teapot".parse::<StatusCode>().unwrap_err();
    assert_eq!(error.input(), "teapot");
    let _: &dyn std::error::Error = &error;
}
