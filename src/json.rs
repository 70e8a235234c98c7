//! Machine-readable output: views of the codes and classes, printed as
//! JSON by serde_json.
//!
//! ```text
//! code:  {"code": 404, "reason": "Not Found", "status": "404 Not Found",
//!         "class": "4xx", "class_title": "客户端响应", "description": "…",
//!         "links": [{"text": "…", "url": "…"}, …],
//!         "deprecated": false, "experimental": false, "non_standard": false}
//! class: {"class": "4xx", "title": "客户端响应", "first": 400, "last": 499,
//!         "codes": [{"code", "reason", "status", "description", "links",
//!                    "deprecated", "experimental", "non_standard"}, …]}
//! list:  {"classes": [class, …]}
//! ```
//!
//! A new field is a new member of a view, in the order it should print.

use serde::Serialize;
use status_codes::{StatusClass, StatusCode};

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
}

impl Code {
    fn new(status: StatusCode, with_class: bool) -> Self {
        let class = status.class();
        Code {
            code: status.code(),
            reason: status.reason(),
            status: status.as_str(),
            class: with_class.then(|| class_pattern(class)),
            class_title: with_class.then(|| class.title()),
            description: status.description(),
            links: links::of(status.code()),
            deprecated: status.is_deprecated(),
            experimental: status.is_experimental(),
            non_standard: status.is_non_standard(),
        }
    }

    /// A status code with its class.
    pub fn alone(status: StatusCode) -> Self {
        Code::new(status, true)
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
}

impl Class {
    /// The view of `class`.
    pub fn new(class: StatusClass) -> Self {
        Class {
            class: class_pattern(class),
            title: class.title(),
            first: *class.range().start(),
            last: *class.range().end(),
            codes: class
                .codes()
                .iter()
                .map(|&status| Code::new(status, false))
                .collect(),
        }
    }
}

/// Every class, in document order.
#[derive(Debug, Serialize)]
pub struct List {
    classes: Vec<Class>,
}

impl List {
    /// The whole document.
    pub fn all() -> Self {
        List {
            classes: StatusClass::ALL.into_iter().map(Class::new).collect(),
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
                "non_standard"
            ]
        );
        assert!(json.contains("\"text\": \"Upgrade\""));
    }

    #[test]
    fn codes_in_a_class_leave_the_class_out() {
        let json = to_pretty(&Class::new(StatusClass::Success));
        assert_eq!(json.matches("\"class\"").count(), 1);
        assert!(!json.contains("class_title"));
    }
}
