//! [`Table`] to Rust: the status enum, its class enum, their methods and
//! trait impls, and two error types.
//!
//! The generated code refers to everything by absolute path (`::core::…`),
//! uses no trait method that needs a prelude, and has no `unsafe`, so it
//! compiles in `no_std`, `no_implicit_prelude` and `forbid(unsafe_code)`
//! crates, and next to a crate's own `Result`, `Option` or `fmt`.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Class, ClassInfo, Entry, Flag, Table};
use crate::render::escape_markdown;

pub mod language;

/// How the generated items are named and decorated.
#[derive(Clone, Debug)]
pub struct Options {
    /// Attributes put on the status enum, after its docs and before its
    /// derives: `#[non_exhaustive]`, `#[derive(serde::Serialize)]`.
    pub attrs: TokenStream,
    /// Visibility of every generated item: `pub`, `pub(crate)`, or nothing.
    pub vis: TokenStream,
    /// Name of the status enum.
    pub name: Ident,
    /// Attributes put on the class enum.
    pub class_attrs: TokenStream,
    /// Visibility of the class enum.
    pub class_vis: TokenStream,
    /// Name of the class enum.
    pub class_name: Ident,
    /// The document's path as the user wrote it, for docs and messages.
    pub display_path: String,
    /// The path for `include_bytes!`, so that the compiler rebuilds when the
    /// document changes; `None` emits no tracking line.
    pub tracking_path: Option<String>,
    /// The languages, when the caller gave the primary document's tag
    /// (`as "zh-CN"`): a language enum, `description_in`, `translation` and
    /// `title_in`. `None` generates none of them.
    pub languages: Option<language::Languages>,
}

impl Options {
    /// `pub enum StatusCode` and `pub enum StatusClass` for the document at
    /// `display_path`.
    pub fn new(display_path: impl Into<String>) -> Self {
        Options {
            attrs: TokenStream::new(),
            vis: quote!(pub),
            name: Ident::new("StatusCode", Span::call_site()),
            class_attrs: TokenStream::new(),
            class_vis: quote!(pub),
            class_name: Ident::new("StatusClass", Span::call_site()),
            display_path: display_path.into(),
            tracking_path: None,
            languages: None,
        }
    }

    fn parse_error(&self) -> Ident {
        format_ident!("Parse{}Error", self.name)
    }

    fn unknown_error(&self) -> Ident {
        format_ident!("Unknown{}", self.name)
    }
}

