// Reason phrases written in common Chinese styles: after `: ` or `：` on a
// one-line bullet, the text is the description; in full-width parentheses
// after the phrase, it is a note, as `(…)` is, and the phrase alone names
// the variant.
#![deny(warnings)]

status_macros::status_table!("tests/ui/pass/chinese_styles.md");

fn main() {
    assert_eq!(StatusCode::BadRequest.reason(), "Bad Request");
    assert_eq!(StatusCode::BadRequest.description(), "请求错误");
    assert_eq!(StatusCode::Unauthorized.description(), "未授权");
    for (status, reason) in [
        (StatusCode::MethodNotAllowed, "Method Not Allowed"),
        (StatusCode::NotAcceptable, "Not Acceptable"),
        (StatusCode::InternalServerError, "Internal Server Error"),
    ] {
        assert_eq!(status.reason(), reason);
        assert_eq!(StatusCode::from_reason(reason), Some(status));
    }
    assert_eq!(StatusCode::MethodNotAllowed.description(), "请求方法不被允许。");
    assert_eq!(
        StatusCode::InternalServerError.to_string(),
        "500 Internal Server Error"
    );
}
