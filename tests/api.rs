//! The generated API of `status_codes`, checked against docs/status.md.
//!
//! The expected table is read from the document with a deliberately naive
//! line scan (`- NNN Reason` bullets under `## ` headings), independent of
//! the macro's pulldown-cmark parser, so the two can check each other.

use std::collections::HashSet;
use std::str::FromStr;

use status_codes::{ParseStatusCodeError, StatusClass, StatusCode, TryFromStatusCodeError};

/// `(section title, code, reason)` for every bullet of the seed document.
fn expected() -> Vec<(String, u16, String)> {
    let text = include_str!("../docs/status.md");
    let mut section = String::new();
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            section = title.trim().to_owned();
        } else if let Some(entry) = line.strip_prefix("- ") {
            let (code, reason) = entry.split_once(' ').unwrap();
            out.push((section.clone(), code.parse().unwrap(), reason.to_owned()));
        }
    }
    out
}

#[test]
fn all_26_codes_in_document_order() {
    let expected = expected();
    assert_eq!(expected.len(), 26);
    assert_eq!(StatusCode::ALL.len(), 26);
    for (status, (_, code, reason)) in StatusCode::ALL.iter().zip(&expected) {
        assert_eq!(status.code(), *code);
        assert_eq!(status.reason(), reason);
    }
}

#[test]
fn variants_are_named_from_reason_phrases() {
    assert_eq!(StatusCode::Continue as u16, 100);
    assert_eq!(StatusCode::SwitchingProtocal as u16, 101);
    assert_eq!(StatusCode::Ok as u16, 200);
    assert_eq!(StatusCode::NonAuthoritativeInformation as u16, 203);
    assert_eq!(StatusCode::MultipleChoice as u16, 300);
    assert_eq!(StatusCode::NotFound as u16, 404);
    assert_eq!(StatusCode::HttpVersionNotSupported as u16, 505);
    assert_eq!(format!("{:?}", StatusCode::NotFound), "NotFound");
}

#[test]
fn reasons_are_exactly_as_written() {
    assert_eq!(StatusCode::SwitchingProtocal.reason(), "Switching Protocal");
    assert_eq!(StatusCode::Ok.reason(), "Ok");
    assert_eq!(
        StatusCode::HttpVersionNotSupported.reason(),
        "Http Version Not Supported"
    );
}

/// The four phrases `check` flags, `(document's, registry's)`: the
/// document keeps its spelling, and parsing reads the registry's too.
const REGISTRY_SPELLINGS: [(StatusCode, &str, &str); 4] = [
    (
        StatusCode::SwitchingProtocal,
        "Switching Protocal",
        "Switching Protocols",
    ),
    (StatusCode::Ok, "Ok", "OK"),
    (
        StatusCode::MultipleChoice,
        "Multiple Choice",
        "Multiple Choices",
    ),
    (
        StatusCode::HttpVersionNotSupported,
        "Http Version Not Supported",
        "HTTP Version Not Supported",
    ),
];

#[test]
fn the_registry_phrase_parses_where_the_document_spells_it_otherwise() {
    for (status, ours, registry) in REGISTRY_SPELLINGS {
        assert_eq!(status.reason(), ours);
        assert_eq!(status.to_string(), format!("{} {ours}", status.code()));
        for phrase in [
            registry.to_owned(),
            registry.to_ascii_lowercase(),
            registry.to_ascii_uppercase(),
        ] {
            assert_eq!(StatusCode::from_reason(&phrase), Some(status), "{phrase}");
            assert_eq!(phrase.parse(), Ok(status), "{phrase}");
            let line = format!("{} {phrase}", status.code());
            assert_eq!(line.parse(), Ok(status), "{line}");
            // With another code, the phrase is not that code's.
            let wrong = format!("{} {phrase}", status.code() + 1);
            assert!(wrong.parse::<StatusCode>().is_err(), "{wrong}");
        }
        // The document's phrase still parses, and a near miss does not.
        assert_eq!(ours.parse(), Ok(status));
        assert!(format!("{registry}s").parse::<StatusCode>().is_err());
    }
    assert_eq!(
        "switching protocols".parse(),
        Ok(StatusCode::SwitchingProtocal)
    );
    const BY_REGISTRY: Option<StatusCode> = StatusCode::from_reason("Multiple Choices");
    assert_eq!(BY_REGISTRY, Some(StatusCode::MultipleChoice));
}

