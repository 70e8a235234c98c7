//! Generated status documents, mostly valid, for the differential tests: a
//! document that `check` accepts must expand to code that parses
//! (status-codegen/tests/robustness.rs) and compiles (tests/generated.rs,
//! which includes this file).
//!
//! Deterministic: the same seed gives the same document, with no dependency
//! (xorshift64*).

/// A small deterministic random source.
pub struct Rng(u64);

impl Rng {
    /// A source seeded with `seed` (any value, zero included).
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True one time in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Words of reason phrases, among them names that could collide with what
/// the generated code names (`Err`, `Error`, `Output`, `Some`, `Self`...).
const WORDS: &[&str] = &[
    "Not",
    "Found",
    "Ok",
    "OK",
    "Err",
    "Error",
    "Output",
    "Target",
    "Item",
    "Some",
    "None",
    "Result",
    "Option",
    "All",
    "Min",
    "Max",
    "Status",
    "Code",
    "Class",
    "Parse",
    "Unknown",
    "Index",
    "Reason",
    "Self",
    "Type",
    "Gone",
    "Teapot",
    "I'm",
    "a",
    "URI",
    "Too",
    "Long",
    "Non-Authoritative",
    "Information",
    "HTTP",
    "Version",
    "Request",
    "Entity",
    "Large",
    "Payload",
    "Moved",
    "Permanently",
    "Early",
    "Hints",
    "Content",
    "Range",
    "Partial",
    "Multi-Status",
    "Already",
    "Reported",
    "IM",
    "Used",
    "Loop",
    "Detected",
    "Upgrade",
    "Required",
    "Precondition",
    "Failed",
    "Locked",
    "Misdirected",
    "Bad",
    "Gateway",
    "Service",
    "Unavailable",
    "Timeout",
    "Network",
    "Authentication",
    "Variant",
    "Also",
    "Negotiates",
    "Insufficient",
    "Storage",
    "Expectation",
    "Legal",
    "Reasons",
    "Zero",
    "Into",
    "Iter",
    "Borrowed",
    "Owned",
    "Display",
    "FromStr",
    "Clone",
    "Copy",
    "Debug",
    "Hash",
    "Ord",
    "Eq",
    "Default",
    "Drop",
    "Fn",
    "Box",
    "Vec",
    "String",
    "Str",
    "u16",
    "X2",
];

/// Separators between the words of a reason phrase.
const SEPARATORS: &[&str] = &[" ", " ", " ", " ", "-", " - ", ", ", " (", ") ", "/", " & "];

/// Section titles.
const TITLES: &[&str] = &[
    "信息响应",
    "成功响应",
    "重定向消息",
    "客户端错误响应",
    "服务端错误响应",
    "Client errors",
    "**粗体** 标题",
    "`5xx` 错误",
    "带 [链接](https://x.example) 的标题",
    "引号 \"quoted\" 和 'single'",
    "反斜杠 \\ 和 {花括号}",
];

/// Blocks of a description (indented by the caller), and of intros.
const BLOCKS: &[&str] = &[
    "请求成功。",
    "服务器找不到请求的资源。这意味着 URL 无法识别。",
    "带 `inline code` 和 *强调* 以及 **加粗** 的文字。",
    "一个[链接](https://developer.mozilla.org/zh-CN/docs/Web/HTTP/Status)。",
    "裸链接 https://example.com/a?b=c&d 和 <https://example.org>。",
    "方括号 [不是链接] 和 \\[转义\\] 以及 [ref][r]。\n\n[r]: https://r.example \"Ref\"",
    "- 第一点\n- 第二点 `code`\n  - 嵌套\n    - 更深",
    "1. 一\n2. 二",
    "```\nlet x = \"quoted\";\n/* comment */ // line\n```",
    "```rust\nfn main() { panic!() }\n```",
    "    indented code\n    two",
    "> 引用的一段\n> 第二行",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "行内 <b>HTML</b> 和 &amp; 实体 &#91;。",
    "#hashtag 和 *星号* 和 _下划线_ 和 ~~删除~~。",
    "- [x] 完成\n- [ ] 未完成",
    "引号 \" 和反斜杠 \\ 和 `\\` 和 {} 以及 #[doc] 和 */ 注释结束",
    "第一行\n第二行，软换行\n第三行。",
    "硬换行  \n之后。",
    "Plain English text, with punctuation: yes; no!",
    "emoji 😀 and é and 中文混合 mixed",
    "---",
    "<!-- 注释 -->",
    "![图片](https://img.example/a.png)",
];

/// A status document built from `seed`: one to five sections of one
/// class each, in random order, each with one to six entries with
/// descriptions of one to three blocks. Most are valid; some have reason
/// phrases that `check` refuses (`Self`, two phrases giving one name).
pub fn document(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let crlf = rng.one_in(8);
    let mut out = String::new();
    if rng.one_in(2) {
        out.push_str("# HTTP 状态码\n\n");
    }
    for _ in 0..rng.below(3) {
        out.push_str(rng.pick(BLOCKS));
        out.push_str("\n\n");
    }
    let mut classes: Vec<u16> = (1..=5).collect();
    for i in (1..classes.len()).rev() {
        classes.swap(i, rng.below(i + 1));
    }
    classes.truncate(1 + rng.below(5));
    let mut seen = std::collections::HashSet::new();
    for class in classes {
        out.push_str("## ");
        out.push_str(rng.pick(TITLES));
        out.push_str("\n\n");
        if rng.one_in(3) {
            // Not a list: a list there would be read as entries.
            let intro = rng.pick(BLOCKS);
            if !intro.starts_with(['-', '1']) {
                out.push_str(intro);
                out.push_str("\n\n");
            }
        }
        let mut codes: Vec<u16> = (0..100).map(|n| class * 100 + n).collect();
        for i in (1..codes.len()).rev() {
            codes.swap(i, rng.below(i + 1));
        }
        for &code in &codes[..1 + rng.below(6)] {
            let reason = reason(&mut rng, &mut seen);
            let bullet = rng.pick(&["-", "-", "-", "*", "+"]);
            out.push_str(&format!("{bullet} {code} {reason}\n"));
            let tight = rng.one_in(4);
            for b in 0..1 + rng.below(3) {
                if !(tight && b == 0) {
                    out.push('\n');
                }
                for line in rng.pick(BLOCKS).lines() {
                    if !line.is_empty() {
                        out.push_str("  ");
                    }
                    out.push_str(line);
                    out.push('\n');
                }
            }
            out.push('\n');
        }
    }
    if crlf {
        out = out.replace('\n', "\r\n");
    }
    out
}

/// A reason phrase of one to four words, usually one whose variant name
/// has not been `seen`.
fn reason(rng: &mut Rng, seen: &mut std::collections::HashSet<String>) -> String {
    for attempt in 0.. {
        let mut phrase = String::from(rng.pick(WORDS));
        for _ in 0..rng.below(4) {
            phrase.push_str(rng.pick(SEPARATORS));
            phrase.push_str(rng.pick(WORDS));
        }
        let phrase = phrase.trim_end_matches(['(', ' ']).to_owned();
        let key: String = phrase
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        // Now and then a clash, which `check` must report.
        if seen.insert(key) || attempt > 20 || rng.one_in(50) {
            return phrase;
        }
    }
    unreachable!()
}
