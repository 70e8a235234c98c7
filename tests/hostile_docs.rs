//! Hostile Markdown never becomes live HTML: a status document and a code
//! catalogue that hold every hostile case (tags that join into a script
//! when another is removed, script addresses in links, images, autolinks
//! and reference definitions, however spelled, event handlers, half-removed
//! tags) in a description, an introduction, a heading and an extra cell
//! are expanded by `status-explain expand`, documented by rustdoc in a
//! scratch crate, and the HTML rustdoc writes is scanned: no `<script`
//! but rustdoc's own, no `on…=` attribute, no `javascript:`, `vbscript:`
//! or `data:` address.

use std::fs;
use std::path::Path;
use std::process::Command;

mod common;

use common::Scratch;

/// Every hostile case, each on one line without `|`, so that it fits in a
/// table cell.
const CASES: &[&str] = &[
    "<scr<b>ipt>alert(11)</scr</b>ipt>",
    "<<b>script>alert(12)<</b>/script>",
    "<img src=x onerror=alert(13)>",
    "<sup onmouseover=alert(14)>s</sup>",
    "<a href=\"javascript:alert(15)\">a</a>",
    "[a](javascript:alert(16))",
    "[b](JaVaScRiPt:alert(17))",
    "[c](&#106;avascript:alert(18))",
    "[d](&#x6A;ava&#x09;script:alert(19))",
    "<javascript:alert(20)>",
    "[e][hostile]",
    "[hostile]",
    "[f](vbscript:msgbox(21))",
    "[g](data:text/html,<script>alert(22)</script>)",
    "![h](javascript:alert(23))",
    "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "{{RFC(\"9110>) x(javascript:alert(24)\")}}",
    "\\<script>alert(25)</script>",
    "\\\\<script>alert(26)</script>",
    "<details open ontoggle=alert(27)>x",
];

/// The reference definition the reference cases use.
const DEFINITION: &str = "[hostile]: javascript:alert(30)";

fn cases() -> String {
    CASES.join(" ")
}

/// A status document with every case in its introduction, its title, a
/// section's introduction, descriptions and a title's link; in the
/// section's heading too when `in_heading`.
fn status_document(in_heading: bool) -> String {
    let cases = cases();
    let heading = if in_heading {
        cases.as_str()
    } else {
        "responses"
    };
    let mut doc = format!("# Hostile {cases}\n\n{cases}\n\n## Success {heading}\n\n{cases}\n\n");
    doc.push_str(&format!("- 200 OK\n\n  {cases}\n\n"));
    for (i, case) in CASES.iter().enumerate() {
        doc.push_str(&format!("- {} Code {i}\n\n  Case: {case}\n\n", 201 + i));
    }
    doc.push_str("## Client errors\n\n");
    doc.push_str("- [`404 Not Found`](javascript:alert(31))\n\n  Not found.\n\n");
    doc.push_str(
        "  <div>\n  <<b>script>alert(32)<</b>/script>\n  [k](javascript:alert(33))\n  </div>\n\n",
    );
    doc.push_str(&format!("{DEFINITION}\n"));
    doc
}

/// A catalogue with every case in its introduction, a heading, a
/// category's introduction, descriptions and an extra cell.
fn catalogue() -> String {
    let cases = cases();
    let mut doc = format!("# Hostile {cases}\n\n{cases}\n\n## Errors {cases}\n\n{cases}\n\n");
    doc.push_str("| 错误码 | 错误名称 | 错误描述 | 解决方案 |\n| -- | -- | -- | -- |\n");
    for (i, case) in CASES.iter().enumerate() {
        doc.push_str(&format!(
            "| {} | E_{i} | Case: {case} | {case} |\n",
            1000 + i
        ));
    }
    doc.push_str(&format!(
        "| 2000 | E_ALL | {cases} | {cases} |\n\n{DEFINITION}\n"
    ));
    doc
}

/// What `status-explain expand` prints for `args`.
fn expansion(args: &[&str], dir: &Path) -> String {
    common::stdout(
        Command::new(env!("CARGO_BIN_EXE_status-explain"))
            .arg("expand")
            .args(args)
            .current_dir(dir),
    )
}

/// Every `.html` file under `dir`, with its path.
fn pages(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            pages(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push((
                path.display().to_string(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

/// What is wrong with one page of rustdoc's HTML: a `<script` in the body
/// (rustdoc's own are in the head), an `on…=` attribute, or a script or
/// data address in an attribute.
fn problems(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    // rustdoc's own scripts are in the head; the docs are in the body.
    let body = lower.find("<body").unwrap_or(0);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find('<') {
        let start = from + at;
        let end = lower[start..]
            .find('>')
            .map_or(lower.len(), |e| start + e + 1);
        let tag = &lower[start..end];
        from = start + 1;
        if tag.starts_with("<script") && start > body {
            found.push(format!("a script: {}", &html[start..end]));
        }
        if !tag.starts_with("<!--") {
            // `on…=` as an attribute: after a space, a quote or a slash.
            let handler = tag.match_indices("on").any(|(i, _)| {
                let before = tag[..i].chars().next_back();
                let name: String = tag[i..]
                    .chars()
                    .take_while(char::is_ascii_alphabetic)
                    .collect();
                let after = tag[i + name.len()..].trim_start();
                matches!(before, Some(' ' | '\t' | '\n' | '/' | '"' | '\''))
                    && name.len() > 2
                    && after.starts_with('=')
            });
            if handler {
                found.push(format!("an event handler: {}", &html[start..end]));
            }
            for scheme in ["javascript:", "vbscript:", "data:"] {
                for attr in [
                    "href=",
                    "src=",
                    "action=",
                    "formaction=",
                    "srcset=",
                    "xlink:href=",
                ] {
                    let quoted = [
                        format!("{attr}\"{scheme}"),
                        format!("{attr}'{scheme}"),
                        format!("{attr}{scheme}"),
                    ];
                    if quoted.iter().any(|q| tag.contains(q.as_str())) {
                        found.push(format!("a {scheme} address: {}", &html[start..end]));
                    }
                }
            }
        }
    }
    found
}

/// Documents the status document (hostile in its section heading when
/// `in_heading`) and the catalogue in a scratch crate named `name`, and
/// scans the pages rustdoc writes.
fn document_and_scan(name: &str, in_heading: bool) {
    let scratch = Scratch::new(name, "");
    scratch.write("status.md", &status_document(in_heading));
    scratch.write("catalogue.md", &catalogue());
    let status = expansion(&["status.md"], &scratch.dir);
    let catalogue = expansion(
        &[
            "--catalogue",
            "--column",
            "解决方案=solution",
            "catalogue.md",
        ],
        &scratch.dir,
    );
    scratch.write(
        "src/lib.rs",
        &format!(
            "//! Hostile documents.\n#![no_std]\n\n/// The status document.\npub mod status {{\n{status}\n}}\n\n\
             /// The catalogue.\npub mod catalogue {{\n{catalogue}\n}}\n"
        ),
    );
    scratch.cargo(&["doc", "--quiet", "--no-deps"]);
    let mut html = Vec::new();
    pages(
        &scratch
            .target_dir()
            .join("doc")
            .join(name.replace('-', "_")),
        &mut html,
    );
    let enum_pages = html
        .iter()
        .filter(|(path, _)| {
            path.ends_with("enum.StatusCode.html") || path.ends_with("enum.ErrorCode.html")
        })
        .count();
    assert_eq!(enum_pages, 2, "rustdoc wrote no page for the enums");
    // The cases did reach the pages, as text.
    let status_page = &html
        .iter()
        .find(|(path, _)| path.ends_with("enum.StatusCode.html"))
        .unwrap()
        .1;
    assert!(status_page.contains("alert(11)") && status_page.contains("alert(20)"));
    let found: Vec<String> = html
        .iter()
        .flat_map(|(path, page)| {
            problems(page)
                .into_iter()
                .map(move |p| format!("{path}: {p}"))
        })
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn hostile_documents_give_no_live_html() {
    document_and_scan("hostile-docs", false);
}

/// The section heading of a status document reaches the docs of the class
/// predicates (`is_success`) escaped, as it reaches the class's own docs.
#[test]
fn a_hostile_status_heading_gives_no_live_html() {
    document_and_scan("hostile-heading", true);
}

#[test]
fn the_scanner_finds_what_it_looks_for() {
    assert_eq!(problems("<body><script>alert(1)</script>").len(), 1);
    assert!(problems("<head><script src=\"main.js\"></script></head><body>").is_empty());
    assert_eq!(problems("<img src=x onerror=alert(1)>").len(), 1);
    assert_eq!(problems("<a href=\"JavaScript:alert(1)\">").len(), 1);
    assert_eq!(problems("<img src='data:image/png,x'>").len(), 1);
    assert!(problems("<p>javascript:alert(1) and <code>onclick=</code></p>").is_empty());
    assert!(problems("<span class=\"button\">").is_empty());
}
