//! KumaScript, the `{{Name("argument", …)}}` template calls of MDN's pages:
//! reading one call, what it stands for in a Rust type's documentation, and
//! reporting the calls that are malformed or unknown.
//!
//! Macro names are case-insensitive, as on MDN. Arguments are quoted strings
//! (either quote; a backslash escapes the next character), which may hold
//! parentheses and commas, or bare words such as numbers.

use std::ops::Range;

use super::events::Markdown;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Flag;

/// One macro call, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Macro<'t> {
    /// The name as written: `HTTPHeader`.
    pub(crate) name: &'t str,
    /// The arguments, unquoted and unescaped.
    pub(crate) args: Vec<Arg>,
    /// The call, `{{` to `}}`, in the text that was read.
    pub(crate) range: Range<usize>,
}

/// One argument of a macro call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Arg {
    /// The value, without quotes or escapes.
    pub(crate) value: String,
    /// Where the value is, inside the quotes, in the text that was read.
    pub(crate) range: Range<usize>,
}

/// A `{{` that does not start a well-formed call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Malformed {
    /// From the `{{` to the end of the call or of its line.
    pub(crate) range: Range<usize>,
    /// What was expected where the call went wrong.
    pub(crate) expected: &'static str,
}

/// What a macro stands for in documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Meaning {
    /// A name shown in code font: a header, a method, an API.
    Code(String),
    /// Words shown as they are: a glossary term, a status code.
    Text(String),
    /// A link: an RFC.
    Link {
        /// What the link shows.
        text: String,
        /// Where it leads.
        url: String,
    },
    /// A status marker (`deprecated_inline`): a flag of the entry whose
    /// title it follows; a word in parentheses in text.
    Flag(Flag),
    /// Nothing in a type's documentation: sidebars, compatibility tables,
    /// page banners.
    Nothing,
    /// A macro this crate does not know: shown as its name, in code font.
    Unknown,
}

/// Every macro call in `text`, in order; a `{{` that starts no well-formed
/// call is [`Malformed`], and reading goes on after it.
pub(crate) fn scan(text: &str) -> Vec<Result<Macro<'_>, Malformed>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = opening(text, from) {
        let call = read(text, start);
        from = match &call {
            Ok(call) => call.range.end,
            Err(malformed) => malformed.range.end.max(start + 2),
        };
        found.push(call);
    }
    found
}

/// Where the first `{{` at or after `from` in `text` is: a search for one
/// byte, far cheaper to start on short texts than a search for two.
fn opening(text: &str, mut from: usize) -> Option<usize> {
    loop {
        let at = from + text[from..].find('{')?;
        if text.as_bytes().get(at + 1) == Some(&b'{') {
            return Some(at);
        }
        from = at + 1;
    }
}

/// Reads the call that starts at `start`, where `text` holds `{{`.
pub(crate) fn read(text: &str, start: usize) -> Result<Macro<'_>, Malformed> {
    let mut reader = Reader {
        text,
        start,
        at: start + 2,
    };
    reader.spaces();
    let name_start = reader.at;
    reader.take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ':' | '.'));
    if reader.at == name_start {
        return Err(reader.malformed("a macro name after `{{`"));
    }
    let name = &text[name_start..reader.at];
    reader.spaces();
    let mut args = Vec::new();
    if reader.eat('(') {
        reader.spaces();
        if !reader.eat(')') {
            loop {
                reader.spaces();
                args.push(reader.arg()?);
                reader.spaces();
                if reader.eat(')') {
                    break;
                }
                if !reader.eat(',') {
                    return Err(reader.malformed("`,` or `)` after an argument"));
                }
            }
        }
        reader.spaces();
    }
    if !reader.rest().starts_with("}}") {
        return Err(reader.malformed("`}}` to close the macro"));
    }
    Ok(Macro {
        name,
        args,
        range: start..reader.at + 2,
    })
}

