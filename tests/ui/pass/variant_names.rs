// Variants named like the associated types of the traits the macro
// implements (`Err` of `FromStr`, `Error` of `TryFrom`, `Output`, `Target`,
// `Item`…), like the generated types and constants, and like prelude items:
// the generated code still compiles and works, so `check` accepting such a
// document is right.
#![deny(warnings, missing_docs)]
//! Variant names that could shadow what the generated code names.

status_macros::status_table!("tests/ui/pass/variant_names.md");

fn parse(s: &str) -> Result<StatusCode, ParseStatusCodeError> {
    let status: StatusCode = s.parse()?;
    Ok(status)
}

fn main() {
    assert_eq!(StatusCode::ALL.len(), 33);
    assert_eq!(parse("400"), Ok(StatusCode::Err));
    assert_eq!(parse("error"), Ok(StatusCode::Error));
    assert_eq!(parse("500 Error"), Ok(StatusCode::Error));
    assert!(parse("999").is_err());
    assert_eq!(StatusCode::try_from(500), Ok(StatusCode::Error));
    assert_eq!(StatusCode::try_from(418).unwrap_err().code(), 418);
    assert_eq!(u16::from(StatusCode::Ok), 200);
    assert_eq!(StatusCode::Err.to_string(), "400 Err");
    assert_eq!(StatusCode::Error.description(), "服务器出错。");
    for status in StatusCode::ALL {
        assert_eq!(status.as_str().parse::<StatusCode>(), Ok(status));
        assert_eq!(StatusCode::from_reason(status.reason()), Some(status));
        assert!(status.class().codes().contains(&status));
        assert_eq!(status, status.code());
    }
    assert_eq!(StatusCode::StatusCode.class(), StatusClass::Redirection);
    assert_eq!(StatusCode::ClientError.class(), StatusClass::Redirection);
    assert_eq!(StatusCode::Informational.class(), StatusClass::Informational);
    assert_eq!(StatusCode::Min.code(), 206);
    assert_eq!(StatusCode::Max.code(), 207);
    assert_eq!(StatusCode::All.code(), 205);
    assert!(StatusCode::Index.is_server_error());
    assert_eq!(StatusClass::ALL.len(), 5);
}