#[test]
fn from_u16_and_conversions() {
    for status in StatusCode::ALL {
        assert_eq!(StatusCode::from_u16(status.code()), Some(status));
        assert_eq!(StatusCode::try_from(status.code()), Ok(status));
        assert_eq!(u16::from(status), status.code());
        assert_eq!(status, status.code());
        assert_eq!(status.code(), status);
    }
    let listed: HashSet<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    for code in 0..=u16::MAX {
        assert_eq!(
            StatusCode::from_u16(code).is_some(),
            listed.contains(&code),
            "{code}"
        );
    }
    let error: TryFromStatusCodeError = StatusCode::try_from(418).unwrap_err();
    assert_eq!(error.code(), 418);
    assert_eq!(
        error.to_string(),
        "unknown HTTP status code 418: expected one of 100–101, 200–204, 300–304, 307–308, \
         400–401, 403–406, 500–505"
    );
    assert_eq!(
        TryFromStatusCodeError::CODES,
        "100–101, 200–204, 300–304, 307–308, 400–401, 403–406, 500–505"
    );
    assert!(StatusCode::NotFound != 405);
}

#[test]
fn display_and_from_str_round_trip_for_every_variant() {
    for status in StatusCode::ALL {
        let shown = status.to_string();
        assert_eq!(shown, format!("{} {}", status.code(), status.reason()));
        assert_eq!(shown, status.as_str());
        assert_eq!(shown.parse::<StatusCode>(), Ok(status), "{shown}");
        assert_eq!(status.code().to_string().parse(), Ok(status));
        assert_eq!(status.reason().parse(), Ok(status));
        assert_eq!(status.reason().to_lowercase().parse(), Ok(status));
        assert_eq!(status.reason().to_uppercase().parse(), Ok(status));
        assert_eq!(StatusCode::from_reason(status.reason()), Some(status));
    }
}

#[test]
fn display_honours_width_and_alignment() {
    assert_eq!(
        format!("[{:<16}]", StatusCode::NotFound),
        "[404 Not Found   ]"
    );
    assert_eq!(format!("[{:>15}]", StatusCode::Ok), "[         200 Ok]");
}

#[test]
fn from_str_rejects_everything_else_with_a_helpful_message() {
    for bad in [
        "",
        "4",
        "40",
        "4040",
        "999",
        "418",
        "404 Not Foundx",
        "404 Forbidden",
        "404  Not Found",
        " 404",
        "404 ",
        "Not  Found",
        "NotFound",
        "完成",
        "-404",
    ] {
        let error: ParseStatusCodeError = StatusCode::from_str(bad).unwrap_err();
        assert_eq!(error.input(), bad);
        // `unwrap()` shows the input as a string, never as raw bytes.
        assert_eq!(
            format!("{error:?}"),
            format!("ParseStatusCodeError {{ input: {bad:?}, truncated: false }}")
        );
        assert_eq!(
            error.to_string(),
            format!(
                "unknown HTTP status {bad:?}: expected a code (\"404\"), a reason phrase \
                 (\"Not Found\", any ASCII case) or both (\"404 Not Found\")"
            )
        );
    }
    let long = "x".repeat(40) + "完";
    let error = StatusCode::from_str(&long).unwrap_err();
    assert_eq!(error.input(), "x".repeat(32));
    assert_eq!(
        format!("{error:?}"),
        format!(
            "ParseStatusCodeError {{ input: {:?}, truncated: true }}",
            "x".repeat(32)
        )
    );
    assert!(
        error
            .to_string()
            .starts_with(&format!("unknown HTTP status {:?}…:", "x".repeat(32)))
    );
    let cut = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx完成";
    assert_eq!(StatusCode::from_str(cut).unwrap_err().input(), &cut[..30]);
}

#[test]
fn errors_are_core_errors() {
    fn is_error<E: core::error::Error>(_: &E) {}
    is_error(&StatusCode::from_str("x").unwrap_err());
    is_error(&StatusCode::try_from(1).unwrap_err());
}

#[test]
fn classes_follow_the_sections() {
    let expected = expected();
    let titles: Vec<&str> = StatusClass::ALL.iter().map(|c| c.title()).collect();
    assert_eq!(
        titles,
        ["信息响应", "成功响应", "重定向", "客户端响应", "服务端响应"]
    );
    for (status, (section, _, _)) in StatusCode::ALL.iter().zip(&expected) {
        assert_eq!(status.class().title(), section);
        assert!(status.class().codes().contains(status));
        assert!(status.class().range().contains(&status.code()));
        assert_eq!(StatusClass::of(status.code()), Some(status.class()));
    }
    let counted: usize = StatusClass::ALL.iter().map(|c| c.codes().len()).sum();
    assert_eq!(counted, 26);
    assert_eq!(StatusClass::ClientError.range(), 400..=499);
    assert_eq!(StatusClass::of(600), None);
    assert_eq!(StatusClass::of(99), None);
    assert_eq!(StatusClass::Success.to_string(), "成功响应");
}

