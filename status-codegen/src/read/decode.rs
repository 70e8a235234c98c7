//! The bytes of a document to its text: a [`Source`].

use crate::diagnostic::{Diagnostic, Source};

/// The largest document accepted, so that a runaway file fails quickly
/// instead of slowing every build: any document up to this size builds in
/// seconds and well under 1 GB, whatever its shape (BENCHMARKS.md). A real
/// status page is some 20 KB; an error catalogue of thousands of codes,
/// a few hundred.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// Turns the bytes of a document into a [`Source`]: strips a UTF-8 byte
/// order mark, turns lone carriage returns (old Mac line endings) into line
/// feeds, and rejects text that is not UTF-8 or is too large.
///
/// On failure, the [`Source`] beside the diagnostic holds a lossy copy of the
/// text, so the diagnostic can still quote the offending line. Messages call
/// the document `what`: "status document", or "code catalogue" for
/// `code_table!`.
pub(crate) fn decode_as(
    what: &str,
    path: &str,
    bytes: &[u8],
) -> Result<Source, Box<(Source, Diagnostic)>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let source = Source::new(path, "");
        let diagnostic = Diagnostic::new(
            format!("the {what} is too large; the limit is {MAX_DOCUMENT_BYTES} bytes"),
            0..0,
            "document starts here",
        );
        return Err(Box::new((source, diagnostic)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Source::new(path, normalize_line_endings(text))),
        Err(error) => {
            let valid = error.valid_up_to();
            let source = Source::new(path, String::from_utf8_lossy(bytes).into_owned());
            // The lossy copy is identical up to the first invalid byte.
            let at = source.position(valid);
            let diagnostic = Diagnostic::new(
                format!("the {what} is not valid UTF-8"),
                valid..valid + 1,
                format!(
                    "the first byte that is not UTF-8 is on line {}, column {}",
                    at.line, at.column
                ),
            )
            .with_help("save the file as UTF-8")
            // A file that is not text may be anything: never quote it.
            .unquoted();
            Err(Box::new((source, diagnostic)))
        }
    }
}

/// `text` with every `\r` that is not followed by `\n` made a `\n`: one
/// byte for one, so offsets stay the same.
fn normalize_line_endings(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (i, _) in text.match_indices('\r') {
        if bytes.get(i + 1) != Some(&b'\n') {
            out.push_str(&text[at..i]);
            out.push('\n');
            at = i + 1;
        }
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_byte_order_mark() {
        let source = decode_as(
            "status document",
            "t.md",
            b"\xEF\xBB\xBFIntro\r\n\rnext\r\n",
        )
        .unwrap();
        assert_eq!(source.text(), "Intro\r\n\nnext\r\n");
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let error = decode_as("status document", "t.md", b"ok\nbad \xFF here\n").unwrap_err();
        let (source, diagnostic) = *error;
        let rendered = diagnostic.render(&source);
        assert!(rendered.contains(" --> t.md\n"), "{rendered}");
        assert!(rendered.contains("line 2, column 5"), "{rendered}");
        assert!(
            !rendered.contains("here"),
            "the file is never quoted: {rendered}"
        );
    }
}
