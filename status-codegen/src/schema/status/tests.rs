use super::*;
use crate::read::read;

fn check(text: &str) -> (Table, Vec<String>) {
    let source = Source::new("t.md", text);
    let mut diagnostics = Diagnostics::default();
    let document = read(
        &source,
        &crate::DocumentOptions::default(),
        LAYOUT,
        &mut diagnostics,
    );
    let table = validate(&document, &source, None, &mut diagnostics);
    let messages = diagnostics
        .into_vec()
        .iter()
        .map(|d| d.render(&source))
        .collect();
    (table, messages)
}

fn check_translation(primary: &Table, text: &str) -> (Table, Vec<String>, Vec<String>) {
    let source = Source::new("t.en.md", text);
    let mut diagnostics = Diagnostics::default();
    let document = read(
        &source,
        &crate::DocumentOptions::default(),
        LAYOUT,
        &mut diagnostics,
    );
    let table = validate(&document, &source, Some(Some(primary)), &mut diagnostics);
    let (errors, mut notes) = diagnostics.into_parts();
    notes.sort_by_key(|d| d.primary.span.start);
    let render = |v: Vec<Diagnostic>| v.iter().map(|d| d.render(&source)).collect();
    (table, render(errors), render(notes))
}

#[test]
fn a_translation_is_checked_against_the_primary() {
    let (primary, errors) = check(
        "## 成功\n\n- 200 OK\n\n  好。\n\n- 201 Created\n\n  建。\n\n## 客户端\n\n- 404 Not Found\n\n  没有。\n",
    );
    assert!(errors.is_empty());
    let (table, errors, notes) = check_translation(
        &primary,
        "## Success\n\n- 200 Okay\n\n  Good.\n\n- 202 Accepted\n\n  Later.\n\n## Client\n\n- 404 未找到\n\n  None.\n",
    );
    // 202 is not in the primary: an error at its line.
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("status code 202 is not in the primary document\n --> t.en.md:7:3")
    );
    // A phrase without ASCII letters names nothing: no error.
    let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
    assert_eq!(codes, [200, 404]);
    assert_eq!(table.classes[0].title, "Success");
    // Notes: 201 is missing; two phrases differ from the primary's.
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert!(notes[0].starts_with("the translation lacks 1 code of the primary document: 201"));
    assert!(notes[1].starts_with("200 Okay: the primary document says \"OK\"\n --> t.en.md:3:7"));
    assert!(notes[2].starts_with("404 未找到: the primary document says \"Not Found\""));
}

#[test]
fn translated_phrases_may_clash_but_codes_may_not() {
    let (primary, _) =
        check("## A\n\n- 207 Multi-Status\n\n  a\n\n- 208 Already Reported\n\n  b\n");
    let (table, errors, _) = check_translation(
        &primary,
        "## A\n\n- 207 Multi-Status\n\n  a\n\n- 208 Multi-Status\n\n  b\n\n- 208 Again\n\n  c\n",
    );
    assert_eq!(table.entries.len(), 2);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("status code 208 is listed twice"));
}

#[test]
fn without_the_primary_a_translation_is_checked_alone() {
    let source = Source::new("t.en.md", "## A\n\n- 299 Whatever\n\n  a\n");
    let mut diagnostics = Diagnostics::default();
    let document = read(
        &source,
        &crate::DocumentOptions::default(),
        LAYOUT,
        &mut diagnostics,
    );
    let table = validate(&document, &source, Some(None), &mut diagnostics);
    assert_eq!(table.entries.len(), 1);
    assert!(diagnostics.is_empty());
}

#[test]
fn groups_under_one_heading_are_one_class() {
    let (table, errors) = check(
        "## 4xx Client errors\n\n### Auth\n\n- 401 Unauthorized\n\n  a\n\n### Lookup\n\n- 404 Not Found\n\n  b\n\n## Server\n\n### One\n\n- 500 Internal Server Error\n\n  c\n\n### Two\n\n- 501 Not Implemented\n\n  d\n",
    );
    assert!(errors.is_empty(), "{errors:#?}");
    let titles: Vec<&str> = table.classes.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["4xx Client errors", "Server"]);
    let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
    assert_eq!(codes, [401, 404, 500, 501]);
    // Sections of one class that no heading groups are still an error.
    let (_, errors) = check("## A\n\n- 200 OK\n\n  a\n\n## B\n\n- 201 Created\n\n  b\n");
    assert!(
        errors[0].starts_with("two sections hold 2xx codes"),
        "{errors:#?}"
    );
}

