//! Machine-readable output: views of the codes and classes, printed as
//! JSON by serde_json.
//!
//! ```text
//! code:  {"code": 404, "reason": "Not Found", "status": "404 Not Found",
//!         "class": "4xx", "class_title": "客户端响应", "description": "…",
//!         "links": [{"text": "…", "url": "…"}, …],
//!         "deprecated": false, "experimental": false, "non_standard": false,
//!         "language": "zh-CN"}
//! class: {"class": "4xx", "title": "客户端响应", "first": 400, "last": 499,
//!         "codes": [{"code", "reason", "status", "description", "links",
//!                    "deprecated", "experimental", "non_standard"}, …],
//!         "language": "zh-CN"}
//! list:  {"classes": [class, …], "language": "zh-CN"}
//!
//! `language` is the tag of the language that titles and descriptions are
//! in (`--lang`, else the locale); once per output, at its top level.
//! ```
//!
//! A new field is a new member of a view, in the order it should print.

use serde::Serialize;
use status_codes::{Language, StatusClass, StatusCode};

use crate::links::{self, Link};
use crate::query::class_pattern;

/// One status code.
#[derive(Debug, Serialize)]
pub struct Code {
    code: u16,
    reason: &'static str,
    status: &'static str,
    /// `4xx`; only where the code is shown on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    class: Option<String>,
    /// `客户端响应`; only where the code is shown on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    class_title: Option<&'static str>,
    description: &'static str,
    links: &'static [Link],
    /// `{{deprecated_inline}}` in the document.
    deprecated: bool,
    /// `{{experimental_inline}}` in the document.
    experimental: bool,
    /// `{{non-standard_inline}}` in the document.
    non_standard: bool,
    /// The language's tag; only where the code is shown on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'static str>,
}

impl Code {
    fn new(status: StatusCode, language: Language, with_class: bool) -> Self {
        let class = status.class();
        Code {
            code: status.code(),
            reason: status.reason(),
            status: status.as_str(),
            class: with_class.then(|| class_pattern(class)),
            class_title: with_class.then(|| class.title_in(language)),
            description: status.description_in(language),
            links: links::of(status.code(), language),
            deprecated: status.is_deprecated(),
            experimental: status.is_experimental(),
            non_standard: status.is_non_standard(),
            language: with_class.then(|| language.tag()),
        }
    }

    /// A status code with its class, in `language`.
    pub fn alone(status: StatusCode, language: Language) -> Self {
        Code::new(status, language, true)
    }
}

/// One class with every code in it.
#[derive(Debug, Serialize)]
pub struct Class {
    class: String,
    title: &'static str,
    first: u16,
    last: u16,
    codes: Vec<Code>,
    /// The language's tag; only where the class is shown on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'static str>,
}

impl Class {
    /// The view of `class` on its own, in `language`.
    pub fn new(class: StatusClass, language: Language) -> Self {
        Class {
            language: Some(language.tag()),
            ..Class::in_list(class, language)
        }
    }

    /// The view of `class` in the list.
    fn in_list(class: StatusClass, language: Language) -> Self {
        Class {
            language: None,
            class: class_pattern(class),
            title: class.title_in(language),
            first: *class.range().start(),
            last: *class.range().end(),
            codes: class
                .codes()
                .iter()
                .map(|&status| Code::new(status, language, false))
                .collect(),
        }
    }
}

/// Every class, in document order.
#[derive(Debug, Serialize)]
pub struct List {
    classes: Vec<Class>,
    /// The language's tag.
    language: &'static str,
}

impl List {
    /// The whole document, in `language`.
    pub fn all(language: Language) -> Self {
        List {
            classes: StatusClass::ALL
                .into_iter()
                .map(|class| Class::in_list(class, language))
                .collect(),
            language: language.tag(),
        }
    }
}

/// `value` as indented JSON and a final newline.
pub fn to_pretty(value: &impl Serialize) -> String {
    // Views of strings and numbers: serializing them cannot fail.
    let mut json = serde_json::to_string_pretty(value).expect("the views serialize");
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_has_its_class_description_and_links() {
        let json = to_pretty(&Code::alone(
            StatusCode::from_u16(101).expect("101 is documented"),
            Language::ZhCn,
        ));
        let keys: Vec<&str> = json
            .lines()
            .filter_map(|l| l.strip_prefix("  \"")?.split_once('"').map(|(k, _)| k))
            .collect();
        assert_eq!(
            keys,
            [
                "code",
                "reason",
                "status",
                "class",
                "class_title",
                "description",
                "links",
                "deprecated",
                "experimental",
                "non_standard",
                "language"
            ]
        );
        assert!(json.contains("\"text\": \"Upgrade\""));
    }

    #[test]
    fn codes_in_a_class_leave_the_class_out() {
        let json = to_pretty(&Class::new(StatusClass::Success, Language::En));
        assert_eq!(json.matches("\"class\"").count(), 1);
        assert_eq!(json.matches("\"language\": \"en\"").count(), 1);
        assert!(!json.contains("class_title"));
    }
}
