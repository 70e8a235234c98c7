//! Several languages: the language enum, its `negotiate`, and the
//! `description_in`, `translation` and `title_in` methods that read one
//! document per language.
//!
//! Two entry points:
//! - [`language_enum`] generates a language enum on its own, from a name, a
//!   visibility, attributes and BCP 47 tags: `ALL`, `tag()`, `from_tag()`,
//!   `Display`, `FromStr` (with its error type) and `negotiate()`. It knows
//!   nothing about status codes, so that any table (`code_table!`) can use
//!   it;
//! - the status table's part ([`Languages`], set in
//!   [`super::Options::languages`]) adds the tables of every translation and
//!   the methods that read them.
//!
//! Tags are checked by [`check_tag`] and named by [`variant_name`]; the
//! macro calls both on its input, so that a bad tag is an error at the call
//! site.
//!
//! Every private helper the generated code needs (the tag table, the
//! description tables, `negotiate`'s parser) lives in a `const _: () = { … };`
//! block, with the `impl` blocks that use it: nothing but the documented
//! methods is added to the user's types.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{ENUM_DERIVES, Options, derive, doc, ident, len};
use crate::model::{Entry, Table};

/// The language items of a status table: the language enum's name,
/// visibility and attributes, the primary document's tag and every
/// translation.
///
/// `T` is what validation made of each translation: a status
/// [`Table`], or a code catalogue's
/// [`Catalogue`](crate::catalogue::model::Catalogue) for `code_table!`.
#[derive(Clone, Debug)]
pub struct Languages<T = Table> {
    /// Attributes put on the language enum, before its derives. The macro
    /// passes the status enum's `derive`s unless the caller wrote a language
    /// line of its own.
    pub attrs: TokenStream,
    /// Visibility of the language enum and its error type.
    pub vis: TokenStream,
    /// Name of the language enum: `Language` unless renamed.
    pub name: Ident,
    /// The BCP 47 tag of the primary document: `zh-CN`.
    pub primary: String,
    /// The other documents, in call order.
    pub translations: Vec<Translation<T>>,
}

/// One translation of the primary document.
#[derive(Clone, Debug)]
pub struct Translation<T = Table> {
    /// Its BCP 47 tag: `en`.
    pub tag: String,
    /// Its path as the caller wrote it, for docs.
    pub display_path: String,
    /// The path for `include_bytes!`, as [`Options::tracking_path`].
    pub tracking_path: Option<String>,
    /// What validation made of it: for a status document, the codes it
    /// describes, a subset of the primary's, and its classes.
    pub table: T,
}

impl<T> Languages<T> {
    /// `enum Language` with the given visibility, for a primary document in
    /// the language `primary`.
    pub fn new(primary: impl Into<String>, vis: TokenStream) -> Self {
        Languages {
            attrs: TokenStream::new(),
            vis,
            name: Ident::new("Language", proc_macro2::Span::call_site()),
            primary: primary.into(),
            translations: Vec::new(),
        }
    }

    /// Every tag, the primary's first.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.primary.as_str())
            .chain(self.translations.iter().map(|t| t.tag.as_str()))
    }
}