#[test]
fn class_predicates() {
    for status in StatusCode::ALL {
        let class = status.class();
        assert_eq!(
            status.is_informational(),
            class == StatusClass::Informational
        );
        assert_eq!(status.is_success(), class == StatusClass::Success);
        assert_eq!(status.is_redirection(), class == StatusClass::Redirection);
        assert_eq!(status.is_client_error(), class == StatusClass::ClientError);
        assert_eq!(status.is_server_error(), class == StatusClass::ServerError);
        assert_eq!(class.range().start() / 100, status.code() / 100);
    }
    assert!(StatusCode::Continue.is_informational());
    assert!(StatusCode::NotFound.is_client_error());
    assert!(StatusCode::GatewayTimeout.is_server_error());
}

#[test]
fn descriptions_are_plain_text() {
    assert_eq!(
        StatusCode::SwitchingProtocal.description(),
        "该代码是响应客户端的 Upgrade 标头发送的，并且指示服务器也正在切换的协议。"
    );
    assert_eq!(
        StatusCode::Ok.description(),
        "请求成功。成功的含义取决于 HTTP 方法\n\
         • GET：资源已被提取并在消息正文中传输。\n\
         • HEAD：实体标头位于消息正文中。\n\
         • POST：描述动作结果的资源在消息体中传输。\n\
         • TRACE：消息正文包含服务器收到的请求消息"
    );
    assert_eq!(
        StatusCode::BadRequest.description(),
        "• 语义有误，当前请求无法被服务器理解。除非进行修改，否则客户端不应该重复提交这个请求。\n\
         • 请求参数有误。"
    );
    assert!(
        StatusCode::PermanentRedirect
            .description()
            .contains("由 Location: HTTP Response 标头")
    );
    for status in StatusCode::ALL {
        let text = status.description();
        assert!(!text.is_empty());
        for markup in ["`", "](", "**", "\n\n", "  - "] {
            assert!(!text.contains(markup), "{status:?}: {markup:?} in {text}");
        }
    }
}

#[test]
fn ordering_and_hashing_follow_the_code() {
    let mut sorted = StatusCode::ALL;
    sorted.sort();
    assert!(sorted.windows(2).all(|w| w[0].code() < w[1].code()));
    let set: HashSet<StatusCode> = StatusCode::ALL.into_iter().collect();
    assert_eq!(set.len(), 26);
}

#[test]
fn const_evaluation() {
    const NOT_FOUND: Option<StatusCode> = StatusCode::from_u16(404);
    const REASON: &str = StatusCode::NotFound.reason();
    const IS_ERROR: bool = StatusCode::NotFound.is_client_error();
    const TITLE: &str = StatusCode::NotFound.class().title();
    const BY_REASON: Option<StatusCode> = StatusCode::from_reason("not FOUND");
    assert_eq!(BY_REASON, Some(StatusCode::NotFound));
    assert_eq!(NOT_FOUND, Some(StatusCode::NotFound));
    assert_eq!(REASON, "Not Found");
    const { assert!(IS_ERROR) };
    assert_eq!(TITLE, "客户端响应");
}

#[test]
fn exhaustive_match_needs_no_wildcard() {
    fn retryable(status: StatusCode) -> bool {
        use StatusCode::*;
        match status {
            ServiceUnavailable | GatewayTimeout | BadGateway => true,
            Continue
            | SwitchingProtocal
            | Ok
            | Created
            | Accepted
            | NonAuthoritativeInformation
            | NoContent
            | MultipleChoice
            | MovedPermanently
            | Found
            | SeeOther
            | NotModified
            | TemporaryRedirect
            | PermanentRedirect
            | BadRequest
            | Unauthorized
            | Forbidden
            | NotFound
            | MethodNotAllowed
            | NotAcceptable
            | InternalServerError
            | NotImplemented
            | HttpVersionNotSupported => false,
        }
    }
    assert_eq!(StatusCode::ALL.iter().filter(|s| retryable(**s)).count(), 3);
}
