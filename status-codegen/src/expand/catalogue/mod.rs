//! [`Catalogue`] to Rust: the enum, its methods and trait impls, and its
//! error types. Public as `status_codegen::catalogue::expand`.
//!
//! The public enum and error types are items of the caller's module; the
//! tables and helpers behind the methods are private items of a
//! `const _: () = { … };` block, which holds the impls too, so that the
//! caller's type gains no hidden inherent item. As for `status_table!`,
//! everything is named by absolute path (`::core::…`), so the code compiles
//! in `no_std` and `no_implicit_prelude` crates, and nothing is `unsafe`.

mod language;
mod traits;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use self::traits::{errors, traits};
use super::template::fill;
use super::{Model, doc, doc_aliases, entry_derives, ident, len, tracking};
use crate::catalogue::model::{Catalogue, CatalogueEntry, Column, Value, ValueType};
use crate::render::{self, code_span, escape_markdown};

/// The associated items every generated enum has, which a column's method
/// cannot be named.
pub const METHODS: [&str; 11] = [
    "ALL",
    "code",
    "from_code",
    "name",
    "from_name",
    "description",
    "message",
    "category",
    "description_in",
    "message_in",
    "translation",
];

/// How the generated items are named and decorated: the emitters' one
/// options type, for a catalogue. `Options::new(path)` names the enum
/// `ErrorCode`; the class enum's fields are unused.
pub type Options = super::Options<Catalogue>;

impl Model for Catalogue {
    const NAME: &'static str = "ErrorCode";
    type Entry = CatalogueEntry;

    fn entries(&self) -> &[CatalogueEntry] {
        &self.entries
    }

    fn find(&self, entry: &CatalogueEntry) -> Option<&CatalogueEntry> {
        self.entries.iter().find(|t| t.ident == entry.ident)
    }

    fn text(entry: &CatalogueEntry) -> &str {
        &entry.text
    }
}

/// The generated items for `catalogue`. After a problem in the document,
/// the same function expands what remains valid.
pub fn expand(catalogue: &Catalogue, options: &Options) -> TokenStream {
    let tracking = tracking(options.tracking_path.as_deref());
    let keyed = Keyed::of(catalogue);
    let the_enum = the_enum(catalogue, options, keyed);
    let errors = errors(catalogue, options, keyed);
    let error_types = errors.types(&options.vis, &options.name);
    let error_impls = errors.impls(&options.name);
    let helpers = helpers(catalogue, options, keyed);
    let methods = methods(catalogue, options, keyed);
    let traits = traits(options, keyed);
    let (languages, language_items) = language::expand(catalogue, options);
    quote! {
        #tracking
        #the_enum
        #error_types
        #languages
        const _: () = {
            #helpers
            #methods
            #traits
            #error_impls
            #language_items
        };
    }
}

/// What codes the catalogue has, and whether they find an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Keyed {
    /// No code column.
    NoCodes,
    /// Codes that repeat: no `from_code`.
    Repeated(ValueType),
    /// Unique integer codes: they are the discriminants.
    UniqueInt(ValueType),
    /// Unique string codes.
    UniqueStr,
}

impl Keyed {
    fn of(catalogue: &Catalogue) -> Keyed {
        match catalogue.code_type {
            None => Keyed::NoCodes,
            Some(value_type) if !catalogue.codes_unique => Keyed::Repeated(value_type),
            Some(ValueType::Str) => Keyed::UniqueStr,
            Some(value_type) => Keyed::UniqueInt(value_type),
        }
    }

    fn code_type(self) -> Option<ValueType> {
        match self {
            Keyed::NoCodes => None,
            Keyed::Repeated(value_type) | Keyed::UniqueInt(value_type) => Some(value_type),
            Keyed::UniqueStr => Some(ValueType::Str),
        }
    }
}

