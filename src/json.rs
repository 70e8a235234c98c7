//! Machine-readable output: the status codes and classes as JSON.
//!
//! The few shapes printed here do not justify serde: [`Value`] holds them
//! and [`Value::to_pretty`] prints them, escaping strings per RFC 8259.
//!
//! ```text
//! code:  {"code": 404, "reason": "Not Found", "status": "404 Not Found",
//!         "class": "4xx", "class_title": "客户端响应", "description": "…"}
//! class: {"class": "4xx", "title": "客户端响应", "first": 400, "last": 499,
//!         "codes": [{"code", "reason", "status", "description"}, …]}
//! list:  {"classes": [class, …]}
//! ```

use std::fmt::Write as _;

use status_codes::{StatusClass, StatusCode};

/// A JSON value, with object keys in insertion order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A non-negative integer.
    Number(u64),
    /// A string, escaped on output.
    String(String),
    /// `[…]`.
    Array(Vec<Value>),
    /// `{…}`, keys in the order given.
    Object(Vec<(&'static str, Value)>),
}

impl Value {
    /// The value as indented JSON (two spaces per level), without a final
    /// newline.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Value::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Value::String(s) => write_string(out, s),
            Value::Array(items) if items.is_empty() => out.push_str("[]"),
            Value::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    separator(out, i, depth + 1);
                    item.write(out, depth + 1);
                }
                newline(out, depth);
                out.push(']');
            }
            Value::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    separator(out, i, depth + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                newline(out, depth);
                out.push('}');
            }
        }
    }
}

fn separator(out: &mut String, index: usize, depth: usize) {
    if index > 0 {
        out.push(',');
    }
    newline(out, depth);
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// `s` as a JSON string literal: quotes, backslashes and control characters
/// escaped, everything else (Chinese included) as UTF-8.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn string(s: &str) -> Value {
    Value::String(s.to_owned())
}

/// `4xx`.
pub fn class_pattern(class: StatusClass) -> String {
    format!("{}xx", class.range().start() / 100)
}

/// The fields every code has; `with_class` adds its class.
fn code_fields(status: StatusCode, with_class: bool) -> Value {
    let class = status.class();
    let mut fields = vec![
        ("code", Value::Number(status.code().into())),
        ("reason", string(status.reason())),
        ("status", string(status.as_str())),
    ];
    if with_class {
        fields.push(("class", Value::String(class_pattern(class))));
        fields.push(("class_title", string(class.title())));
    }
    fields.push(("description", string(status.description())));
    Value::Object(fields)
}

/// One status code with its class.
pub fn code(status: StatusCode) -> Value {
    code_fields(status, true)
}

/// One class with every code in it.
pub fn class(class: StatusClass) -> Value {
    let range = class.range();
    Value::Object(vec![
        ("class", Value::String(class_pattern(class))),
        ("title", string(class.title())),
        ("first", Value::Number((*range.start()).into())),
        ("last", Value::Number((*range.end()).into())),
        (
            "codes",
            Value::Array(
                class
                    .codes()
                    .iter()
                    .map(|&s| code_fields(s, false))
                    .collect(),
            ),
        ),
    ])
}

/// Every class, in document order.
pub fn list() -> Value {
    Value::Object(vec![(
        "classes",
        Value::Array(StatusClass::ALL.into_iter().map(class).collect()),
    )])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        write_string(&mut out, s);
        out
    }

    #[test]
    fn strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(escaped("plain"), r#""plain""#);
        assert_eq!(escaped(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(escaped("1\n2\t3\r"), r#""1\n2\t3\r""#);
        assert_eq!(escaped("\u{1}\u{1f}\u{7f}"), r#""\u0001\u001f\u007f""#);
        assert_eq!(escaped("请求 • ok"), "\"请求 • ok\"");
    }

    #[test]
    fn values_print_indented() {
        let value = Value::Object(vec![
            ("n", Value::Number(1)),
            ("a", Value::Array(vec![string("x"), Value::Array(vec![])])),
            ("o", Value::Object(vec![])),
        ]);
        assert_eq!(
            value.to_pretty(),
            "{\n  \"n\": 1,\n  \"a\": [\n    \"x\",\n    []\n  ],\n  \"o\": {}\n}"
        );
    }

    #[test]
    fn a_code_has_its_class_and_description() {
        let Value::Object(fields) = code(StatusCode::NotFound) else {
            panic!("a code is an object");
        };
        let keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys,
            [
                "code",
                "reason",
                "status",
                "class",
                "class_title",
                "description"
            ]
        );
        assert_eq!(fields[0].1, Value::Number(404));
        assert_eq!(fields[3].1, string("4xx"));
        assert_eq!(fields[4].1, string("客户端响应"));
    }

    #[test]
    fn the_list_has_every_code() {
        let text = list().to_pretty();
        assert_eq!(text.matches("\"code\": ").count(), StatusCode::ALL.len());
        assert_eq!(text.matches("\"class\": ").count(), StatusClass::ALL.len());
    }
}
