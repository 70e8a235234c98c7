// Chinese after the reason phrase. After `: ` or `：` on a one-line bullet
// it is the description (400, 401), and in full-width parentheses a note
// (405), as `(…)` is. Where a colon does not end the phrase (no space after
// `:`, a code span, a table's cell), the help says to move the text into
// the description. The entries that are read expand and work.
status_macros::status_table!("tests/ui/fail/reason_chinese_after_colon.md");

fn main() {
    assert_eq!(StatusCode::BadRequest.description(), "请求错误");
    assert_eq!(StatusCode::Unauthorized.description(), "未授权");
    assert_eq!(StatusCode::MethodNotAllowed.reason(), "Method Not Allowed");
    assert_eq!(StatusCode::NotImplemented.code(), 501);
}
