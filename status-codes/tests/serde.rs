//! `Serialize` and `Deserialize`: JSON (self-describing, human-readable)
//! and postcard (compact, not self-describing: no `deserialize_any`).
#![cfg(feature = "serde")]

use std::collections::BTreeMap;

use status_codes::StatusCode;

/// The listed codes as the error messages give them.
const RANGES: &str = "100–101, 200–204, 300–304, 307–308, 400–401, 403–406, 500–505";
/// The string forms the error messages list.
const FORMS: &str = r#""404", "Not Found" (any ASCII case) or "404 Not Found""#;

fn json(text: &str) -> Result<StatusCode, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}

fn json_error(text: &str) -> String {
    match json(text) {
        Ok(status) => panic!("{text} read as {status:?}"),
        Err(message) => {
            // Every error says what would have been accepted.
            assert!(
                message.contains(&format!(
                    "expected an HTTP status code, as a number ({RANGES}) or as a string: {FORMS}"
                )),
                "{message}"
            );
            message
        }
    }
}

#[test]
fn json_writes_the_number() {
    assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
    assert_eq!(
        serde_json::to_string(&[StatusCode::Continue, StatusCode::HttpVersionNotSupported])
            .unwrap(),
        "[100,505]"
    );
    assert_eq!(
        serde_json::to_value(StatusCode::Ok).unwrap(),
        serde_json::json!(200)
    );
}

#[test]
fn json_reads_the_number() {
    assert_eq!(json("404"), Ok(StatusCode::NotFound));
    assert_eq!(json(" 100 "), Ok(StatusCode::Continue));
    assert_eq!(
        serde_json::from_value::<StatusCode>(serde_json::json!(503)).unwrap(),
        StatusCode::ServiceUnavailable
    );
}

