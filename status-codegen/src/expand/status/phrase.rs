//! `from_reason`: a perfect hash of the reason phrases, searched at
//! expansion time, or a dispatch on length and first byte.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::variant;
use crate::expand::template::fill;
use crate::expand::{Options, len};
use crate::model::{Entry, Table};

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

    /// A hash under which `phrases` take distinct slots, or `None` when
    /// there is none within the bounded search (two phrases with the same
    /// key, an empty phrase, or bad luck).
    fn search(phrases: &[(&str, &Entry)]) -> Option<PhraseHash> {
        let keys: Vec<(u32, u32, u32)> = phrases
            .iter()
            .map(|(phrase, _)| Self::key(phrase.as_bytes()))
            .collect::<Option<_>>()?;
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

/// `from_reason`'s body, and the private items it reads (see
/// [`helpers`](super::status::helpers)).
pub(super) struct FromReason {
    /// Attributes of `from_reason`: the lints its body may trip.
    pub(super) attrs: TokenStream,
    /// Free items that the body reads.
    pub(super) items: TokenStream,
    pub(super) body: TokenStream,
}

impl FromReason {
    /// A perfect hash of `phrases` (see [`phrases`](super::registry::phrases)) where one
    /// is found, else a dispatch on length and first byte; nothing to find
    /// in an empty document.
    pub(super) fn new(table: &Table, phrases: &[(&str, &Entry)], options: &Options) -> Self {
        if table.entries.is_empty() {
            return FromReason {
                attrs: TokenStream::new(),
                items: TokenStream::new(),
                body: quote!(let _ = reason; ::core::option::Option::None),
            };
        }
        match PhraseHash::search(phrases) {
            Some(hash) => hashed_from_reason(table, phrases, &options.name, &hash),
            None => FromReason {
                attrs: quote! {
                    #[allow(clippy::too_many_lines, reason = "one test for each reason phrase")]
                },
                items: fill(BUCKET_ITEMS, &[]),
                body: bucketed_from_reason(phrases),
            },
        }
    }
}

/// The items and body of `from_reason` with a perfect hash: the input's
/// slot holds the only phrase it can be, and one comparison decides, a
/// fixed number of `u64` words long whatever the phrase, so that it has no
/// loop whose length depends on the input. An empty slot holds a length no
/// input has. A registry phrase is one more slot: the fast path stays one
/// hash and one comparison.
fn hashed_from_reason(
    table: &Table,
    phrases: &[(&str, &Entry)],
    name: &Ident,
    hash: &PhraseHash,
) -> FromReason {
    let mut slots: Vec<Option<(&str, &Entry)>> = vec![None; 1 << hash.bits];
    for &(phrase, entry) in phrases {
        if let Some(key) = PhraseHash::key(phrase.as_bytes()) {
            slots[hash.slot(key)] = Some((phrase, entry));
        }
    }
    let slots_len = len(slots.len());
    let longest = phrases
        .iter()
        .map(|(phrase, _)| phrase.len())
        .max()
        .unwrap_or(1);
    let words = longest.div_ceil(8).max(1);
    let words_lit = len(words);
    let word_array = |values: &mut dyn Iterator<Item = u64>| {
        let values = values.map(Literal::u64_unsuffixed);
        quote!([#(#values),*])
    };
    // An empty slot holds the first status with a length no input has.
    let filler = variant(&table.entries[0]);
    let zeros = word_array(&mut std::iter::repeat_n(0, words));
    let mut phrases = TokenStream::new();
    for slot in slots {
        phrases.extend(match slot {
            Some((phrase, entry)) => {
                let variant = variant(entry);
                let words = phrase_words(phrase.as_bytes(), words);
                let length = len(phrase.len());
                let lower = word_array(&mut words.iter().map(|w| w.0));
                let mask = word_array(&mut words.iter().map(|w| w.1));
                quote!((#name::#variant, #length, #lower, #mask),)
            }
            None => quote!((#name::#filler, usize::MAX, #zeros, #zeros),),
        });
    }
    let (a, b, c) = (
        Literal::u32_unsuffixed(hash.a),
        Literal::u32_unsuffixed(hash.b),
        Literal::u32_unsuffixed(hash.c),
    );
    let shift = Literal::u32_unsuffixed(32 - hash.bits);
    let items = fill(
        PHRASE_ITEMS,
        &[
            ("name", name),
            ("slots_len", &slots_len),
            ("words", &words_lit),
            ("phrases", &phrases),
        ],
    );
    let body = fill(
        PHRASE_BODY,
        &[
            ("a", &a),
            ("b", &b),
            ("c", &c),
            ("shift", &shift),
            ("words", &words_lit),
        ],
    );
    let attrs = fill(PHRASE_ATTRS, &[]);
    FromReason { attrs, items, body }
}

/// The items `from_reason`'s body reads with a perfect hash: see
/// [`hashed_from_reason`].
const PHRASE_ITEMS: &str = r#"
/// For each value of the phrase hash, the only status whose reason
/// phrase has that hash, the length of the phrase, and its words with
/// the case bit set at each letter and that bit alone; where no phrase
/// has the hash, a length no input has. One load finds the candidate.
#[allow(clippy::unreadable_literal, reason = "phrases as words of eight bytes")]
const PHRASES: [($name, usize, [u64; $words], [u64; $words]); $slots_len] = [$phrases];

/// The 8 bytes of `input` from `at` as a little-endian `u64`; 0
/// past the end, which the callers never reach.
#[inline]
const fn phrase_word_at(input: &[u8], at: usize) -> u64 {
    match input.split_at_checked(at) {
        ::core::option::Option::Some((_, rest)) => match rest.first_chunk::<8>() {
            ::core::option::Option::Some(word) => u64::from_le_bytes(*word),
            ::core::option::Option::None => 0,
        },
        ::core::option::Option::None => 0,
    }
}
"#;

/// `from_reason`'s body with a perfect hash: see [`hashed_from_reason`].
const PHRASE_BODY: &str = r#"
let input = reason.as_bytes();
let n = input.len();
let (first, last) = match input {
    [first, .., last] => (*first, *last),
    [only] => (*only, *only),
    [] => return ::core::option::Option::None,
};
let mixed = (n as u32).wrapping_mul($a)
    ^ ((first | 0x20) as u32).wrapping_mul($b)
    ^ ((last | 0x20) as u32).wrapping_mul($c);
let (status, length, lower, mask) = PHRASES[(mixed >> $shift) as usize];
if n != length {
    return ::core::option::Option::None;
}
let mut diff = 0;
if n >= 8 {
    let mut word = 0;
    while word < $words {
        let at = if 8 * word < n - 8 { 8 * word } else { n - 8 };
        diff |= (phrase_word_at(input, at) | mask[word]) ^ lower[word];
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
"#;

/// The lints `from_reason`'s body with a perfect hash may trip.
const PHRASE_ATTRS: &str = r#"
#[allow(clippy::unreadable_literal, reason = "hash multipliers, drawn at random")]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the hash mixes the length's low bits; the length is compared in full"
)]
"#;

/// The body of `from_reason` when no perfect hash was found: a dispatch on
/// the input's length and first byte (ASCII case folded), then comparisons
/// with the phrases that have both, mostly one. Each comparison is with a
/// literal, so the compiler unrolls it.
fn bucketed_from_reason(phrases: &[(&str, &Entry)]) -> TokenStream {
    // Each phrase's bucket: its length and first byte.
    let keys: Vec<(usize, u8)> = phrases
        .iter()
        .map(|(phrase, _)| {
            let first = phrase.as_bytes().first().map_or(0, |b| b | 0x20);
            (phrase.len(), first)
        })
        .collect();
    // The buckets in increasing order, each once: the smallest key above
    // the last, until none is left (a few hundred phrases at most).
    let mut bucket_arms = TokenStream::new();
    let mut bucket = keys.iter().min();
    while let Some(&key) = bucket {
        let (length, first) = key;
        let length = len(length);
        let first = Literal::byte_character(first);
        let mut tests = TokenStream::new();
        for ((phrase, entry), _) in phrases.iter().zip(&keys).filter(|(_, k)| **k == key) {
            let phrase = Literal::byte_string(phrase.as_bytes());
            let variant = variant(entry);
            tests.extend(quote! {
                if eq_reason(input, #phrase) {
                    ::core::option::Option::Some(Self::#variant)
                } else
            });
        }
        bucket_arms.extend(quote!((#length, #first) => #tests { ::core::option::Option::None },));
        bucket = keys.iter().filter(|k| **k > key).min();
    }
    quote! {
        let input = reason.as_bytes();
        let first = match input {
            [first, ..] => *first | 0x20,
            [] => return ::core::option::Option::None,
        };
        match (input.len(), first) {
            #bucket_arms
            _ => ::core::option::Option::None,
        }
    }
}

/// The item `from_reason`'s body reads without a perfect hash: see
/// [`bucketed_from_reason`].
const BUCKET_ITEMS: &str = r#"
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
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[PHRASE_ITEMS, PHRASE_BODY, PHRASE_ATTRS, BUCKET_ITEMS]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expand::status::registry;

    fn table(markdown: &str) -> Table {
        let checked = crate::check("d.md", markdown.as_bytes());
        assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
        checked.table
    }

    /// The phrases of the hash's slots, in slot order, with their codes.
    fn slots(table: &Table) -> Option<Vec<Option<(String, u16)>>> {
        let spellings = registry::spellings(table);
        let phrases = registry::phrases(table, &spellings);
        let hash = PhraseHash::search(&phrases)?;
        let mut slots = vec![None; 1 << hash.bits];
        for (phrase, entry) in phrases {
            let key = PhraseHash::key(phrase.as_bytes()).unwrap();
            assert!(slots[hash.slot(key)].is_none(), "{phrase} shares a slot");
            slots[hash.slot(key)] = Some((phrase.to_owned(), entry.code));
        }
        Some(slots)
    }

    #[test]
    fn the_registry_phrases_of_the_bundled_document_take_slots_of_their_own() {
        let table = table(include_str!("../../../../docs/status.md"));
        let slots = slots(&table).expect("a perfect hash");
        let mut filled: Vec<(String, u16)> = slots.into_iter().flatten().collect();
        filled.sort_by_key(|(_, code)| *code);
        assert_eq!(filled.len(), table.entries.len() + 2);
        assert!(filled.contains(&("Switching Protocols".to_owned(), 101)));
        assert!(filled.contains(&("Switching Protocal".to_owned(), 101)));
        assert!(filled.contains(&("Multiple Choices".to_owned(), 300)));
        // "OK" and "HTTP Version Not Supported" are the document's phrases
        // in another case: the comparison finds them without a slot.
        assert!(!filled.iter().any(|(phrase, _)| phrase == "OK"));
        assert!(filled.contains(&("Ok".to_owned(), 200)));
    }

    #[test]
    fn a_registry_phrase_another_code_has_gets_no_slot_and_a_shared_key_no_hash() {
        let taken = table("## S\n\n- 200 Fine\n- 201 ok\n");
        let filled: Vec<(String, u16)> = slots(&taken).unwrap().into_iter().flatten().collect();
        assert!(filled.contains(&("ok".to_owned(), 201)));
        assert!(filled.contains(&("Created".to_owned(), 201)));
        assert_eq!(filled.len(), 3, "{filled:?}");

        // "Switching Protocols" and "Server Has Problems": 19 bytes, from
        // `s` to `s`. The dispatch on length and first byte reads both.
        let shared =
            table("## I\n\n- 101 Switching Protocal\n\n## E\n\n- 599 Server Has Problems\n");
        assert_eq!(slots(&shared), None);
        let spellings = registry::spellings(&shared);
        let body = bucketed_from_reason(&registry::phrases(&shared, &spellings)).to_string();
        let arm = body
            .split("=>")
            .find(|arm| arm.contains("Server Has Problems"))
            .unwrap()
            .to_owned();
        assert!(arm.contains("Switching Protocols"), "{body}");
    }
}
