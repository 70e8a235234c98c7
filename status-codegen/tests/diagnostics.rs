//! How problems are shown: never more of a file than the problem needs.

use status_codegen::check;

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
fn a_document_with_sections_but_no_entries_still_points_at_its_end() {
    let text = rendered(b"## \xE6\x88\x90\xE5\x8A\x9F\n\nprose\n");
    assert!(
        text.contains("section `成功` lists no status codes"),
        "{text}"
    );
    assert!(text.contains("--> t.md:1:1"), "{text}");
}

#[test]
fn an_empty_document_is_said_so() {
    let text = rendered(b"");
    assert!(text.starts_with("the status document is empty"), "{text}");
    let text = rendered(b"\n\n  \n");
    assert!(text.starts_with("the status document is empty"), "{text}");
}
