//! How problems are shown: never more of a file than the problem needs,
//! never a raw invisible or bidirectional control character, one line for
//! every line of the file whatever its line endings.

use status_codegen::check;
use status_codegen::diagnostic::{Diagnostic, Source};

/// Every rendered problem of `document`, joined.
fn rendered(document: &[u8]) -> String {
    check("t.md", document).rendered_diagnostics().join("\n")
}

#[test]
fn a_file_without_any_structure_is_not_quoted() {
    for document in [
        &b"DB_PASSWORD=hunter2\n"[..],
        b"DB_PASSWORD=hunter2",
        b"# settings\nDB_PASSWORD=hunter2\n",
        b"root:x:0:0:hunter2:/root:/bin/bash\ndaemon:x:1:1::/:/usr/sbin/nologin\n",
        b"\n\nhunter2\n\n\n",
    ] {
        let text = rendered(document);
        assert!(
            text.starts_with("the status document lists no status codes"),
            "{text}"
        );
        assert!(!text.contains("hunter2"), "{text}");
        assert!(text.contains("--> t.md\n"), "{text}");
        assert!(text.contains("not shown"), "{text}");
    }
}

#[test]
fn a_document_with_sections_but_no_entries_points_at_the_closest() {
    let text = rendered(b"## \xE6\x88\x90\xE5\x8A\x9F\n\nprose\n");
    // The section lists no code, so it is left out (a note); the document
    // has a heading, so it is one, and the error quotes that heading, what
    // came closest to an entry.
    assert!(
        text.starts_with("the status document lists no status codes\n --> t.md:1:1"),
        "{text}"
    );
    assert!(
        text.contains("the closest: this section lists nothing"),
        "{text}"
    );
    // Its example is in the document's language: Chinese here.
    assert!(text.contains("## 客户端响应"), "{text}");
    let english = rendered(b"## Success\n\nprose\n");
    assert!(english.contains("## Client error responses"), "{english}");
}

#[test]
fn an_empty_document_is_said_so() {
    let text = rendered(b"");
    assert!(text.starts_with("the status document is empty"), "{text}");
    let text = rendered(b"\n\n  \n");
    assert!(text.starts_with("the status document is empty"), "{text}");
}

/// The rendering of one problem at `span` of `text`.
fn render_at(text: &str, span: std::ops::Range<usize>) -> String {
    Diagnostic::new("problem", span, "here").render(&Source::new("t.md", text))
}

#[test]
fn lines_end_at_cr_lf_and_crlf() {
    let text = "one\rtwo\nthree\r\nfour\r\rsix";
    let source = Source::new("t.md", text);
    let lines: Vec<(usize, usize)> = ["one", "two", "three", "four", "six"]
        .iter()
        .map(|word| {
            let position = source.position(text.find(word).unwrap());
            (position.line, position.column)
        })
        .collect();
    assert_eq!(lines, [(1, 1), (2, 1), (3, 1), (4, 1), (6, 1)]);
    let shown = render_at(
        text,
        text.find("two").unwrap()..text.find("two").unwrap() + 3,
    );
    assert_eq!(shown, "problem\n --> t.md:2:1\n  |\n2 | two\n  | ^^^ here");
    let six = text.find("six").unwrap();
    let shown = render_at(text, six..six + 3);
    assert!(shown.ends_with("\n6 | six\n  | ^^^ here"), "{shown}");
    let five = render_at(text, six - 1..six - 1);
    assert!(five.contains("--> t.md:5:1\n  |\n5 | \n"), "{five}");
}

#[test]
fn a_cr_only_file_is_reported_line_by_line() {
    let mut document = String::from("## 成功响应\r\r");
    for code in 200..300 {
        document.push_str(&format!("- {code} Reason {code}\r\r  描述。\r\r"));
    }
    document.push_str("- 2000 Bad\r\r  x\r");
    let checked = check("t.md", document.as_bytes());
    assert!(checked.diagnostics.len() == 1, "{:?}", checked.diagnostics);
    let text = checked.rendered_diagnostics().join("\n");
    assert!(text.contains("--> t.md:403:3"), "{text}");
    assert!(text.len() < 400, "{} bytes:\n{text}", text.len());
}

