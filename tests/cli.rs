//! Runs the `status-explain` binary and checks what it prints and how it
//! exits.

use std::path::{Path, PathBuf};
use std::process::Command;

use status_codes::{StatusClass, StatusCode};
use unicode_width::UnicodeWidthStr;

/// What one run printed, and its exit code.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary from the package root, without colour and with the
/// default width.
fn run(args: &[&str]) -> Run {
    run_with(args, &[])
}

fn run_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_status-explain"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("the binary runs");
    Run {
        code: output.status.code().expect("the binary exits normally"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// A file under the test target directory holding `text`.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).expect("the temporary file can be written");
    path
}

#[test]
fn a_code_shows_reason_class_and_description() {
    let out = run(&["404"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.is_empty());
    let mut lines = out.stdout.lines();
    assert_eq!(lines.next(), Some("404 Not Found"));
    assert_eq!(lines.next(), Some("客户端响应 (4xx, 400-499)"));
    assert!(out.stdout.contains("请求失败，请求所希望得到的资源"));
    assert!(
        !out.stdout.contains('\x1b'),
        "no colour with NO_COLOR or into a pipe"
    );
}

#[test]
fn descriptions_wrap_to_columns_by_display_width() {
    for columns in ["40", "80"] {
        let out = run_with(&["203"], &[("COLUMNS", columns)]);
        assert_eq!(out.code, 0);
        let width: usize = columns.parse().unwrap();
        for line in out.stdout.lines() {
            assert!(line.width() <= width, "{line:?} is wider than {width}");
        }
        // Wrapping loses no text: joined again, the lines hold the description.
        let joined: String = out.stdout.lines().skip(3).map(str::trim).collect();
        let description: String = StatusCode::NonAuthoritativeInformation
            .description()
            .split_whitespace()
            .collect();
        assert_eq!(joined.replace(' ', ""), description);
    }
    // 203's description is 160 characters wide: several lines at 40 columns.
    let narrow = run_with(&["203"], &[("COLUMNS", "40")]);
    assert!(narrow.stdout.lines().count() > 10);
}

#[test]
fn list_items_keep_their_bullets_with_a_hanging_indent() {
    let out = run_with(&["400"], &[("COLUMNS", "40")]);
    let description: Vec<&str> = out.stdout.lines().skip(3).collect();
    assert!(description[0].starts_with("  • 语义有误"));
    assert!(description[1].starts_with("    "), "{description:?}");
    assert!(
        description
            .iter()
            .any(|l| l.starts_with("  • 请求参数有误"))
    );
}

#[test]
fn a_class_lists_its_codes() {
    for query in ["4xx", "4XX"] {
        let out = run(&[query]);
        assert_eq!(out.code, 0);
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines[0], "客户端响应 (4xx, 400-499)");
        let expected: Vec<String> = StatusClass::ClientError
            .codes()
            .iter()
            .map(|s| format!("  {}  {}", s.code(), s.reason()))
            .collect();
        assert_eq!(lines[1..], expected);
        for code in ["400", "401", "403", "404", "405", "406"] {
            assert!(out.stdout.contains(&format!("  {code}  ")));
        }
    }
}

#[test]
fn list_shows_every_code_by_class() {
    let out = run(&["list"]);
    assert_eq!(out.code, 0);
    let code_lines = out
        .stdout
        .lines()
        .filter(|l| {
            l.starts_with("  ")
                && l.trim_start().as_bytes()[..3]
                    .iter()
                    .all(u8::is_ascii_digit)
        })
        .count();
    assert_eq!(code_lines, 26);
    for status in StatusCode::ALL {
        assert!(
            out.stdout
                .contains(&format!("  {}  {}\n", status.code(), status.reason()))
        );
    }
    for class in StatusClass::ALL {
        assert!(out.stdout.contains(class.title()));
    }
}

#[test]
fn reason_phrases_look_up_their_code() {
    for args in [&["not found"][..], &["NOT", "FOUND"], &["404 Not Found"]] {
        let out = run(args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(out.stdout.starts_with("404 Not Found\n"), "{args:?}");
    }
}

#[test]
fn a_misspelt_reason_exits_2_and_suggests() {
    let out = run(&["not fond"]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains("unknown status `not fond`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("did you mean 404 Not Found?"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unknown_number_exits_2() {
    let out = run(&["999"]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains("unknown status code `999`"),
        "{}",
        out.stderr
    );

    let near = run(&["407"]);
    assert_eq!(near.code, 2);
    assert!(
        near.stderr
            .contains("did you mean 406 Not Acceptable or 405 Method Not Allowed?"),
        "{}",
        near.stderr
    );
}

#[test]
fn invalid_command_lines_exit_2() {
    let out = run(&["--frobnicate"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("unknown option `--frobnicate`"));
    assert!(out.stderr.contains("--help"));
    assert_eq!(run(&["list", "extra"]).code, 2);
    assert_eq!(run(&["check"]).code, 2);
}

#[test]
fn colour_only_when_asked_for_outside_a_terminal() {
    let plain = run_with(&["404"], &[("NO_COLOR", "")]);
    assert!(!plain.stdout.contains('\x1b'), "stdout is a pipe here");
    let coloured = run(&["--color=always", "404"]);
    assert!(coloured.stdout.contains("\x1b[1;33m404\x1b[0m"));
}

#[test]
fn json_for_a_code() {
    let out = run(&["--json", "404"]);
    assert_eq!(out.code, 0);
    let value = json::parse(&out.stdout);
    assert_eq!(value.get("code"), &json::Value::Number(404.0));
    assert_eq!(value.get("reason").str(), "Not Found");
    assert_eq!(value.get("status").str(), "404 Not Found");
    assert_eq!(value.get("class").str(), "4xx");
    assert_eq!(value.get("class_title").str(), "客户端响应");
    assert_eq!(
        value.get("description").str(),
        StatusCode::NotFound.description()
    );

    // Line breaks in a description are escaped, and read back.
    let ok = json::parse(&run(&["200", "--json"]).stdout);
    assert_eq!(ok.get("description").str(), StatusCode::Ok.description());
    assert!(ok.get("description").str().contains("\n• GET"));
}

#[test]
fn json_for_a_class_and_the_list() {
    let class = json::parse(&run(&["--json", "5xx"]).stdout);
    assert_eq!(class.get("title").str(), "服务端响应");
    assert_eq!(class.get("first"), &json::Value::Number(500.0));
    assert_eq!(class.get("last"), &json::Value::Number(599.0));
    assert_eq!(class.get("codes").array().len(), 6);

    let list = json::parse(&run(&["--json", "list"]).stdout);
    let classes = list.get("classes").array();
    assert_eq!(classes.len(), 5);
    let codes: Vec<f64> = classes
        .iter()
        .flat_map(|c| c.get("codes").array())
        .map(|c| match c.get("code") {
            json::Value::Number(n) => *n,
            other => panic!("code is {other:?}"),
        })
        .collect();
    let expected: Vec<f64> = StatusCode::ALL
        .iter()
        .map(|s| f64::from(s.code()))
        .collect();
    assert_eq!(codes, expected);
}

#[test]
fn check_accepts_the_project_document() {
    let out = run(&["check", "docs/status.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "ok: 26 codes in 5 classes\n");
    assert!(out.stderr.is_empty());
}

#[test]
fn check_reports_a_duplicate_code_with_its_position() {
    let path = temp_file(
        "cli-duplicate.md",
        "## 客户端响应\n\n- 404 Not Found\n\n  请求失败。\n\n- 404 Not Found\n\n  又一次。\n",
    );
    let shown = path.to_str().expect("the target directory is UTF-8");
    let out = run(&["check", shown]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr
            .starts_with("error: status code 404 is listed twice"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("--> {shown}:7:3")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("`{shown}` has 1 problem\n")),
        "{}",
        out.stderr
    );
}

#[test]
fn check_reads_standard_input_for_a_dash() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_status-explain"))
        .args(["check", "-"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin
        .write_all(
            "## 服务端响应\n\n- 500 Internal Server Error\n\n  出错了。\n\n- 50x Oops\n".as_bytes(),
        )
        .expect("the document is written");
    drop(stdin);
    let output = child.wait_with_output().expect("the binary exits");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--> <stdin>:7:3"), "{stderr}");
}

#[test]
fn check_explains_an_unreadable_file() {
    let out = run(&["check", "no/such/status.md"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("cannot find status document `no/such/status.md`"),
        "{}",
        out.stderr
    );
    let directory = run(&["check", "docs"]);
    assert_eq!(directory.code, 2);
    assert!(directory.stderr.contains("is a directory"));
}

#[test]
fn expand_prints_the_generated_code() {
    let out = run(&["expand", "docs/status.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("pub enum StatusCode"));
    assert!(out.stdout.contains("pub enum StatusClass"));
    assert!(out.stdout.contains("NotFound = 404"));

    let renamed = run(&[
        "expand",
        "--name",
        "Status",
        "--class-name=Kind",
        "docs/status.md",
    ]);
    assert_eq!(renamed.code, 0, "{}", renamed.stderr);
    assert!(
        renamed.stdout.contains("pub enum Status {") || renamed.stdout.contains("pub enum Status{")
    );
    assert!(renamed.stdout.contains("pub enum Kind"));
    assert!(!renamed.stdout.contains("StatusCode"));

    let invalid = run(&["expand", "--name", "not-a-name", "docs/status.md"]);
    assert_eq!(invalid.code, 2);
    assert!(invalid.stderr.contains("not a valid type name"));
}

#[test]
fn expand_reports_problems_like_check() {
    let path = temp_file(
        "cli-expand-duplicate.md",
        "## 成功响应\n\n- 200 Ok\n\n- 200 Ok\n",
    );
    let out = run(&["expand", path.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("compile_error!"));
    assert!(
        out.stderr
            .contains("error: status code 200 is listed twice")
    );
}

#[test]
fn help_mentions_every_command() {
    for args in [&["--help"][..], &["-h"], &[]] {
        let out = run(args);
        assert_eq!(out.code, 0);
        for word in [
            "<QUERY>",
            "list",
            "check",
            "expand",
            "--json",
            "--name",
            "--class-name",
            "NO_COLOR",
            "EXIT STATUS",
        ] {
            assert!(out.stdout.contains(word), "{args:?}: help lacks {word}");
        }
    }
}

/// Just enough JSON to read the output back: a validating parser.
mod json {
    #[derive(Debug, PartialEq)]
    pub enum Value {
        Null,
        Bool(bool),
        Number(f64),
        String(String),
        Array(Vec<Value>),
        Object(Vec<(String, Value)>),
    }

    impl Value {
        pub fn get(&self, key: &str) -> &Value {
            match self {
                Value::Object(fields) => fields
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v)
                    .unwrap_or_else(|| panic!("no field {key:?} in {self:?}")),
                other => panic!("{other:?} is not an object"),
            }
        }

        pub fn str(&self) -> &str {
            match self {
                Value::String(s) => s,
                other => panic!("{other:?} is not a string"),
            }
        }

        pub fn array(&self) -> &[Value] {
            match self {
                Value::Array(items) => items,
                other => panic!("{other:?} is not an array"),
            }
        }
    }

    /// Parses `text`, which must be one JSON value and whitespace.
    pub fn parse(text: &str) -> Value {
        let mut parser = Parser {
            chars: text.chars().collect(),
            at: 0,
        };
        let value = parser.value();
        parser.space();
        assert_eq!(
            parser.at,
            parser.chars.len(),
            "trailing text after the JSON value"
        );
        value
    }

    struct Parser {
        chars: Vec<char>,
        at: usize,
    }

    impl Parser {
        fn space(&mut self) {
            while self
                .chars
                .get(self.at)
                .is_some_and(|c| " \t\r\n".contains(*c))
            {
                self.at += 1;
            }
        }

        fn next(&mut self) -> char {
            let c = *self.chars.get(self.at).expect("unexpected end of JSON");
            self.at += 1;
            c
        }

        fn expect(&mut self, word: &str) {
            for c in word.chars() {
                assert_eq!(self.next(), c, "expected {word:?}");
            }
        }

        fn value(&mut self) -> Value {
            self.space();
            match self.chars.get(self.at).copied().expect("a value") {
                '{' => {
                    self.at += 1;
                    let mut fields = Vec::new();
                    self.space();
                    if self.chars.get(self.at) == Some(&'}') {
                        self.at += 1;
                        return Value::Object(fields);
                    }
                    loop {
                        self.space();
                        let Value::String(key) = self.value() else {
                            panic!("object keys are strings");
                        };
                        self.space();
                        self.expect(":");
                        fields.push((key, self.value()));
                        self.space();
                        match self.next() {
                            ',' => continue,
                            '}' => return Value::Object(fields),
                            c => panic!("unexpected {c:?} in an object"),
                        }
                    }
                }
                '[' => {
                    self.at += 1;
                    let mut items = Vec::new();
                    self.space();
                    if self.chars.get(self.at) == Some(&']') {
                        self.at += 1;
                        return Value::Array(items);
                    }
                    loop {
                        items.push(self.value());
                        self.space();
                        match self.next() {
                            ',' => continue,
                            ']' => return Value::Array(items),
                            c => panic!("unexpected {c:?} in an array"),
                        }
                    }
                }
                '"' => {
                    self.at += 1;
                    let mut s = String::new();
                    loop {
                        match self.next() {
                            '"' => return Value::String(s),
                            '\\' => match self.next() {
                                '"' => s.push('"'),
                                '\\' => s.push('\\'),
                                '/' => s.push('/'),
                                'n' => s.push('\n'),
                                'r' => s.push('\r'),
                                't' => s.push('\t'),
                                'b' => s.push('\u{8}'),
                                'f' => s.push('\u{c}'),
                                'u' => {
                                    let hex: String = (0..4).map(|_| self.next()).collect();
                                    let code = u32::from_str_radix(&hex, 16)
                                        .expect("\\u and four hex digits");
                                    s.push(
                                        char::from_u32(code).expect("no surrogates in this output"),
                                    );
                                }
                                c => panic!("invalid escape \\{c}"),
                            },
                            c if c < ' ' => panic!("unescaped control character {c:?} in a string"),
                            c => s.push(c),
                        }
                    }
                }
                't' => {
                    self.expect("true");
                    Value::Bool(true)
                }
                'f' => {
                    self.expect("false");
                    Value::Bool(false)
                }
                'n' => {
                    self.expect("null");
                    Value::Null
                }
                _ => {
                    let start = self.at;
                    while self
                        .chars
                        .get(self.at)
                        .is_some_and(|c| c.is_ascii_digit() || "+-.eE".contains(*c))
                    {
                        self.at += 1;
                    }
                    let number: String = self.chars[start..self.at].iter().collect();
                    Value::Number(
                        number
                            .parse()
                            .unwrap_or_else(|_| panic!("invalid number {number:?}")),
                    )
                }
            }
        }
    }

    #[test]
    fn the_parser_rejects_what_is_not_json() {
        for bad in ["{\"a\" 1}", "[1,]", "\"a\nb\"", "{\"a\": 1} x", "\"\\q\""] {
            assert!(std::panic::catch_unwind(|| parse(bad)).is_err(), "{bad:?}");
        }
        assert_eq!(
            parse(" [1, \"\\u00e9\", null] "),
            Value::Array(vec![
                Value::Number(1.0),
                Value::String("é".into()),
                Value::Null,
            ])
        );
    }
}
