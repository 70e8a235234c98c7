// The worked example of the README, compiled and run: a handler that
// returns `Result<_, PayError>` and answers with the document's message.
// Everything above `main` is the README's code (tests/regenerate.rs checks
// that it stays so), with the fixture's path.
status_macros::code_table! {
    /// Errors of our payment API.
    #[derive(serde::Serialize)]
    pub enum PayError in "tests/ui/pass/catalogue_readme.md";
    column "解决方案" as solution;    // optional: an extra column becomes a method
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

fn handle(order: &Order) -> (u16, serde_json::Value) {
    match pay(order) {
        Ok(left) => (200, serde_json::json!({ "code": 0, "balance": left })),
        Err(error) => (400, serde_json::json!({
            "code": error.code(),         // 50010
            "message": error.to_string(), // 余额不足，无法完成扣款。
            "solution": error.solution(), // null where the cell is empty
        })),
    }
}

fn main() {
    let poor = Order { amount: 30, balance: 10, open: true };
    let (status, body) = handle(&poor);
    assert_eq!(status, 400);
    assert_eq!(
        body,
        serde_json::json!({
            "code": 50010,
            "message": "余额不足，无法完成扣款。",
            "solution": null,
        })
    );
    let closed = Order { amount: 1, balance: 10, open: false };
    assert_eq!(handle(&closed).1["solution"], "重新下单");
    let fine = Order { amount: 3, balance: 10, open: true };
    assert_eq!(handle(&fine), (200, serde_json::json!({ "code": 0, "balance": 7 })));

    // A code read back from a client, and the API around it.
    let error: PayError = "40002".parse().unwrap();
    assert_eq!(error, PayError::TokenExpired);
    assert_eq!(format!("{error:#}"), "40002 TOKEN_EXPIRED");
    assert_eq!(error.category(), "鉴权");
    assert_eq!(PayError::from_code(40001), Some(PayError::InvalidSignature));
    assert_eq!(PayError::ALL.len(), 4);
}
