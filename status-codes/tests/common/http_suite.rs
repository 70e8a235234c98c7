//! The interop tests for one version of the `http` crate, which the including
//! test names `http` at its root: `tests/http.rs` (http 1.x) and
//! `tests/http02.rs` (http 0.2) run the same suite.

use super::http;
use status_codes::StatusCode;

/// Each variant with the constant the http crate has for its number: an
/// oracle that does not go through the conversions under test.
fn named() -> [(StatusCode, http::StatusCode); 26] {
    [
        (StatusCode::Continue, http::StatusCode::CONTINUE),
        (
            StatusCode::SwitchingProtocal,
            http::StatusCode::SWITCHING_PROTOCOLS,
        ),
        (StatusCode::Ok, http::StatusCode::OK),
        (StatusCode::Created, http::StatusCode::CREATED),
        (StatusCode::Accepted, http::StatusCode::ACCEPTED),
        (
            StatusCode::NonAuthoritativeInformation,
            http::StatusCode::NON_AUTHORITATIVE_INFORMATION,
        ),
        (StatusCode::NoContent, http::StatusCode::NO_CONTENT),
        (
            StatusCode::MultipleChoice,
            http::StatusCode::MULTIPLE_CHOICES,
        ),
        (
            StatusCode::MovedPermanently,
            http::StatusCode::MOVED_PERMANENTLY,
        ),
        (StatusCode::Found, http::StatusCode::FOUND),
        (StatusCode::SeeOther, http::StatusCode::SEE_OTHER),
        (StatusCode::NotModified, http::StatusCode::NOT_MODIFIED),
        (
            StatusCode::TemporaryRedirect,
            http::StatusCode::TEMPORARY_REDIRECT,
        ),
        (
            StatusCode::PermanentRedirect,
            http::StatusCode::PERMANENT_REDIRECT,
        ),
        (StatusCode::BadRequest, http::StatusCode::BAD_REQUEST),
        (StatusCode::Unauthorized, http::StatusCode::UNAUTHORIZED),
        (StatusCode::Forbidden, http::StatusCode::FORBIDDEN),
        (StatusCode::NotFound, http::StatusCode::NOT_FOUND),
        (
            StatusCode::MethodNotAllowed,
            http::StatusCode::METHOD_NOT_ALLOWED,
        ),
        (StatusCode::NotAcceptable, http::StatusCode::NOT_ACCEPTABLE),
        (
            StatusCode::InternalServerError,
            http::StatusCode::INTERNAL_SERVER_ERROR,
        ),
        (
            StatusCode::NotImplemented,
            http::StatusCode::NOT_IMPLEMENTED,
        ),
        (StatusCode::BadGateway, http::StatusCode::BAD_GATEWAY),
        (
            StatusCode::ServiceUnavailable,
            http::StatusCode::SERVICE_UNAVAILABLE,
        ),
        (
            StatusCode::GatewayTimeout,
            http::StatusCode::GATEWAY_TIMEOUT,
        ),
        (
            StatusCode::HttpVersionNotSupported,
            http::StatusCode::HTTP_VERSION_NOT_SUPPORTED,
        ),
    ]
}

#[test]
fn all_26_convert_to_the_named_http_constant_and_back() {
    let named = named();
    assert_eq!(
        named.map(|(ours, _)| ours),
        StatusCode::ALL,
        "the oracle covers every variant, in document order"
    );
    for (ours, theirs) in named {
        let converted: http::StatusCode = ours.into();
        assert_eq!(converted, theirs, "{ours:?}");
        assert_eq!(converted.as_u16(), ours.code());
        assert_eq!(StatusCode::try_from(converted), Ok(ours));
        assert_eq!(StatusCode::try_from(theirs), Ok(ours));
    }
}

#[test]
fn every_http_status_converts_or_fails_with_its_number() {
    // http::StatusCode holds 100..=999; none of them may panic.
    let mut converted = 0;
    for number in 100..=999 {
        let theirs = http::StatusCode::from_u16(number).expect("http accepts 100..=999");
        match StatusCode::try_from(theirs) {
            Ok(ours) => {
                assert_eq!(ours.code(), number);
                converted += 1;
            }
            Err(error) => {
                assert_eq!(error.code(), number);
                assert_eq!(StatusCode::from_u16(number), None);
            }
        }
    }
    assert_eq!(converted, StatusCode::ALL.len());
}

#[test]
fn teapot_is_an_error_carrying_418() {
    let error = StatusCode::try_from(http::StatusCode::IM_A_TEAPOT).unwrap_err();
    assert_eq!(error.code(), 418);
    assert_eq!(Err(error), StatusCode::try_from(418_u16));
    let message = error.to_string();
    assert!(
        message.starts_with("unknown HTTP status code 418: expected one of 100–101, "),
        "{message}"
    );
    // It is an error type like any other in a std program.
    let boxed: Box<dyn std::error::Error + Send + Sync> = error.into();
    assert_eq!(boxed.to_string(), message);
}

#[test]
fn equality_holds_both_ways_exactly_for_the_same_number() {
    for ours in StatusCode::ALL {
        for other in StatusCode::ALL {
            let theirs = http::StatusCode::from(other);
            let same = ours.code() == other.code();
            assert_eq!(ours == theirs, same, "{ours:?} == {theirs:?}");
            assert_eq!(theirs == ours, same, "{theirs:?} == {ours:?}");
            assert_eq!(ours != theirs, !same);
            assert_eq!(theirs != ours, !same);
        }
        assert!(ours != http::StatusCode::IM_A_TEAPOT);
        assert!(http::StatusCode::IM_A_TEAPOT != ours);
    }
    assert!(StatusCode::NotFound == http::StatusCode::NOT_FOUND);
    assert!(http::StatusCode::NOT_FOUND == StatusCode::NotFound);
    assert!(StatusCode::NotFound != http::StatusCode::GONE);
    assert!(http::StatusCode::OK != StatusCode::NotFound);
}

#[test]
fn a_handler_answers_with_our_status() {
    // axum and hyper handlers build an `http::Response`; the builder takes
    // our type as it is, because the conversion cannot fail.
    let response = http::Response::builder()
        .status(StatusCode::NotFound)
        .header("content-type", "text/plain; charset=utf-8")
        .body(StatusCode::NotFound.description().to_string())
        .expect("valid response");
    assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
    assert!(response.status() == StatusCode::NotFound);
    assert!(response.body().starts_with("请求失败"));

    // `.into()` where an http::StatusCode is expected, as in an axum
    // handler returning `(StatusCode, body)`.
    fn handler(id: u32) -> (http::StatusCode, &'static str) {
        match id {
            1 => (StatusCode::Ok.into(), "张三"),
            _ => (
                StatusCode::NotFound.into(),
                StatusCode::NotFound.description(),
            ),
        }
    }
    assert_eq!(handler(1).0, http::StatusCode::OK);
    assert_eq!(handler(2).0, http::StatusCode::NOT_FOUND);

    let mut response = http::Response::new(());
    *response.status_mut() = StatusCode::ServiceUnavailable.into();
    assert_eq!(response.status().as_u16(), 503);
    assert_eq!(
        StatusCode::try_from(response.status()),
        Ok(StatusCode::ServiceUnavailable)
    );
}
