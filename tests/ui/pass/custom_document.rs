// A small document of its own: variants, order, reason phrases, descriptions
// and classes come from it, not from the seed document.
status_macros::status_table!("tests/ui/pass/small.md");

fn main() {
    // Document order, not numeric order; names in UpperCamelCase.
    assert_eq!(
        StatusCode::ALL,
        [
            StatusCode::Ok,
            StatusCode::NoContent,
            StatusCode::ImATeapot,
            StatusCode::NotFound
        ]
    );
    assert_eq!(StatusCode::ImATeapot as u16, 418);

    // Reason phrases exactly as written.
    assert_eq!(StatusCode::Ok.reason(), "OK");
    assert_eq!(StatusCode::ImATeapot.reason(), "I'm a teapot");
    assert_eq!(StatusCode::ImATeapot.to_string(), "418 I'm a teapot");
    assert_eq!(
        StatusCode::from_reason("i'm A TEAPOT"),
        Some(StatusCode::ImATeapot)
    );
    assert_eq!("204 no content".parse(), Ok(StatusCode::NoContent));

    // Descriptions in plain text: markup and link targets removed, list
    // items on lines of their own.
    assert_eq!(StatusCode::Ok.description(), "请求成功。");
    assert_eq!(
        StatusCode::ImATeapot.description(),
        "服务器拒绝用茶壶煮咖啡。参见 RFC 2324。"
    );
    let lines: Vec<&str> = StatusCode::NoContent.description().lines().collect();
    assert_eq!(lines, ["没有内容：", "• 第一点", "• 第二点 code"]);

    // Codes the document does not list are unknown, even common ones.
    assert_eq!(StatusCode::from_u16(500), None);
    assert_eq!(StatusCode::from_u16(201), None);
    let error = StatusCode::try_from(500).unwrap_err();
    assert_eq!(error.code(), 500);
    // The message is for the program's users: the codes, not the build's
    // path to the document.
    assert_eq!(
        error.to_string(),
        "unknown HTTP status code 500: expected one of 200, 204, 404, 418"
    );

    // Two classes, in document order, titled by their headings.
    assert_eq!(
        StatusClass::ALL,
        [StatusClass::Success, StatusClass::ClientError]
    );
    assert_eq!(StatusClass::Success.title(), "成功响应");
    assert_eq!(
        StatusClass::ClientError.codes(),
        [StatusCode::ImATeapot, StatusCode::NotFound]
    );
    assert_eq!(StatusClass::of(500), None);
    assert_eq!(StatusClass::of(404), Some(StatusClass::ClientError));
    assert!(StatusCode::NoContent.is_success());
    assert!(StatusCode::NotFound.is_client_error());
}
