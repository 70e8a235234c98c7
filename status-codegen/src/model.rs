//! What a status document says, once validated: [`Table`], numbered codes
//! with classes and Rust identifiers, ready to expand.

/// A validated status table, ready to expand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Table {
    /// The `title` of the document's front matter.
    pub title: Option<String>,
    /// The type's documentation, Markdown.
    pub intro: String,
    /// One class per section, in document order.
    pub classes: Vec<ClassInfo>,
    /// Every entry, in document order.
    pub entries: Vec<Entry>,
}

impl Table {
    /// The codes of the table as compact ranges: `100–101, 200–204, 404`.
    pub fn code_ranges(&self) -> String {
        let mut codes: Vec<u16> = self.entries.iter().map(|e| e.code).collect();
        codes.sort_unstable();
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < codes.len() {
            let start = codes[i];
            let mut end = start;
            while i + 1 < codes.len() && codes[i + 1] == end + 1 {
                i += 1;
                end = codes[i];
            }
            parts.push(if start == end {
                start.to_string()
            } else {
                format!("{start}–{end}")
            });
            i += 1;
        }
        parts.join(", ")
    }
}

/// A status class and the section that documents it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ClassInfo {
    /// Which class.
    pub class: Class,
    /// The section heading: `客户端响应`.
    pub title: String,
    /// Markdown between the heading and the first entry.
    pub intro: String,
}

/// One validated status code.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The number, 100 to 599.
    pub code: u16,
    /// The class its first digit names, which is also its section's.
    pub class: Class,
    /// The reason phrase exactly as the document writes it.
    pub reason: String,
    /// The variant name: the reason phrase in UpperCamelCase.
    pub ident: String,
    /// The description as Markdown, for rustdoc.
    pub doc: String,
    /// The description as plain text.
    pub text: String,
    /// Deprecated, experimental, non-standard.
    pub flags: Flags,
    /// The note after the title.
    pub note: Option<Note>,
    /// Where a title written as a link leads.
    pub link: Option<String>,
}

/// A status marker that MDN writes after an entry's title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// `{{deprecated_inline}}`: the code should no longer be used.
    Deprecated,
    /// `{{experimental_inline}}`: the code is not yet widely supported.
    Experimental,
    /// `{{non-standard_inline}}`: no specification defines the code.
    NonStandard,
}

impl Flag {
    /// Every flag, in the order the generated methods are written.
    pub const ALL: [Flag; 3] = [Flag::Deprecated, Flag::Experimental, Flag::NonStandard];

    /// The flag as an adjective: `deprecated`.
    pub fn word(self) -> &'static str {
        match self {
            Flag::Deprecated => "deprecated",
            Flag::Experimental => "experimental",
            Flag::NonStandard => "non-standard",
        }
    }
}

/// The set of [`Flag`]s of one entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// `{{deprecated_inline}}`.
    pub deprecated: bool,
    /// `{{experimental_inline}}`.
    pub experimental: bool,
    /// `{{non-standard_inline}}`.
    pub non_standard: bool,
}

impl Flags {
    /// Sets `flag`.
    pub fn set(&mut self, flag: Flag) {
        match flag {
            Flag::Deprecated => self.deprecated = true,
            Flag::Experimental => self.experimental = true,
            Flag::NonStandard => self.non_standard = true,
        }
    }

    /// Whether `flag` is set.
    pub fn has(self, flag: Flag) -> bool {
        match flag {
            Flag::Deprecated => self.deprecated,
            Flag::Experimental => self.experimental,
            Flag::NonStandard => self.non_standard,
        }
    }
}

/// A note written after an entry's title, such as `({{Glossary("WebDAV")}})`,
/// without its parentheses.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Note {
    /// The note as rustdoc Markdown.
    pub doc: String,
    /// The note as plain text.
    pub text: String,
}

/// A status code as validation leaves it: a number from 100 to 599, whose
/// class is therefore always known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    number: u16,
    class: Class,
}

impl Code {
    /// `number` as a status code, if it is in 100–599.
    pub fn new(number: u16) -> Option<Code> {
        Class::of(number).map(|class| Code { number, class })
    }

    /// The number: `404`.
    pub fn number(self) -> u16 {
        self.number
    }

    /// The class its first digit names.
    pub fn class(self) -> Class {
        self.class
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.number.fmt(f)
    }
}

/// The five classes of HTTP status codes, named by their first digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// 1xx
    Informational,
    /// 2xx
    Success,
    /// 3xx
    Redirection,
    /// 4xx
    ClientError,
    /// 5xx
    ServerError,
}

impl Class {
    /// The five classes, in the order of their digits.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of `code`, if it is in 100–599.
    pub fn of(code: u16) -> Option<Class> {
        Some(match code / 100 {
            1 => Class::Informational,
            2 => Class::Success,
            3 => Class::Redirection,
            4 => Class::ClientError,
            5 => Class::ServerError,
            _ => return None,
        })
    }

    /// The first digit of the class's codes.
    pub fn digit(self) -> u16 {
        match self {
            Class::Informational => 1,
            Class::Success => 2,
            Class::Redirection => 3,
            Class::ClientError => 4,
            Class::ServerError => 5,
        }
    }

    /// The variant name in the generated class enum.
    pub fn ident(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Success",
            Class::Redirection => "Redirection",
            Class::ClientError => "ClientError",
            Class::ServerError => "ServerError",
        }
    }

    /// The name of the generated `is_*` predicate.
    pub fn predicate(self) -> &'static str {
        match self {
            Class::Informational => "is_informational",
            Class::Success => "is_success",
            Class::Redirection => "is_redirection",
            Class::ClientError => "is_client_error",
            Class::ServerError => "is_server_error",
        }
    }

    /// The class's title where a document gives none: `Client error
    /// responses`.
    pub fn title(self) -> &'static str {
        match self {
            Class::Informational => "Informational responses",
            Class::Success => "Successful responses",
            Class::Redirection => "Redirection messages",
            Class::ClientError => "Client error responses",
            Class::ServerError => "Server error responses",
        }
    }

    /// How English documentation names the class.
    pub fn english(self) -> &'static str {
        match self {
            Class::Informational => "informational response",
            Class::Success => "successful response",
            Class::Redirection => "redirection",
            Class::ClientError => "client error",
            Class::ServerError => "server error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Class, Code};

    #[test]
    fn a_code_is_valid_exactly_in_100_to_599_and_knows_its_class() {
        for number in 0..=u16::MAX {
            let code = Code::new(number);
            assert_eq!(code.is_some(), (100..=599).contains(&number), "{number}");
            if let Some(code) = code {
                assert_eq!(code.number(), number);
                assert_eq!(code.class().digit(), number / 100);
                assert_eq!(code.to_string(), number.to_string());
            }
        }
    }

    #[test]
    fn classes_and_digits_agree() {
        for (i, class) in Class::ALL.into_iter().enumerate() {
            let digit = u16::try_from(i).unwrap() + 1;
            assert_eq!(class.digit(), digit);
            assert_eq!(Class::of(digit * 100), Some(class));
            assert_eq!(Class::of(digit * 100 + 99), Some(class));
        }
    }
}
