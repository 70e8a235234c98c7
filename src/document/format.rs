//! What rustfmt leaves of the generated code, tidied: `#[doc = "…"]`
//! lines become `///` comments, and derive paths lose their spaces.

use std::ffi::OsString;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// Formats Rust `code` with `rustfmt` (or the program named by `RUSTFMT`).
pub(super) fn rustfmt(code: &str) -> Result<String, String> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| OsString::from("rustfmt"));
    let shown = program.to_string_lossy().into_owned();
    let mut child = Command::new(&program)
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run `{shown}`: {error}"))?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| format!("cannot write to `{shown}`"))?;
    // Write from another thread, so that neither side blocks on a full pipe.
    let (written, output) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || stdin.write_all(code.as_bytes()));
        let output = child.wait_with_output();
        (writer.join(), output)
    });
    let output = output.map_err(|error| format!("`{shown}` failed: {error}"))?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr);
        let mut reason = format!("`{shown}` failed ({})", output.status);
        if let Some(first) = message.lines().map(str::trim).find(|l| !l.is_empty()) {
            reason.push_str(": ");
            reason.push_str(first);
        }
        return Err(reason);
    }
    match written {
        Ok(Ok(())) => {}
        Ok(Err(error)) => return Err(format!("cannot write to `{shown}`: {error}")),
        Err(_) => return Err(format!("cannot write to `{shown}`")),
    }
    String::from_utf8(output.stdout).map_err(|_| format!("`{shown}` printed invalid UTF-8"))
}

/// Tidies what rustfmt leaves as the token printer wrote it: `#[doc = "…"]`
/// lines become `///` comments, which mean the same and read better, and
/// the paths in `#[derive(…)]` lose their spaces (`::core::fmt::Debug`).
pub(super) fn tidy(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut in_derive = false;
    for line in code.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if trimmed.starts_with("#[derive(") {
            in_derive = true;
        }
        if in_derive {
            out.push_str(indent);
            out.push_str(&trimmed.replace(" :: ", "::").replace(":: ", "::"));
            in_derive = !trimmed.ends_with(")]");
        } else if let Some(lines) = doc_lines(trimmed) {
            for (i, text) in lines.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(indent);
                out.push_str("///");
                out.push_str(text);
            }
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The lines of a `#[doc = …]` attribute, for `///` comments: `None` when
/// a line holds a character a comment should not (a control or invisible
/// character), or starts with `/` (which would make `////`, a plain
/// comment).
fn doc_lines(attribute: &str) -> Option<Vec<String>> {
    let value = attribute.strip_prefix("#[doc = ")?.strip_suffix(']')?;
    let text = if let Some(raw) = value.strip_prefix("r\"") {
        let body = raw.strip_suffix('"')?;
        (!body.contains('"')).then(|| body.to_owned())?
    } else if let Some(raw) = value.strip_prefix("r#\"") {
        let body = raw.strip_suffix("\"#")?;
        (!body.contains("\"#")).then(|| body.to_owned())?
    } else {
        unescape(value.strip_prefix('"')?.strip_suffix('"')?)?
    };
    let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let plain = lines.iter().all(|line| {
        !line.starts_with('/')
            && !line
                .chars()
                .any(|c| c != '\t' && status_codegen::diagnostic::is_invisible(c))
    });
    plain.then_some(lines)
}

/// The text of a string literal's body, for the escapes that may appear in
/// a one-line comment; `None` for anything else.
fn unescape(body: &str) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => match chars.next()? {
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                '\'' => out.push('\''),
                't' => out.push('\t'),
                'n' => out.push('\n'),
                'u' => {
                    let rest = chars.as_str().strip_prefix('{')?;
                    let (hex, after) = rest.split_once('}')?;
                    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                    if c.is_control() {
                        return None;
                    }
                    out.push(c);
                    chars = after.chars();
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_attributes_become_comments() {
        let code = "#[doc = \" **404 Not Found**\"]\n    #[doc = \"\"]\n    #[doc = \" a \\\"b\\\" \\\\ \\u{2022}\"]\n    #[doc = r\" raw \\n\"]\n    #[doc = r#\" `\"x\"`\"#]\npub enum X {}\n";
        assert_eq!(
            tidy(code),
            "/// **404 Not Found**\n    ///\n    /// a \"b\" \\ •\n    /// raw \\n\n    /// `\"x\"`\npub enum X {}\n"
        );
    }

    #[test]
    fn doc_attributes_that_cannot_be_comments_stay() {
        for line in [
            "#[doc = \"two\\n/lines\"]",
            "#[doc = \"/x\"]",
            "#[doc = \"a\\rb\"]",
            "#[doc = \"\\u{0}\"]",
            "#[doc = \"x\"] struct A;",
            "#[doc = r\"a\"b\"]",
            "#[doc(alias = \"404\")]",
        ] {
            assert_eq!(tidy(line), format!("{line}\n"));
        }
    }

    #[test]
    fn multi_line_doc_attributes_become_one_comment_per_line() {
        assert_eq!(
            tidy("    #[doc = \" First.\\n\\n Second.\"]"),
            "    /// First.\n    ///\n    /// Second.\n"
        );
    }

    #[test]
    fn derive_paths_lose_their_spaces() {
        let code = "#[derive(\n    :: core :: clone :: Clone,\n    :: core :: fmt :: Debug,\n)]\nfn f(a: u8) -> u8 { a }\n#[derive(:: core :: marker :: Copy)]\n";
        assert_eq!(
            tidy(code),
            "#[derive(\n    ::core::clone::Clone,\n    ::core::fmt::Debug,\n)]\nfn f(a: u8) -> u8 { a }\n#[derive(::core::marker::Copy)]\n"
        );
    }
}