/// Whether `tag` is a well-formed BCP 47 language tag (RFC 5646, section
/// 2.1), in the subset this crate accepts; the reason when it is not.
///
/// ```text
/// tag       = language ["-" script] ["-" region] *("-" variant)
///             *("-" extension) ["-" privateuse]
/// language  = 2*3ALPHA *3("-" 3ALPHA)   ; with up to three extlang subtags
///           / 4ALPHA / 5*8ALPHA
/// script    = 4ALPHA                     ; Hant
/// region    = 2ALPHA / 3DIGIT            ; CN, 419
/// variant   = 5*8alphanum / DIGIT 3alphanum
/// extension = singleton 1*("-" 2*8alphanum)   ; singleton: a letter or digit but x
/// privateuse = "x" 1*("-" 1*8alphanum)
/// ```
///
/// Letters and digits are ASCII; any case is accepted. Left out: the
/// grandfathered tags (`i-klingon`) and tags that are private use alone
/// (`x-whatever`). Whether a subtag is registered is not checked.
pub fn check_tag(tag: &str) -> Result<(), String> {
    if tag.is_empty() {
        return Err("the tag is empty".to_owned());
    }
    if let Some(c) = tag
        .chars()
        .find(|c| !c.is_ascii_alphanumeric() && *c != '-')
    {
        return Err(if c == '_' {
            "subtags are separated by `-`, not `_`".to_owned()
        } else {
            format!(
                "`{}` is not allowed: a tag is ASCII letters and digits separated by `-`",
                c.escape_debug()
            )
        });
    }
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags.iter().any(|s| s.is_empty()) {
        return Err("a subtag is empty (two `-` in a row, or one at an end)".to_owned());
    }
    if let Some(long) = subtags.iter().find(|s| s.len() > 8) {
        return Err(format!("subtag `{long}` is longer than 8 characters"));
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digit = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut rest = subtags.as_slice();
    let language = rest[0];
    if !alpha(language) || !(2..=8).contains(&language.len()) {
        return Err(format!(
            "`{language}` is not a language subtag: it is 2 or 3 letters (`zh`, `en`), or 4 to 8"
        ));
    }
    rest = &rest[1..];
    if language.len() <= 3 {
        let mut extlangs = 0;
        while let [s, after @ ..] = rest {
            if extlangs < 3 && s.len() == 3 && alpha(s) {
                extlangs += 1;
                rest = after;
            } else {
                break;
            }
        }
    }
    if let [s, after @ ..] = rest
        && s.len() == 4
        && alpha(s)
    {
        rest = after;
    }
    if let [s, after @ ..] = rest
        && ((s.len() == 2 && alpha(s)) || (s.len() == 3 && digit(s)))
    {
        rest = after;
    }
    while let [s, after @ ..] = rest {
        let variant =
            (5..=8).contains(&s.len()) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit());
        if !variant {
            break;
        }
        rest = after;
    }
    while let [s, after @ ..] = rest {
        if s.len() != 1 || s.eq_ignore_ascii_case("x") {
            break;
        }
        let count = after.iter().take_while(|t| t.len() >= 2).count();
        if count == 0 {
            return Err(format!(
                "extension `{s}` needs at least one subtag of 2 to 8 characters after it"
            ));
        }
        rest = &after[count..];
    }
    if let [s, after @ ..] = rest
        && s.eq_ignore_ascii_case("x")
    {
        if after.is_empty() {
            return Err("`x` (private use) needs at least one subtag after it".to_owned());
        }
        rest = &[];
    }
    match rest.first() {
        None => Ok(()),
        Some(s) => Err(format!(
            "subtag `{s}` is not in its place: expected language, then script (4 letters), \
             region (2 letters or 3 digits), variants (5 to 8 characters), extensions and \
             private use (`x-…`), in that order"
        )),
    }
}

/// Checks a set of tags, the primary's first: each well-formed
/// ([`check_tag`]), none given twice in any case, and no two giving the same
/// variant name ([`variant_name`]). On a problem, the position of the tag
/// at fault and what is wrong.
pub fn check_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Result<(), (usize, String)> {
    let mut seen: Vec<(&str, String)> = Vec::new();
    for (i, tag) in tags.into_iter().enumerate() {
        if let Err(why) = check_tag(tag) {
            return Err((
                i,
                format!(
                    "`{}` is not a BCP 47 language tag: {why}",
                    tag.escape_debug()
                ),
            ));
        }
        let variant = variant_name(tag);
        for (other, other_variant) in &seen {
            if other.eq_ignore_ascii_case(tag) {
                return Err((
                    i,
                    format!(
                        "language `{tag}` is given twice (as `{other}` first); each document \
                         needs a language of its own"
                    ),
                ));
            }
            if *other_variant == variant {
                return Err((
                    i,
                    format!("tags `{other}` and `{tag}` both give the variant name `{variant}`"),
                ));
            }
        }
        seen.push((tag, variant));
    }
    Ok(())
}

