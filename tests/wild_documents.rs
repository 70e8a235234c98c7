//! Documents from the wild (`../shared/corpus/wild/`, real status and
//! error-code documents of public repositories, unmodified) build with the
//! macro a user would pick and the fewest call-site lines, and `check`
//! accepts each one.
//!
//! One scratch crate holds every call; its program prints each entry, and
//! the test compares the codes, in document order, with the lists below
//! (facts read off the documents), checks that no name keeps markup, and
//! that `check` prints the same table.

mod common;

use std::process::Command;

/// A document, how it is called, and its codes in document order.
struct Wild {
    file: &'static str,
    /// The call's lines after `pub enum Name in "PATH";`.
    lines: &'static str,
    /// `status_table!` (HTTP status pages) or `code_table!`.
    status: bool,
    /// The method of the extra column asked for, if any.
    column: Option<&'static str>,
    /// Whether every entry has a description.
    described: bool,
    codes: &'static [&'static str],
}

const WILD: &[Wild] = &[
    Wild {
        file: "cn-alltick-errors.md",
        lines: "codes may repeat;",
        status: false,
        column: None,
        described: true,
        codes: &[
            "200", "400", "400", "401", "402", "429", "600", "601", "603", "604", "605", "606",
        ],
    },
    Wild {
        file: "cn-bkbase-jobnavi-html-table.md",
        lines: "column \"解决方案\" as solution;",
        status: false,
        column: Some("solution"),
        described: true,
        codes: &["401", "402", "500"],
    },
    Wild {
        file: "cn-toughradius-status-code.md",
        lines: "",
        status: false,
        column: None,
        described: true,
        codes: &[
            "0", "90001", "90002", "90003", "90004", "90005", "90006", "99999",
        ],
    },
    Wild {
        file: "en-credhub-slate-errors.md",
        lines: "",
        status: false,
        column: None,
        described: true,
        codes: &["400", "401", "403", "404", "500"],
    },
    Wild {
        file: "en-giantswarm-response-codes.md",
        lines: "",
        status: false,
        column: None,
        described: true,
        codes: &[
            "INVALID_CREDENTIALS",
            "PERMISSION_DENIED",
            "RESOURCE_ALREADY_EXISTS",
            "RESOURCE_CREATED",
            "RESOURCE_DELETED",
            "RESOURCE_NOT_FOUND",
            "RESOURCE_UPDATED",
            "UNKNOWN_ATTRIBUTE",
            "UNKNOWN_ERROR",
        ],
    },
    Wild {
        file: "en-gravitum-dash-bullets.md",
        lines: "",
        status: false,
        column: None,
        described: true,
        codes: &[
            "100", "101", "102", "103", "104", "105", "106", "200", "201", "202", "203", "204",
            "205", "206", "207", "208", "209", "210", "301", "302", "401", "402", "501", "601",
        ],
    },
    Wild {
        file: "en-openharmony-i18n-h2-per-code.md",
        lines: "column \"Solution\" as solution;",
        status: false,
        column: Some("solution"),
        described: true,
        codes: &["890001", "8900001"],
    },
    Wild {
        file: "http-salutahmoha-html-bullets.md",
        lines: "",
        status: true,
        column: None,
        described: true,
        codes: &[
            "100", "101", "102", "103", "200", "201", "202", "203", "204", "205", "206", "207",
            "208", "226", "300", "301", "302", "303", "304", "305", "306", "307", "308", "400",
            "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412",
            "413", "414", "415", "416", "417", "418", "419", "420", "421", "422", "423", "424",
            "425", "426", "427", "428", "429", "430", "431", "451", "500", "501", "502", "503",
            "504", "505", "506", "507", "508", "510", "511",
        ],
    },
    Wild {
        file: "http-tjoosten-class-tables.md",
        lines: "",
        status: true,
        column: None,
        described: false,
        codes: &["100", "101", "102", "200", "201", "202", "203"],
    },
];

