//! A status table's languages: the language enum, the tables of every
//! translation and the methods that read them.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::language::{Wording, documented_enum, rows, text_rows};
use crate::expand::template::fill;
use crate::expand::{Model, Options, len};
use crate::model::{Entry, Table};

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
        table,
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
    );

    let n = len(table.entries.len());
    let count = len(1 + languages.translations.len());
    let status_items = if table.entries.is_empty() {
        fill(
            NO_DESCRIPTIONS_IN,
            &[("name", name), ("language", language)],
        )
    } else {
        let (descriptions, translations) = text_rows(table, languages);
        fill(
            DESCRIPTIONS_IN,
            &[
                ("name", name),
                ("language", language),
                ("n", &n),
                ("count", &count),
                ("descriptions", &descriptions),
                ("translations", &translations),
            ],
        )
    };

    let classes = len(table.classes.len());
    let titles = rows(
        languages,
        &table.classes,
        &|translation: Option<&Table>, info| {
            let title = translation
                .and_then(|t| t.classes.iter().find(|c| c.class == info.class))
                .map_or(&info.title, |c| &c.title);
            quote!(#title)
        },
    );
    let inside = fill(
        TITLES_IN,
        &[
            ("status_items", &status_items),
            ("class_name", class_name),
            ("language", language),
            ("classes", &classes),
            ("count", &count),
            ("titles", &titles),
        ],
    );
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
        let Some(translated) = t.table.find(entry) else {
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

/// The status enum's `…_in` methods for a document without a valid entry.
const NO_DESCRIPTIONS_IN: &str = r#"
impl $name {
    /// The description in `language`.
    #[must_use]
    pub const fn description_in(self, language: $language) -> &'static str {
        let _ = language;
        match self {}
    }

    /// The description in `language`, if its document has one.
    #[must_use]
    pub const fn translation(self, language: $language) -> ::core::option::Option<&'static str> {
        let _ = language;
        match self {}
    }
}
"#;

/// The status enum's `…_in` methods and the tables they read.
const DESCRIPTIONS_IN: &str = r#"
/// For each language, in the order of its `ALL`, the
/// description of each code, in the order of the status
/// enum's `ALL`; the primary's where a translation lacks it.
const DESCRIPTIONS_IN: [[&str; $n]; $count] = $descriptions;
/// The same, `None` where a translation lacks the code.
const TRANSLATIONS: [[::core::option::Option<&str>; $n]; $count] = $translations;

impl $name {
    /// The description of this code in `language`, as plain text
    /// (as [`description`](Self::description) gives the primary
    /// document's); the primary document's where `language`'s
    /// document lacks the code. One table load.
    #[must_use]
    #[inline]
    pub const fn description_in(self, language: $language) -> &'static str {
        DESCRIPTIONS_IN[language as usize][index(self)]
    }

    /// The description of this code in `language`'s own document,
    /// or `None` where that document lacks the code (translations
    /// lag behind). For the primary language, always `Some`.
    #[must_use]
    #[inline]
    pub const fn translation(self, language: $language) -> ::core::option::Option<&'static str> {
        TRANSLATIONS[language as usize][index(self)]
    }
}
"#;

/// The class enum's `title_in` and its table, after the status enum's
/// items.
const TITLES_IN: &str = r#"
$status_items
/// For each language, the title of each class, in the order of
/// the class enum's `ALL`; the primary's where a translation
/// has no section for the class.
const TITLES: [[&str; $classes]; $count] = $titles;

impl $class_name {
    /// The section heading that names this class in `language`'s
    /// document (as [`title`](Self::title) gives the primary's);
    /// the primary's where that document has no section for it.
    /// One table load.
    #[must_use]
    #[inline]
    pub const fn title_in(self, language: $language) -> &'static str {
        TITLES[language as usize][self as usize]
    }
}
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[NO_DESCRIPTIONS_IN, DESCRIPTIONS_IN, TITLES_IN]);
}
