//! The language enum on its own: its variants, `ALL`, `tag()`,
//! `from_tag()`, `negotiate()`, `Display`, `FromStr` and its error type.
//! It knows nothing about status codes, so that any table can use it.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, TokenStream};
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
    let keys = keys(languages);
    let key_count = len(keys.len());
    let longest = len(keys.iter().map(|(key, ..)| key.len()).max().unwrap_or(0));
    let slots = slots(&keys);
    let slot_count = len(slots.len());
    let slots = slots.into_iter().map(len);
    let slots = quote!(#(#slots),*);
    let keys: TokenStream = keys
        .iter()
        .map(|(key, exact, first)| {
            let (key, exact, first) = (Literal::byte_string(key), len(*exact), len(*first));
            quote!((#key, #exact, #first),)
        })
        .collect();
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
         It reads the value once, each range a bounded number of times, and looks ranges \
         up in a hash table of the tags: its cost grows with the value's length, hardly with \
         the number of languages. It allocates nothing, works in `no_std` and `const` \
         contexts, and never panics."
    ));

    let fills: [(&str, &dyn ToTokens); 20] = [
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
        ("keys", &keys),
        ("key_count", &key_count),
        ("longest", &longest),
        ("slots", &slots),
        ("slot_count", &slot_count),
        ("all", &all),
        ("primary", primary),
        ("tag_arms", &tag_arms),
        ("negotiate_doc", &negotiate_doc),
    ];
    fill(LANGUAGE_ENUM, &fills)
}

/// `b` as the generated `fold` reads it: ASCII letters in lower case, `_`
/// as `-`.
fn fold(b: u8) -> u8 {
    if b == b'_' {
        b'-'
    } else {
        b.to_ascii_lowercase()
    }
}

/// The generated `KEYS`: every tag and every prefix of one that ends before
/// a `-`, folded, in byte order; with each, the first language whose tag it
/// is (the number of languages when none) and the first language whose tag
/// it starts (`zh` starts `zh-CN`, and a tag starts itself).
fn keys(languages: &[(String, String)]) -> Vec<(Vec<u8>, usize, usize)> {
    let none = languages.len();
    let mut keys: BTreeMap<Vec<u8>, (usize, usize)> = BTreeMap::new();
    for (i, (tag, _)) in languages.iter().enumerate() {
        let tag = tag.as_bytes();
        for end in (1..=tag.len()).filter(|&end| end == tag.len() || tag[end] == b'-') {
            let key = tag[..end].iter().copied().map(fold).collect();
            let (exact, _) = keys.entry(key).or_insert((none, i));
            if end == tag.len() && *exact == none {
                *exact = i;
            }
        }
    }
    keys.into_iter()
        .map(|(key, (exact, first))| (key, exact, first))
        .collect()
}