/// The scratch crate's program: a module per document, and a loop per
/// enum that prints each entry as the document's file, its code, its
/// variant, its name, its description and the extra column asked for,
/// separated by U+001F.
fn program(corpus: &std::path::Path) -> String {
    let mut modules = String::new();
    let mut prints = String::new();
    for (i, wild) in WILD.iter().enumerate() {
        let path = corpus.join(wild.file);
        let path = format!("{:?}", path.display().to_string());
        let (call, name, extra) = if wild.status {
            ("status_table", "entry.reason()", "\"\"")
        } else {
            (
                "code_table",
                "entry.name()",
                match wild.column {
                    Some(_) => "entry.solution().text()",
                    None => "\"\"",
                },
            )
        };
        modules.push_str(&format!(
            "mod m{i} {{ status_macros::{call}! {{ pub enum E in {path}; {} }} }}\n",
            wild.lines
        ));
        prints.push_str(&format!(
            "for entry in m{i}::E::ALL {{ row(&[{file:?}, &entry.code().to_string(), &format!(\"{{entry:?}}\"), {name}, entry.description(), {extra}]); }}\n",
            file = wild.file,
        ));
    }
    // An extra column is `&str`, or `Option<&str>` when a cell is empty.
    let helpers = "trait Text { fn text(self) -> &'static str; }\n\
                   impl Text for &'static str { fn text(self) -> &'static str { self } }\n\
                   impl Text for Option<&'static str> { fn text(self) -> &'static str { self.unwrap_or(\"\") } }\n\
                   fn row(cells: &[&str]) { let cells: Vec<String> = cells.iter().map(|c| c.replace('\\n', \" \")).collect(); println!(\"{}\", cells.join(\"\\u{1f}\")); }\n";
    format!("{helpers}{modules}\nfn main() {{\n{prints}}}\n")
}

/// The rows of the table `check` prints: its lines indented by two spaces
/// after the header, cut into cells where two spaces or more part them.
fn check_rows(stdout: &str) -> Vec<Vec<&str>> {
    let rows = stdout.lines().filter(|line| line.starts_with("  ")).skip(1);
    rows.map(|line| {
        line.trim()
            .split("  ")
            .map(str::trim)
            .filter(|cell| !cell.is_empty())
            .collect()
    })
    .collect()
}

#[test]
fn every_wild_document_builds_with_its_macro_and_check_accepts_it() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let corpus = corpus.join("wild");
    let crate_ = common::Scratch::new(
        "wild-documents",
        "status-macros = { path = {status_macros}, features = [\"catalogue\"] }",
    );
    crate_.write("src/main.rs", &program(&corpus));
    let out = crate_.cargo(&["run", "--quiet"]);
    for wild in WILD {
        let rows: Vec<Vec<&str>> = out
            .lines()
            .filter_map(|line| line.strip_prefix(wild.file)?.strip_prefix('\u{1f}'))
            .map(|row| row.split('\u{1f}').collect())
            .collect();
        let codes: Vec<&str> = rows.iter().map(|row| row[0]).collect();
        assert_eq!(codes, wild.codes, "{}", wild.file);
        for row in &rows {
            let [code, _, name, description, _] = row[..] else {
                panic!("{}: {row:?}", wild.file);
            };
            assert!(!name.is_empty(), "{}: an empty name", wild.file);
            for markup in ["**", "<b>", "</", "`", " - ", "- "] {
                assert!(
                    !name.contains(markup),
                    "{}: `{name}` keeps {markup}",
                    wild.file
                );
            }
            assert!(!name.ends_with(':'), "{}: `{name}`", wild.file);
            if wild.described {
                // A description of its own, not the name again.
                assert!(
                    !description.is_empty() && description != name,
                    "{}: {code} has no description but {description:?}",
                    wild.file
                );
            }
        }
        if wild.column.is_some() {
            assert!(
                rows.iter().filter(|row| !row[4].is_empty()).count() >= rows.len() - 1,
                "{}: the extra column is empty",
                wild.file
            );
        }

        // `check` accepts it, with the same count of entries.
        let path = corpus.join(wild.file);
        let mut check = Command::new(env!("CARGO_BIN_EXE_status-explain"));
        check.arg("check").env("NO_COLOR", "1");
        if !wild.status {
            check.arg("--catalogue");
        }
        if wild.lines.contains("codes may repeat") {
            check.arg("--codes-may-repeat");
        }
        let report = common::stdout(check.arg(&path));
        let count = wild.codes.len();
        let noun = if wild.status { "codes" } else { "entries" };
        assert!(
            report.starts_with(&format!("ok: {count} {noun} in ")),
            "{}: {report}",
            wild.file
        );
        // Its table lists what the macro generated: codes, variants and
        // names, and the start of each description.
        let table = check_rows(&report);
        assert_eq!(table.len(), rows.len(), "{}: {report}", wild.file);
        for (printed, row) in table.iter().zip(&rows) {
            assert_eq!(printed[..3], row[..3], "{}", wild.file);
            let shown = printed.last().unwrap().trim_end_matches('…');
            if !row[3].is_empty() {
                assert!(
                    row[3]
                        .split_whitespace()
                        .collect::<String>()
                        .starts_with(&shown.split_whitespace().collect::<String>()),
                    "{}: {shown:?} does not start {:?}",
                    wild.file,
                    row[3]
                );
            }
        }
    }
}
