//! A translation of a catalogue: a document of the same structure, in
//! another language, keyed by name. Each of its entries gives the entry of
//! the primary catalogue with the same name its description and text
//! columns in that language.

use super::model::Catalogue;
use super::{CatalogueOptions, CheckedCatalogue, ColumnRequest, parse, validate};
use crate::diagnostic::Diagnostic;
use crate::run_phases;

/// Parses and validates the translation `bytes`, read from `path`, of
/// `primary`: with the rules of a catalogue, and every name one that
/// `primary` lists (an error at the name otherwise). `primary` is `None`
/// when the primary catalogue has problems of its own: its entries are then
/// incomplete, and a name missing from them is no sign of a mistake here.
///
/// A column is found by the primary's header, or else at the primary's
/// position among the extra columns (a translation may translate its
/// headers). One the translation's tables lack is no problem: the
/// primary's value stands in for it.
pub fn check_translation(
    path: &str,
    bytes: &[u8],
    primary: Option<&Catalogue>,
    primary_path: &str,
    options: &CatalogueOptions,
) -> CheckedCatalogue {
    run_phases("translation", path, bytes, |source, diagnostics| {
        let raw = parse::parse(source, &options.document.link_base, diagnostics);
        // Each column by the primary's header, or else at the primary's
        // position among the extra columns: a translation may translate
        // its headers too.
        let has = |header: &String| raw.tables.iter().all(|table| table.extras.contains(header));
        let columns: Vec<ColumnRequest> = options
            .columns
            .iter()
            .filter_map(|request| {
                let position = primary?
                    .columns
                    .iter()
                    .find(|column| column.method == request.method)?
                    .position;
                let header = if has(&request.header) {
                    request.header.clone()
                } else {
                    raw.tables.first()?.extras.get(position)?.clone()
                };
                has(&header).then(|| ColumnRequest {
                    header,
                    method: request.method.clone(),
                })
            })
            .collect();
        let mut translated = validate::validate(&raw, &columns, source, diagnostics);
        if let Some(primary) = primary {
            translated.entries.retain(|entry| {
                let known = primary.entries.iter().any(|p| p.ident == entry.ident);
                if !known {
                    diagnostics.push(
                        Diagnostic::new(
                            format!("`{}` is not an entry of `{primary_path}`", entry.name),
                            entry.name_span.clone(),
                            "no entry of this name in the primary catalogue",
                        )
                        .with_help(
                            "a translation is keyed by name: use a name the primary catalogue \
                             lists, or add the entry there first",
                        ),
                    );
                }
                known
            });
        }
        translated
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{ColumnRequest, check};

    fn options() -> CatalogueOptions {
        CatalogueOptions {
            columns: vec![ColumnRequest {
                header: "解决方案".to_owned(),
                method: "solution".to_owned(),
            }],
            ..CatalogueOptions::default()
        }
    }

    const PRIMARY: &str = "| 错误码 | 错误名称 | 错误描述 | 解决方案 |\n| -- | -- | -- | -- |\n| 1 | A | 甲 | 重试 |\n| 2 | B | 乙 | |\n";

    #[test]
    fn a_translation_is_keyed_by_name_and_finds_columns_by_position() {
        let primary = check("p.md", PRIMARY.as_bytes(), &options());
        assert!(primary.diagnostics.is_empty());
        let translation = check_translation(
            "en.md",
            b"| Code | Name | Description | Solution |\n| - | - | - | - |\n| 2 | B | bee | again |\n",
            Some(&primary.table),
            "p.md",
            &options(),
        );
        assert!(
            translation.diagnostics.is_empty(),
            "{:?}",
            translation.diagnostics
        );
        let entry = &translation.table.entries[0];
        assert_eq!((entry.ident.as_str(), entry.text.as_str()), ("B", "bee"));
        assert_eq!(translation.table.columns[0].method, "solution");
        assert_eq!(translation.table.columns[0].header, "Solution");
        assert_eq!(
            entry.columns[0],
            Some(crate::catalogue::model::Value::Str("again".into()))
        );
    }

    #[test]
    fn a_name_absent_from_the_primary_is_an_error_at_its_line() {
        let primary = check("p.md", PRIMARY.as_bytes(), &options());
        let bytes =
            b"| Code | Name | Description |\n| - | - | - |\n| 1 | A | a |\n| 3 | C | see |\n";
        let translation =
            check_translation("en.md", bytes, Some(&primary.table), "p.md", &options());
        let errors = translation.rendered_diagnostics();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].starts_with("`C` is not an entry of `p.md`\n --> en.md:4:7"),
            "{}",
            errors[0]
        );
        assert_eq!(translation.table.entries.len(), 1);
        // Without a sound primary, nothing is said about names.
        let alone = check_translation("en.md", bytes, None, "p.md", &options());
        assert!(alone.diagnostics.is_empty());
    }
}