struct Reader<'t> {
    text: &'t str,
    start: usize,
    at: usize,
}

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn take_while(&mut self, keep: fn(char) -> bool) {
        let len = self
            .rest()
            .find(|c: char| !keep(c))
            .unwrap_or(self.rest().len());
        self.at += len;
    }

    fn spaces(&mut self) {
        self.take_while(|c| c == ' ' || c == '\t');
    }

    fn eat(&mut self, c: char) -> bool {
        let eaten = self.rest().starts_with(c);
        if eaten {
            self.at += c.len_utf8();
        }
        eaten
    }

    fn arg(&mut self) -> Result<Arg, Malformed> {
        let Some(quote) = self
            .rest()
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\''))
        else {
            let start = self.at;
            self.take_while(|c| !matches!(c, ',' | ')' | '}' | ' ' | '\t' | '\n' | '\r'));
            if self.at == start {
                return Err(self.malformed("an argument: a quoted string or a number"));
            }
            return Ok(Arg {
                value: self.text[start..self.at].to_owned(),
                range: start..self.at,
            });
        };
        self.at += 1;
        let start = self.at;
        let mut value = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        value.push(escaped);
                    }
                }
                '\n' | '\r' => break,
                c if c == quote => {
                    self.at += i + 1;
                    return Ok(Arg {
                        value,
                        range: start..start + i,
                    });
                }
                c => value.push(c),
            }
        }
        Err(self.malformed(if quote == '"' {
            "a closing `\"`"
        } else {
            "a closing `'`"
        }))
    }

    /// The problem at the reader's place: the range runs from `{{` to the
    /// next `}}` on the line, or to the end of the line.
    fn malformed(&self, expected: &'static str) -> Malformed {
        let line = &self.text[self.start..];
        let line_end = line.find(['\n', '\r']).unwrap_or(line.len());
        let end = line[..line_end]
            .find("}}")
            .map_or(line_end, |close| close + 2);
        Malformed {
            range: self.start..self.start + end,
            expected,
        }
    }
}

impl Macro<'_> {
    /// Whether this is `name`, in any case.
    pub(crate) fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }

    fn arg(&self, i: usize) -> Option<&str> {
        self.args
            .get(i)
            .map(|arg| arg.value.trim())
            .filter(|value| !value.is_empty())
    }

    /// What the call stands for.
    pub(crate) fn meaning(&self) -> Meaning {
        let name = self.name.to_ascii_lowercase();
        // The text a reference macro shows: its second argument when given,
        // else the name it refers to.
        let shown = || self.arg(1).or(self.arg(0)).map(str::to_owned);
        let meaning = match name.as_str() {
            "httpheader" | "httpmethod" | "domxref" | "jsxref" | "cssxref" | "htmlelement"
            | "svgelement" | "svgattr" | "mathmlelement" | "htmlattrxref" | "webextapiref" => {
                shown().map(Meaning::Code)
            }
            "glossary" => self
                .arg(1)
                .map(str::to_owned)
                .or_else(|| self.arg(0).map(|term| term.replace('_', " ")))
                .map(Meaning::Text),
            "httpstatus" => shown().map(Meaning::Text),
            "rfc" => self
                .arg(0)
                .map(|number| rfc(number, self.arg(1), self.arg(2))),
            "deprecated_inline" | "obsolete_inline" => Some(Meaning::Flag(Flag::Deprecated)),
            "experimental_inline" => Some(Meaning::Flag(Flag::Experimental)),
            "non-standard_inline" | "nonstandard_inline" => Some(Meaning::Flag(Flag::NonStandard)),
            "compat"
            | "specifications"
            | "bug"
            | "seecompattable"
            | "deprecated_header"
            | "experimental_header"
            | "non-standard_header"
            | "securecontext_header"
            | "spec2"
            | "listsubpages"
            | "listsubpagesforsidebar" => Some(Meaning::Nothing),
            _ if name.ends_with("sidebar") => Some(Meaning::Nothing),
            _ => None,
        };
        meaning.unwrap_or(Meaning::Unknown)
    }
}

/// `RFC 9110`, `RFC 9110, section 15: Status Codes`, linked to the RFC.
fn rfc(number: &str, text: Option<&str>, section: Option<&str>) -> Meaning {
    let mut shown = format!("RFC {number}");
    let mut url = format!("https://datatracker.ietf.org/doc/html/rfc{number}");
    if let Some(section) = section {
        shown.push_str(&format!(", section {section}"));
        url.push_str(&format!("#section-{section}"));
    }
    if let Some(text) = text {
        shown.push_str(&format!(": {text}"));
    }
    Meaning::Link { text: shown, url }
}

