//! The links of the descriptions. [`StatusCode::description`] is plain
//! text, so the links come from the bundled document's Markdown: read with
//! the macro's own parser ([`status_codegen::check`]), and the links of each
//! description found with pulldown-cmark.
//!
//! [`StatusCode::description`]: status_codes::StatusCode::description

use std::sync::OnceLock;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;
use status_codes::Language;

/// The documents `status_codes` is generated from, by language.
const DOCUMENTS: [(Language, &str, &[u8]); 2] = [
    (
        Language::ZhCn,
        "docs/status.md",
        include_bytes!("../docs/status.md"),
    ),
    (
        Language::En,
        "docs/status.en.md",
        include_bytes!("../docs/status.en.md"),
    ),
];

/// A link: the text it is shown as, and where it leads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The text, markup removed.
    pub text: String,
    /// The destination.
    pub url: String,
}

impl Link {
    /// Whether the text is the address itself (`<https://…>`), so that the
    /// text already tells where the link leads.
    pub fn shows_url(&self) -> bool {
        self.text == self.url
    }
}

/// The links of the description of `code` in `language`, in order: those
/// of the description that `description_in` gives, so the primary
/// document's where the translation lacks the code.
pub fn of(code: u16, language: Language) -> &'static [Link] {
    static LINKS: OnceLock<Vec<(Language, u16, Vec<Link>)>> = OnceLock::new();
    let links = LINKS.get_or_init(|| {
        DOCUMENTS
            .iter()
            .flat_map(|(language, path, document)| {
                status_codegen::check(path, document)
                    .table
                    .entries
                    .into_iter()
                    .map(|entry| (*language, entry.code, extract(&entry.doc)))
            })
            .collect()
    });
    let find = |language: Language| {
        links
            .iter()
            .find(|(l, c, _)| *l == language && *c == code)
            .map(|(_, _, links)| links.as_slice())
    };
    find(language)
        .or_else(|| find(Language::PRIMARY))
        .unwrap_or(&[])
}

/// The links of `markdown`, in order.
pub fn extract(markdown: &str) -> Vec<Link> {
    let mut links = Vec::new();
    // CommonMark links do not nest.
    let mut open: Option<Link> = None;
    for event in Parser::new(markdown) {
        match (event, &mut open) {
            (Event::Start(Tag::Link { dest_url, .. }), _) => {
                open = Some(Link {
                    text: String::new(),
                    url: dest_url.into_string(),
                });
            }
            (Event::End(TagEnd::Link), _) => links.extend(open.take()),
            (Event::Text(text) | Event::Code(text), Some(link)) => link.text.push_str(&text),
            (Event::SoftBreak | Event::HardBreak, Some(link)) => link.text.push(' '),
            _ => {}
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(text: &str, url: &str) -> Link {
        Link {
            text: text.into(),
            url: url.into(),
        }
    }

    #[test]
    fn links_keep_their_text_without_markup() {
        let markdown = "见 [`Upgrade`](https://example.com/upgrade) 与 [*两\n行*][r]，\
                        以及 <https://example.com/>。\n\n[r]: https://example.com/r";
        assert_eq!(
            extract(markdown),
            [
                link("Upgrade", "https://example.com/upgrade"),
                link("两 行", "https://example.com/r"),
                link("https://example.com/", "https://example.com/"),
            ]
        );
        assert!(extract(markdown)[2].shows_url());
        assert!(extract("没有链接，[方括号] 也不是。").is_empty());
    }

    #[test]
    fn the_bundled_document_has_the_upgrade_link() {
        let upgrade = of(101, Language::ZhCn);
        assert_eq!(upgrade.len(), 1);
        assert_eq!(upgrade[0].text, "Upgrade");
        assert!(upgrade[0].url.ends_with("/Headers/Upgrade"));
        assert!(of(404, Language::En).iter().all(|l| !l.url.is_empty()));
        assert!(of(999, Language::En).is_empty());
        assert!(!of(101, Language::En).is_empty());
    }
}
