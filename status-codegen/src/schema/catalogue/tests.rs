use super::*;
use crate::catalogue::{CatalogueOptions, check};

fn checked(text: &str, columns: &[(&str, &str)]) -> (Catalogue, Vec<String>, Vec<String>) {
    let options = CatalogueOptions {
        columns: columns
            .iter()
            .map(|(header, method)| ColumnRequest {
                header: (*header).to_owned(),
                method: (*method).to_owned(),
            })
            .collect(),
        ..CatalogueOptions::default()
    };
    let checked = check("t.md", text.as_bytes(), &options);
    let errors = checked.rendered_diagnostics();
    let notes = checked.rendered_notes();
    (checked.table, errors, notes)
}

#[test]
fn narrowest_code_types() {
    let narrowest = |values: &[i64]| ValueType::narrowest(values.iter().copied());
    assert_eq!(narrowest(&[]), None);
    assert_eq!(narrowest(&[0, 65_535]), Some(ValueType::U16));
    assert_eq!(narrowest(&[65_536]), Some(ValueType::U32));
    assert_eq!(narrowest(&[-1, 40_001]), Some(ValueType::I32));
    assert_eq!(narrowest(&[-1, 3_000_000_000]), Some(ValueType::I64));
    assert_eq!(narrowest(&[4_294_967_295]), Some(ValueType::U32));
}

