//! The language enum on its own: its variants, `ALL`, `tag()`,
//! `from_tag()`, `negotiate()`, `Display`, `FromStr` and its error type.
//! It knows nothing about status codes, so that any table can use it.

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, quote};

use super::variant_name;
use crate::expand::template::fill;
use crate::expand::{ENUM_DERIVES, derive, doc, ident, len};

/// What [`language_enum`] generates.
#[derive(Clone, Debug)]
pub struct LanguageEnum<'a> {
    /// The enum's name: `Language`.
    pub name: &'a Ident,
    /// Its visibility, and its error type's: `pub`.
    pub vis: &'a TokenStream,
    /// Attributes put on it after its docs, before its derives.
    pub attrs: &'a TokenStream,
    /// Its documentation, Markdown.
    pub doc: &'a str,
    /// Each language: its tag, checked by [`check_tag`](super::check_tag), and the variant's
    /// documentation. The first is the default, which `negotiate` returns
    /// when nothing else matches. Names come from [`variant_name`].
    pub languages: &'a [(String, String)],
}

/// The language enum: one variant per tag, in order, deriving the eight
/// traits of [`ENUM_DERIVES`]; `ALL`, `tag()`, `from_tag()`, `negotiate()`,
/// `Display` (the tag), `FromStr` (any case, `_` for `-`) and its error type
/// `Parse{Name}Error`. `no_std`, no allocation, no panic.
pub fn language_enum(spec: &LanguageEnum<'_>) -> TokenStream {
    let LanguageEnum {
        name,
        vis,
        attrs,
        doc: enum_doc,
        languages,
    } = spec;
    let derives = derive(&ENUM_DERIVES);
    let error = crate::expand::errors::error_type_name("Parse", name);
    let error_derives = derive(&ENUM_DERIVES[..6]);
    let n = len(languages.len());
    let enum_doc = doc(enum_doc);
    let variants: Vec<Ident> = languages
        .iter()
        .map(|(tag, _)| ident(&variant_name(tag)))
        .collect();
    let variant_items: TokenStream = languages
        .iter()
        .zip(&variants)
        .map(|((_, text), variant)| {
            let docs = doc(text);
            quote!(#docs #variant,)
        })
        .collect();
    let tags = languages.iter().map(|(tag, _)| tag.as_str());
    let tags = quote!(#(#tags),*);
    let all = quote!(#(Self::#variants),*);
    let tag_arms: TokenStream = languages
        .iter()
        .zip(&variants)
        .map(|((tag, _), variant)| quote!(#name::#variant => #tag,))
        .collect();
    let tag_list = languages
        .iter()
        .map(|(tag, _)| tag.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let primary_tag = languages.first().map_or("", |(tag, _)| tag.as_str());
    let primary = &variants[0];
    let error_message =
        format!("unknown language: expected one of {tag_list} (any case, `_` for `-`)");
    let error_doc = doc(&format!(
        "The error returned when a string is not the tag of a [`{name}`]: one of {tag_list}."
    ));
    let negotiate_doc = doc(&format!(
        "The language to answer in, for an HTTP `Accept-Language` header value such as \
         `\"zh-CN,zh;q=0.9,en;q=0.8\"`: the language of the highest quality that the value \
         accepts, or `{primary_tag}` (the primary document's) when it accepts none.\n\n\
         - Each language range is looked up as RFC 4647 (section 3.4) says: `en-GB` matches \
           `en-GB`, else `en`, ignoring ASCII case. A range that finds nothing so matches the \
           first language whose tag it is a prefix of (`zh` matches `zh-CN`).\n\
         - Quality values (`;q=0.8`) rank the ranges; a range without one has `q=1`; one \
           with `q=0` or a malformed quality is left out. Among equal qualities the first \
           range in the header wins.\n\
         - `*` stands for the first language that no other range of the header names.\n\
         - Anything else (an empty value, garbage, a range that matches nothing) falls back \
           to `{primary_tag}`.\n\n\
         It reads the value in one pass per range, allocates nothing, works in `no_std` and \
         `const` contexts, and never panics."
    ));

    let fills: [(&str, &dyn ToTokens); 16] = [
        ("enum_doc", &enum_doc),
        ("attrs", attrs),
        ("derives", &derives),
        ("vis", vis),
        ("name", name),
        ("variant_items", &variant_items),
        ("error", &error),
        ("error_doc", &error_doc),
        ("error_derives", &error_derives),
        ("error_message", &error_message),
        ("n", &n),
        ("tags", &tags),
        ("all", &all),
        ("primary", primary),
        ("tag_arms", &tag_arms),
        ("negotiate_doc", &negotiate_doc),
    ];
    fill(LANGUAGE_ENUM, &fills)
}

/// The language enum, its impls and helpers: see [`language_enum`].
const LANGUAGE_ENUM: &str = r#"
$enum_doc
$attrs
$derives
$vis enum $name {
    $variant_items
}

impl ::core::fmt::Display for $name {
    /// Writes the tag: `zh-CN`.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.tag())
    }
}

impl ::core::str::FromStr for $name {
    type Err = $error;

    /// Reads a tag in any ASCII case, with `_` or `-` between
    /// subtags: `"zh-CN"`, `"zh_cn"`.
    fn from_str(s: &str) -> ::core::result::Result<Self, $error> {
        match Self::from_tag(s) {
            ::core::option::Option::Some(language) => ::core::result::Result::Ok(language),
            ::core::option::Option::None => ::core::result::Result::Err($error { _private: () }),
        }
    }
}

$error_doc
$error_derives
$vis struct $error {
    _private: (),
}

impl ::core::fmt::Display for $error {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str($error_message)
    }
}

impl ::core::error::Error for $error {}

const _: () = {
    /// The tags, in the order of `ALL`.
    const TAGS: [&str; $n] = [$tags];

    /// `b` with ASCII letters in lower case and `_` as `-`.
    const fn fold(b: u8) -> u8 {
        if b == b'_' { b'-' } else { b.to_ascii_lowercase() }
    }

    /// Whether `text[start..end]`, folded, is `tag`, folded.
    const fn same(text: &[u8], start: usize, end: usize, tag: &[u8]) -> bool {
        if end - start != tag.len() {
            return false;
        }
        let mut i = 0;
        while i < tag.len() {
            if fold(text[start + i]) != fold(tag[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether `text[start..end]`, folded, starts `tag` at a subtag
    /// boundary: `zh` starts `zh-CN`.
    const fn starts(text: &[u8], start: usize, end: usize, tag: &[u8]) -> bool {
        let n = end - start;
        if n == 0 || n > tag.len() || (n < tag.len() && tag[n] != b'-') {
            return false;
        }
        let mut i = 0;
        while i < n {
            if fold(text[start + i]) != fold(tag[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The language the range `text[start..end]` (not `*`) finds:
    /// RFC 4647 lookup, which drops subtags from the end (and a
    /// singleton left last) until a tag matches; else the first tag
    /// the range starts.
    const fn find(text: &[u8], start: usize, end: usize) -> ::core::option::Option<usize> {
        let mut stop = end;
        while stop > start {
            let mut i = 0;
            while i < TAGS.len() {
                if same(text, start, stop, TAGS[i].as_bytes()) {
                    return ::core::option::Option::Some(i);
                }
                i += 1;
            }
            let mut cut = stop;
            while cut > start && fold(text[cut - 1]) != b'-' {
                cut -= 1;
            }
            if cut <= start + 1 {
                break;
            }
            stop = cut - 1;
            if stop >= start + 2 && fold(text[stop - 2]) == b'-' {
                stop -= 2;
            }
        }
        let mut i = 0;
        while i < TAGS.len() {
            if starts(text, start, end, TAGS[i].as_bytes()) {
                return ::core::option::Option::Some(i);
            }
            i += 1;
        }
        ::core::option::Option::None
    }

    /// Whether `b` is optional white space (RFC 9110).
    const fn is_ows(b: u8) -> bool {
        b == b' ' || b == b'\t'
    }

    /// `text[start..end]` without white space at either end.
    const fn trim(text: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
        while start < end && is_ows(text[start]) {
            start += 1;
        }
        while end > start && is_ows(text[end - 1]) {
            end -= 1;
        }
        (start, end)
    }

    /// A quality value, `0` to `1` with up to three decimals, in
    /// thousandths; `None` when malformed.
    const fn qvalue(text: &[u8], start: usize, end: usize) -> ::core::option::Option<u16> {
        if start == end || end - start > 5 {
            return ::core::option::Option::None;
        }
        let whole = text[start];
        if whole != b'0' && whole != b'1' {
            return ::core::option::Option::None;
        }
        let mut value = (whole - b'0') as u16 * 1000;
        if end - start == 1 {
            return ::core::option::Option::Some(value);
        }
        if text[start + 1] != b'.' {
            return ::core::option::Option::None;
        }
        let mut i = start + 2;
        let mut scale = 100;
        while i < end {
            let d = text[i];
            if !d.is_ascii_digit() {
                return ::core::option::Option::None;
            }
            value += (d - b'0') as u16 * scale;
            scale /= 10;
            i += 1;
        }
        if value > 1000 {
            return ::core::option::Option::None;
        }
        ::core::option::Option::Some(value)
    }

    /// The quality that the parameters `text[start..end]` (from
    /// the first `;`) give: 1000 without `q`, 0 when malformed.
    const fn quality(text: &[u8], start: usize, end: usize) -> u16 {
        let mut at = start;
        while at < end {
            // `text[at]` is `;`.
            let mut next = at + 1;
            while next < end && text[next] != b';' {
                next += 1;
            }
            let (a, b) = trim(text, at + 1, next);
            if b - a >= 2 && (text[a] | 0x20) == b'q' {
                let (eq, _) = trim(text, a + 1, b);
                if eq < b && text[eq] == b'=' {
                    let (va, vb) = trim(text, eq + 1, b);
                    return match qvalue(text, va, vb) {
                        ::core::option::Option::Some(q) => q,
                        ::core::option::Option::None => 0,
                    };
                }
            }
            at = next;
        }
        1000
    }

    /// The element of the header starting at `start`: its range as
    /// `(start, end)`, its quality, and where the next one starts.
    const fn element(text: &[u8], start: usize) -> (usize, usize, u16, usize) {
        let mut end = start;
        while end < text.len() && text[end] != b',' {
            end += 1;
        }
        let mut semi = start;
        while semi < end && text[semi] != b';' {
            semi += 1;
        }
        let (a, b) = trim(text, start, semi);
        (a, b, quality(text, semi, end), end + 1)
    }

    /// Whether `text[start..end]` is `*`.
    const fn is_star(text: &[u8], start: usize, end: usize) -> bool {
        end - start == 1 && text[start] == b'*'
    }

    /// The first language that no range of the header, other than
    /// `*`, finds; the first language when they all are.
    const fn unnamed(text: &[u8]) -> usize {
        let mut language = 0;
        while language < TAGS.len() {
            let mut named = false;
            let mut at = 0;
            while at < text.len() {
                let (a, b, _, next) = element(text, at);
                if a < b
                    && !is_star(text, a, b)
                    && ::core::matches!(
                        find(text, a, b),
                        ::core::option::Option::Some(i) if i == language
                    )
                {
                    named = true;
                }
                at = next;
            }
            if !named {
                return language;
            }
            language += 1;
        }
        0
    }

    impl $name {
        /// Every language, the primary document's first.
        pub const ALL: [Self; $n] = [$all];

        /// The language of the primary document, which
        /// descriptions fall back to.
        pub const PRIMARY: Self = Self::$primary;

        /// The BCP 47 tag, as the macro's input writes it: `zh-CN`.
        #[must_use]
        pub const fn tag(self) -> &'static str {
            match self {
                $tag_arms
            }
        }

        /// The language whose tag is `tag`, in any ASCII case, with
        /// `_` or `-` between subtags.
        #[must_use]
        pub const fn from_tag(tag: &str) -> ::core::option::Option<Self> {
            let bytes = tag.as_bytes();
            let mut i = 0;
            while i < TAGS.len() {
                if same(bytes, 0, bytes.len(), TAGS[i].as_bytes()) {
                    return ::core::option::Option::Some(Self::ALL[i]);
                }
                i += 1;
            }
            ::core::option::Option::None
        }

        $negotiate_doc
        #[must_use]
        pub const fn negotiate(accept_language: &str) -> Self {
            let text = accept_language.as_bytes();
            let mut best = 0;
            let mut best_quality = 0;
            let mut at = 0;
            while at < text.len() {
                let (a, b, quality, next) = element(text, at);
                if a < b && quality > best_quality {
                    let found = if is_star(text, a, b) {
                        ::core::option::Option::Some(unnamed(text))
                    } else {
                        find(text, a, b)
                    };
                    if let ::core::option::Option::Some(i) = found {
                        best = i;
                        best_quality = quality;
                    }
                }
                at = next;
            }
            Self::ALL[best]
        }
    }
};
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[LANGUAGE_ENUM]);
}
