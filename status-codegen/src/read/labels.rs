//! The vocabulary of labels: what a table header, a field's bold label or
//! a heading says its cells hold. One vocabulary serves every shape and
//! both macros; the call site maps the labels it does not know
//! (`code column "X";`).

/// What a labelled cell holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The code: `Code`, `错误码`, `返回码`, `Value`…
    Code,
    /// The name, an identifier: `Name`, `Identifier`, `Symbol`, `错误名称`…
    Name,
    /// A short message: `Message`, `Text`, `错误信息`, `错误内容`…; the
    /// description when there is no description, and where names come
    /// from when there is no name.
    Message,
    /// The description: `Description`, `Meaning`, `描述`, `含义`…
    Description,
    /// Anything else: an extra column.
    Extra,
}

/// The labels of each role, folded (see [`fold`]). English and Chinese as
/// teams write them, and the words of every language MDN publishes in
/// (zh-CN, zh-TW, ja, ko, fr, es, pt-BR, ru, de).
const LABELS: [(Role, &[&str]); 4] = [
    (
        Role::Code,
        &[
            "code",
            "codes",
            "error code",
            "error codes",
            "status",
            "status code",
            "response code",
            "return code",
            "result code",
            "value",
            "errno",
            "error id",
            "错误码",
            "错误代码",
            "错误码id",
            "状态码",
            "返回码",
            "结果码",
            "代码",
            "编码",
            "錯誤碼",
            "錯誤代碼",
            "狀態碼",
            "代碼",
            "コード",
            "エラーコード",
            "ステータスコード",
            "코드",
            "오류 코드",
            "상태 코드",
            "code d'erreur",
            "code de statut",
            "código",
            "código de error",
            "código de estado",
            "código de erro",
            "código de status",
            "код",
            "код ошибки",
            "код состояния",
            "fehlercode",
            "statuscode",
        ],
    ),
    (
        Role::Name,
        &[
            "name",
            "error name",
            "identifier",
            "symbol",
            "constant",
            "名称",
            "命名",
            "错误名称",
            "错误码名称",
            "名稱",
            "錯誤名稱",
            "名前",
            "이름",
            "nom",
            "nombre",
            "nome",
            "имя",
            "название",
            "bezeichnung",
        ],
    ),
    (
        Role::Message,
        &[
            "message",
            "error message",
            "user message",
            "text",
            "title",
            "reason",
            "reason phrase",
            "错误信息",
            "错误内容",
            "错误消息",
            "错误提示",
            "提示信息",
            "信息",
            "消息",
            "錯誤訊息",
            "訊息",
            "メッセージ",
            "エラーメッセージ",
            "메시지",
            "오류 메시지",
            "mensaje",
            "mensagem",
            "сообщение",
            "nachricht",
            "meldung",
        ],
    ),
    (
        Role::Description,
        &[
            "description",
            "meaning",
            "explanation",
            "details",
            "detail",
            "描述",
            "说明",
            "含义",
            "错误描述",
            "解释",
            "說明",
            "含義",
            "説明",
            "意味",
            "설명",
            "의미",
            "signification",
            "descripción",
            "significado",
            "descrição",
            "описание",
            "значение",
            "beschreibung",
            "bedeutung",
        ],
    ),
];

/// `label` as the vocabulary compares it: trimmed, without a trailing
/// colon, white space folded, ASCII letters in lower case.
pub(crate) fn fold(label: &str) -> String {
    let label = label.trim().trim_end_matches([':', '：']).trim_end();
    let mut folded = String::with_capacity(label.len());
    for word in label.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(&word.to_ascii_lowercase());
    }
    // Non-ASCII capitals (`Código`) fold too.
    folded.to_lowercase()
}

/// The role of a cell labelled `label`: by the call site's `mapped` labels
/// first (as written, folded), then by the vocabulary; `None` when neither
/// knows it.
pub(crate) fn known(label: &str, mapped: &[(Role, String)]) -> Option<Role> {
    let folded = fold(label);
    mapped
        .iter()
        .find(|(_, mapped)| fold(mapped) == folded)
        .map(|(role, _)| *role)
        .or_else(|| {
            LABELS
                .iter()
                .find(|(_, labels)| labels.contains(&folded.as_str()))
                .map(|(role, _)| *role)
        })
}

/// The role of a cell labelled `label`: [`known`], or an extra cell.
pub(crate) fn role(label: &str, mapped: &[(Role, String)]) -> Role {
    known(label, mapped).unwrap_or(Role::Extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_many_languages_and_forms() {
        let role = |label| role(label, &[]);
        assert_eq!(role("错误码"), Role::Code);
        assert_eq!(role(" Error Code "), Role::Code);
        assert_eq!(role("错误码ID"), Role::Code);
        assert_eq!(role("Code:"), Role::Code);
        assert_eq!(role("返回码"), Role::Code);
        assert_eq!(role("Código"), Role::Code);
        assert_eq!(role("命名"), Role::Name);
        assert_eq!(role("Symbol"), Role::Name);
        assert_eq!(role("Identifier"), Role::Name);
        assert_eq!(role("MESSAGE"), Role::Message);
        assert_eq!(role("错误内容"), Role::Message);
        assert_eq!(role("Text"), Role::Message);
        assert_eq!(role("Description:"), Role::Description);
        assert_eq!(role("含义"), Role::Description);
        assert_eq!(role("Описание"), Role::Description);
        assert_eq!(role("解决方案"), Role::Extra);
    }

    #[test]
    fn the_call_site_maps_what_the_vocabulary_does_not_know() {
        let mapped = [(Role::Code, "Fehlernummer".to_owned())];
        assert_eq!(known("fehlernummer", &mapped), Some(Role::Code));
        assert_eq!(known("Grund", &mapped), None);
    }
}
