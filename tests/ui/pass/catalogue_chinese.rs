// Chinese headers, two categories, an extra column with an empty cell.
status_macros::code_table! {
    /// Errors of the payment API.
    #[derive(serde::Serialize)]
    pub enum PayError in "tests/ui/pass/catalogue_chinese.md";
    column "解决方案" as solution;
}

fn charge(balance: u32) -> Result<u32, PayError> {
    if balance < 10 {
        return Err(PayError::BalanceNotEnough);
    }
    Ok(balance - 10)
}

fn pay(balance: u32) -> Result<u32, Box<dyn std::error::Error>> {
    Ok(charge(balance)?)
}

fn main() {
    assert_eq!(
        PayError::ALL,
        [
            PayError::InvalidSignature,
            PayError::TokenExpired,
            PayError::BalanceNotEnough,
            PayError::OrderClosed,
        ]
    );
    // Unique integer codes that fit in a u16: the discriminants.
    let code: u16 = PayError::TokenExpired.code();
    assert_eq!(code, 40002);
    assert_eq!(PayError::TokenExpired as u16, 40002);
    assert_eq!(u16::from(PayError::OrderClosed), 50011);
    assert_eq!(PayError::from_code(50010), Some(PayError::BalanceNotEnough));
    assert_eq!(PayError::from_code(1), None);
    assert_eq!(PayError::try_from(40001), Ok(PayError::InvalidSignature));
    let unknown = PayError::try_from(40404).unwrap_err();
    assert_eq!(unknown.code(), 40404);
    assert_eq!(unknown.to_string(), "unknown PayError code 40404");

    assert_eq!(PayError::InvalidSignature.name(), "INVALID_SIGNATURE");
    assert_eq!(PayError::InvalidSignature.category(), "鉴权");
    assert_eq!(PayError::OrderClosed.category(), "业务");
    assert_eq!(
        PayError::InvalidSignature.description(),
        "签名校验没有通过。\n请核对密钥。"
    );
    assert_eq!(PayError::BalanceNotEnough.description(), "账户余额不足，无法完成扣款。");
    assert_eq!(
        PayError::OrderClosed.description(),
        "订单已关闭，不能再支付，参见 订单状态。"
    );

    // Display: the message a user sees; {:#}: code and name.
    assert_eq!(PayError::InvalidSignature.to_string(), "签名校验没有通过。");
    assert_eq!(PayError::InvalidSignature.message(), "签名校验没有通过。");
    assert_eq!(
        format!("{:#}", PayError::TokenExpired),
        "40002 TOKEN_EXPIRED"
    );

    // FromStr: a code or a name in any ASCII case.
    assert_eq!("40002".parse(), Ok(PayError::TokenExpired));
    assert_eq!("token_expired".parse(), Ok(PayError::TokenExpired));
    assert_eq!(PayError::from_name("Order_Closed"), Some(PayError::OrderClosed));
    // The error types hold the enum's name once: ParsePayError, TryFromPayError.
    let error: ParsePayError = "40003".parse::<PayError>().unwrap_err();
    assert_eq!(error.input(), "40003");
    let _: TryFromPayError = PayError::try_from(40003).unwrap_err();
    assert!(error.to_string().contains("\"40003\""), "{error}");

    // An empty cell makes the column optional.
    assert_eq!(
        PayError::InvalidSignature.solution(),
        Some("按文档重新计算签名")
    );
    assert_eq!(PayError::BalanceNotEnough.solution(), None);

    // An error type: `?` into Box<dyn Error>.
    let error = pay(3).unwrap_err();
    assert_eq!(error.to_string(), "账户余额不足，无法完成扣款。");
    assert_eq!(pay(12).unwrap(), 2);
    // The caller's attributes: a derived serde writes the variant's name.
    assert_eq!(
        serde_json::to_string(&PayError::TokenExpired).unwrap(),
        "\"TokenExpired\""
    );
}