#[test]
fn builds_a_table() {
    let (table, errors) = check(
        "Intro.\n\n## 成功\n\n- 200 OK\n\n  好。\n\n## 客户端\n\n- 404 Not Found\n\n  没有。\n",
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(table.intro, "Intro.");
    assert_eq!(table.classes.len(), 2);
    assert_eq!(table.classes[1].class, Class::ClientError);
    assert_eq!(table.classes[1].title, "客户端");
    let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
    assert_eq!(codes, [200, 404]);
    assert_eq!(table.entries[0].reason, "OK");
    assert_eq!(table.entries[0].ident, "Ok");
}

#[test]
fn reports_every_problem_at_its_place() {
    let (table, errors) = check(
        "## 成功响应\n\n- 200 Ok\n\n  a\n\n- 404 Not Found\n\n  b\n\n- 200 Ok\n\n  c\n\n- Created\n\n  d\n\n- 2000 X\n\n  e\n\n- 201\n\n  f\n\n- 202 Accepted\n",
    );
    assert_eq!(errors.len(), 6, "{errors:#?}");
    // Every entry with a code and a reason phrase keeps its variant, but the
    // second 200: 404 in the wrong section, 202 without a description.
    let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
    assert_eq!(codes, [200, 404, 202]);
    assert_eq!(table.entries[1].class, Class::ClientError);
    let classes: Vec<Class> = table.classes.iter().map(|c| c.class).collect();
    assert_eq!(classes, [Class::Success, Class::ClientError]);
    assert!(errors[0].starts_with(
        "404 is a client error (4xx), but section `成功响应` holds 2xx codes\n --> t.md:7:3"
    ));
    assert!(errors[1].starts_with("status code 200 is listed twice\n  --> t.md:11:3"));
    assert!(errors[1].contains("  ::: t.md:3:3"));
    assert!(errors[2].contains("entry `Created` has no status code"));
    assert!(errors[3].contains("status code `2000` is not three digits"));
    assert!(errors[4].contains("entry 201 has no reason phrase"));
    assert!(errors[5].contains("entry `202 Accepted` has no description"));
}

#[test]
fn caret_lines_up_under_wide_characters() {
    let (_, errors) = check("## 成功响应\n\n- 200 Ok\n\n  a\n\n## 成功\n\n- 201 Created\n\n  b\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0],
        "two sections hold 2xx codes: `成功响应` and `成功`\n --> t.md:7:1\n  |\n7 | ## 成功\n  | ^^^^^^^ second section for this class\n ::: t.md:1:1\n  |\n1 | ## 成功响应\n  | ----------- first section for this class\n  |\n  = help: merge the two sections into one"
    );
}

#[test]
fn a_misplaced_entry_is_sent_to_its_section_even_a_later_one() {
    let (_, errors) =
        check("## 重定向\n\n- 300 A\n\n  a\n\n- 407 B\n\n  b\n\n## 客户端响应\n\n- 400 C\n\n  c\n");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("407 is a client error (4xx), but section `重定向` holds 3xx codes")
    );
    assert!(
        errors[0].ends_with("= help: move it to section `客户端响应`"),
        "{}",
        errors[0]
    );
}

#[test]
fn codes_that_run_into_letters() {
    let (_, errors) = check("## A\n\n- 4O5 Oops\n\n  a\n\n- 404Not Found\n\n  b\n\n- 4 X\n\n  c\n");
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].starts_with("`4O5` is not a status code\n --> t.md:3:3"));
    assert!(errors[0].contains("^^^ expected three digits"));
    assert!(errors[1].starts_with("no space between status code 404 and its reason phrase"));
    assert!(errors[1].contains("help: write `- 404 Not Found`"));
    assert!(errors[2].contains("^ 1 digit\n"));
}

#[test]
fn same_variant_from_two_phrases() {
    let (_, errors) = check("## A\n\n- 404 Not Found\n\n  a\n\n- 405 Not-Found\n\n  b\n");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with(
        "reason phrases `Not Found` and `Not-Found` both give the variant name `NotFound`\n --> t.md:7:7"
    ));
}

#[test]
fn empty_and_entry_less_documents() {
    let (_, errors) = check("");
    assert!(errors[0].starts_with("the status document is empty"));
    let (_, errors) = check("Just prose.\n");
    assert!(errors[0].starts_with("the status document lists no status codes"));
}

