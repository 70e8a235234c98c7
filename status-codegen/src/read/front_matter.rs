//! The YAML front matter of MDN's pages: metadata between two `---` lines
//! at the very top. It never reaches the docs; only its `title` is read.

/// The `title:` of a front matter block, unquoted; `None` when it has none.
///
/// Only a top-level `title: …` line is read: the front matter is metadata,
/// and a YAML parser would cost every build for one field.
pub(crate) fn title(yaml: &str) -> Option<String> {
    yaml.lines().find_map(|line| {
        let value = line.strip_prefix("title:")?.trim();
        let unquoted = ['"', '\'']
            .iter()
            .find_map(|&q| value.strip_prefix(q)?.strip_suffix(q))
            .unwrap_or(value);
        (!unquoted.is_empty()).then(|| unquoted.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::title;

    #[test]
    fn reads_the_title_line() {
        assert_eq!(
            title("title: HTTP 响应状态码\nslug: Web/HTTP/Status\n").as_deref(),
            Some("HTTP 响应状态码")
        );
        assert_eq!(
            title("slug: x\ntitle: \"Codes: all\"\n").as_deref(),
            Some("Codes: all")
        );
        assert_eq!(title("tags:\n  - title: nested\n"), None);
        assert_eq!(title("title:\n"), None);
    }
}