/// The generated `hash`: FNV-1a (32 bits) of the folded key.
fn hash(key: &[u8]) -> u32 {
    key.iter().fold(0x811c_9dc5, |hash, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The generated `SLOTS`: an open-addressing table of the keys, at least
/// twice as many slots as keys (a power of two), each key at the slot of
/// its hash or after it; `keys.len()` in an empty slot.
fn slots(keys: &[(Vec<u8>, usize, usize)]) -> Vec<usize> {
    let mut slots = vec![keys.len(); (2 * keys.len()).next_power_of_two().max(2)];
    let mask = slots.len() - 1;
    for (i, (key, ..)) in keys.iter().enumerate() {
        let mut slot = hash(key) as usize & mask;
        while slots[slot] != keys.len() {
            slot = (slot + 1) & mask;
        }
        slots[slot] = i;
    }
    slots
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
    /// Every tag, and every prefix of one that ends before a `-`,
    /// folded; with each, the first language whose tag it is
    /// (`ALL.len()` when none) and the first language whose tag it starts.
    const KEYS: [(&[u8], usize, usize); $key_count] = [$keys];

    /// The longest key.
    const LONGEST: usize = $longest;

    /// The index in `KEYS` of each key, at the slot of its `hash` or
    /// after it (open addressing); `KEYS.len()` in an empty slot. At
    /// least half the slots are empty.
    const SLOTS: [usize; $slot_count] = [$slots];

    /// `b` with ASCII letters in lower case and `_` as `-`.
    const fn fold(b: u8) -> u8 {
        if b == b'_' { b'-' } else { b.to_ascii_lowercase() }
    }

    /// FNV-1a (32 bits) of `text[start..end]`, folded.
    const fn hash(text: &[u8], start: usize, end: usize) -> u32 {
        let mut hash: u32 = 0x811c_9dc5;
        let mut i = start;
        while i < end {
            hash = (hash ^ fold(text[i]) as u32).wrapping_mul(0x0100_0193);
            i += 1;
        }
        hash
    }

    /// Whether `text[start..end]`, folded, is `key`.
    const fn same(text: &[u8], start: usize, end: usize, key: &[u8]) -> bool {
        if end - start != key.len() {
            return false;
        }
        let mut i = 0;
        while i < key.len() {
            if fold(text[start + i]) != key[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The index in `KEYS` of `text[start..end]`, folded; `KEYS.len()`
    /// when it is not a key. It reads at most `LONGEST` bytes of the
    /// text, a few times.
    const fn key(text: &[u8], start: usize, end: usize) -> usize {
        if end - start > LONGEST {
            return KEYS.len();
        }
        let mut slot = hash(text, start, end) as usize & (SLOTS.len() - 1);
        while SLOTS[slot] < KEYS.len() && !same(text, start, end, KEYS[SLOTS[slot]].0) {
            slot = (slot + 1) & (SLOTS.len() - 1);
        }
        SLOTS[slot]
    }

    /// The language the range `text[start..end]` (not `*`) finds:
    /// RFC 4647 lookup, which drops subtags from the end (and a
    /// singleton left last) until a tag matches; else the first tag
    /// the range starts.
    const fn find(text: &[u8], start: usize, end: usize) -> ::core::option::Option<usize> {
        let whole = key(text, start, end);
        let mut k = whole;
        let mut stop = end;
        loop {
            if k < KEYS.len() && KEYS[k].1 < $n {
                return ::core::option::Option::Some(KEYS[k].1);
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
            k = key(text, start, stop);
        }
        if whole < KEYS.len() {
            ::core::option::Option::Some(KEYS[whole].2)
        } else {
            ::core::option::Option::None
        }
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
            let k = key(tag.as_bytes(), 0, tag.len());
            if k < KEYS.len() && KEYS[k].1 < $n {
                ::core::option::Option::Some(Self::ALL[KEYS[k].1])
            } else {
                ::core::option::Option::None
            }
        }

        $negotiate_doc
        #[must_use]
        pub const fn negotiate(accept_language: &str) -> Self {
            let text = accept_language.as_bytes();
            // One pass: the best range so far (`*` or a language), and
            // which languages a range other than `*` names, whatever
            // its quality; `*` is resolved at the end.
            let mut named = [false; $n];
            let mut best = 0;
            let mut star = false;
            let mut best_quality = 0;
            let mut at = 0;
            while at < text.len() {
                let (a, b, quality, next) = element(text, at);
                if a < b {
                    if is_star(text, a, b) {
                        if quality > best_quality {
                            star = true;
                            best_quality = quality;
                        }
                    } else if let ::core::option::Option::Some(i) = find(text, a, b) {
                        named[i] = true;
                        if quality > best_quality {
                            best = i;
                            star = false;
                            best_quality = quality;
                        }
                    }
                }
                at = next;
            }
            if star {
                // The first language no range names; the first when
                // they all are.
                best = 0;
                while best < $n && named[best] {
                    best += 1;
                }
                if best == $n {
                    best = 0;
                }
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
