//! What a code catalogue says, once validated: [`Catalogue`], entries with
//! variant names, typed codes and columns, ready to expand.

use std::ops::Range;

/// The Rust type of the codes, or of an extra column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ValueType {
    /// Every value is an integer from 0 to 65 535.
    U16,
    /// Every value is an integer from 0 to 4 294 967 295.
    U32,
    /// Every value is an integer that fits in an `i32`, some negative.
    I32,
    /// Every value is an integer that fits in an `i64`.
    I64,
    /// Some value is not an integer.
    Str,
}

impl ValueType {
    /// The narrowest integer type holding every one of `values`; `None`
    /// when there are none.
    pub fn narrowest(values: impl IntoIterator<Item = i64>) -> Option<ValueType> {
        let mut range: Option<(i64, i64)> = None;
        for value in values {
            let (min, max) = range.get_or_insert((value, value));
            *min = (*min).min(value);
            *max = (*max).max(value);
        }
        let (min, max) = range?;
        Some(if min >= 0 && max <= i64::from(u16::MAX) {
            ValueType::U16
        } else if min >= 0 && max <= i64::from(u32::MAX) {
            ValueType::U32
        } else if min >= i64::from(i32::MIN) && max <= i64::from(i32::MAX) {
            ValueType::I32
        } else {
            ValueType::I64
        })
    }

    /// The type's name in Rust: `u16`, `&'static str`.
    pub fn rust(self) -> &'static str {
        match self {
            ValueType::U16 => "u16",
            ValueType::U32 => "u32",
            ValueType::I32 => "i32",
            ValueType::I64 => "i64",
            ValueType::Str => "&'static str",
        }
    }
}

/// A value as read from a cell: an integer when it is one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Value {
    /// `-1`, `40001`.
    Int(i64),
    /// Anything else, such as `E_EMPTY`.
    Str(String),
}

impl Value {
    /// Reads `text`: an integer when it is an optional `-` and ASCII
    /// digits that fit in an `i64`.
    ///
    /// Leading zeros are part of a code (`0001`), which an integer would
    /// lose: such a value is a string.
    pub fn read(text: &str) -> Value {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let zero_padded = digits.len() > 1 && digits.starts_with('0');
        if !digits.is_empty()
            && !zero_padded
            && digits.bytes().all(|b| b.is_ascii_digit())
            && let Ok(number) = text.parse()
        {
            return Value::Int(number);
        }
        Value::Str(text.to_owned())
    }

    /// The value as the document writes it.
    pub fn text(&self) -> String {
        match self {
            Value::Int(number) => number.to_string(),
            Value::Str(text) => text.clone(),
        }
    }
}

/// A validated catalogue, ready to expand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Catalogue {
    /// The `title` of the document's front matter.
    pub title: Option<String>,
    /// The type's documentation, Markdown.
    pub intro: String,
    /// The categories, in document order.
    pub categories: Vec<Category>,
    /// Every entry, in document order.
    pub entries: Vec<CatalogueEntry>,
    /// The type of the codes; `None` when the entries have no code.
    pub code_type: Option<ValueType>,
    /// Whether every code names one entry only, so that `from_code` and
    /// `TryFrom` can exist.
    pub codes_unique: bool,
    /// The columns that become methods, in the order the macro names them.
    pub columns: Vec<Column>,
}

/// A category: a `##` section.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Category {
    /// The heading; empty for entries before any section.
    pub title: String,
    /// The section's other blocks, as rustdoc Markdown.
    pub intro: String,
}

/// An extra column that becomes a method.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Column {
    /// The header, as the macro names it.
    pub header: String,
    /// The method's name.
    pub method: String,
    /// Its position among the extra columns of the first table that has
    /// it, which is where a translation has it when its header differs.
    pub position: usize,
    /// The type of its values.
    pub value_type: ValueType,
    /// Whether some entry has no value: the method returns an `Option`.
    pub optional: bool,
}

/// One validated entry.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CatalogueEntry {
    /// The name as written: `INVALID_SIGNATURE`; the code when there is no
    /// name.
    pub name: String,
    /// The variant name: `InvalidSignature`.
    pub ident: String,
    /// Where the name (or the code that names the entry) is.
    pub name_span: Range<usize>,
    /// The code, when the catalogue has codes.
    pub code: Option<Value>,
    /// The description as Markdown, for rustdoc.
    pub doc: String,
    /// The description as plain text.
    pub text: String,
    /// The position of its category in [`Catalogue::categories`].
    pub category: usize,
    /// Every extra column of its table, as `(header, Markdown)`, for the
    /// docs.
    pub extras: Vec<(String, String)>,
    /// The values of [`Catalogue::columns`], in that order; `None` for an
    /// empty cell.
    pub columns: Vec<Option<Value>>,
}