/// The Rust type of `value_type` in a constant's type, where `&str` is
/// `'static` without saying so (clippy's `redundant_static_lifetimes`).
fn const_type(value_type: ValueType) -> TokenStream {
    match value_type {
        ValueType::Str => quote!(&str),
        _ => rust_type(value_type),
    }
}

/// The Rust type of `value_type`.
fn rust_type(value_type: ValueType) -> TokenStream {
    match value_type {
        ValueType::U16 => quote!(u16),
        ValueType::U32 => quote!(u32),
        ValueType::I32 => quote!(i32),
        ValueType::I64 => quote!(i64),
        ValueType::Str => quote!(&'static str),
    }
}

/// `value` as a literal of `value_type`.
fn literal(value: &Value, value_type: ValueType) -> Literal {
    match (value, value_type) {
        (Value::Int(number), ValueType::U16 | ValueType::U32 | ValueType::I32 | ValueType::I64) => {
            Literal::i64_unsuffixed(*number)
        }
        (value, _) => Literal::string(&value.text()),
    }
}

/// A column's method: a raw identifier (`r#type`) as the macro's input
/// gives it, or a plain one.
fn method_ident(method: &str) -> Ident {
    match method.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => ident(method),
    }
}

fn variant(entry: &CatalogueEntry) -> Ident {
    ident(&entry.ident)
}

/// The first line of a description: the message a user sees.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

/// The code and name as `{:#}` writes them: `40001 INVALID_SIGNATURE`, or
/// the name alone when the catalogue has no codes or the name is the code.
fn code_and_name(entry: &CatalogueEntry) -> String {
    match &entry.code {
        Some(code) if code.text() != entry.name => format!("{} {}", code.text(), entry.name),
        _ => entry.name.clone(),
    }
}

/// The first line of a variant's docs: the code in bold and the name as
/// code, `**40001** `INVALID_SIGNATURE``, or the name alone.
fn heading(entry: &CatalogueEntry) -> String {
    let name = code_span(&entry.name);
    match &entry.code {
        Some(code) if code.text() != entry.name => format!("**{}** {name}", code.text()),
        _ => name,
    }
}

