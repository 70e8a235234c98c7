//! Tests of the HTML table reader.

use super::*;

/// The first HTML table of `text`, the index of the last event it
/// covers and the number of events, and the problems found.
fn table(text: &str) -> (HtmlTable, usize, usize, Vec<Diagnostic>) {
    let reader = Reader::new(text, "");
    let mut problems = Diagnostics::default();
    let (table, last) = (0..reader.md.events.len())
        .find_map(|i| reader.html_table(i, &mut problems))
        .expect("a table");
    (table, last, reader.md.events.len(), problems.into_vec())
}

fn texts(table: &HtmlTable) -> Vec<Vec<&str>> {
    table
        .rows
        .iter()
        .map(|row| row.cells.iter().map(|c| c.text.as_str()).collect())
        .collect()
}

#[test]
fn reads_a_table_after_a_comment() {
    let text = "<!-- licence\n\n text -->\n\n<table border=\"1\">\n    <tr>\n        <td>代码</td>\n        <td>名称</td>\n    </tr>\n    <tr>\n        <td>7</td>\n        <td>SEVEN_ERROR</td>\n    </tr>\n</table>\n\nAfter.\n";
    let (table, last, _, problems) = table(text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(texts(&table), [["代码", "名称"], ["7", "SEVEN_ERROR"]]);
    assert_eq!(
        &text[table.span.clone()],
        &text[text.find("<table").unwrap()..text.find("\n\nAfter").unwrap()]
    );
    let row = &table.rows[1];
    assert_eq!(&text[row.span.clone()], "<tr>");
    assert!(!row.header);
    assert_eq!(&text[row.cells[1].span.clone()], "SEVEN_ERROR");
    assert_eq!(row.cells[1].doc, "SEVEN\\_ERROR");
    assert_eq!(row.cells[0].colspan, 1);
    // The paragraph after the table is not covered.
    let reader = Reader::new(text, "");
    assert!(matches!(
        reader.md.events[reader.md.ends[last] + 1].0,
        Event::Start(Tag::Paragraph)
    ));
}

#[test]
fn a_block_that_is_no_table() {
    let reader = Reader::new(
        "<p>\n<table>\n</table>\n</p>\n\n<tablet>\n\n<details>\n",
        "",
    );
    let mut problems = Diagnostics::default();
    for i in 0..reader.md.events.len() {
        assert!(reader.html_table(i, &mut problems).is_none());
    }
    assert!(problems.is_empty());
}

#[test]
fn a_table_after_the_tags_that_wrap_it() {
    for text in [
        "<div>\n<table>\n</table>\n</div>\n",
        "<details><summary>The <b>codes</b></summary>\n<!-- x -->\n<TABLE>\n</TABLE>\n</details>\n",
    ] {
        let reader = Reader::new(text, "");
        let mut problems = Diagnostics::default();
        assert!(reader.html_table(0, &mut problems).is_some(), "{text}");
        assert!(problems.is_empty(), "{text}: {problems:?}");
    }
}

#[test]
fn headers_colspans_and_sections() {
    let text = "<TABLE class=x>\n<THEAD><TR><TH>Code</TH><th scope=col>Meaning</th></TR></THEAD>\n<tbody>\n<tr><td COLSPAN = \"2\">Client errors</td></tr>\n<tr><td>400<td>Bad <b>request</b></tbody>\n<tfoot><tr><td colspan=x>z</td><td colspan='0'></tfoot></table>\n";
    let (table, _, _, problems) = table(text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        texts(&table),
        [
            vec!["Code", "Meaning"],
            vec!["Client errors"],
            vec!["400", "Bad request"],
            vec!["z", ""]
        ]
    );
    let headers: Vec<bool> = table.rows.iter().map(|r| r.header).collect();
    assert_eq!(headers, [true, false, false, false]);
    assert_eq!(table.rows[1].cells[0].colspan, 2);
    assert_eq!(table.rows[3].cells[0].colspan, 1);
    assert_eq!(table.rows[3].cells[1].colspan, 1);
    let bad = &table.rows[2].cells[1];
    assert_eq!(&text[bad.span.clone()], "Bad <b>request</b>");
    assert!(table.span.end == text.len() - 1);
}

#[test]
fn entities_breaks_and_white_space() {
    let text = "<table><tr><td>\n  a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x4E2D;&#25991; &bogus; &#0; &#xD800; &amp\n</td>\n<td> one<br>two <BR/>  three<br><br>four&nbsp;&nbsp;five<br></td>\n<td><p>para</p><p>graph</p></td></tr></table>";
    let (table, _, _, problems) = table(text);
    assert!(problems.is_empty(), "{problems:?}");
    let cells = &table.rows[0].cells;
    assert_eq!(
        cells[0].text,
        "a & b <c> \"d\" 'e' 中文 &bogus; \u{FFFD} \u{FFFD} &amp"
    );
    assert_eq!(
        cells[0].doc,
        "a \\& b \\<c\\> \"d\" 'e' 中文 \\&bogus; \u{FFFD} \u{FFFD} \\&amp"
    );
    assert_eq!(cells[1].text, "one\ntwo\nthree\n\nfour five");
    assert_eq!(cells[1].doc, "one\\\ntwo\\\nthree\\\n\\\nfour five");
    assert_eq!(cells[2].text, "para graph");
    assert_eq!(
        &text[cells[0].span.clone()],
        &text[text.find("a &amp;").unwrap()..text.find("&amp\n").unwrap() + 4]
    );
}

#[test]
fn an_empty_cell_is_empty_at_its_place() {
    let text = "<table><tr><td>1</td><td>  </td><td>&nbsp;<br></td><td/></tr></table>";
    let (table, _, _, _) = table(text);
    let cells = &table.rows[0].cells;
    assert_eq!(cells.len(), 4);
    for cell in &cells[1..] {
        assert_eq!(cell.text, "");
        assert_eq!(cell.doc, "");
        assert!(cell.span.is_empty());
    }
    assert_eq!(cells[1].span.start, text.find("  </td>").unwrap());
}

#[test]
fn a_table_split_by_blank_lines() {
    let text = "<table>\n  <tr>\n    <td>1</td>\n\n    <td>ONE</td>\n  </tr>\n\n  <tr>\n\n  <td>2\n\n  two *words*\n  <td>TWO\n</table>\n\nAfter.\n";
    let (table, last, _, problems) = table(text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(texts(&table), [["1", "ONE"], ["2 two *words*", "TWO"]]);
    assert_eq!(table.rows[1].cells[0].doc, "2 two \\*words\\*");
    let reader = Reader::new(text, "");
    let (event, span) = &reader.md.events[reader.md.ends[last] + 1];
    assert!(matches!(event, Event::Start(Tag::Paragraph)), "{event:?}");
    assert_eq!(&text[span.clone()], "After.\n");
}

#[test]
fn an_unclosed_table_runs_to_the_end() {
    let text = "Intro.\n\n<table>\n<tr><td>1</td></tr>\n\n## Heading\n\n<tr><td>2\n";
    let (table, last, events, problems) = table(text);
    assert_eq!(texts(&table), [["1"], ["2"]]);
    assert_eq!(table.span.end, text.len());
    assert_eq!(Reader::new(text, "").md.ends[last] + 1, events);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(
        problems[0].message,
        "text outside the cells of an HTML table"
    );
    assert_eq!(&text[problems[0].primary.span.clone()], "## Heading");
    assert_eq!(problems[1].message, "this HTML table is never closed");
    assert_eq!(&text[problems[1].primary.span.clone()], "<table>");
}

#[test]
fn a_nested_table_is_a_problem() {
    let text = "<table><tr><td>outer <table><tr><td>in</td><td>ner</td></tr></table> end</td><td>b</td></tr></table>";
    let (table, _, _, problems) = table(text);
    assert_eq!(texts(&table), [["outer in ner end", "b"]]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].message, "a table inside an HTML table");
    assert_eq!(
        problems[0].primary.span.start,
        text.find("<table><tr><td>in").unwrap()
    );
}

#[test]
fn html_after_the_table_in_its_block() {
    let text = "<table><tr><td>1</td></tr></table>\n<p>Note</p>\n<!-- fine -->\n";
    let (_, _, _, problems) = table(text);
    assert_eq!(problems.len(), 1);
    assert_eq!(&text[problems[0].primary.span.clone()], "<p>Note</p>");
    let (_, _, _, problems) = table("<table><tr><td>1</td></tr></table>\n<!-- fine -->\n");
    assert!(problems.is_empty());
}

#[test]
fn hostile_cells_are_text() {
    let text = "<table><tr><td><script>alert(\"<b>x</b>\")</SCRIPT></td><td><a href=\"javascript:alert(1)\" onclick='x()'>javascript:alert(2)</a></td><td><img src=x onerror=alert(3)>[link](http://e.x) `code` # h</td><td>- item</td><td>1. one</td><td>see https://a.example/b_c.</td></tr></table>";
    let (table, _, _, problems) = table(text);
    assert!(problems.is_empty(), "{problems:?}");
    let cells = &table.rows[0].cells;
    assert_eq!(cells[0].text, "alert(\"<b>x</b>\")");
    assert_eq!(cells[0].doc, "alert(\"\\<b\\>x\\</b\\>\")");
    assert_eq!(cells[1].text, "javascript:alert(2)");
    assert_eq!(cells[1].doc, "javascript:alert(2)");
    assert_eq!(cells[2].text, "[link](http://e.x) `code` # h");
    assert_eq!(cells[2].doc, "\\[link\\](<http://e.x>) \\`code\\` \\# h");
    assert_eq!(cells[3].doc, "\\- item");
    assert_eq!(cells[4].doc, "1\\. one");
    assert_eq!(cells[5].doc, "see <https://a.example/b_c>.");
    for cell in cells {
        assert!(!cell.doc.contains("alert(1)") && !cell.doc.contains("onerror"));
    }
}

#[test]
fn hard_breaks_render_as_breaks() {
    let doc = "one\\\ntwo\\\n\\\nfour";
    let md = Markdown::new(doc, 0);
    let breaks = md
        .events
        .iter()
        .filter(|(e, _)| matches!(e, Event::HardBreak))
        .count();
    assert_eq!(breaks, 3);
    assert!(
        md.events
            .iter()
            .all(|(e, _)| !matches!(e, Event::Html(_) | Event::InlineHtml(_)))
    );
}

#[test]
fn cells_and_rows_in_odd_places() {
    let text = "<table>\n<td>no row</td>\n<tr>stray<td>x</tr>\n<caption>A caption</caption>\n<tr></tr>\n</table>";
    let (table, _, _, problems) = table(text);
    assert_eq!(texts(&table), [vec!["no row"], vec!["x"], vec![]]);
    assert!(!table.rows[2].header);
    assert_eq!(problems.len(), 1);
    assert_eq!(&text[problems[0].primary.span.clone()], "stray");
}

#[test]
fn a_long_table_on_one_line_is_read_in_linear_time() {
    let row = "<tr><td>1<td>https://x.example/http<td>&amp;&amp;<b>x</b>";
    let text = format!("<table>{}", row.repeat(20_000));
    let (read, _, _, problems) = table(&text);
    assert_eq!(read.rows.len(), 20_000);
    assert_eq!(read.rows[19_999].cells[2].text, "&&x");
    assert_eq!(problems.len(), 1);
    let text = format!("<table><tr><td>{}", "httphttp".repeat(50_000));
    assert_eq!(table(&text).0.rows[0].cells[0].text.len(), 400_000);
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(512),
    ))]
    #[test]
    fn any_html_is_read_without_panic(
        pieces in proptest::collection::vec(proptest::sample::select(vec![
            "<table", "<TABLE border=1>", "</table>", "<tr>", "</tr>", "<td", " colspan=\"", "'",
            "\"", ">", "</td>", "<th>", "<br>", "<!--", "-->", "<script>", "</script", "&amp;",
            "&#x", "&#", ";", "&", "中文", "é", "\n", "\n\n", "    ", "<", "</", "<!", "<?",
            "- ", "# ", "> ", "|", "`", "x", "9", "=", "<b>", "https://a.b/", "\u{200B}",
        ]), 0..40)
    ) {
        let text: String = pieces.concat();
        let reader = Reader::new(&text, "");
        let mut problems = Diagnostics::default();
        for i in 0..reader.md.events.len() {
            if let Some((table, last)) = reader.html_table(i, &mut problems) {
                proptest::prop_assert!(last >= i && last < reader.md.events.len());
                proptest::prop_assert!(table.span.end <= text.len());
                for row in &table.rows {
                    proptest::prop_assert!(text.get(row.span.clone()).is_some());
                    for cell in &row.cells {
                        proptest::prop_assert!(text.get(cell.span.clone()).is_some());
                        proptest::prop_assert!(cell.colspan >= 1);
                    }
                }
            }
        }
        for problem in problems.into_vec() {
            proptest::prop_assert!(text.get(problem.primary.span.clone()).is_some());
        }
    }
}
