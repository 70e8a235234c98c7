// Several languages: a primary document and a translation that lacks a
// code (204), and the language enum renamed.
#![no_std]
#![deny(missing_docs, warnings)]
//! Languages.

extern crate std;

use std::string::ToString;

/// Two languages, default names.
pub mod plain {
    status_macros::status_table! {
        pub enum StatusCode in "tests/ui/pass/small.md" as "zh-CN";
        translation "en" in "tests/ui/pass/small.en.md";
    }
}

/// The language enum renamed, private use tags.
pub mod renamed {
    status_macros::status_table! {
        pub enum Status in "tests/ui/pass/small.md" as "zh-CN-x-small";
        translation "EN-x-small" in "tests/ui/pass/small.en.md";
        pub(crate) enum Kind;
        /// Attributes of the language enum.
        pub enum Lang for languages;
    }
}

fn main() {
    use plain::{Language, StatusClass, StatusCode};
    assert_eq!(Language::ALL, [Language::ZhCn, Language::En]);
    assert_eq!(Language::PRIMARY, Language::ZhCn);
    assert_eq!(Language::ZhCn.tag(), "zh-CN");
    assert_eq!(Language::En.to_string(), "en");
    assert_eq!("ZH_cn".parse::<Language>(), Ok(Language::ZhCn));
    let error: plain::ParseLanguageError = "fr".parse::<Language>().unwrap_err();
    assert!(error.to_string().contains("zh-CN, en"));

    assert_eq!(StatusCode::NotFound.description_in(Language::En), "Nothing here.");
    assert_eq!(StatusCode::NotFound.description_in(Language::ZhCn), "找不到。");
    assert_eq!(StatusCode::NotFound.translation(Language::En), Some("Nothing here."));
    // 204 is not in the translation: the primary's description, and None.
    assert_eq!(StatusCode::NoContent.translation(Language::En), None);
    assert_eq!(
        StatusCode::NoContent.description_in(Language::En),
        StatusCode::NoContent.description()
    );
    assert_eq!(StatusCode::NoContent.translation(Language::ZhCn), Some(StatusCode::NoContent.description()));
    // Reason phrases stay the primary's.
    assert_eq!(StatusCode::ImATeapot.reason(), "I'm a teapot");
    assert_eq!(StatusClass::ClientError.title_in(Language::En), "Client errors");
    assert_eq!(StatusClass::ClientError.title_in(Language::ZhCn), "客户端响应");
    for status in StatusCode::ALL {
        for language in Language::ALL {
            assert!(!status.description_in(language).is_empty());
        }
    }

    assert_eq!(Language::negotiate("en-GB,en;q=0.9"), Language::En);
    assert_eq!(Language::negotiate("fr, en;q=0.5"), Language::En);
    assert_eq!(Language::negotiate("zh"), Language::ZhCn);
    assert_eq!(Language::negotiate("ja"), Language::ZhCn);
    assert_eq!(Language::negotiate(""), Language::ZhCn);
    assert_eq!(Language::negotiate("en;q=0, *"), Language::ZhCn);
    assert_eq!(Language::negotiate("zh-CN;q=0.1, *"), Language::En);
    // `*` ladders: a range named at `q=0` still counts for `*`.
    assert_eq!(Language::negotiate("*;q=0.001,*;q=0.002,*;q=0.003"), Language::ZhCn);
    assert_eq!(Language::negotiate("zh-CN;q=0,*;q=0.001,*;q=0.002"), Language::En);
    assert_eq!(Language::negotiate("en;q=0.002,*;q=0.001,*;q=0.002"), Language::En);
    assert_eq!(Language::negotiate(&"en;q=0,*;q=0.5,".repeat(4096)), Language::ZhCn);
    const PICKED: Language = Language::negotiate("en");
    assert_eq!(PICKED, Language::En);

    use renamed::{Kind, Lang, Status};
    assert_eq!(Lang::ALL, [Lang::ZhCnXSmall, Lang::EnXSmall]);
    assert_eq!(Lang::EnXSmall.tag(), "EN-x-small");
    assert_eq!(Lang::negotiate("en"), Lang::EnXSmall);
    assert_eq!(Lang::negotiate("zh-CN"), Lang::ZhCnXSmall);
    assert_eq!(Status::Ok.description_in(Lang::EnXSmall), "The request succeeded.");
    assert_eq!(Kind::Success.title_in(Lang::EnXSmall), "Successful responses");
}
