//! `Language::negotiate` on long `Accept-Language` values: two language
//! enums made by status-codegen's `language_enum` (in `build.rs`), with 7
//! and 201 languages, and the headers to time them on.

/// 7 languages: `en` (the primary), `zh-CN`, `zh-TW`, `fr`, `de`, `ja`,
/// `es-419`.
pub mod seven {
    include!(concat!(env!("OUT_DIR"), "/seven.rs"));
}

/// 201 languages: `en` (the primary), then `aa`, `ab-HO`, `ac-OZ`, …: two
/// letters, two in three with a region.
pub mod many {
    include!(concat!(env!("OUT_DIR"), "/many.rs"));
}

/// Ranges that name languages, offered or not, each with a quality that
/// rises from `0.001` to `1` and starts again: `fr-CH;q=0.001,zh;q=0.002,…`,
/// cut at the last range that fits in `len` bytes.
#[must_use]
pub fn plain(tags: &[&str], len: usize) -> String {
    const OTHERS: [&str; 4] = ["fr-CH", "xx-YY-variant", "zh", "pt-BR"];
    ladder(len, |i| {
        if i % 2 == 0 {
            OTHERS[i / 2 % OTHERS.len()]
        } else {
            tags[i / 2 % tags.len()]
        }
    })
}

/// The `*` ladder of issue 20: `*;q=0.001,*;q=0.002,…,*;q=1,*;q=0.001,…`,
/// cut at the last range that fits in `len` bytes.
#[must_use]
pub fn star_ladder(len: usize) -> String {
    ladder(len, |_| "*")
}

/// `a,a,a,…` in `len` bytes or one fewer: the most ranges a KB can hold,
/// each a lookup that finds nothing.
#[must_use]
pub fn short_ranges(len: usize) -> String {
    let mut header = "a,".repeat(len.div_ceil(2));
    header.truncate(len.saturating_sub(1));
    header
}

fn ladder<'a>(len: usize, range: impl Fn(usize) -> &'a str) -> String {
    let mut header = String::with_capacity(len);
    let mut i = 0;
    loop {
        let q = i % 1000 + 1;
        let element = if q == 1000 {
            format!("{};q=1", range(i))
        } else {
            format!("{};q=0.{q:03}", range(i))
        };
        let comma = usize::from(!header.is_empty());
        if header.len() + comma + element.len() > len {
            return header;
        }
        if comma == 1 {
            header.push(',');
        }
        header.push_str(&element);
        i += 1;
    }
}
