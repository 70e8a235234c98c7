// Bullets, `- CODE Name` with an indented description.
status_macros::code_table! {
    /// Errors of the open API.
    pub enum ApiError in "tests/ui/pass/catalogue_bullets.md";
}

fn main() {
    assert_eq!(
        ApiError::ALL,
        [
            ApiError::InvalidSignature,
            ApiError::TimestampExpired,
            ApiError::TooManyRequests
        ]
    );
    assert_eq!(ApiError::InvalidSignature as u16, 10001);
    assert_eq!(ApiError::InvalidSignature.name(), "InvalidSignature");
    assert_eq!(
        ApiError::InvalidSignature.description(),
        "签名与请求内容对不上。\n请确认使用的是当前密钥。"
    );
    assert_eq!(ApiError::InvalidSignature.to_string(), "签名与请求内容对不上。");
    assert_eq!(
        ApiError::TimestampExpired.description(),
        "请求时间戳与服务器时间相差超过五分钟。"
    );
    let lines: Vec<&str> = ApiError::TooManyRequests.description().lines().collect();
    assert_eq!(
        lines,
        ["单位时间内的请求超过了配额：", "• 每秒最多 20 次；", "• 每天最多 10 万次。"]
    );
    assert_eq!(ApiError::TooManyRequests.category(), "限流");
    assert_eq!("10002".parse(), Ok(ApiError::TimestampExpired));
    assert_eq!("TOOMANYREQUESTS".parse(), Ok(ApiError::TooManyRequests));
    let boxed: Box<dyn std::error::Error> = Box::new(ApiError::TooManyRequests);
    assert_eq!(boxed.to_string(), "单位时间内的请求超过了配额：");
}
