// The README's two examples with their translations, `status_table!` and
// `code_table!`, pasted into one module with a second and a third
// `code_table!`: they compile without a line added. Every item a macro
// adds to the module is named from its enum (`ParsePayError`,
// `PayErrorLanguage`), or hidden in a `const _` block; only the status
// table's language enum keeps the plain `Language`.
#![deny(warnings)]

status_macros::status_table! {
    pub enum StatusCode in "tests/ui/pass/small.md" as "zh-CN";
    translation "en" in "tests/ui/pass/small.en.md";
}

fn answer(status: StatusCode, accept_language: &str) -> String {
    let language = Language::negotiate(accept_language);
    format!("{status}: {}", status.description_in(language))
}

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

// A second catalogue with the same codes, names and languages: its
// language enum is `OrderErrorLanguage`.
status_macros::code_table! {
    pub enum OrderError in "tests/ui/pass/catalogue_chinese.md" as "zh-CN";
    column "解决方案" as solution;
    translation "en" in "tests/ui/pass/catalogue_chinese.en.md";
}

// A language enum named by its line, as before.
status_macros::code_table! {
    #[derive(serde::Serialize)]
    pub enum ApiError in "tests/ui/pass/catalogue_bullets.md" as "zh-CN";
    pub enum ApiLanguage for languages;
}

fn main() {
    assert_eq!(answer(StatusCode::NotFound, "en-GB,en;q=0.9"), "404 Not Found: Nothing here.");
    assert_eq!(answer(StatusCode::NotFound, "fr"), "404 Not Found: 找不到。");

    let poor = Order { amount: 30, balance: 10, open: true };
    assert_eq!(handle(&poor, "en").1["message"], "The balance does not cover the charge.");
    assert_eq!(handle(&poor, "zh-CN").1["code"], 50010);
    let closed = Order { amount: 1, balance: 10, open: false };
    assert_eq!(handle(&closed, "en").1["solution"], "Place a new order");
    let fine = Order { amount: 3, balance: 10, open: true };
    assert_eq!(handle(&fine, "en").0, 200);

    let language = OrderErrorLanguage::negotiate("en-US");
    assert_eq!(language, OrderErrorLanguage::En);
    assert_eq!(
        OrderError::TokenExpired.message_in(language),
        "The access token has expired."
    );
    // Same codes, three types: each converts and parses on its own.
    assert_eq!(OrderError::from_code(40002), Some(OrderError::TokenExpired));
    assert_eq!(PayError::from_code(40002), Some(PayError::TokenExpired));
    assert_eq!(u16::from(PayError::TokenExpired), u16::from(OrderError::TokenExpired));
    let _: ParsePayError = "nothing".parse::<PayError>().unwrap_err();
    let _: ParseOrderError = "nothing".parse::<OrderError>().unwrap_err();
    let _: TryFromPayError = PayError::try_from(1).unwrap_err();
    let _: TryFromOrderError = OrderError::try_from(1).unwrap_err();
    let _: ParseStatusCodeError = "nothing".parse::<StatusCode>().unwrap_err();

    // Each language enum, with its own error type.
    let _: ParseLanguageError = "fr".parse::<Language>().unwrap_err();
    let _: ParsePayErrorLanguageError = "fr".parse::<PayErrorLanguage>().unwrap_err();
    let _: ParseOrderErrorLanguageError = "fr".parse::<OrderErrorLanguage>().unwrap_err();
    let _: ParseApiLanguageError = "fr".parse::<ApiLanguage>().unwrap_err();
    assert_eq!(ApiLanguage::ALL, [ApiLanguage::ZhCn]);
    assert_eq!(ApiError::InvalidSignature.message_in(ApiLanguage::ZhCn), "签名与请求内容对不上。");
    // The default language enum takes its enum's derives.
    assert_eq!(serde_json::to_string(&PayErrorLanguage::En).unwrap(), "\"En\"");
}
