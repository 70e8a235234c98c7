//! The table `check` prints: what the macro generates for each entry, one
//! line each, grouped by class or category in document order.

use status_codegen::catalogue::model::{Catalogue, Value};
use status_codegen::model::Table;
use textwrap::core::display_width;

/// A description is cut to this many columns, an extra column's value to
/// [`EXTRA_WIDTH`]: the table is for reading, the docs hold the whole text.
const DESCRIPTION_WIDTH: usize = 48;
/// See [`DESCRIPTION_WIDTH`].
const EXTRA_WIDTH: usize = 24;

/// Entries as rows of cells, under the titles of their groups.
pub(super) trait Rows {
    /// The column headers.
    fn headers(&self) -> Vec<String>;
    /// Each group's title and its entries' cells, in the headers' order.
    fn groups(&self) -> Vec<(&str, Vec<Vec<String>>)>;
}

impl Rows for Table {
    fn headers(&self) -> Vec<String> {
        ["code", "variant", "reason", "description"]
            .map(str::to_owned)
            .to_vec()
    }

    fn groups(&self) -> Vec<(&str, Vec<Vec<String>>)> {
        (self.classes.iter())
            .map(|class| {
                let rows = (self.entries.iter())
                    .filter(|entry| entry.class == class.class)
                    .map(|entry| {
                        vec![
                            entry.code.to_string(),
                            entry.ident.clone(),
                            entry.reason.clone(),
                            excerpt(&entry.text, DESCRIPTION_WIDTH),
                        ]
                    })
                    .collect();
                (class.title.as_str(), rows)
            })
            .collect()
    }
}

impl Rows for Catalogue {
    fn headers(&self) -> Vec<String> {
        let mut headers = Vec::new();
        if self.code_type.is_some() {
            headers.push("code".to_owned());
        }
        headers.extend(["variant", "name"].map(str::to_owned));
        headers.extend(
            self.columns
                .iter()
                .map(|column| format!("{}()", column.method)),
        );
        headers.push("description".to_owned());
        headers
    }

    fn groups(&self) -> Vec<(&str, Vec<Vec<String>>)> {
        (self.categories.iter().enumerate())
            .map(|(index, category)| {
                let rows = (self.entries.iter())
                    .filter(|entry| entry.category == index)
                    .map(|entry| {
                        let mut row = Vec::new();
                        if self.code_type.is_some() {
                            row.push(entry.code.as_ref().map_or_else(String::new, Value::text));
                        }
                        row.extend([entry.ident.clone(), entry.name.clone()]);
                        row.extend(entry.columns.iter().map(|value| {
                            value.as_ref().map_or_else(String::new, |value| {
                                excerpt(&value.text(), EXTRA_WIDTH)
                            })
                        }));
                        row.push(excerpt(&entry.text, DESCRIPTION_WIDTH));
                        row
                    })
                    .collect();
                (category.title.as_str(), rows)
            })
            .collect()
    }
}

/// The first line of `text`, cut to `width` display columns with `…`.
fn excerpt(text: &str, width: usize) -> String {
    let line = text.lines().map(str::trim).find(|line| !line.is_empty());
    let line = line.unwrap_or_default();
    if display_width(line) <= width {
        return line.to_owned();
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in line.chars() {
        used += display_width(c.encode_utf8(&mut [0; 4]));
        if used >= width {
            break;
        }
        cut.push(c);
    }
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// The table of `rows`: a header line, then each group's title and its
/// entries indented under it, every column as wide as its widest cell and
/// two spaces apart. A group without a title (a catalogue's first, before
/// any heading) shows none; a group without entries is left out.
pub(super) fn render(rows: &impl Rows) -> String {
    let headers = rows.headers();
    let groups = rows.groups();
    let mut widths: Vec<usize> = headers.iter().map(|header| display_width(header)).collect();
    for row in groups.iter().flat_map(|(_, rows)| rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(display_width(cell));
        }
    }
    let line = |cells: &[String]| {
        let mut line = String::from("  ");
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            line.push_str(cell);
            if i + 1 < cells.len() {
                line.push_str(&" ".repeat(width - display_width(cell) + 2));
            }
        }
        line.truncate(line.trim_end().len());
        line.push('\n');
        line
    };
    let mut out = line(&headers);
    for (title, rows) in groups.iter().filter(|(_, rows)| !rows.is_empty()) {
        if !title.is_empty() {
            out.push_str(title);
            out.push('\n');
        }
        for row in rows {
            out.push_str(&line(row));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_the_first_line_cut_by_display_width() {
        assert_eq!(excerpt("\n  short\nsecond", 10), "short");
        assert_eq!(excerpt("abcdefghijkl", 10), "abcdefghi…");
        // Each Chinese character takes two columns.
        assert_eq!(excerpt("请求失败请求失败", 10), "请求失败…");
        assert_eq!(excerpt("", 10), "");
    }
}