fn the_enum(catalogue: &Catalogue, options: &Options, keyed: Keyed) -> TokenStream {
    let Options {
        attrs, vis, name, ..
    } = options;
    let derives = entry_derives();
    let n = catalogue.entries.len();
    let repr = match keyed {
        Keyed::UniqueInt(value_type) if n > 0 => Some(value_type),
        _ => None,
    };
    let mut enum_doc = catalogue.intro.clone();
    if !enum_doc.is_empty() {
        enum_doc.push_str("\n\n");
    }
    let categories = catalogue.categories.len();
    enum_doc.push_str(&format!(
        "Generated by `code_table!` from `{}`: {n} code{} in {categories} categor{}, in document \
         order.",
        options.display_path,
        if n == 1 { "" } else { "s" },
        if categories == 1 { "y" } else { "ies" },
    ));
    if repr.is_some() {
        enum_doc.push_str(" The discriminant of each variant is its code.");
    }
    if let Keyed::Repeated(_) = keyed {
        enum_doc.push_str(
            " Codes repeat (`codes may repeat;`): several variants share a code, so there is no \
             `from_code`, no `TryFrom` and no parsing by code; `from_name` and parsing by name \
             find a variant.",
        );
    }
    for (i, category) in catalogue.categories.iter().enumerate() {
        if category.title.is_empty() {
            continue;
        }
        let members: Vec<String> = catalogue
            .entries
            .iter()
            .filter(|entry| entry.category == i)
            .map(|entry| format!("[`{0}`](Self::{0})", entry.ident))
            .collect();
        enum_doc.push_str(&format!("\n\n# {}\n\n", escape_markdown(&category.title)));
        if !category.intro.is_empty() {
            enum_doc.push_str(&category.intro);
            enum_doc.push_str("\n\n");
        }
        enum_doc.push_str(&members.join(", "));
    }
    let enum_doc = doc(&enum_doc);
    let variants = catalogue.entries.iter().map(|entry| {
        let mut docs = heading(entry);
        if !entry.doc.is_empty() {
            docs.push_str("\n\n");
            docs.push_str(&entry.doc);
        }
        if !entry.extras.is_empty() {
            docs.push_str("\n\n");
            let extras =
                (entry.extras.iter()).map(|(header, value)| (header.as_str(), value.as_str()));
            docs.push_str(&render::field_list(extras));
        }
        let docs = doc(&docs);
        // The code and the name, where rustc takes them as aliases.
        let code = entry.code.as_ref().map(Value::text);
        let aliases = doc_aliases(&entry.ident, code.into_iter().chain([entry.name.clone()]));
        let variant = variant(entry);
        let discriminant = match (&entry.code, repr) {
            (Some(code), Some(value_type)) => {
                let code = literal(code, value_type);
                quote!(= #code)
            }
            _ => TokenStream::new(),
        };
        quote! {
            #docs
            #aliases
            #variant #discriminant,
        }
    });
    let repr = repr.map(|value_type| {
        let repr = rust_type(value_type);
        quote!(#[repr(#repr)])
    });
    quote! {
        #enum_doc
        #attrs
        #derives
        #repr
        #vis enum #name {
            #(#variants)*
        }
    }
}

/// The private tables and functions the methods read, as items of the
/// `const _` block. Nothing in them names a variant: what costs rustc time
/// per variant is written once, in `ALL`.
fn helpers(catalogue: &Catalogue, options: &Options, keyed: Keyed) -> TokenStream {
    let name = &options.name;
    let n = len(catalogue.entries.len());
    let names = catalogue.entries.iter().map(|e| e.name.as_str());
    let idents = catalogue
        .entries
        .iter()
        .map(|e| e.ident.trim_start_matches("r#"));
    let texts = catalogue.entries.iter().map(|e| e.text.as_str());
    let messages = catalogue.entries.iter().map(|e| first_line(&e.text));
    let lines = catalogue.entries.iter().map(code_and_name);
    let categories = catalogue
        .entries
        .iter()
        .map(|e| catalogue.categories[e.category].title.as_str());
    let (names, texts) = (quote!(#(#names),*), quote!(#(#texts),*));
    let (messages, lines) = (quote!(#(#messages),*), quote!(#(#lines),*));
    let (categories, idents) = (quote!(#(#categories),*), quote!(#(#idents),*));
    let codes = catalogue.code_type.map(|value_type| {
        let ty = const_type(value_type);
        let codes = catalogue
            .entries
            .iter()
            .map(|e| e.code.as_ref().map(|code| literal(code, value_type)));
        quote! {
            /// The codes, in the order of `ALL`.
            const CODES: [#ty; #n] = [#(#codes),*];
        }
    });
    let mut columns = TokenStream::new();
    for (i, column) in catalogue.columns.iter().enumerate() {
        let table = format_ident!("COLUMN_{}", i);
        let ty = column_type(column, const_type);
        let values = catalogue
            .entries
            .iter()
            .map(|entry| column_value(column, entry.columns[i].as_ref()));
        let table_doc = doc(&format!(
            "The `{}` column, in the order of `ALL`.",
            column.header
        ));
        columns.extend(quote! {
            #table_doc
            const #table: [#ty; #n] = [#(#values),*];
        });
    }
    let names_folded: Vec<String> = (catalogue.entries.iter())
        .map(|e| e.name.to_ascii_lowercase())
        .collect();
    let by_name = positions(&names_folded);
    let (index, by_code) = match keyed {
        Keyed::UniqueInt(value_type) => {
            let ty = rust_type(value_type);
            let index = quote! {
                match position_of_code(value as #ty) {
                    ::core::option::Option::Some(i) => i,
                    // Every variant's discriminant is its code, in `CODES`.
                    ::core::option::Option::None => 0,
                }
            };
            (index, code_search(catalogue, value_type))
        }
        Keyed::UniqueStr => (
            quote!(value as usize),
            code_search(catalogue, ValueType::Str),
        ),
        Keyed::NoCodes | Keyed::Repeated(_) => (quote!(value as usize), TokenStream::new()),
    };
    fill(
        HELPERS,
        &[
            ("by_code", &by_code),
            ("by_name", &by_name),
            ("categories", &categories),
            ("codes", &codes),
            ("columns", &columns),
            ("idents", &idents),
            ("index", &index),
            ("lines", &lines),
            ("messages", &messages),
            ("n", &n),
            ("name", name),
            ("names", &names),
            ("texts", &texts),
        ],
    )
}

/// The positions of the entries in `ALL`, in the order of their `keys`
/// (one per entry, computed once), as the elements of a `[u32; N]` table.
fn positions<K: Ord>(keys: &[K]) -> TokenStream {
    let mut positions: Vec<usize> = (0..keys.len()).collect();
    positions.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    let positions = positions
        .into_iter()
        .map(|i| Literal::u32_unsuffixed(i as u32));
    quote!(#(#positions),*)
}

/// `position_of_code`, a binary search of the codes in ascending order
/// (bytes, ASCII case folded first, for string codes), and the table of
/// positions it searches when the document does not list the codes in
/// that order.
fn code_search(catalogue: &Catalogue, value_type: ValueType) -> TokenStream {
    let n = len(catalogue.entries.len());
    // The order the generated search compares in: numbers, or the text
    // as written (whatever the value read) with ASCII case folded first.
    let key = |entry: &CatalogueEntry| match (&entry.code, value_type) {
        (
            Some(Value::Int(number)),
            ValueType::U16 | ValueType::U32 | ValueType::I32 | ValueType::I64,
        ) => (*number, String::new(), String::new()),
        (Some(code), _) => (0, code.text().to_ascii_lowercase(), code.text()),
        (None, _) => (0, String::new(), String::new()),
    };
    let keys: Vec<_> = catalogue.entries.iter().map(key).collect();
    let (table, at) = if keys.windows(2).all(|pair| pair[0] < pair[1]) {
        (TokenStream::new(), quote!(middle))
    } else {
        let by_code = positions(&keys);
        (
            quote! {
                /// The positions in `ALL`, in the order of their codes.
                const BY_CODE: [u32; #n] = [#by_code];
            },
            quote!(BY_CODE[middle] as usize),
        )
    };
    let template = if value_type == ValueType::Str {
        STR_CODE_SEARCH
    } else {
        INT_CODE_SEARCH
    };
    let ty = rust_type(value_type);
    let search = fill(template, &[("at", &at), ("n", &n), ("ty", &ty)]);
    quote!(#table #search)
}

/// The search of integer codes, `$at` the position of the `middle`-th.
const INT_CODE_SEARCH: &str = r#"
/// The position in `ALL` of the entry whose code is `code`: a binary
/// search of the codes in ascending order.
const fn position_of_code(code: $ty) -> ::core::option::Option<usize> {
    let mut low = 0;
    let mut high = $n;
    while low < high {
        let middle = low + (high - low) / 2;
        let at = $at;
        if CODES[at] == code {
            return ::core::option::Option::Some(at);
        }
        if CODES[at] < code {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    ::core::option::Option::None
}
"#;

/// The search of string codes, `$at` the position of the `middle`-th.
const STR_CODE_SEARCH: &str = r#"
/// The position in `ALL` of the entry whose code is `code`, exactly or,
/// unless `exact`, ignoring ASCII case: a binary search of the codes in
/// ascending order, ASCII case folded, then as written.
const fn position_of_code(code: &[u8], exact: bool) -> ::core::option::Option<usize> {
    let mut low = 0;
    let mut high = $n;
    while low < high {
        let middle = low + (high - low) / 2;
        let at = $at;
        let order = match compare(CODES[at].as_bytes(), code, true) {
            ::core::cmp::Ordering::Equal if exact => compare(CODES[at].as_bytes(), code, false),
            order => order,
        };
        match order {
            ::core::cmp::Ordering::Less => low = middle + 1,
            ::core::cmp::Ordering::Greater => high = middle,
            ::core::cmp::Ordering::Equal => return ::core::option::Option::Some(at),
        }
    }
    ::core::option::Option::None
}
"#;

/// The type a column's method returns, its values' type written by `write`.
fn column_type(column: &Column, write: fn(ValueType) -> TokenStream) -> TokenStream {
    let ty = write(column.value_type);
    if column.optional {
        quote!(::core::option::Option<#ty>)
    } else {
        ty
    }
}

/// A column's value as an expression of [`column_type`].
fn column_value(column: &Column, value: Option<&Value>) -> TokenStream {
    let literal = value.map(|value| literal(value, column.value_type));
    match (column.optional, literal) {
        (true, Some(literal)) => quote!(::core::option::Option::Some(#literal)),
        (true, None) => quote!(::core::option::Option::None),
        (false, Some(literal)) => quote!(#literal),
        // Only after a problem: every entry has a value otherwise.
        (false, None) => match column.value_type {
            ValueType::Str => quote!(""),
            _ => quote!(0),
        },
    }
}

fn methods(catalogue: &Catalogue, options: &Options, keyed: Keyed) -> TokenStream {
    let name = &options.name;
    let all = catalogue.entries.iter().map(variant);
    let all = quote!(#(Self::#all),*);
    let n = len(catalogue.entries.len());
    let code = keyed.code_type().map(|value_type| {
        let ty = rust_type(value_type);
        quote! {
            /// The entry's code, as the document writes it.
            #[must_use]
            #[inline]
            pub const fn code(self) -> #ty {
                CODES[index(self)]
            }
        }
    });
    let from_code = match keyed {
        Keyed::UniqueInt(value_type) => {
            let ty = rust_type(value_type);
            quote! {
                /// The entry whose code is `code`, if the document lists it.
                #[must_use]
                pub const fn from_code(code: #ty) -> ::core::option::Option<Self> {
                    match position_of_code(code) {
                        ::core::option::Option::Some(i) => ::core::option::Option::Some(Self::ALL[i]),
                        ::core::option::Option::None => ::core::option::Option::None,
                    }
                }
            }
        }
        Keyed::UniqueStr => quote! {
            /// The entry whose code is `code` exactly, if the document lists it.
            #[must_use]
            pub const fn from_code(code: &str) -> ::core::option::Option<Self> {
                match position_of_code(code.as_bytes(), true) {
                    ::core::option::Option::Some(i) => ::core::option::Option::Some(Self::ALL[i]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        },
        Keyed::NoCodes | Keyed::Repeated(_) => TokenStream::new(),
    };
    let mut columns = TokenStream::new();
    for (i, column) in catalogue.columns.iter().enumerate() {
        let method = method_ident(&column.method);
        let table = format_ident!("COLUMN_{}", i);
        let ty = column_type(column, rust_type);
        let method_doc = doc(&format!(
            "The entry's `{}` column{}.",
            escape_markdown(&column.header),
            if column.optional {
                ", or `None` where its cell is empty"
            } else {
                ""
            }
        ));
        columns.extend(quote! {
            #method_doc
            #[must_use]
            #[inline]
            pub const fn #method(self) -> #ty {
                #table[index(self)]
            }
        });
    }
    fill(
        INHERENT,
        &[
            ("all", &all),
            ("code", &code),
            ("columns", &columns),
            ("from_code", &from_code),
            ("n", &n),
            ("name", name),
        ],
    )
}

/// The private tables and functions the methods read: see [`helpers`].
const HELPERS: &str = r#"
/// The position of `value` in `ALL`.
#[inline]
const fn index(value: $name) -> usize {
    $index
}
/// Names as written, in the order of `ALL`.
const NAMES: [&str; $n] = [$names];
/// The variants' identifiers, in the order of `ALL`, for `Debug`.
const IDENTS: [&str; $n] = [$idents];
/// Plain-text descriptions, in the order of `ALL`.
const DESCRIPTIONS: [&str; $n] = [$texts];
/// The first line of each description, in the order of `ALL`.
const MESSAGES: [&str; $n] = [$messages];
/// Code and name, in the order of `ALL`.
const LINES: [&str; $n] = [$lines];
/// Category titles, in the order of `ALL`.
const CATEGORIES: [&str; $n] = [$categories];
/// The positions in `ALL`, in the order of their names, ASCII case folded.
const BY_NAME: [u32; $n] = [$by_name];
$codes
$columns
$by_code

/// How `left` orders against `right`, byte by byte; with `fold`, ASCII
/// letters compare in lower case.
const fn compare(left: &[u8], right: &[u8], fold: bool) -> ::core::cmp::Ordering {
    let mut at = 0;
    while at < left.len() && at < right.len() {
        let (mut mine, mut theirs) = (left[at], right[at]);
        if fold {
            mine = mine.to_ascii_lowercase();
            theirs = theirs.to_ascii_lowercase();
        }
        if mine != theirs {
            return if mine < theirs {
                ::core::cmp::Ordering::Less
            } else {
                ::core::cmp::Ordering::Greater
            };
        }
        at += 1;
    }
    if left.len() < right.len() {
        ::core::cmp::Ordering::Less
    } else if left.len() > right.len() {
        ::core::cmp::Ordering::Greater
    } else {
        ::core::cmp::Ordering::Equal
    }
}

/// The position in `ALL` of the entry whose name is `name`, ignoring
/// ASCII case: a binary search of `BY_NAME`.
const fn position_of_name(name: &[u8]) -> ::core::option::Option<usize> {
    let mut low = 0;
    let mut high = $n;
    while low < high {
        let middle = low + (high - low) / 2;
        let at = BY_NAME[middle] as usize;
        match compare(NAMES[at].as_bytes(), name, true) {
            ::core::cmp::Ordering::Less => low = middle + 1,
            ::core::cmp::Ordering::Greater => high = middle,
            ::core::cmp::Ordering::Equal => return ::core::option::Option::Some(at),
        }
    }
    ::core::option::Option::None
}
"#;

/// The enum's inherent items: see [`methods`].
const INHERENT: &str = r#"
impl $name {
    /// Every entry of the document, in document order.
    pub const ALL: [Self; $n] = [$all];

    $code
    $from_code

    /// The entry's name, exactly as the document writes it.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        NAMES[index(self)]
    }

    /// The entry whose name is `name`, ignoring ASCII case.
    #[must_use]
    pub const fn from_name(name: &str) -> ::core::option::Option<Self> {
        match position_of_name(name.as_bytes()) {
            ::core::option::Option::Some(i) => ::core::option::Option::Some(Self::ALL[i]),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }

    /// The document's description of the entry, as plain text:
    /// Markdown markup removed, each paragraph and list item on a line
    /// of its own.
    #[must_use]
    #[inline]
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[index(self)]
    }

    /// The first line of the description: the message a user sees,
    /// which `Display` writes.
    #[must_use]
    #[inline]
    pub const fn message(self) -> &'static str {
        MESSAGES[index(self)]
    }

    /// The title of the `##` section that lists the entry; empty for
    /// an entry listed before any section.
    #[must_use]
    #[inline]
    pub const fn category(self) -> &'static str {
        CATEGORIES[index(self)]
    }

    $columns
}
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[HELPERS, INHERENT]);
}