/// Reports a `{{` that starts no well-formed macro call.
pub(crate) fn report_malformed(
    md: &Markdown<'_>,
    malformed: &Malformed,
    diagnostics: &mut Diagnostics,
) {
    diagnostics.push(
        Diagnostic::new(
            "a malformed KumaScript macro",
            md.in_document(malformed.range.clone()),
            format!("expected {}", malformed.expected),
        )
        .with_help(
            "write macros as `{{Name(\"argument\", …)}}`, or put literal braces in backticks",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Macro<'_> {
        read(text, 0).unwrap()
    }

    fn values<'a>(call: &'a Macro<'_>) -> Vec<&'a str> {
        call.args.iter().map(|arg| arg.value.as_str()).collect()
    }

    #[test]
    fn reads_names_and_arguments() {
        let call = one(r#"{{HTTPStatus(404, "404 Not Found")}} rest"#);
        assert_eq!(call.name, "HTTPStatus");
        assert_eq!(values(&call), ["404", "404 Not Found"]);
        assert_eq!(call.range, 0..36);
        assert_eq!(call.args[1].range, 19..32);

        assert!(one("{{HTTPSidebar}}").args.is_empty());
        assert!(one("{{ deprecated_inline() }}").args.is_empty());
        let call = one(r#"{{HTTPHeader ("Upgrade")}}"#);
        assert_eq!((call.name, values(&call)), ("HTTPHeader", vec!["Upgrade"]));
    }

    #[test]
    fn strings_hold_parentheses_commas_and_escapes() {
        let call = one(r#"{{Glossary("WebDAV", "Web Distributed Authoring (WebDAV")}}"#);
        assert_eq!(
            values(&call),
            ["WebDAV", "Web Distributed Authoring (WebDAV"]
        );
        let call = one(r#"{{Glossary("Rate_limit","rate limiting" )}}"#);
        assert_eq!(values(&call), ["Rate_limit", "rate limiting"]);
        let call = one(r#"{{x('it\'s, "so"')}}"#);
        assert_eq!(values(&call), [r#"it's, "so""#]);
    }

    #[test]
    fn malformed_calls_say_what_was_expected() {
        let text = "a {{HTTPStatus(404, \"404 Not Found\")} b\nnext";
        let error = read(text, 2).unwrap_err();
        assert_eq!(error.expected, "`}}` to close the macro");
        assert_eq!(
            &text[error.range],
            "{{HTTPStatus(404, \"404 Not Found\")} b"
        );
        assert_eq!(
            read("{{x(\"open)}}", 0).unwrap_err().expected,
            "a closing `\"`"
        );
        assert_eq!(
            read("{{ }}", 0).unwrap_err().expected,
            "a macro name after `{{`"
        );
        assert_eq!(
            read("{{x(1 2)}}", 0).unwrap_err().expected,
            "`,` or `)` after an argument"
        );
    }

    #[test]
    fn scan_finds_every_call_and_goes_on_after_a_broken_one() {
        let found = scan("{{a}} {{b(\"x\" {{c}}");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].as_ref().unwrap().name, "a");
        assert!(found[1].is_err());
        let found = scan("{{a(}} {{b}}");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].as_ref().unwrap().name, "b");
    }

    #[test]
    fn meanings() {
        let meaning = |text: &str| one(text).meaning();
        assert_eq!(
            meaning(r#"{{HTTPHeader("Upgrade")}}"#),
            Meaning::Code("Upgrade".into())
        );
        assert_eq!(
            meaning(r#"{{httpmethod("GET")}}"#),
            Meaning::Code("GET".into())
        );
        assert_eq!(
            meaning(r#"{{Glossary("WebDAV")}}"#),
            Meaning::Text("WebDAV".into())
        );
        assert_eq!(
            meaning(r#"{{Glossary("Rate_limit")}}"#),
            Meaning::Text("Rate limit".into())
        );
        assert_eq!(
            meaning(r#"{{Glossary("X", "text")}}"#),
            Meaning::Text("text".into())
        );
        assert_eq!(
            meaning(r#"{{HTTPStatus(404)}}"#),
            Meaning::Text("404".into())
        );
        assert_eq!(
            meaning(r#"{{HTTPStatus(404, "text")}}"#),
            Meaning::Text("text".into())
        );
        assert_eq!(
            meaning(r#"{{RFC("9110")}}"#),
            Meaning::Link {
                text: "RFC 9110".into(),
                url: "https://datatracker.ietf.org/doc/html/rfc9110".into()
            }
        );
        assert_eq!(
            meaning("{{Deprecated_Inline}}"),
            Meaning::Flag(Flag::Deprecated)
        );
        assert_eq!(
            meaning("{{non-standard_inline}}"),
            Meaning::Flag(Flag::NonStandard)
        );
        for dropped in [
            "{{HTTPSidebar}}",
            "{{Compat}}",
            "{{Specifications}}",
            "{{bug(1234)}}",
        ] {
            assert_eq!(meaning(dropped), Meaning::Nothing, "{dropped}");
        }
        assert_eq!(meaning("{{Whatever(1)}}"), Meaning::Unknown);
        assert_eq!(meaning("{{HTTPHeader}}"), Meaning::Unknown);
    }
}