/// The variant name for a tag: its subtags in UpperCamelCase, `zh-CN` →
/// `ZhCn`, `pt-BR` → `PtBr`, `zh-Hant-TW` → `ZhHantTw`, `en-x-old` →
/// `EnXOld`. For a tag that [`check_tag`] accepts, always an identifier.
pub fn variant_name(tag: &str) -> String {
    let mut name = String::with_capacity(tag.len());
    for subtag in tag.split(['-', '_']) {
        let mut chars = subtag.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    name
}

/// The lines that make the compiler rebuild the invoking crate when one
/// of `translations` changes.
pub(crate) fn tracking<T>(translations: &[Translation<T>]) -> TokenStream {
    translations
        .iter()
        .filter_map(|t| {
            let path = t.tracking_path.as_ref()?;
            Some(quote! {
                // Makes the compiler rebuild this crate when the translation changes.
                const _: &[u8] = ::core::include_bytes!(#path);
            })
        })
        .collect()
}

/// How the language enum's docs name what the documents of a table hold:
/// `status_table!`'s descriptions of codes, or `code_table!`'s texts of
/// entries.
pub(crate) struct Wording {
    /// The macro: `status_table!`.
    pub(crate) macro_name: &'static str,
    /// What the primary document is: `document`, `catalogue`.
    pub(crate) document: &'static str,
    /// One item of the table, and several: `code`, `codes`.
    pub(crate) item: (&'static str, &'static str),
    /// What each language gives: `descriptions`, `texts`.
    pub(crate) texts: &'static str,
    /// The method that reads one, and what it gives: `description_in`,
    /// `a description`.
    pub(crate) method: (&'static str, &'static str),
}

/// The tracking line of each translation, and the language enum of the
/// table named `name`, each variant documented with its document; for a
/// translation, how many of the primary's items it lacks (`lacking`), whose
/// texts are then the primary's.
pub(crate) fn documented_enum<T>(
    languages: &Languages<T>,
    name: &Ident,
    display_path: &str,
    wording: &Wording,
    lacking: impl Fn(&T) -> usize,
) -> TokenStream {
    let Wording {
        macro_name,
        document,
        item: (one, several),
        texts,
        method: (method, what),
    } = wording;
    let language = &languages.name;
    let tracking = tracking(&languages.translations);
    let mut items = vec![(
        languages.primary.clone(),
        format!(
            "`{}`: the primary {document}, `{display_path}`.",
            languages.primary
        ),
    )];
    for t in &languages.translations {
        let lacking = lacking(&t.table);
        let mut text = format!("`{}`: the translation `{}`", t.tag, t.display_path);
        if lacking > 0 {
            let item = if lacking == 1 { one } else { several };
            text.push_str(&format!(
                "; for the {lacking} {item} it lacks, {texts} are the primary's"
            ));
        }
        text.push('.');
        items.push((t.tag.clone(), text));
    }
    let enum_doc = format!(
        "The languages of [`{name}`]'s {texts}: one for each document given to \
         `{macro_name}`, the primary `{display_path}` first.\n\n\
         [`{name}::{method}`] gives {what} in one of them; \
         [`{language}::negotiate`] picks one from an HTTP `Accept-Language` header."
    );
    let enum_items = language_enum(&LanguageEnum {
        name: language,
        vis: &languages.vis,
        attrs: &languages.attrs,
        doc: &enum_doc,
        languages: &items,
    });
    quote! {
        #tracking
        #enum_items
    }
}

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
    /// Each language: its tag, checked by [`check_tag`], and the variant's
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
    let error = super::errors::error_type_name("Parse", name);
    let error_derives = derive(&ENUM_DERIVES[..6]);
    let n = len(languages.len());
    let enum_doc = doc(enum_doc);
    let variants: Vec<Ident> = languages
        .iter()
        .map(|(tag, _)| ident(&variant_name(tag)))
        .collect();
    let variant_items = languages.iter().zip(&variants).map(|((_, text), variant)| {
        let docs = doc(text);
        quote!(#docs #variant,)
    });
    let tags = languages.iter().map(|(tag, _)| tag.as_str());
    let tag_arms = languages
        .iter()
        .zip(&variants)
        .map(|((tag, _), variant)| quote!(#name::#variant => #tag,));
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

    quote! {
        #enum_doc
        #attrs
        #derives
        #vis enum #name {
            #(#variant_items)*
        }

        impl ::core::fmt::Display for #name {
            /// Writes the tag: `zh-CN`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.tag())
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = #error;

            /// Reads a tag in any ASCII case, with `_` or `-` between
            /// subtags: `"zh-CN"`, `"zh_cn"`.
            fn from_str(s: &str) -> ::core::result::Result<Self, #error> {
                match Self::from_tag(s) {
                    ::core::option::Option::Some(language) => ::core::result::Result::Ok(language),
                    ::core::option::Option::None => ::core::result::Result::Err(#error { _private: () }),
                }
            }
        }

        #error_doc
        #error_derives
        #vis struct #error {
            _private: (),
        }

        impl ::core::fmt::Display for #error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#error_message)
            }
        }

        impl ::core::error::Error for #error {}

        const _: () = {
            /// The tags, in the order of `ALL`.
            const TAGS: [&str; #n] = [#(#tags),*];

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

            impl #name {
                /// Every language, the primary document's first.
                pub const ALL: [Self; #n] = [#(Self::#variants),*];

                /// The language of the primary document, which
                /// descriptions fall back to.
                pub const PRIMARY: Self = Self::#primary;

                /// The BCP 47 tag, as the macro's input writes it: `zh-CN`.
                #[must_use]
                pub const fn tag(self) -> &'static str {
                    match self {
                        #(#tag_arms)*
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

                #negotiate_doc
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
    }
}

/// The items a status table adds for its languages, when the caller named
/// them: the language enum and a tracking line per translation (items of
/// the caller's module), and the tables and impls that read the
/// translations (items of the status enum's `const _` block, where they
/// share its `index`): `description_in` and `translation` on the status
/// enum, `title_in` on the class enum.
pub(super) fn expand(table: &Table, options: &Options) -> (TokenStream, TokenStream) {
    let Some(languages) = &options.languages else {
        return (TokenStream::new(), TokenStream::new());
    };
    let name = &options.name;
    let class_name = &options.class_name;
    let language = &languages.name;
    let outside = documented_enum(
        languages,
        name,
        &options.display_path,
        &Wording {
            macro_name: "status_table!",
            document: "document",
            item: ("code", "codes"),
            texts: "descriptions",
            method: ("description_in", "a description"),
        },
        |translation| {
            table
                .entries
                .iter()
                .filter(|e| !translation.entries.iter().any(|x| x.code == e.code))
                .count()
        },
    );

    let n = len(table.entries.len());
    let count = len(1 + languages.translations.len());
    let status_items = if table.entries.is_empty() {
        quote! {
            impl #name {
                /// The description in `language`.
                #[must_use]
                pub const fn description_in(self, language: #language) -> &'static str {
                    let _ = language;
                    match self {}
                }

                /// The description in `language`, if its document has one.
                #[must_use]
                pub const fn translation(self, language: #language) -> ::core::option::Option<&'static str> {
                    let _ = language;
                    match self {}
                }
            }
        }
    } else {
        // For each language (the primary first), the entry of its document
        // for each code of the primary, if it has one.
        let rows = |of: &dyn Fn(&Entry, Option<&Entry>) -> TokenStream| -> Vec<TokenStream> {
            std::iter::once(&table.entries)
                .chain(languages.translations.iter().map(|t| &t.table.entries))
                .map(|entries| {
                    let row = table
                        .entries
                        .iter()
                        .map(|entry| of(entry, entries.iter().find(|x| x.code == entry.code)));
                    quote!([#(#row),*])
                })
                .collect()
        };
        let descriptions = rows(&|primary, translated| {
            let text = &translated.unwrap_or(primary).text;
            quote!(#text)
        });
        let translations = rows(&|_, translated| match translated {
            Some(x) => {
                let text = &x.text;
                quote!(::core::option::Option::Some(#text))
            }
            None => quote!(::core::option::Option::None),
        });
        quote! {
            /// For each language, in the order of its `ALL`, the
            /// description of each code, in the order of the status
            /// enum's `ALL`; the primary's where a translation lacks it.
            const DESCRIPTIONS_IN: [[&str; #n]; #count] = [#(#descriptions),*];
            /// The same, `None` where a translation lacks the code.
            const TRANSLATIONS: [[::core::option::Option<&str>; #n]; #count] =
                [#(#translations),*];

            impl #name {
                /// The description of this code in `language`, as plain text
                /// (as [`description`](Self::description) gives the primary
                /// document's); the primary document's where `language`'s
                /// document lacks the code. One table load.
                #[must_use]
                #[inline]
                pub const fn description_in(self, language: #language) -> &'static str {
                    DESCRIPTIONS_IN[language as usize][index(self)]
                }

                /// The description of this code in `language`'s own document,
                /// or `None` where that document lacks the code (translations
                /// lag behind). For the primary language, always `Some`.
                #[must_use]
                #[inline]
                pub const fn translation(self, language: #language) -> ::core::option::Option<&'static str> {
                    TRANSLATIONS[language as usize][index(self)]
                }
            }
        }
    };

    let classes = len(table.classes.len());
    let titles = std::iter::once(None)
        .chain(languages.translations.iter().map(Some))
        .map(|translation| {
            let row = table.classes.iter().map(|info| {
                let title = translation
                    .and_then(|t: &Translation| {
                        t.table.classes.iter().find(|c| c.class == info.class)
                    })
                    .map_or(&info.title, |c| &c.title);
                quote!(#title)
            });
            quote!([#(#row),*])
        });

    let inside = quote! {
        #status_items
        /// For each language, the title of each class, in the order of
        /// the class enum's `ALL`; the primary's where a translation
        /// has no section for the class.
        const TITLES: [[&str; #classes]; #count] = [#(#titles),*];

        impl #class_name {
            /// The section heading that names this class in `language`'s
            /// document (as [`title`](Self::title) gives the primary's);
            /// the primary's where that document has no section for it.
            /// One table load.
            #[must_use]
            #[inline]
            pub const fn title_in(self, language: #language) -> &'static str {
                TITLES[language as usize][self as usize]
            }
        }
    };
    (outside, inside)
}

/// What a variant's docs add for the translations: each translation's
/// description under its tag, collapsed; empty without translations.
pub(super) fn variant_docs(entry: &Entry, options: &Options) -> String {
    let Some(languages) = &options.languages else {
        return String::new();
    };
    let mut out = String::new();
    for t in &languages.translations {
        let Some(translated) = t.table.entries.iter().find(|x| x.code == entry.code) else {
            continue;
        };
        let summary = if translated.reason == entry.reason {
            format!("<code>{}</code>", t.tag)
        } else {
            format!(
                "<code>{}</code>: {}",
                t.tag,
                crate::render::escape_markdown(&translated.reason)
            )
        };
        out.push_str(&format!(
            "\n\n<details><summary>{summary}</summary>\n\n{}\n\n</details>",
            translated.doc
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_tags() {
        for tag in [
            "en",
            "zh-CN",
            "pt-BR",
            "ja-JP",
            "zh-Hant-TW",
            "es-419",
            "sl-rozaj-biske",
            "de-CH-1996",
            "zh-yue-HK",
            "en-x-old",
            "zh-CN-x-old",
            "en-US-u-ca-gregory",
            "EN-us",
            "haw",
            "qaa",
        ] {
            assert_eq!(check_tag(tag), Ok(()), "{tag}");
        }
    }

    #[test]
    fn malformed_tags() {
        let cases = [
            ("", "empty"),
            ("e", "not a language subtag"),
            ("en-abcdefghi", "longer than 8"),
            ("zh_CN", "`-`, not `_`"),
            ("zh CN", "not allowed"),
            ("zh--CN", "empty"),
            ("zh-", "empty"),
            ("-zh", "empty"),
            ("1a", "not a language subtag"),
            ("中文", "not allowed"),
            ("en-x", "private use"),
            ("en-a", "extension"),
            ("x-private", "not a language subtag"),
            ("en-US-GB", "not in its place"),
            ("en-Latn-Latn", "not in its place"),
        ];
        for (tag, why) in cases {
            let error = check_tag(tag).expect_err(tag);
            assert!(error.contains(why), "{tag}: {error}");
        }
    }

    #[test]
    fn sets_of_tags() {
        assert_eq!(check_tags(["zh-CN", "en", "ja-JP"]), Ok(()));
        let (at, why) = check_tags(["zh-CN", "en", "EN"]).unwrap_err();
        assert_eq!(at, 2);
        assert!(why.contains("given twice (as `en` first)"), "{why}");
        let (at, why) = check_tags(["zh-CN", "zh-cn"]).unwrap_err();
        assert_eq!(at, 1);
        assert!(why.contains("twice"), "{why}");
        let (at, why) = check_tags(["en", "zh_CN"]).unwrap_err();
        assert_eq!(at, 1);
        assert!(why.contains("not a BCP 47 language tag"), "{why}");
    }

    #[test]
    fn variant_names_are_upper_camel_case() {
        assert_eq!(variant_name("zh-CN"), "ZhCn");
        assert_eq!(variant_name("pt-BR"), "PtBr");
        assert_eq!(variant_name("en"), "En");
        assert_eq!(variant_name("ja-JP"), "JaJp");
        assert_eq!(variant_name("zh-Hant-TW"), "ZhHantTw");
        assert_eq!(variant_name("en-x-old"), "EnXOld");
        assert_eq!(variant_name("es-419"), "Es419");
    }
}
