//! A large status document for timing the macro: every code from 100 to 599,
//! each with a long Chinese description (paragraphs, a list, inline code, a
//! link and emphasis), about 500 KB in all.

use std::fmt::Write;

/// The section titles of the seed document, by class.
const SECTIONS: [&str; 5] = ["信息响应", "成功响应", "重定向", "客户端响应", "服务端响应"];

/// Sentences to build descriptions from (from the seed document).
const SENTENCES: [&str; 16] = [
    "这个临时响应表明，迄今为止的所有内容都是可行的，客户端应该继续请求，如果已经完成，则忽略它。",
    "该代码是响应客户端的升级标头发送的，并且指示服务器也正在切换的协议。",
    "请求成功。成功的含义取决于 HTTP 方法。",
    "该请求已成功，并因此创建了一个新的资源。这通常是在POST请求，或是某些PUT请求之后返回的响应。",
    "请求已经接收到，但还未响应，没有结果。意味着不会有一个异步的响应去表明当前请求的结果，预期另外的进程和服务去处理请求，或者批处理。",
    "服务器已成功处理了请求，但返回的实体头部元信息不是在原始服务器上有效的确定集合，而是来自本地或者第三方的拷贝。",
    "被请求的资源有一系列可供选择的回馈信息，每个都有自己特定的地址和浏览器驱动的商议信息。",
    "被请求的资源已永久移动到新位置，并且将来任何对此资源的引用都应该使用本响应返回的若干个 URI 之一。",
    "请求的资源现在临时从不同的 URI 响应请求。由于这样的重定向是临时的，客户端应当继续向原有地址发送以后的请求。",
    "对应当前请求的响应可以在另一个 URI 上被找到，而且客户端应当采用 GET 的方式访问那个资源。",
    "语义有误，当前请求无法被服务器理解。除非进行修改，否则客户端不应该重复提交这个请求。",
    "当前请求需要用户验证。该响应必须包含一个适用于被请求资源的 WWW-Authenticate 信息头用以询问用户信息。",
    "服务器已经理解请求，但是拒绝执行它。与 401 响应不同的是，身份验证并不能提供任何帮助。",
    "请求失败，请求所希望得到的资源未被在服务器上发现。没有信息能够告诉用户这个状况到底是暂时的还是永久的。",
    "服务器遇到了不知道如何处理的情况。",
    "服务器没有准备好处理请求。常见原因是服务器因维护或重载而停机。",
];

const DIGITS: [&str; 10] = [
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
];

/// The reason phrase of `code` in the large document: `Status Four Zero
/// Four`, distinct for every code.
pub fn reason(code: u16) -> String {
    let mut reason = String::from("Status");
    for digit in code.to_string().bytes() {
        reason.push(' ');
        reason.push_str(DIGITS[usize::from(digit - b'0')]);
    }
    reason
}

/// The large document: codes 100 to 599 in five sections, about 500 KB.
pub fn large() -> String {
    let mut out = String::with_capacity(560 * 1024);
    out.push_str(
        "HTTP 响应状态代码指示特定 HTTP 请求是否已成功完成。这个文档由 `status-bench` 生成，\
         列出 100 到 599 的每一个代码，用来测量 `status_table!` 的展开时间。\n",
    );
    let mut k = 0;
    let mut next = || {
        k += 1;
        SENTENCES[(k * 7) % SENTENCES.len()]
    };
    for (class, title) in SECTIONS.iter().enumerate() {
        let _ = write!(out, "\n## {title}\n");
        let first = (class as u16 + 1) * 100;
        for code in first..first + 100 {
            let _ = write!(out, "\n- {code} {}\n\n ", reason(code));
            for _ in 0..3 {
                let _ = write!(out, " {}", next());
            }
            out.push_str("\n\n");
            for _ in 0..3 {
                let _ = writeln!(out, "  - {}", next());
            }
            let _ = writeln!(
                out,
                "\n  **{code}** 的说明见 [规范](https://www.rfc-editor.org/rfc/rfc9110#status.{code})，\
                 在代码中写作 `{code}`。{}",
                next()
            );
        }
    }
    out
}

/// A catalogue of `rows` rows in one table, and its English translation,
/// row for row: distinct codes and names, a short description each.
pub fn catalogue_pair(rows: usize) -> (String, String) {
    let mut primary = String::with_capacity(rows * 64);
    let mut translation = String::with_capacity(rows * 64);
    primary.push_str("# 错误码\n\n| 错误码 | 错误名称 | 错误描述 |\n| -- | -- | -- |\n");
    translation.push_str("# Error codes\n\n| Code | Name | Description |\n| -- | -- | -- |\n");
    for row in 0..rows {
        let code = 100_000 + row;
        let _ = writeln!(primary, "| {code} | E_{row} | 第 {row} 个错误。 |");
        let _ = writeln!(translation, "| {code} | E_{row} | Error number {row}. |");
    }
    (primary, translation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_spell_out_the_digits() {
        assert_eq!(reason(404), "Status Four Zero Four");
        assert_eq!(reason(100), "Status One Zero Zero");
    }

    #[test]
    fn the_large_document_is_valid_and_about_500_kb() {
        let text = large();
        assert!(
            (450_000..=560_000).contains(&text.len()),
            "{} bytes",
            text.len()
        );
        let checked = status_codegen::check("large.md", text.as_bytes());
        assert_eq!(checked.rendered_diagnostics(), Vec::<String>::new());
        let codes: Vec<u16> = checked.table.entries.iter().map(|e| e.code).collect();
        assert_eq!(codes, (100..=599).collect::<Vec<u16>>());
        assert_eq!(checked.table.classes.len(), 5);
        let entry = &checked.table.entries[304];
        assert_eq!(entry.reason, "Status Four Zero Four");
        assert_eq!(entry.ident, "StatusFourZeroFour");
        assert!(entry.text.contains("• "), "{}", entry.text);
        assert!(entry.doc.contains("`404`"), "{}", entry.doc);
    }
}
