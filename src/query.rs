//! What the user asked about: a status code, a class, or something unknown
//! with suggestions.

use status_codes::{StatusClass, StatusCode};

use crate::suggest;

/// A query that names something in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// `404`, `not found`, `404 Not Found`.
    Code(StatusCode),
    /// `4xx`, `4XX`, or a class title such as `客户端响应`.
    Class(StatusClass),
}

/// What kind of thing an unknown query looked like.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unknown {
    /// A class pattern such as `6xx` with no section in the document.
    Class {
        /// The query, trimmed.
        input: String,
    },
    /// A number that is not one of the document's codes.
    Number {
        /// The digits, as typed.
        input: String,
        /// The class of its first digit, if the document has one.
        class: Option<StatusClass>,
        /// The closest codes, closest first.
        suggestions: Vec<StatusCode>,
    },
    /// Text that is not a reason phrase.
    Text {
        /// The query, trimmed.
        input: String,
        /// The closest codes, closest first.
        suggestions: Vec<StatusCode>,
    },
}

/// `4xx`: how a class is written in queries and output.
pub fn class_pattern(class: StatusClass) -> String {
    format!("{}xx", class.range().start() / 100)
}

/// `4xx` or `4XX`: the class's first digit.
fn class_digit(query: &str) -> Option<u16> {
    match query.as_bytes() {
        [digit @ b'0'..=b'9', b'x' | b'X', b'x' | b'X'] => Some(u16::from(digit - b'0')),
        _ => None,
    }
}

/// Resolves a query: a class pattern, a class title, then anything
/// [`StatusCode`]'s `FromStr` accepts (a code, a reason phrase in any ASCII
/// case, or both), also with runs of spaces collapsed.
pub fn resolve(query: &str) -> Result<Target, Unknown> {
    let query = query.trim();
    if let Some(digit) = class_digit(query) {
        return StatusClass::of(digit * 100)
            .map(Target::Class)
            .ok_or_else(|| Unknown::Class {
                input: query.to_owned(),
            });
    }
    // A class title in any of the document's languages.
    if let Some(class) = StatusClass::ALL.into_iter().find(|c| {
        status_codes::Language::ALL
            .iter()
            .any(|&language| c.title_in(language).eq_ignore_ascii_case(query))
    }) {
        return Ok(Target::Class(class));
    }
    let collapsed = query.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Ok(status) = query.parse().or_else(|_| collapsed.parse()) {
        return Ok(Target::Code(status));
    }
    if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        let class = query
            .parse::<u16>()
            .ok()
            .filter(|n| (100..1000).contains(n))
            .and_then(StatusClass::of);
        return Err(Unknown::Number {
            input: query.to_owned(),
            class,
            suggestions: suggest::for_number(query),
        });
    }
    Err(Unknown::Text {
        input: query.to_owned(),
        suggestions: suggest::for_text(query),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_reasons_and_classes_resolve() {
        assert_eq!(resolve("404"), Ok(Target::Code(StatusCode::NotFound)));
        assert_eq!(
            resolve(" not found "),
            Ok(Target::Code(StatusCode::NotFound))
        );
        assert_eq!(
            resolve("NOT   FOUND"),
            Ok(Target::Code(StatusCode::NotFound))
        );
        assert_eq!(
            resolve("404 Not Found"),
            Ok(Target::Code(StatusCode::NotFound))
        );
        assert_eq!(resolve("4xx"), Ok(Target::Class(StatusClass::ClientError)));
        assert_eq!(resolve("5XX"), Ok(Target::Class(StatusClass::ServerError)));
        assert_eq!(
            resolve("重定向"),
            Ok(Target::Class(StatusClass::Redirection))
        );
        assert_eq!(
            resolve("client error responses"),
            Ok(Target::Class(StatusClass::ClientError))
        );
    }

    #[test]
    fn unknown_queries_say_what_they_looked_like() {
        assert_eq!(
            resolve("6xx"),
            Err(Unknown::Class {
                input: "6xx".into()
            })
        );
        assert_eq!(
            resolve("407"),
            Err(Unknown::Number {
                input: "407".into(),
                class: Some(StatusClass::ClientError),
                suggestions: vec![StatusCode::NotAcceptable, StatusCode::MethodNotAllowed],
            })
        );
        assert!(matches!(
            resolve("42"),
            Err(Unknown::Number { class: None, .. })
        ));
        assert_eq!(
            resolve("not fond"),
            Err(Unknown::Text {
                input: "not fond".into(),
                suggestions: vec![StatusCode::NotFound],
            })
        );
    }
}
