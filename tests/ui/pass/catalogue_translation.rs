// A catalogue in Chinese with an English translation: the language enum,
// messages, descriptions and text columns per language, the primary's
// where the translation lacks an entry or a cell.
status_macros::code_table! {
    pub enum PayError in "tests/ui/pass/catalogue_chinese.md" as "zh-CN";
    column "解决方案" as solution;
    translation "en" in "tests/ui/pass/catalogue_chinese.en.md";
}

/// What a handler answers: the message in the client's language.
fn answer(error: PayError, accept_language: &str) -> String {
    let language = PayErrorLanguage::negotiate(accept_language);
    format!("{} {}", error.code(), error.message_in(language))
}

fn main() {
    assert_eq!(PayErrorLanguage::ALL, [PayErrorLanguage::ZhCn, PayErrorLanguage::En]);
    assert_eq!(PayErrorLanguage::En.tag(), "en");

    let error = PayError::InvalidSignature;
    assert_eq!(error.message_in(PayErrorLanguage::En), "The signature did not verify.");
    assert_eq!(
        error.description_in(PayErrorLanguage::En),
        "The signature did not verify.\nCheck the key."
    );
    assert_eq!(error.message_in(PayErrorLanguage::ZhCn), error.message());
    assert_eq!(error.translation(PayErrorLanguage::En), Some(error.description_in(PayErrorLanguage::En)));

    // The English column is read at the Chinese one's place, under its own
    // header; an empty cell stays empty in both.
    assert_eq!(
        error.solution_in(PayErrorLanguage::En),
        Some("Compute the signature again as documented")
    );
    assert_eq!(error.solution_in(PayErrorLanguage::ZhCn), Some("按文档重新计算签名"));
    assert_eq!(PayError::BalanceNotEnough.solution_in(PayErrorLanguage::En), None);

    // ORDER_CLOSED is not translated: the Chinese text stands in.
    let closed = PayError::OrderClosed;
    assert_eq!(closed.translation(PayErrorLanguage::En), None);
    assert_eq!(closed.message_in(PayErrorLanguage::En), closed.message());
    assert_eq!(closed.solution_in(PayErrorLanguage::En), Some("重新下单"));

    assert_eq!(
        answer(PayError::TokenExpired, "en-US,en;q=0.9"),
        "40002 The access token has expired."
    );
    assert_eq!(answer(PayError::TokenExpired, "zh-CN"), "40002 访问令牌已经过期。");
    assert_eq!(answer(PayError::TokenExpired, "fr"), "40002 访问令牌已经过期。");
}
