// The worked example of the README before it was shortened, compiled and
// run: a handler that returns `Result<_, PayError>` and answers with the
// message in the client's language, in JSON, and the API around it. (The
// README's examples themselves are built by tests/regenerate.rs.)
status_macros::code_table! {
    /// Errors of our payment API.
    #[derive(serde::Serialize)]
    pub enum PayError in "tests/ui/pass/catalogue_readme.md" as "zh-CN";
    column "解决方案" as solution;    // optional: an extra column becomes a method
    translation "en" in "tests/ui/pass/catalogue_readme.en.md";  // optional, any number
}

struct Order {
    amount: u32,
    balance: u32,
    open: bool,
}

fn pay(order: &Order) -> Result<u32, PayError> {
    if !order.open {
        return Err(PayError::OrderClosed);
    }
    order.balance.checked_sub(order.amount).ok_or(PayError::BalanceNotEnough)
}

/// `accept_language` is the request's `Accept-Language` header.
fn handle(order: &Order, accept_language: &str) -> (u16, serde_json::Value) {
    let language = PayErrorLanguage::negotiate(accept_language);
    match pay(order) {
        Ok(left) => (200, serde_json::json!({ "code": 0, "balance": left })),
        Err(error) => (400, serde_json::json!({
            "code": error.code(),                    // 50010
            "message": error.message_in(language),   // 余额不足，无法完成扣款。
            "solution": error.solution_in(language), // null where the cell is empty
        })),
    }
}

fn main() {
    let poor = Order { amount: 30, balance: 10, open: true };
    let (status, body) = handle(&poor, "zh-CN,zh;q=0.9");
    assert_eq!(status, 400);
    assert_eq!(
        body,
        serde_json::json!({
            "code": 50010,
            "message": "余额不足，无法完成扣款。",
            "solution": null,
        })
    );
    let (_, english) = handle(&poor, "en-GB,en;q=0.8");
    assert_eq!(english["message"], "The balance does not cover the charge.");
    let closed = Order { amount: 1, balance: 10, open: false };
    assert_eq!(handle(&closed, "").1["solution"], "重新下单");
    assert_eq!(handle(&closed, "en").1["solution"], "Place a new order");
    let fine = Order { amount: 3, balance: 10, open: true };
    assert_eq!(handle(&fine, "en"), (200, serde_json::json!({ "code": 0, "balance": 7 })));

    // A code read back from a client, and the API around it.
    let error: PayError = "40002".parse().unwrap();
    assert_eq!(error, PayError::TokenExpired);
    assert_eq!(error.to_string(), "访问令牌已过期。");
    assert_eq!(format!("{error:#}"), "40002 TOKEN_EXPIRED");
    assert_eq!(error.category(), "鉴权");
    assert_eq!(PayError::from_code(40001), Some(PayError::InvalidSignature));
    assert_eq!(PayError::ALL.len(), 4);
}
