// A raw identifier names a column's method after a keyword, here with a
// translation, whose method drops the `r#`: `type_in`. `check` and
// `expand` accept the same (tests/cli.rs).
status_macros::code_table! {
    pub enum PayError in "tests/ui/pass/catalogue_chinese.md" as "zh-CN";
    translation "en" in "tests/ui/pass/catalogue_chinese.en.md";
    column "解决方案" as r#type;
}

fn main() {
    assert_eq!(PayError::TokenExpired.r#type(), Some("刷新令牌后重试"));
    assert_eq!(
        PayError::TokenExpired.type_in(PayErrorLanguage::En),
        Some("Refresh the token, then retry")
    );
}