#[test]
fn other_columns_and_fields_follow_the_description() {
    // A table's column beyond the phrase and the description.
    let (table, errors) = check(
        "## 4xx\n\n| Code | Reason | Description | Notes |\n| - | - | - | - |\n\
         | 404 | Not Found | Missing. | often used |\n| 410 | Gone | Gone for good. | |\n",
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(table.entries[0].text, "Missing.\nNotes: often used");
    assert_eq!(table.entries[0].doc, "Missing.\n\n- **Notes**: often used");
    assert_eq!(table.entries[1].text, "Gone for good.");
    // A bold label after a bullet's description is a field; one that
    // starts it, unknown to the vocabulary, is the description's text.
    let (table, errors) = check(
        "## 4xx\n\n- 404 Not Found\n\n  Missing.\n\n  **Note:** often used.\n\n\
         - 410 Gone\n\n  **Note:** for good.\n",
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(table.entries[0].doc, "Missing.\n\n- **Note**: often used.");
    assert_eq!(table.entries[1].doc, "**Note:** for good.");
}

#[test]
fn chinese_after_the_phrase_on_one_line_is_its_description() {
    // `: ` and `：` end the phrase of a one-line bullet: the rest is the
    // description, as under the bullet.
    let (table, errors) = check(
        "## 客户端错误\n\n- 400 Bad Request: 请求错误\n- 401 Unauthorized：未授权\n\n\
         - 403 Forbidden：禁止\n\n  没有权限。\n",
    );
    assert!(errors.is_empty(), "{errors:#?}");
    let read: Vec<(&str, &str, &str)> = (table.entries.iter())
        .map(|e| (e.reason.as_str(), e.ident.as_str(), e.text.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            ("Bad Request", "BadRequest", "请求错误"),
            ("Unauthorized", "Unauthorized", "未授权"),
            ("Forbidden", "Forbidden", "禁止\n没有权限。"),
        ]
    );
}

#[test]
fn a_full_width_note_after_the_phrase_is_a_note() {
    let (table, errors) = check(
        "## 客户端错误\n\n- 405 Method Not Allowed（方法不允许）\n\n  a\n\n\
         - 406 Not Acceptable （不可接受） (RFC 9110)\n\n  b\n\n\
         - 407 Proxy Authentication Required（代理（旧）认证）\n\n  c\n",
    );
    assert!(errors.is_empty(), "{errors:#?}");
    let read: Vec<(&str, &str, Option<&str>)> = (table.entries.iter())
        .map(|e| {
            let note = e.note.as_ref().map(|note| note.text.as_str());
            (e.reason.as_str(), e.ident.as_str(), note)
        })
        .collect();
    assert_eq!(
        read,
        [
            ("Method Not Allowed", "MethodNotAllowed", Some("方法不允许")),
            (
                "Not Acceptable",
                "NotAcceptable",
                Some("不可接受; RFC 9110")
            ),
            (
                "Proxy Authentication Required",
                "ProxyAuthenticationRequired",
                Some("代理（旧）认证")
            ),
        ]
    );
    // In a table's phrase cell too.
    let (table, errors) = check(
        "## 4xx\n\n| Code | Reason | Description |\n| - | - | - |\n\
         | 405 | Method Not Allowed（方法不允许） | a |\n",
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(table.entries[0].reason, "Method Not Allowed");
    assert_eq!(table.entries[0].note.as_ref().unwrap().text, "方法不允许");
    // A phrase that is only a note, or a note not at the end, stays the
    // phrase, which names nothing.
    let (_, errors) =
        check("## 4xx\n\n- 405 （方法不允许）\n\n  a\n\n- 406 Not（不）Acceptable\n\n  b\n");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].starts_with("reason phrase `（方法不允许）` gives no Rust identifier"));
    assert!(errors[1].starts_with("reason phrase `Not（不）Acceptable` gives no Rust identifier"));
}

#[test]
fn chinese_after_a_colon_that_ends_no_phrase_is_sent_to_the_description() {
    // No space after `:`, or in a code span: the line is the title, and
    // the help says where the text goes.
    let (_, errors) = check(
        "## 客户端错误\n\n- 400 Bad Request:请求错误\n\n  a\n\n- `401 Unauthorized：未授权`\n\n  b\n\n\
         - 402 付款：Payment\n\n  c\n",
    );
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(
        errors[0].starts_with(
            "reason phrase `Bad Request:请求错误` gives no Rust identifier: `请` is not an ASCII letter\n --> t.md:3:7"
        ),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].ends_with(
            "= help: move `请求错误` into the description, the indented line under the bullet, \
             so that `Bad Request` alone names the variant:\n\n    - 400 Bad Request\n\n      请求错误"
        ),
        "{}",
        errors[0]
    );
    assert!(errors[1].contains("help: move `未授权` into the description"));
    // Chinese before the colon: the phrase is not English words.
    assert!(errors[2].ends_with("write the phrase in English words, such as `Not Found`"));

    // In a table, the description is a column.
    let (_, errors) = check(
        "## 4xx\n\n| Code | Reason | Description |\n| - | - | - |\n\
         | 400 | Bad Request: 请求错误 | a |\n",
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].ends_with(
            "= help: keep `Bad Request` alone in this cell, so that it names the variant, \
             and move `请求错误` into the description column"
        ),
        "{}",
        errors[0]
    );
}