#[test]
fn a_long_line_is_shown_in_a_window_around_the_problem() {
    let mut line = "啊".repeat(5_000);
    let at = line.len();
    line.push_str("BAD");
    line.push_str(&"x".repeat(5_000));
    let shown = render_at(&line, at..at + 3);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[1], " --> t.md:1:5001");
    let quoted = lines[3].strip_prefix("1 | ").unwrap();
    let caret = lines[4].strip_prefix("  | ").unwrap();
    assert!(quoted.starts_with('…') && quoted.ends_with('…'), "{quoted}");
    assert!(quoted.contains("BAD"));
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    assert!(width(quoted) <= 130, "{}", width(quoted));
    // The caret stands under BAD, counted in display columns.
    let before = &quoted[..quoted.find("BAD").unwrap()];
    assert_eq!(caret, format!("{}^^^ here", " ".repeat(width(before))));
    // Near the start of a line, no cut on the left.
    let shown = render_at(&line, 0..3);
    let quoted = shown.lines().nth(3).unwrap().strip_prefix("1 | ").unwrap();
    assert!(
        quoted.starts_with('啊') && quoted.ends_with('…'),
        "{quoted}"
    );
    // A long span is clipped to the window.
    let shown = render_at(&line, 0..line.len());
    assert!(shown.lines().all(|l| width(l) <= 140), "{shown}");
}

#[test]
fn many_long_lines_make_short_output() {
    // 2 MB of CR-only text with problems on every line, whose messages quote
    // the line: the output stays small.
    let line = format!(
        "- 2000 {words}\r\r  x\r\r- {words}\r\r  y\r\r",
        words = "Reason ".repeat(1_500)
    );
    let document = format!("## 成功响应\r\r{}", line.repeat(100));
    let text = rendered(document.as_bytes());
    assert!(text.len() < 50_000, "{} bytes", text.len());
    // A message quoting a long title keeps both of its ends.
    assert!(text.contains("entry `Reason Reason"), "{text}");
    assert!(text.contains("Reason` has no status code"), "{text}");
}

#[test]
fn invisible_and_bidi_characters_are_shown_escaped() {
    let text = "- 200 a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}e\u{AD}f\u{1B}[31mg X";
    let at = text.find('X').unwrap();
    let shown = render_at(text, at..at + 1);
    let quoted = shown.lines().nth(3).unwrap().strip_prefix("1 | ").unwrap();
    assert_eq!(
        quoted,
        "- 200 a\\u{202e}b\\u{2066}c\\u{200b}d\\u{feff}e\\u{ad}f\\u{1b}[31mg X"
    );
    let caret = shown.lines().nth(4).unwrap().strip_prefix("  | ").unwrap();
    assert_eq!(caret.find('^'), quoted.find('X'));
    for c in ['\u{202E}', '\u{2066}', '\u{200B}', '\u{FEFF}', '\u{1B}'] {
        assert!(!shown.contains(c), "{shown:?}");
    }
}

#[test]
fn messages_quoting_the_document_carry_no_raw_bidi_control() {
    let document = "## 成功\u{202E}响应\n\n- 200 O\u{2067}K\n\n  a\n\n- 20x Bad\u{202D}\n\n  b\n";
    let text = rendered(document.as_bytes());
    assert!(!text.is_empty());
    for c in text.chars() {
        assert!(
            !status_codegen::diagnostic::is_invisible(c),
            "{c:?} in {text}"
        );
    }
    assert!(text.contains("\\u{202d}"), "{text}");
}

#[test]
fn escape_leaves_visible_text_alone() {
    use status_codegen::diagnostic::escape;
    assert_eq!(escape("请求成功 OK\t"), "请求成功 OK\t");
    assert_eq!(escape("a\u{202E}b"), "a\\u{202e}b");
    assert_eq!(
        escape("a\u{E0041}\u{61C}\u{180E}"),
        "a\\u{e0041}\\u{61c}\\u{180e}"
    );
}
