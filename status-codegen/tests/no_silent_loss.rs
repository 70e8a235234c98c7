//! A bullet that looks like an entry never disappears without a word: it is
//! an entry, or a problem reported at its line. Each case here lost an
//! entry, a description or a problem before it was fixed.

use status_codegen::{Checked, check};

const SEED: &str = include_str!("../../docs/status.md");

fn messages(checked: &Checked) -> Vec<String> {
    checked
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect()
}

#[test]
fn cr_only_line_endings_with_a_code_block_keep_every_entry() {
    let mut doc = SEED.replace("\r\n", "\n");
    // A fenced block in the first description.
    doc = doc.replacen("\n- 101 ", "\n  ```\n  GET / HTTP/1.1\n  ```\n\n- 101 ", 1);
    let doc = doc.replace('\n', "\r");
    let checked = check("cr.md", doc.as_bytes());
    assert_eq!(messages(&checked), Vec::<String>::new());
    assert_eq!(checked.table.entries.len(), 26);
    // Positions count lone CRs as line ends.
    let bad = "## A\r\r- 4O4 Oops\r\r  x\r";
    let checked = check("cr.md", bad.as_bytes());
    assert!(checked.rendered_diagnostics()[0].contains("--> cr.md:3:3"));
}

#[test]
fn an_invisible_character_before_a_bullet_is_reported() {
    for hidden in ['\u{200b}', '\u{feff}'] {
        let doc = format!(
            "## 服务端响应\n\n{hidden}- 500 Internal Server Error\n\n  出错。\n\n- 501 Not Implemented\n\n  未实现。\n"
        );
        let checked = check("t.md", doc.as_bytes());
        let rendered = checked.rendered_diagnostics();
        assert_eq!(rendered.len(), 1, "{rendered:#?}");
        assert!(
            rendered[0]
                .starts_with("this line looks like a status entry, but an invisible character")
                && rendered[0].contains("--> t.md:3:1")
                && rendered[0].contains(&format!("U+{:04X}", u32::from(hidden))),
            "{}",
            rendered[0]
        );
    }
}

#[test]
fn an_entry_indented_under_another_is_reported() {
    let doc = "## 客户端响应\n\n- 404 Not Found\n\n  请求失败。\n\n  - 405 Method Not Allowed\n\n    不允许。\n";
    let checked = check("t.md", doc.as_bytes());
    assert_eq!(
        messages(&checked),
        ["entry `405 Method Not Allowed` is indented under entry `404 Not Found`"]
    );
    assert!(checked.rendered_diagnostics()[0].contains("--> t.md:7:3"));
    // A list in a description that merely mentions codes is no entry.
    let doc = "## 客户端响应\n\n- 404 Not Found\n\n  见：\n\n  - 410 与之相近\n  - 1xx 信息\n";
    assert!(check("t.md", doc.as_bytes()).diagnostics.is_empty());
}

#[test]
fn an_html_description_keeps_its_text() {
    let doc = "## 客户端响应\n\n- 404 Not Found\n\n  <p>请求失败。</p>\n";
    let checked = check("t.md", doc.as_bytes());
    assert!(checked.diagnostics.is_empty(), "{:?}", messages(&checked));
    assert_eq!(checked.table.entries[0].text, "请求失败。");
    assert_eq!(checked.table.entries[0].doc, "请求失败。");
}

#[test]
fn every_entry_s_class_is_checked_even_with_another_problem() {
    let doc = "## 客户端响应\n\n- 404 Not Found\n\n  a\n\n- 500 未知\n\n  b\n\n- 501 Not Implemented\n\n  c\n";
    let checked = check("t.md", doc.as_bytes());
    assert_eq!(
        messages(&checked),
        [
            "500 is a server error (5xx), but section `客户端响应` holds 4xx codes",
            "reason phrase `未知` gives no Rust identifier: `未` is not an ASCII letter",
            "501 is a server error (5xx), but section `客户端响应` holds 4xx codes",
        ]
    );
}

#[test]
fn invisible_characters_in_reason_phrases_are_refused() {
    for title in ["303 Not Found\u{202e}", "302 Fo\u{feff}und"] {
        let doc = format!("## 重定向\n\n- {title}\n\n  x\n");
        let checked = check("t.md", doc.as_bytes());
        let rendered = checked.rendered_diagnostics();
        assert_eq!(rendered.len(), 1, "{title:?}: {rendered:#?}");
        assert!(
            rendered[0].contains("an invisible character"),
            "{}",
            rendered[0]
        );
        assert!(
            !rendered[0].contains(['\u{202e}', '\u{feff}']),
            "no raw invisible character in {:?}",
            rendered[0]
        );
    }
}

#[test]
fn a_code_followed_by_a_dot_is_named_as_such() {
    let checked = check("t.md", "## 客户端响应\n\n- 404. X\n\n  x\n".as_bytes());
    assert_eq!(messages(&checked), ["`404.` is not a status code"]);
}

#[test]
fn a_description_that_starts_with_indented_code_stays_code() {
    let doc = "## 客户端响应\n\n- 404 Not Found\n\n      GET /missing\n\n  请求失败。\n";
    let checked = check("t.md", doc.as_bytes());
    assert!(checked.diagnostics.is_empty(), "{:?}", messages(&checked));
    assert_eq!(
        checked.table.entries[0].doc,
        "```text\nGET /missing\n```\n\n请求失败。"
    );
}

#[test]
fn deep_nesting_costs_no_more_than_its_size() {
    // 15,000 nested list levels under an entry: once quadratic.
    let doc = format!("## 成功响应\n\n- 200 OK\n\n  {}x\n", "- ".repeat(15_000));
    let checked = check("deep.md", doc.as_bytes());
    assert!(checked.diagnostics.is_empty());
    let text = &checked.table.entries[0].text;
    // Indentation stops growing, so the text stays about as large as the
    // document.
    assert!(text.len() < doc.len() * 4, "{} bytes", text.len());
}

#[test]
fn a_section_of_dated_bullets_is_no_status_section() {
    let doc = "## 客户端响应\n\n- 404 Not Found\n\n  请求失败。\n\n## 更新记录\n\n- 2024 年：新增 404。\n- 2025 年：修订。\n";
    let checked = check("t.md", doc.as_bytes());
    assert!(checked.diagnostics.is_empty(), "{:?}", messages(&checked));
    assert_eq!(checked.notes.len(), 1);
    assert!(
        checked.notes[0]
            .message
            .starts_with("section `更新记录` lists no status codes")
    );
    // A bullet whose code is wrong still makes its section a status section.
    let doc = "## 客户端响应\n\n- 4O4 Not Found\n\n  请求失败。\n";
    assert_eq!(
        messages(&check("t.md", doc.as_bytes())),
        ["`4O4` is not a status code"]
    );
}