#[test]
fn invisible_characters_in_codes_and_names_are_errors() {
    let (catalogue, errors, _) = checked(
        "| code | name | description |\n| -- | -- | -- |\n| a\u{202e}b | A | x |\n| c | B&#x200B;C | y |\n| d | D | z |\n",
        &[],
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].starts_with("code `a\\u{202e}b` holds U+202E"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].starts_with("name `B\\u{200b}C` holds U+200B"),
        "{}",
        errors[1]
    );
    assert_eq!(catalogue.entries.len(), 1);
    // Without a name column, the code is reported once.
    let (_, errors, _) = checked(
        "| code | description |\n| -- | -- |\n| A\u{2066}B | x |\n",
        &[],
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn a_table_becomes_typed_entries() {
    let (catalogue, errors, _) = checked(
        "## 鉴权\n\n| 错误码 | 错误名称 | 错误描述 | 重试 | 备注 |\n| -- | -- | -- | -- | -- |\n| -1 | **BUSY** | 忙。 | 3 | x |\n| 40001 | INVALID_SIGNATURE | 签名错误。 | | y |\n",
        &[("重试", "retry"), ("备注", "remark")],
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(catalogue.code_type, Some(ValueType::I32));
    assert!(catalogue.codes_unique);
    let idents: Vec<&str> = catalogue.entries.iter().map(|e| e.ident.as_str()).collect();
    assert_eq!(idents, ["Busy", "InvalidSignature"]);
    assert_eq!(catalogue.entries[0].name, "BUSY");
    assert_eq!(catalogue.entries[0].code, Some(Value::Int(-1)));
    assert_eq!(catalogue.categories[0].title, "鉴权");
    let retry = &catalogue.columns[0];
    assert_eq!((retry.value_type, retry.optional), (ValueType::U16, true));
    let remark = &catalogue.columns[1];
    assert_eq!(
        (remark.value_type, remark.optional),
        (ValueType::Str, false)
    );
    assert_eq!(
        catalogue.entries[1].extras,
        [("备注".to_owned(), "y".to_owned())]
    );
}

#[test]
fn leading_zeros_are_kept_as_string_codes() {
    let (catalogue, errors, _) = checked(
        "| Code | Name | Description |\n| - | - | - |\n| 0001 | A | a |\n| 0002 | B | b |\n",
        &[],
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(catalogue.code_type, Some(ValueType::Str));
    assert_eq!(catalogue.entries[0].code, Some(Value::Str("0001".into())));
    let (_, errors, _) = checked(
        "| Code | Name | Description |\n| - | - | - |\n| 1 | A | a |\n| 2 | B | b |\n| 0003 | C | c |\n",
        &[],
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("code `0003` is a string, but the catalogue's codes are integers")
    );
}

#[test]
fn a_repeated_code_is_an_error_unless_codes_may_repeat() {
    let text = "| Code | Name | Description |\n| - | - | - |\n| 400 | A | a |\n| 400 | B | b |\n";
    let (catalogue, errors, _) = checked(text, &[]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("code `400` names both `A` and `B`\n --> t.md:4:3"),
        "{}",
        errors[0]
    );
    assert_eq!(catalogue.entries.len(), 1);

    let mut options = CatalogueOptions::default();
    options.document.codes_may_repeat = true;
    let checked = check("t.md", text.as_bytes(), &options);
    assert!(checked.diagnostics.is_empty());
    assert!(!checked.table.codes_unique);
    let notes = checked.rendered_notes();
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].starts_with("code `400` names both `A` and `B`: no `from_code`"),
        "{}",
        notes[0]
    );
}

#[test]
fn every_problem_is_reported_and_the_rest_kept() {
    let (catalogue, errors, _) = checked(
        "| Code | Name | Description |\n| - | - | - |\n| 1 | ONE | a |\n| X | TWO | b |\n| 3 | 三 | c |\n| 4 | ONE | d |\n| 5 | FIVE | |\n",
        &[],
    );
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(errors[0].starts_with("code `X` is a string, but the catalogue's codes are integers"));
    assert!(errors[1].starts_with("name `三` gives no Rust identifier"));
    assert!(errors[2].starts_with("name `ONE` is listed twice"));
    assert!(errors[3].starts_with("entry `FIVE` has no description"));
    // FIVE keeps its variant: only its description is missing.
    let idents: Vec<&str> = catalogue.entries.iter().map(|e| e.ident.as_str()).collect();
    assert_eq!(idents, ["One", "Five"]);
    let (_, errors, _) = checked(
        "| Code | Name | Description |\n| - | - | - |\n| 1 | ONE | a |\n| 99999999999999999999 | BIG | b |\n",
        &[],
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("code `99999999999999999999` does not fit in an `i64`"));
    let (catalogue, errors, _) = checked(
        "| Code | Name | Description |\n| - | - | - |\n| 1 | InvalidSignature | a |\n| 2 | INVALIDSIGNATURE | b |\n",
        &[],
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .starts_with("names `InvalidSignature` and `INVALIDSIGNATURE` differ only in case"),
        "{}",
        errors[0]
    );
    // Their variant names differ: both keep a variant.
    let idents: Vec<&str> = catalogue.entries.iter().map(|e| e.ident.as_str()).collect();
    assert_eq!(idents, ["InvalidSignature", "Invalidsignature"]);
    assert_eq!(catalogue.code_type, Some(ValueType::U16));
}

#[test]
fn a_table_without_codes_beside_one_with_codes() {
    let (catalogue, errors, _) = checked(
        "| Code | Name | Description |\n| - | - | - |\n| 1 | A | a |\n\n| Name | Description |\n| - | - |\n| B | b |\n| C | c |\n",
        &[],
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(
        "this table has no code column, but the catalogue's other entries have codes\n --> t.md:5:1"
    ));
    assert_eq!(catalogue.entries.len(), 1);
}

#[test]
fn empty_and_entry_less_catalogues() {
    let (_, errors, _) = checked("", &[]);
    assert!(errors[0].starts_with("the code catalogue is empty"));
    let (_, errors, _) = checked("SECRET=1\n", &[]);
    assert!(errors[0].starts_with("the code catalogue lists no codes"));
    assert!(!errors[0].contains("SECRET"), "{}", errors[0]);
}

#[test]
fn of_two_descriptions_and_no_message_the_first_is_the_message() {
    let (catalogue, errors, _) = checked(
        "| 返回码 | 描述 | 说明 |\n| - | - | - |\n| 0 | ok | 成功 |\n| 7 | slow down | 太快了 |\n",
        &[],
    );
    assert!(errors.is_empty(), "{errors:#?}");
    let entry = &catalogue.entries[1];
    assert_eq!(
        (entry.ident.as_str(), entry.name.as_str()),
        ("SlowDown", "slow down")
    );
    assert_eq!(entry.text, "太快了");
    // A third description, or one beside a message, is an extra column.
    let (catalogue, errors, _) = checked(
        "| Code | Message | Description | Details |\n| - | - | - | - |\n| 1 | A b | c | d |\n",
        &[],
    );
    assert!(errors.is_empty(), "{errors:#?}");
    let entry = &catalogue.entries[0];
    assert_eq!((entry.name.as_str(), entry.text.as_str()), ("A b", "c"));
    assert!(
        entry
            .extras
            .contains(&("Details".to_owned(), "d".to_owned()))
    );
}

#[test]
fn field_lines_and_records_lacking_a_field() {
    let (catalogue, errors, _) = checked(
        "## 7 Slow\n**Symbol:** SLOW\n**Description:** it is slow,\nvery slow.\n**Fix**: wait.\n\n\
         ## 8 Gone\n**Symbol:** GONE\n**Description:** it is gone.\n",
        &[("Fix", "fix"), ("Title", "title")],
    );
    assert!(errors.is_empty(), "{errors:#?}");
    let [slow, gone] = &catalogue.entries[..] else {
        panic!("{:#?}", catalogue.entries);
    };
    assert_eq!(
        (slow.name.as_str(), slow.text.as_str()),
        ("SLOW", "it is slow, very slow.")
    );
    assert_eq!(
        slow.columns,
        [
            Some(Value::Str("wait.".into())),
            Some(Value::Str("Slow".into()))
        ]
    );
    assert_eq!(gone.columns[0], None);
    assert!(catalogue.columns[0].optional);
    // A message field is the message before the displaced title, which
    // is then an extra column.
    let (catalogue, errors, _) = checked(
        "## 9 Quota\n\n- **User Message**: over quota.\n- **Symbol**: QUOTA_EXCEEDED\n",
        &[],
    );
    assert!(errors.is_empty(), "{errors:#?}");
    let quota = &catalogue.entries[0];
    assert_eq!(
        (quota.ident.as_str(), quota.text.as_str()),
        ("QuotaExceeded", "over quota.")
    );
    assert_eq!(quota.extras, [("Title".to_owned(), "Quota".to_owned())]);
    // A field no record has is an error at the first record.
    let (_, errors, _) = checked("## 7 Slow\n**Description:** x\n", &[("Fix", "fix")]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("column `Fix` is a field of no entry"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_table_in_details_is_read_as_at_top_level() {
    let table = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n\
                 <tr><td>1</td><td>ONE</td><td>First.</td></tr>\n</table>\n";
    let (catalogue, errors, _) = checked(
        &format!("# E\n\n<details>\n<summary>Codes</summary>\n{table}</details>\n"),
        &[],
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(catalogue.entries[0].ident, "One");
    // Text after the table, in its block, is an error, not lost.
    let (_, errors, _) = checked(&format!("<div>{table}</div>\n<p>More.</p>\n"), &[]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("HTML after a `</table>`"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_row_with_a_cell_too_few_or_too_many_keeps_its_variant_and_one_error() {
    let table = "| Code | Name | Description | Wait |\n| - | - | - | - |\n\
                 | 1 | ONE | a | 5 |\n| 2 | TWO | b |\n| 3 | THREE | c | later | x |\n";
    let (catalogue, errors, _) = checked(table, &[("Wait", "wait")]);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].starts_with("this row has 3 cells, but the table's header has 4"));
    assert!(errors[1].starts_with("this row has 5 cells, but the table's header has 4"));
    let idents: Vec<&str> = catalogue.entries.iter().map(|e| e.ident.as_str()).collect();
    assert_eq!(idents, ["One", "Two", "Three"]);
    // The malformed rows neither make the column optional nor text: their
    // values are left to the emitter's zero.
    let column = &catalogue.columns[0];
    assert_eq!(
        (column.value_type, column.optional),
        (ValueType::U16, false)
    );
    let values: Vec<_> = catalogue
        .entries
        .iter()
        .map(|e| e.columns[0].clone())
        .collect();
    assert_eq!(values, [Some(Value::Int(5)), None, None]);

    // In a translation, a malformed row is left out: the primary's text
    // stands in, as for a row without a description.
    let options = CatalogueOptions::default();
    let translated = crate::catalogue::check_translation(
        "t.en.md",
        b"| Code | Name | Description |\n| - | - | - |\n| 1 | ONE | one |\n| 2 | TWO |\n",
        Some(&checked(table, &[]).0),
        "t.md",
        &options,
    );
    let idents: Vec<&str> = translated
        .table
        .entries
        .iter()
        .map(|e| e.ident.as_str())
        .collect();
    assert_eq!(idents, ["One"]);
    assert_eq!(
        translated.diagnostics.len(),
        1,
        "{:#?}",
        translated.diagnostics
    );
}
