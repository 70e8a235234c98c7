// The plain form on the seed document: `pub enum StatusCode` and
// `pub enum StatusClass`, with every method and trait the reference lists.
status_macros::status_table!("docs/status.md");

use std::collections::HashSet;
use std::str::FromStr;

fn main() {
    assert_eq!(StatusCode::ALL.len(), 26);
    assert_eq!(StatusCode::ALL[0], StatusCode::Continue);
    assert_eq!(StatusCode::ALL[25], StatusCode::HttpVersionNotSupported);
    assert!(StatusCode::ALL.windows(2).all(|w| w[0] < w[1]));
    let unique: HashSet<StatusCode> = StatusCode::ALL.into_iter().collect();
    assert_eq!(unique.len(), 26);

    let not_found = StatusCode::NotFound;
    assert_eq!(not_found as u16, 404);
    assert_eq!(not_found.code(), 404);
    assert_eq!(u16::from(not_found), 404);
    assert_eq!(not_found.reason(), "Not Found");
    assert_eq!(not_found.as_str(), "404 Not Found");
    assert_eq!(not_found.to_string(), "404 Not Found");
    assert_eq!(format!("[{not_found:>15}]"), "[  404 Not Found]");
    assert_eq!(format!("{not_found:?}"), "NotFound");
    assert!(
        not_found
            .description()
            .starts_with("请求失败，请求所希望得到的资源未被在服务器上发现。")
    );
    assert_eq!(StatusCode::SwitchingProtocal.reason(), "Switching Protocal");
    assert_eq!(StatusCode::Ok.reason(), "Ok");
    let ok_lines: Vec<&str> = StatusCode::Ok.description().lines().collect();
    assert!(
        ok_lines.contains(&"• GET：资源已被提取并在消息正文中传输。"),
        "{ok_lines:?}"
    );

    for status in StatusCode::ALL {
        assert_eq!(StatusCode::from_u16(status.code()), Some(status));
        assert_eq!(StatusCode::try_from(status.code()), Ok(status));
        assert_eq!(StatusCode::from_reason(status.reason()), Some(status));
        assert_eq!(status.to_string().parse(), Ok(status));
        assert_eq!(status.code().to_string().parse(), Ok(status));
        assert!(status.class().codes().contains(&status));
        assert!(status.class().range().contains(&status.code()));
        assert!(!status.description().is_empty());
    }
    assert_eq!(StatusCode::from_u16(418), None);
    assert_eq!(StatusCode::from_u16(0), None);
    assert_eq!(StatusCode::from_u16(u16::MAX), None);
    assert_eq!(StatusCode::from_reason("NOT FOUND"), Some(not_found));
    assert_eq!(StatusCode::from_str("404 not found"), Ok(not_found));
    assert!(StatusCode::from_str("404 Gone").is_err());
    assert!(StatusCode::from_str("").is_err());

    let unknown = StatusCode::try_from(418).unwrap_err();
    assert_eq!(unknown.code(), 418);
    assert!(
        unknown
            .to_string()
            .starts_with("unknown HTTP status code 418: expected one of ")
    );
    let bad = "teapot".parse::<StatusCode>().unwrap_err();
    assert_eq!(bad.input(), "teapot");
    let _: &dyn std::error::Error = &unknown;
    let _: &dyn std::error::Error = &bad;

    assert!(not_found == 404 && 404 == not_found);
    assert!(not_found.is_client_error() && !not_found.is_server_error());
    assert!(StatusCode::Continue.is_informational());
    assert!(StatusCode::Created.is_success());
    assert!(StatusCode::Found.is_redirection());
    assert!(StatusCode::BadGateway.is_server_error());

    assert_eq!(StatusClass::ALL.len(), 5);
    assert_eq!(not_found.class(), StatusClass::ClientError);
    assert_eq!(StatusClass::ClientError.title(), "客户端响应");
    assert_eq!(StatusClass::ServerError.to_string(), "服务端响应");
    assert_eq!(StatusClass::Redirection.range(), 300..=399);
    assert_eq!(StatusClass::of(404), Some(StatusClass::ClientError));
    assert_eq!(StatusClass::of(600), None);
    let total: usize = StatusClass::ALL.iter().map(|c| c.codes().len()).sum();
    assert_eq!(total, 26);
}
