//! MDN's own status pages, unmodified, read from `../shared/corpus/` (see
//! its SOURCES.md): every page checks clean and gives the type its
//! content says. Skipped, with a message, where that directory is absent.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use status_codegen::model::{Class, Table};

/// What one page must give.
struct Page {
    file: &'static str,
    deprecated: &'static [u16],
    experimental: &'static [u16],
    /// The `##` sections that list no status code.
    skipped: usize,
}

const PAGES: [Page; 4] = [
    Page {
        file: "mdn-en-us-reference-status.md",
        deprecated: &[102, 305],
        experimental: &[425],
        skipped: 2,
    },
    Page {
        file: "mdn-en-us-status.md",
        deprecated: &[305],
        experimental: &[402, 425],
        skipped: 2,
    },
    Page {
        file: "mdn-zh-cn-reference-status.md",
        deprecated: &[305],
        experimental: &[402, 425],
        skipped: 2,
    },
    Page {
        file: "mdn-zh-cn-status.md",
        deprecated: &[305],
        experimental: &[402, 425],
        skipped: 2,
    },
];

/// The 63 codes every page lists.
const CODES: [u16; 63] = [
    100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
    305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414,
    415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504,
    505, 506, 507, 508, 510, 511,
];

/// The corpus directory, or `None` when it is absent, after one line on
/// stderr that says the running test is skipped. Written to the process's
/// stderr itself, as tests/common/mod.rs of the workspace does it: the test
/// harness captures what `eprintln!` prints and shows it only when a test
/// fails, so a test that passes by skipping would say nothing.
pub fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    if dir.is_dir() {
        return Some(dir);
    }
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    let _ = writeln!(
        std::io::stderr().lock(),
        "skipping in {test}: {} is absent; MDN's pages are read from there",
        dir.display()
    );
    None
}

fn checked(dir: &Path, page: &Page) -> status_codegen::Checked {
    let path = dir.join(page.file);
    let bytes = std::fs::read(&path).unwrap();
    status_codegen::check(page.file, &bytes)
}

fn flagged(table: &Table, flag: impl Fn(&status_codegen::model::Entry) -> bool) -> Vec<u16> {
    table
        .entries
        .iter()
        .filter(|e| flag(e))
        .map(|e| e.code)
        .collect()
}

#[test]
fn every_page_gives_its_63_codes_with_their_classes_and_flags() {
    let Some(dir) = corpus() else { return };
    for page in &PAGES {
        let checked = checked(&dir, page);
        let errors = checked.rendered_diagnostics();
        assert!(errors.is_empty(), "{}: {errors:#?}", page.file);
        let table = &checked.table;
        let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
        assert_eq!(codes, CODES, "{}", page.file);

        let classes: Vec<Class> = table.classes.iter().map(|c| c.class).collect();
        assert_eq!(
            classes,
            [
                Class::Informational,
                Class::Success,
                Class::Redirection,
                Class::ClientError,
                Class::ServerError
            ],
            "{}",
            page.file
        );
        for entry in &table.entries {
            assert_eq!(Class::of(entry.code), Some(entry.class), "{}", entry.code);
        }

        assert_eq!(
            flagged(table, |e| e.flags.deprecated),
            page.deprecated,
            "{}",
            page.file
        );
        assert_eq!(
            flagged(table, |e| e.flags.experimental),
            page.experimental,
            "{}",
            page.file
        );
        assert!(flagged(table, |e| e.flags.non_standard).is_empty());
    }
}

#[test]
fn nothing_of_the_markup_leaks_into_names_or_descriptions() {
    let Some(dir) = corpus() else { return };
    for page in &PAGES {
        let checked = checked(&dir, page);
        let table = &checked.table;
        for entry in &table.entries {
            for word in ["Deprecated", "Inline", "Glossary", "Webdav", "Httpstatus"] {
                assert!(
                    !entry.ident.contains(word),
                    "{}: variant {}",
                    page.file,
                    entry.ident
                );
            }
            assert!(
                !entry.reason.contains(['{', '}', '`', '(', '[']),
                "{}: reason {:?}",
                page.file,
                entry.reason
            );
            assert!(!entry.text.is_empty(), "{}: {}", page.file, entry.code);
            assert!(
                !entry.text.starts_with(':') && !entry.text.contains("{{"),
                "{}: {} says {:?}",
                page.file,
                entry.code,
                entry.text
            );
            assert!(
                !entry.doc.starts_with(':') && !entry.doc.contains("{{"),
                "{}: {} docs {:?}",
                page.file,
                entry.code,
                entry.doc
            );
            // Root-relative links are resolved against MDN.
            assert!(
                !entry.doc.contains("](/"),
                "{}: {} docs {:?}",
                page.file,
                entry.code,
                entry.doc
            );
        }
        assert!(!table.intro.contains("{{") && !table.intro.contains("title:"));
        assert!(
            !table.intro.contains("slug:"),
            "front matter in {}",
            page.file
        );
        for class in &table.classes {
            assert!(!class.intro.contains("{{"), "{}", page.file);
        }
    }
}

#[test]
fn notes_name_the_skipped_sections_and_the_registry_differences() {
    let Some(dir) = corpus() else { return };
    for page in &PAGES {
        let checked = checked(&dir, page);
        let skipped = checked
            .notes
            .iter()
            .filter(|n| n.message.contains("lists no status codes; it is left out"))
            .count();
        assert_eq!(skipped, page.skipped, "{}", page.file);
        // 418 is "(Unused)" in the registry, whatever the page says.
        assert!(
            checked.notes.iter().any(|n| n
                .message
                .starts_with("418 I'm a teapot: the IANA registry lists 418 as unused")),
            "{}",
            page.file
        );
        assert!(checked.table.title.is_some(), "{}", page.file);
    }
}

#[test]
fn titles_written_as_links_or_with_notes_keep_them() {
    let Some(dir) = corpus() else { return };
    let checked = checked(&dir, &PAGES[0]);
    let entry = |code: u16| {
        checked
            .table
            .entries
            .iter()
            .find(|e| e.code == code)
            .unwrap()
    };
    assert_eq!(entry(208).note.as_ref().unwrap().text, "WebDAV");
    assert_eq!(
        entry(226).note.as_ref().unwrap().text,
        "HTTP Delta encoding"
    );
    assert!(entry(101).doc.contains("`Upgrade`"));
    assert!(entry(510).text.contains("(RFC 2774)"));
    assert!(entry(200).text.contains("\n• GET:"));
    assert_eq!(entry(306).ident, "Unused");
    assert_eq!(entry(418).ident, "ImATeapot");
}
