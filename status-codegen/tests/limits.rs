//! Large and pathological documents are accepted or rejected, never hang and
//! never exhaust memory. (No timings are asserted; `cargo test` prints how
//! long each took with `--nocapture`.)

use std::time::Instant;

use status_codegen::MAX_DOCUMENT_BYTES;
use status_codegen::check;

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = f();
    println!("{what}: {:?}", start.elapsed());
    result
}

#[test]
fn a_document_near_the_limit_is_checked() {
    // Every code from 100 to 599, each with a long description: about 7.5 MB,
    // just under the 8 MiB limit.
    let mut doc = String::from("大文档。\n");
    let paragraph = "这是一段很长的中文描述，用来测试解析器在大文档上的表现。".repeat(12);
    for class in 1..=5 {
        doc.push_str(&format!("\n## 第 {class} 类\n"));
        for code in class * 100..class * 100 + 100 {
            doc.push_str(&format!("\n- {code} Reason {code}\n\n"));
            for _ in 0..15 {
                doc.push_str(&format!("  {paragraph}\n\n"));
            }
        }
    }
    assert!(
        doc.len() > 7_000_000 && doc.len() <= MAX_DOCUMENT_BYTES,
        "{}",
        doc.len()
    );
    let checked = timed("7.5 MB", || check("big.md", doc.as_bytes()));
    assert!(checked.diagnostics.is_empty());
    assert_eq!(checked.table.entries.len(), 500);
}

#[test]
fn a_document_over_the_limit_is_refused() {
    let doc = vec![b'a'; MAX_DOCUMENT_BYTES + 1];
    let checked = timed("over the limit", || check("huge.md", &doc));
    assert_eq!(checked.diagnostics.len(), 1);
    assert!(checked.diagnostics[0].message.contains("the limit is"));
}

#[test]
fn a_hundred_thousand_bullets_are_reported_briefly() {
    let mut doc = String::from("## 成功响应\n\n");
    for i in 0..100_000 {
        doc.push_str(&format!("- {} Reason\n", 200 + i % 100));
    }
    let checked = timed("100,000 bullets", || check("bullets.md", doc.as_bytes()));
    let rendered = checked.rendered_diagnostics();
    // One line per problem would drown the build log: the list is capped.
    assert_eq!(rendered.len(), status_codegen::diagnostic::MAX_REPORTED + 1);
    assert!(rendered.last().unwrap().contains("more problems"));
}

#[test]
fn deep_nesting_is_fine() {
    let mut doc = String::from("## 成功响应\n\n- 200 OK\n\n");
    for depth in 0..1_000 {
        doc.push_str(&"  ".repeat(depth + 1));
        doc.push_str("- nested\n");
    }
    doc.push_str(&">".repeat(50_000));
    doc.push_str(&"[".repeat(50_000));
    doc.push_str(&"*".repeat(50_000));
    let checked = timed("deep nesting", || check("deep.md", doc.as_bytes()));
    assert_eq!(checked.table.entries.len(), 1);
}

#[test]
fn reading_stops_one_byte_past_the_limit() {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("over-the-limit.md");
    std::fs::write(&path, vec![b'a'; MAX_DOCUMENT_BYTES + 4096]).unwrap();
    let bytes = status_codegen::load("over-the-limit.md", &path, "the test")
        .unwrap()
        .bytes;
    assert_eq!(bytes.len(), MAX_DOCUMENT_BYTES + 1);
    assert!(
        check("over-the-limit.md", &bytes).diagnostics[0]
            .message
            .contains("too large")
    );
    std::fs::remove_file(path).unwrap();
}