#[test]
fn json_reads_the_string_forms() {
    assert_eq!(json(r#""Not Found""#), Ok(StatusCode::NotFound));
    assert_eq!(json(r#""404""#), Ok(StatusCode::NotFound));
    assert_eq!(json(r#""404 Not Found""#), Ok(StatusCode::NotFound));
    assert_eq!(json(r#""nOT fOUND""#), Ok(StatusCode::NotFound));
    assert_eq!(json(r#""404 not found""#), Ok(StatusCode::NotFound));
    // The reason phrase as the document writes it, typo included.
    assert_eq!(
        json(r#""Switching Protocal""#),
        Ok(StatusCode::SwitchingProtocal)
    );
    // Escapes are decoded before parsing (serde_json hands over a String).
    assert_eq!(json(r#""Not\u0020Found""#), Ok(StatusCode::NotFound));
}

#[test]
fn all_26_round_trip_through_json_as_numbers_and_strings() {
    for status in StatusCode::ALL {
        let text = serde_json::to_string(&status).unwrap();
        assert_eq!(text, status.code().to_string());
        assert_eq!(json(&text), Ok(status));
        for form in [
            status.code().to_string(),
            status.reason().to_string(),
            status.reason().to_ascii_uppercase(),
            status.as_str().to_string(),
            status.to_string(),
        ] {
            assert_eq!(
                json(&serde_json::to_string(&form).unwrap()),
                Ok(status),
                "{form}"
            );
        }
    }
}

#[test]
fn a_number_out_of_u16_is_an_error_not_truncated() {
    // 65940 = 65536 + 404: truncating to u16 would give 404.
    let message = json_error("65940");
    assert!(
        message.starts_with("invalid value: integer `65940`, expected an HTTP status code"),
        "{message}"
    );
    let message = json_error("4294967700"); // 2^32 + 404
    assert!(message.starts_with("invalid value: integer `4294967700`"));
    let message = json_error("-404");
    assert!(message.starts_with("invalid value: integer `-404`"));
    let message = json_error("-65132"); // -65536 + 404
    assert!(message.starts_with("invalid value: integer `-65132`"));
}

#[test]
fn a_number_the_document_does_not_list_is_an_error() {
    let message = json_error("999");
    assert!(
        message.starts_with("invalid value: integer `999`"),
        "{message}"
    );
    let message = json_error("418");
    assert!(
        message.starts_with("invalid value: integer `418`"),
        "{message}"
    );
    json_error("0");
    json_error("402");
}

#[test]
fn a_string_that_is_no_status_is_an_error_listing_the_accepted_forms() {
    let message = json_error(r#""abc""#);
    assert!(
        message.starts_with(r#"invalid value: string "abc", expected an HTTP status code"#),
        "{message}"
    );
    for text in [
        r#""""#,
        r#""418""#,
        r#""404 Gone""#,
        r#""404  Not Found""#,
        r#"" 404""#,
        r#""Not Found 404""#,
        r#""65940""#,
    ] {
        let message = json_error(text);
        assert!(message.starts_with("invalid value: string"), "{message}");
    }
}

#[test]
fn other_json_types_are_errors_listing_the_accepted_forms() {
    let message = json_error("404.0");
    assert!(
        message.starts_with("invalid type: floating point `404.0`"),
        "{message}"
    );
    assert!(json_error("null").starts_with("invalid type: null"));
    assert!(json_error("true").starts_with("invalid type: boolean `true`"));
    assert!(json_error("[404]").starts_with("invalid type: sequence"));
    assert!(json_error(r#"{"code":404}"#).starts_with("invalid type: map"));
}

#[test]
fn json_map_keys_are_strings_and_round_trip() {
    let mut counts = BTreeMap::new();
    counts.insert(StatusCode::NotFound, 3);
    counts.insert(StatusCode::Ok, 10);
    let text = serde_json::to_string(&counts).unwrap();
    assert_eq!(text, r#"{"200":10,"404":3}"#);
    let back: BTreeMap<StatusCode, u32> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, counts);
    let named: BTreeMap<StatusCode, u32> =
        serde_json::from_str(r#"{"Not Found":1,"500 Internal Server Error":2}"#).unwrap();
    assert_eq!(named[&StatusCode::NotFound], 1);
    assert_eq!(named[&StatusCode::InternalServerError], 2);
    assert!(serde_json::from_str::<BTreeMap<StatusCode, u32>>(r#"{"999":1}"#).is_err());
}

#[test]
fn optional_and_nested_values() {
    let values: Vec<Option<StatusCode>> =
        serde_json::from_str(r#"[404, null, "Bad Gateway"]"#).unwrap();
    assert_eq!(
        values,
        [
            Some(StatusCode::NotFound),
            None,
            Some(StatusCode::BadGateway)
        ]
    );
    assert_eq!(serde_json::to_string(&values).unwrap(), "[404,null,502]");
}

#[test]
fn all_26_round_trip_through_postcard_as_u16() {
    for status in StatusCode::ALL {
        let bytes = postcard::to_allocvec(&status).unwrap();
        // The same bytes as the bare number.
        assert_eq!(bytes, postcard::to_allocvec(&status.code()).unwrap());
        let back: StatusCode = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, status);
    }
    let all = postcard::to_allocvec(&StatusCode::ALL).unwrap();
    let back: [StatusCode; 26] = postcard::from_bytes(&all).unwrap();
    assert_eq!(back, StatusCode::ALL);
}

#[test]
fn postcard_rejects_unlisted_and_oversized_numbers() {
    let unlisted = postcard::to_allocvec(&999_u16).unwrap();
    assert!(postcard::from_bytes::<StatusCode>(&unlisted).is_err());
    let teapot = postcard::to_allocvec(&418_u16).unwrap();
    assert!(postcard::from_bytes::<StatusCode>(&teapot).is_err());
    // 65940 does not fit the u16 that is asked for: an error, not 404.
    let oversized = postcard::to_allocvec(&65940_u32).unwrap();
    assert!(postcard::from_bytes::<StatusCode>(&oversized).is_err());
    // …while the same bytes are a fine u32.
    assert_eq!(postcard::from_bytes::<u32>(&oversized), Ok(65940));
}