/// The generated items for `table`.
pub fn expand(table: &Table, options: &Options) -> TokenStream {
    let tracking = options.tracking_path.as_ref().map(|path| {
        quote! {
            // Makes the compiler rebuild this crate when the document changes.
            const _: &[u8] = ::core::include_bytes!(#path);
        }
    });
    let status = status_enum(table, options);
    let class = class_enum(table, options);
    let conversions = conversions(options);
    let errors = errors(table, options);
    let languages = language::expand(table, options);
    quote! {
        #tracking
        #status
        #class
        #conversions
        #errors
        #languages
    }
}

/// The items after a problem in the document: the valid part of `table`,
/// and every class the document lacks (without codes), so that code naming
/// any class, or calling `class()`, keeps compiling and the only errors are
/// the document's.
pub fn skeleton(table: &Table, options: &Options) -> TokenStream {
    let mut complete = table.clone();
    for class in all_classes() {
        if !complete.classes.iter().any(|info| info.class == class) {
            complete.classes.push(ClassInfo {
                class,
                title: class.english().to_owned(),
                intro: String::new(),
            });
        }
    }
    expand(&complete, options)
}

/// The five classes, in the order of their digits.
fn all_classes() -> impl Iterator<Item = Class> {
    (1..=5).filter_map(|digit| Class::of(digit * 100))
}

/// One `#[doc = "…"]` attribute holding all of `markdown`, each non-empty
/// line prefixed by a space, as `///` comments expand: rustdoc renders it
/// exactly as one attribute per line (it joins attributes with line breaks,
/// then removes the common indentation of every line), but it is one token
/// and one attribute for the compiler, whatever the number of lines. One
/// attribute per line cost the compiler about 750 bytes of memory per byte
/// of a description of short lines.
fn doc(markdown: &str) -> TokenStream {
    if markdown.is_empty() {
        return TokenStream::new();
    }
    let mut text = String::with_capacity(markdown.len() + markdown.len() / 8 + 1);
    for (i, line) in markdown.lines().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        if !line.is_empty() {
            text.push(' ');
            text.push_str(line);
        }
    }
    quote!(#[doc = #text])
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn variant(entry: &Entry) -> Ident {
    ident(&entry.ident)
}

fn class_variant(class: Class) -> Ident {
    ident(class.ident())
}

/// A `[T; N]` type whose length is written as a plain number.
fn len(n: usize) -> Literal {
    Literal::usize_unsuffixed(n)
}

/// The traits both generated enums derive, with the `core` module of each.
/// The error types derive the first six: all but the ordering.
pub const ENUM_DERIVES: [(&str, &str); 8] = [
    ("clone", "Clone"),
    ("marker", "Copy"),
    ("fmt", "Debug"),
    ("cmp", "PartialEq"),
    ("cmp", "Eq"),
    ("hash", "Hash"),
    ("cmp", "PartialOrd"),
    ("cmp", "Ord"),
];

/// `#[derive(::core::clone::Clone, …)]` for `traits`.
fn derive(traits: &[(&str, &str)]) -> TokenStream {
    let paths = traits.iter().map(|(module, name)| {
        let (module, name) = (ident(module), ident(name));
        quote!(::core::#module::#name)
    });
    quote!(#[derive(#(#paths),*)])
}

fn status_enum(table: &Table, options: &Options) -> TokenStream {
    let enum_derives = derive(&ENUM_DERIVES);
    let Options {
        attrs, vis, name, ..
    } = options;
    let path = &options.display_path;
    let n = table.entries.len();

    let mut enum_doc = table.intro.clone();
    if !enum_doc.is_empty() {
        enum_doc.push_str("\n\n");
    }
    enum_doc.push_str(&format!(
        "Generated by `status_table!` from `{path}`: {n} status codes in {} classes, \
         in document order. The discriminant of each variant is its code.",
        table.classes.len()
    ));
    let enum_doc = doc(&enum_doc);

    let variants = table.entries.iter().map(|entry| {
        let heading = variant_heading(entry);
        let mut docs = if entry.doc.is_empty() {
            heading
        } else {
            format!("{heading}\n\n{}", entry.doc)
        };
        docs.push_str(&language::variant_docs(entry, options));
        let docs = doc(&docs);
        let alias = entry.code.to_string();
        let variant = variant(entry);
        let code = Literal::u16_unsuffixed(entry.code);
        let deprecated = entry.flags.deprecated.then(|| {
            let note = format!("{} {} is deprecated", entry.code, entry.reason);
            quote!(#[deprecated(note = #note)])
        });
        quote! {
            #docs
            #[doc(alias = #alias)]
            #deprecated
            #variant = #code,
        }
    });
    let repr = (n > 0).then(|| quote!(#[repr(u16)]));

    let all = table.entries.iter().map(variant);
    let n_lit = len(n);
    let methods = if n == 0 {
        empty_methods(options)
    } else {
        methods(table, options)
    };
    let flag_methods = flag_methods(table);
    // All five, whatever classes the document has: code calling
    // `is_server_error()` keeps compiling when a section is missing or, after
    // an error, left out. A class without a section holds no code.
    let class_predicates = all_classes().map(|class| {
        let predicate = ident(class.predicate());
        let digit = Literal::u16_unsuffixed(class.digit());
        let doc = doc(
            &match table.classes.iter().find(|info| info.class == class) {
                Some(info) => format!(
                    "Whether the code is in class `{}` ({}xx, {}).",
                    class.ident(),
                    class.digit(),
                    info.title
                ),
                None => format!(
                    "Whether the code is a {} ({}xx): never, since `{}` has no section for it.",
                    class.english(),
                    class.digit(),
                    options.display_path
                ),
            },
        );
        quote! {
            #doc
            #[must_use]
            #[inline]
            pub const fn #predicate(self) -> bool {
                self.code() / 100 == #digit
            }
        }
    });

    quote! {
        #enum_doc
        #attrs
        #enum_derives
        #repr
        #vis enum #name {
            #(#variants)*
        }

        // The generated code names deprecated variants without a warning;
        // the user's code gets one.
        #[allow(deprecated)]
        impl #name {
            /// Every status code in the document, in document order.
            pub const ALL: [Self; #n_lit] = [#(Self::#all),*];

            #methods

            #(#class_predicates)*

            #flag_methods
        }
    }
}

/// The first line of a variant's docs: the code and reason phrase in bold
/// (linked where the title was a link), the title's note, and markers for
/// experimental and non-standard codes (rustdoc shows deprecation itself).
fn variant_heading(entry: &Entry) -> String {
    let line = format!("{} {}", entry.code, escape_markdown(&entry.reason));
    let mut heading = match &entry.link {
        Some(url) => format!("**[{line}](<{url}>)**"),
        None => format!("**{line}**"),
    };
    if let Some(note) = &entry.note {
        heading.push_str(&format!(" ({})", note.doc));
    }
    for flag in [Flag::Experimental, Flag::NonStandard] {
        if entry.flags.has(flag) {
            heading.push_str(&format!(" *({})*", flag.word()));
        }
    }
    heading
}

/// `is_deprecated()`, `is_experimental()` and `is_non_standard()`.
fn flag_methods(table: &Table) -> TokenStream {
    Flag::ALL
        .iter()
        .map(|&flag| {
            let method = format_ident!("is_{}", flag.word().replace('-', "_"));
            let marker = format!("{{{{{}_inline}}}}", flag.word());
            let doc = doc(&format!(
                "Whether the document marks this code as {} (`{marker}` after its title).",
                flag.word()
            ));
            let members: Vec<Ident> = table
                .entries
                .iter()
                .filter(|entry| entry.flags.has(flag))
                .map(variant)
                .collect();
            let body = if members.is_empty() {
                quote!(let _ = self; false)
            } else {
                quote!(::core::matches!(self, #(Self::#members)|*))
            };
            quote! {
                #doc
                #[must_use]
                #[inline]
                pub const fn #method(self) -> bool {
                    #body
                }
            }
        })
        .collect()
}

/// Methods of a status enum with at least one variant.
fn methods(table: &Table, options: &Options) -> TokenStream {
    let class_name = &options.class_name;
    let n = len(table.entries.len());
    let min = table.entries.iter().map(|e| e.code).min().unwrap_or(100);
    let max = table.entries.iter().map(|e| e.code).max().unwrap_or(100);
    let span = len(usize::from(max - min) + 1);
    let min_lit = Literal::u16_unsuffixed(min);
    let max_lit = Literal::u16_unsuffixed(max);
    let slot = if table.entries.len() < usize::from(u8::MAX) {
        quote!(u8)
    } else {
        quote!(u16)
    };

    let reasons = table.entries.iter().map(|e| e.reason.as_str());
    let lines = table
        .entries
        .iter()
        .map(|e| format!("{} {}", e.code, e.reason));
    let texts = table.entries.iter().map(|e| e.text.as_str());

    let class_arms = table.classes.iter().map(|info| {
        let class = class_variant(info.class);
        let members: Vec<Ident> = table
            .entries
            .iter()
            .filter(|e| e.class() == info.class)
            .map(variant)
            .collect();
        // A class whose entries were all left out after an error has no arm:
        // an empty or-pattern would be a syntax error, reported before the
        // document's own.
        (!members.is_empty()).then(|| quote!(#(Self::#members)|* => #class_name::#class,))
    });

    let (phrase_items, from_reason_body) = match PhraseHash::search(&table.entries) {
        Some(hash) => hashed_from_reason(table, &hash),
        None => (TokenStream::new(), bucketed_from_reason(table)),
    };

    quote! {
        /// The smallest code in the document.
        const MIN: u16 = #min_lit;
        /// The largest code in the document.
        const MAX: u16 = #max_lit;
        /// For each code from `MIN` to `MAX`, one more than its position in
        /// `ALL`, or 0 where the document lists no such code.
        const SLOTS: [#slot; #span] = {
            let mut slots = [0; #span];
            let mut i = 0;
            while i < Self::ALL.len() {
                slots[(Self::ALL[i] as u16 - Self::MIN) as usize] = (i + 1) as #slot;
                i += 1;
            }
            slots
        };
        /// For each number from 0 to 999, the status with that code, if the
        /// document lists it. Indexed by the code itself, so that
        /// `from_u16` is one comparison and one load, and a number read from
        /// three digits needs no range check at all.
        const BY_CODE: [::core::option::Option<Self>; 1000] = {
            let mut by_code = [::core::option::Option::None; 1000];
            let mut i = 0;
            while i < Self::ALL.len() {
                by_code[Self::ALL[i] as usize] = ::core::option::Option::Some(Self::ALL[i]);
                i += 1;
            }
            by_code
        };
        /// Reason phrases, in the order of `ALL`.
        const REASONS: [&'static str; #n] = [#(#reasons),*];
        /// Code and reason phrase, in the order of `ALL`.
        const LINES: [&'static str; #n] = [#(#lines),*];
        /// Plain-text descriptions, in the order of `ALL`.
        const DESCRIPTIONS: [&'static str; #n] = [#(#texts),*];
        #phrase_items

        /// The position of this code in `ALL`.
        #[inline]
        const fn index(self) -> usize {
            Self::SLOTS[(self as u16 - Self::MIN) as usize] as usize - 1
        }

        /// The numeric status code, such as `404`.
        #[must_use]
        #[inline]
        pub const fn code(self) -> u16 {
            self as u16
        }

        /// The status code with number `code`, if the document lists it.
        #[must_use]
        #[inline]
        pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
            if code <= Self::MAX {
                Self::BY_CODE[code as usize]
            } else {
                ::core::option::Option::None
            }
        }

        /// The reason phrase, exactly as the document writes it.
        #[must_use]
        #[inline]
        pub const fn reason(self) -> &'static str {
            Self::REASONS[self.index()]
        }

        /// The code and reason phrase, as `Display` prints them: `404 Not Found`.
        #[must_use]
        #[inline]
        pub const fn as_str(self) -> &'static str {
            Self::LINES[self.index()]
        }

        /// The document's description of this code, as plain text: Markdown
        /// markup removed, each paragraph and list item on a line of its own.
        #[must_use]
        #[inline]
        pub const fn description(self) -> &'static str {
            Self::DESCRIPTIONS[self.index()]
        }

        /// The class of this code: the section of the document it is listed in.
        #[must_use]
        #[inline]
        pub const fn class(self) -> #class_name {
            match self {
                #(#class_arms)*
            }
        }

        /// The status code whose reason phrase is `reason`, ignoring ASCII case:
        /// `"not found"` gives the code for `Not Found`.
        #[must_use]
        pub const fn from_reason(reason: &str) -> ::core::option::Option<Self> {
            #from_reason_body
        }

        /// Whether `input` is `reason` in any ASCII case, like
        /// `eq_ignore_ascii_case`, but without a branch per byte: each byte
        /// must equal the phrase's, or differ only in the case bit (0x20)
        /// where the phrase has an ASCII letter.
        #[inline]
        const fn eq_reason(input: &[u8], reason: &[u8]) -> bool {
            if input.len() != reason.len() {
                return false;
            }
            let mut diff = 0;
            let mut i = 0;
            while i < reason.len() {
                let is_letter = (reason[i] | 0x20).wrapping_sub(b'a') < 26;
                let case_bit = if is_letter { 0x20 } else { 0 };
                diff |= (input[i] ^ reason[i]) & !case_bit;
                i += 1;
            }
            diff == 0
        }

        /// Reads `"404"`, `"Not Found"` (any ASCII case) or `"404 Not Found"`.
        #[inline]
        const fn parse(s: &str) -> ::core::option::Option<Self> {
            let bytes = s.as_bytes();
            // No reason phrase starts with a digit. Testing the first byte
            // alone first keeps phrases off the code path's length checks.
            if !::core::matches!(bytes, [b'0'..=b'9', ..]) {
                return Self::from_reason(s);
            }
            match bytes {
                [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => {
                    Self::BY_CODE[Self::three_digits(*a, *b, *c) as usize]
                }
                _ => Self::parse_code_and_reason(bytes),
            }
        }

        /// Reads `"404 Not Found"` (any ASCII case). Out of `parse`, so
        /// that `parse` stays small enough to inline.
        const fn parse_code_and_reason(bytes: &[u8]) -> ::core::option::Option<Self> {
            match bytes {
                [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9', b' ', reason @ ..] => {
                    match Self::from_u16(Self::three_digits(*a, *b, *c)) {
                        ::core::option::Option::Some(status)
                            if Self::eq_reason(reason, status.reason().as_bytes()) =>
                        {
                            ::core::option::Option::Some(status)
                        }
                        _ => ::core::option::Option::None,
                    }
                }
                _ => ::core::option::Option::None,
            }
        }

        /// The number that three ASCII digits spell.
        #[inline]
        const fn three_digits(a: u8, b: u8, c: u8) -> u16 {
            (a - b'0') as u16 * 100 + (b - b'0') as u16 * 10 + (c - b'0') as u16
        }
    }
}

/// A perfect hash of the reason phrases: for an input of `len` bytes whose
/// first and last bytes, with the ASCII case bit set, are `first` and
/// `last`, the slot is
/// `(len * a ^ first * b ^ last * c) >> (32 - bits)` (wrapping `u32`
/// arithmetic), and no two phrases share a slot of the `1 << bits`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PhraseHash {
    a: u32,
    b: u32,
    c: u32,
    bits: u32,
}

impl PhraseHash {
    /// Candidates tried for each table size. The search is deterministic:
    /// the multipliers come from a fixed sequence.
    const ATTEMPTS: u32 = 4096;
    /// Table sizes tried: from the smallest power of two that holds every
    /// phrase to `1 << EXTRA_BITS` times that.
    const EXTRA_BITS: u32 = 3;
    /// The largest table: beyond it, the phrases are matched as before.
    const MAX_BITS: u32 = 10;
    /// The largest expected number of colliding pairs, `n (n - 1) / 2`
    /// over the table size, for which a size is tried: a random hash is
    /// perfect with a chance of about `e` to the minus that, so beyond it
    /// the search would only spend expansion time.
    const MAX_EXPECTED_COLLISIONS: usize = 12;

    /// The key of a phrase: its length and its first and last bytes with the
    /// case bit set, as the generated code computes them.
    fn key(phrase: &[u8]) -> Option<(u32, u32, u32)> {
        let (first, last) = (phrase.first()?, phrase.last()?);
        let len = u32::try_from(phrase.len()).ok()?;
        Some((len, u32::from(first | 0x20), u32::from(last | 0x20)))
    }

    fn slot(&self, (len, first, last): (u32, u32, u32)) -> usize {
        let mixed =
            len.wrapping_mul(self.a) ^ first.wrapping_mul(self.b) ^ last.wrapping_mul(self.c);
        (mixed >> (32 - self.bits)) as usize
    }

    /// A hash under which the phrases of `entries` take distinct slots, or
    /// `None` when there is none within the bounded search (two phrases
    /// with the same key, an empty phrase, or bad luck).
    fn search(entries: &[Entry]) -> Option<PhraseHash> {
        let keys: Vec<(u32, u32, u32)> = entries
            .iter()
            .map(|entry| Self::key(entry.reason.as_bytes()))
            .collect::<Option<_>>()?;
        // The table holds positions as `u8`, one of them for "none".
        if keys.len() >= usize::from(u8::MAX) {
            return None;
        }
        let pairs = keys.len() * keys.len().saturating_sub(1) / 2;
        let min_bits = keys.len().next_power_of_two().trailing_zeros().max(1);
        // splitmix64, from a fixed seed.
        let mut state: u64 = 0x0404_5EED_0000_0012;
        let mut next = move || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            ((z ^ (z >> 31)) >> 32) as u32 | 1
        };
        let mut taken = Vec::new();
        for bits in min_bits..=(min_bits + Self::EXTRA_BITS).min(Self::MAX_BITS) {
            if pairs > Self::MAX_EXPECTED_COLLISIONS << bits {
                continue;
            }
            for _ in 0..Self::ATTEMPTS {
                let hash = PhraseHash {
                    a: next(),
                    b: next(),
                    c: next(),
                    bits,
                };
                taken.clear();
                taken.resize(1 << bits, false);
                let perfect = keys
                    .iter()
                    .all(|&key| !std::mem::replace(&mut taken[hash.slot(key)], true));
                if perfect {
                    return Some(hash);
                }
            }
        }
        None
    }
}

/// The bytes of `phrase` that the generated comparison reads as its
/// `word`-th little-endian `u64`: for a phrase of 8 bytes or more, the 8
/// from `min(8 * word, len - 8)` (the last word overlaps the one before);
/// for a shorter one, word 0 holds bytes `min(j, len - 1)` for `j` in
/// `0..8`, and the others are not read. Non-empty phrases only.
fn phrase_word(phrase: &[u8], word: usize) -> Option<[u8; 8]> {
    let n = phrase.len();
    if n >= 8 {
        let at = (8 * word).min(n - 8);
        phrase[at..at + 8].try_into().ok()
    } else if word == 0 {
        Some(std::array::from_fn(|j| phrase[j.min(n - 1)]))
    } else {
        None
    }
}

/// The words a case-insensitive comparison with `phrase` checks, as
/// `(lower, mask)` pairs: an input word `w` matches when
/// `w | mask == lower`, where `mask` has the case bit (0x20) at each ASCII
/// letter of the phrase and `lower` is the phrase with those bits set.
fn phrase_words(phrase: &[u8], words: usize) -> Vec<(u64, u64)> {
    (0..words)
        .map(|word| match phrase_word(phrase, word) {
            Some(bytes) => {
                let mask = bytes.map(|b| {
                    if (b | 0x20).wrapping_sub(b'a') < 26 {
                        0x20
                    } else {
                        0
                    }
                });
                let lower = std::array::from_fn(|j| bytes[j] | mask[j]);
                (u64::from_le_bytes(lower), u64::from_le_bytes(mask))
            }
            None => (0, 0),
        })
        .collect()
}

/// The items and body of `from_reason` with a perfect hash: the input's
/// slot holds the only phrase it can be, and one comparison decides, a
/// fixed number of `u64` words long whatever the phrase, so that it has no
/// loop whose length depends on the input. An empty slot holds a length no
/// input has.
fn hashed_from_reason(table: &Table, hash: &PhraseHash) -> (TokenStream, TokenStream) {
    let n = table.entries.len();
    let mut slots = vec![n; 1 << hash.bits];
    for (i, entry) in table.entries.iter().enumerate() {
        if let Some(key) = PhraseHash::key(entry.reason.as_bytes()) {
            slots[hash.slot(key)] = i;
        }
    }
    let slots_len = len(slots.len());
    let slots = slots.iter().map(|&i| Literal::u8_unsuffixed(i as u8));
    let longest = table
        .entries
        .iter()
        .map(|e| e.reason.len())
        .max()
        .unwrap_or(1);
    let words = longest.div_ceil(8).max(1);
    let words_lit = len(words);
    let word_array = |values: &mut dyn Iterator<Item = u64>| {
        let values = values.map(Literal::u64_unsuffixed);
        quote!([#(#values),*])
    };
    let phrases = table.entries.iter().map(|entry| {
        let variant = variant(entry);
        let words = phrase_words(entry.reason.as_bytes(), words);
        let length = len(entry.reason.len());
        let lower = word_array(&mut words.iter().map(|w| w.0));
        let mask = word_array(&mut words.iter().map(|w| w.1));
        quote!((Self::#variant, #length, #lower, #mask))
    });
    let filler = variant(&table.entries[0]);
    let zeros = word_array(&mut std::iter::repeat_n(0, words));
    let phrases_len = len(n + 1);
    let (a, b, c) = (
        Literal::u32_unsuffixed(hash.a),
        Literal::u32_unsuffixed(hash.b),
        Literal::u32_unsuffixed(hash.c),
    );
    let shift = Literal::u32_unsuffixed(32 - hash.bits);
    let items = quote! {
        /// For each value of the phrase hash, the position in `__PHRASES`
        /// of the only phrase with that hash, or of the entry after them.
        const __PHRASE_SLOTS: [u8; #slots_len] = [#(#slots),*];
        /// Each status, the length of its reason phrase, and the words of
        /// the phrase with the case bit set at each letter and that bit
        /// alone, in the order of `ALL`; then a length no input has.
        const __PHRASES: [(Self, usize, [u64; #words_lit], [u64; #words_lit]); #phrases_len] =
            [#(#phrases,)* (Self::#filler, usize::MAX, #zeros, #zeros)];

        /// The 8 bytes of `input` from `at` as a little-endian `u64`; 0
        /// past the end, which the callers never reach.
        #[inline]
        const fn __phrase_word(input: &[u8], at: usize) -> u64 {
            match input.split_at_checked(at) {
                ::core::option::Option::Some((_, rest)) => match rest.first_chunk::<8>() {
                    ::core::option::Option::Some(word) => u64::from_le_bytes(*word),
                    ::core::option::Option::None => 0,
                },
                ::core::option::Option::None => 0,
            }
        }
    };
    let body = quote! {
        let input = reason.as_bytes();
        let n = input.len();
        let (first, last) = match input {
            [first, .., last] => (*first, *last),
            [only] => (*only, *only),
            [] => return ::core::option::Option::None,
        };
        let mixed = (n as u32).wrapping_mul(#a)
            ^ ((first | 0x20) as u32).wrapping_mul(#b)
            ^ ((last | 0x20) as u32).wrapping_mul(#c);
        let (status, length, lower, mask) =
            Self::__PHRASES[Self::__PHRASE_SLOTS[(mixed >> #shift) as usize] as usize];
        if n != length {
            return ::core::option::Option::None;
        }
        let mut diff = 0;
        if n >= 8 {
            let mut word = 0;
            while word < #words_lit {
                let at = if 8 * word < n - 8 { 8 * word } else { n - 8 };
                diff |= (Self::__phrase_word(input, at) | mask[word]) ^ lower[word];
                word += 1;
            }
        } else {
            let mut bytes = [0; 8];
            let mut j = 0;
            while j < 8 {
                bytes[j] = input[if j < n { j } else { n - 1 }];
                j += 1;
            }
            diff = (u64::from_le_bytes(bytes) | mask[0]) ^ lower[0];
        }
        if diff == 0 {
            ::core::option::Option::Some(status)
        } else {
            ::core::option::Option::None
        }
    };
    (items, body)
}

/// The body of `from_reason` when no perfect hash was found: a dispatch on
/// the input's length and first byte (ASCII case folded), then comparisons
/// with the phrases that have both, mostly one. Each comparison is with a
/// literal, so the compiler unrolls it.
fn bucketed_from_reason(table: &Table) -> TokenStream {
    let mut buckets: BTreeMap<(usize, u8), Vec<&Entry>> = BTreeMap::new();
    for entry in &table.entries {
        let first = entry.reason.as_bytes().first().map_or(0, |b| b | 0x20);
        buckets
            .entry((entry.reason.len(), first))
            .or_default()
            .push(entry);
    }
    let bucket_arms = buckets.iter().map(|((length, first), entries)| {
        let length = len(*length);
        let first = Literal::byte_character(*first);
        let tests = entries.iter().map(|entry| {
            let phrase = Literal::byte_string(entry.reason.as_bytes());
            let variant = variant(entry);
            quote! {
                if Self::eq_reason(input, #phrase) {
                    ::core::option::Option::Some(Self::#variant)
                } else
            }
        });
        quote!((#length, #first) => #(#tests)* { ::core::option::Option::None },)
    });
    quote! {
        let input = reason.as_bytes();
        let first = match input {
            [first, ..] => *first | 0x20,
            [] => return ::core::option::Option::None,
        };
        match (input.len(), first) {
            #(#bucket_arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// The same methods for a document with no valid entry, so that a broken
/// document still yields a type the rest of the crate can name.
fn empty_methods(options: &Options) -> TokenStream {
    let class_name = &options.class_name;
    quote! {
        /// The numeric status code.
        #[must_use]
        pub const fn code(self) -> u16 {
            match self {}
        }

        /// The status code with number `code`, if the document lists it.
        #[must_use]
        pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
            let _ = code;
            ::core::option::Option::None
        }

        /// The reason phrase, exactly as the document writes it.
        #[must_use]
        pub const fn reason(self) -> &'static str {
            match self {}
        }

        /// The code and reason phrase, as `Display` prints them.
        #[must_use]
        pub const fn as_str(self) -> &'static str {
            match self {}
        }

        /// The document's description of this code, as plain text.
        #[must_use]
        pub const fn description(self) -> &'static str {
            match self {}
        }

        /// The class of this code.
        #[must_use]
        pub const fn class(self) -> #class_name {
            match self {}
        }

        /// The status code whose reason phrase is `reason`, ignoring ASCII case.
        #[must_use]
        pub const fn from_reason(reason: &str) -> ::core::option::Option<Self> {
            let _ = reason;
            ::core::option::Option::None
        }

        /// Reads `"404"`, `"Not Found"` or `"404 Not Found"`.
        const fn parse(s: &str) -> ::core::option::Option<Self> {
            Self::from_reason(s)
        }
    }
}

fn class_enum(table: &Table, options: &Options) -> TokenStream {
    let enum_derives = derive(&ENUM_DERIVES);
    let Options {
        class_attrs,
        class_vis,
        name,
        class_name,
        display_path,
        ..
    } = options;
    let n = len(table.classes.len());
    let enum_doc = doc(&format!(
        "The classes of [`{name}`], one for each `##` section of `{display_path}`, in document order."
    ));
    let variants = table.classes.iter().map(|info| {
        let docs = doc(&class_doc(info));
        let variant = class_variant(info.class);
        quote!(#docs #variant,)
    });
    let all = table.classes.iter().map(|info| class_variant(info.class));
    let titles = table.classes.iter().map(|info| {
        let variant = class_variant(info.class);
        let title = &info.title;
        quote!(Self::#variant => #title,)
    });
    let ranges = table.classes.iter().map(|info| {
        let variant = class_variant(info.class);
        let start = Literal::u16_unsuffixed(info.class.digit() * 100);
        let end = Literal::u16_unsuffixed(info.class.digit() * 100 + 99);
        quote!(Self::#variant => ::core::ops::RangeInclusive::new(#start, #end),)
    });
    let members = table.classes.iter().map(|info| {
        let variant = class_variant(info.class);
        let codes = table
            .entries
            .iter()
            .filter(|e| e.class() == info.class)
            .map(self::variant);
        quote!(Self::#variant => &[#(#name::#codes),*],)
    });
    let of_arms = table.classes.iter().map(|info| {
        let variant = class_variant(info.class);
        let digit = Literal::u16_unsuffixed(info.class.digit());
        quote!(#digit => ::core::option::Option::Some(Self::#variant),)
    });

    quote! {
        #enum_doc
        #class_attrs
        #enum_derives
        #class_vis enum #class_name {
            #(#variants)*
        }

        #[allow(deprecated)]
        impl #class_name {
            /// Every class in the document, in document order.
            pub const ALL: [Self; #n] = [#(Self::#all),*];

            /// The section heading that names this class, such as `客户端响应`.
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self {
                    #(#titles)*
                }
            }

            /// The codes this class covers, such as `400..=499`.
            #[must_use]
            pub const fn range(self) -> ::core::ops::RangeInclusive<u16> {
                match self {
                    #(#ranges)*
                }
            }

            /// The codes of this class that the document lists, in document order.
            #[must_use]
            pub const fn codes(self) -> &'static [#name] {
                match self {
                    #(#members)*
                }
            }

            /// The class whose range holds `code`, if the document has a section
            /// for it.
            #[must_use]
            pub const fn of(code: u16) -> ::core::option::Option<Self> {
                match code / 100 {
                    #(#of_arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        impl ::core::fmt::Display for #class_name {
            /// Writes the section heading, such as `客户端响应`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.title())
            }
        }

    }
}

fn class_doc(info: &ClassInfo) -> String {
    let mut doc = format!(
        "**{}**: {}xx, {}.",
        escape_markdown(&info.title),
        info.class.digit(),
        info.class.english()
    );
    if !info.intro.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&info.intro);
    }
    doc
}

/// The trait impls of the status enum. Associated types are named by their
/// concrete type, never as `Self::Err` or `Self::Error`: a variant named
/// `Err` or `Error` would make those paths ambiguous (rustc's deny-by-default
/// `ambiguous_associated_items`). Every other `Self::X` in the generated code
/// names a constant or method, whose names are not in UpperCamelCase, or a
/// class variant inside the class enum, so no variant can shadow it.
fn conversions(options: &Options) -> TokenStream {
    let name = &options.name;
    let parse_error = options.parse_error();
    let unknown = options.unknown_error();
    quote! {
        impl ::core::fmt::Display for #name {
            /// Writes the code and reason phrase: `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = #parse_error;

            /// Reads `"404"`, `"Not Found"` (any ASCII case) or `"404 Not Found"`.
            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, #parse_error> {
                match Self::parse(s) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(#parse_error::new(s)),
                }
            }
        }

        impl ::core::convert::From<#name> for u16 {
            fn from(status: #name) -> u16 {
                status.code()
            }
        }

        impl ::core::convert::TryFrom<u16> for #name {
            type Error = #unknown;

            fn try_from(code: u16) -> ::core::result::Result<Self, #unknown> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(#unknown { code }),
                }
            }
        }

        impl ::core::cmp::PartialEq<u16> for #name {
            fn eq(&self, other: &u16) -> bool {
                self.code() == *other
            }
        }

        impl ::core::cmp::PartialEq<#name> for u16 {
            fn eq(&self, other: &#name) -> bool {
                *self == other.code()
            }
        }
    }
}

fn errors(table: &Table, options: &Options) -> TokenStream {
    let error_derives = derive(&ENUM_DERIVES[..6]);
    // The parse error writes its own `Debug`: its input as a string, not
    // as 32 raw bytes.
    let parse_error_derives = derive(
        &ENUM_DERIVES[..6]
            .iter()
            .copied()
            .filter(|&(_, name)| name != "Debug")
            .collect::<Vec<_>>(),
    );
    let Options {
        vis,
        name,
        display_path,
        ..
    } = options;
    let parse_error = options.parse_error();
    let parse_error_name = parse_error.to_string();
    let debug_doc = doc(&format!(
        "Shows the input as a string: `{parse_error_name} {{ input: \"teapot\", truncated: false }}`."
    ));
    let unknown = options.unknown_error();

    let example = table
        .entries
        .iter()
        .find(|e| e.code == 404)
        .or(table.entries.first());
    let expected = match example {
        Some(e) => format!(
            "expected a code (\"{}\"), a reason phrase (\"{}\", any ASCII case) or both (\"{} {}\")",
            e.code, e.reason, e.code, e.reason
        ),
        None => format!("`{display_path}` lists no status codes"),
    };
    let known = format!(
        " is not a status code listed in `{display_path}` (it lists {})",
        table.code_ranges()
    );
    let parse_doc = doc(&format!(
        "The error returned when a string is not a [`{name}`]: not a listed code, reason phrase, \
         or code and reason phrase."
    ));
    let unknown_doc = doc(&format!(
        "The error returned when a number is not a [`{name}`] listed in `{display_path}`."
    ));

    quote! {
        #unknown_doc
        #error_derives
        #vis struct #unknown {
            code: u16,
        }

        impl #unknown {
            /// The number that was given.
            #[must_use]
            pub const fn code(&self) -> u16 {
                self.code
            }
        }

        impl ::core::fmt::Display for #unknown {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{}{}", self.code, #known)
            }
        }

        impl ::core::error::Error for #unknown {}

        #parse_doc
        #parse_error_derives
        #vis struct #parse_error {
            /// The start of the input, cut at a character boundary.
            input: [u8; 32],
            /// How many bytes of `input` are used.
            len: u8,
            /// Whether the input was longer than `input` holds.
            truncated: bool,
        }

        impl #parse_error {
            // Out of line: a failed parse is the rare case, and keeping the
            // copy out of `from_str` lets the successful path inline.
            #[cold]
            #[inline(never)]
            fn new(s: &str) -> Self {
                let mut len = if s.len() > 32 { 32 } else { s.len() };
                while !s.is_char_boundary(len) {
                    len -= 1;
                }
                let mut input = [0; 32];
                input[..len].copy_from_slice(&s.as_bytes()[..len]);
                Self {
                    input,
                    len: len as u8,
                    truncated: len < s.len(),
                }
            }

            /// The string that was given, cut to its first 32 bytes.
            #[must_use]
            pub fn input(&self) -> &str {
                match ::core::str::from_utf8(&self.input[..self.len as usize]) {
                    ::core::result::Result::Ok(input) => input,
                    ::core::result::Result::Err(_) => "",
                }
            }
        }

        impl ::core::fmt::Display for #parse_error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let ellipsis = if self.truncated { "…" } else { "" };
                ::core::write!(f, "unknown HTTP status {:?}{}: {}", self.input(), ellipsis, #expected)
            }
        }

        impl ::core::fmt::Debug for #parse_error {
            #debug_doc
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#parse_error_name)
                    .field("input", &self.input())
                    .field("truncated", &self.truncated)
                    .finish()
            }
        }

        impl ::core::error::Error for #parse_error {}
    }
}
