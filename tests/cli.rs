//! Runs the `status-explain` binary and checks what it prints and how it
//! exits.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use status_codes::{StatusClass, StatusCode};
use unicode_width::UnicodeWidthStr;

/// What one run printed, and its exit code.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Variables that change the output: removed for every run, so that the
/// tests see the same output whatever terminal or CI runs them.
const CLEARED: &[&str] = &[
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "FORCE_HYPERLINK",
    "COLUMNS",
    "TERM",
    "TERM_PROGRAM",
    "VTE_VERSION",
    "DOMTERM",
    "WT_SESSION",
    "KONSOLE_VERSION",
    "COLORTERM",
    "CI",
    // The locale chooses the language.
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    // `cargo test` sets these, and they would make hints say `cargo run --`.
    "CARGO",
    "CARGO_PKG_NAME",
    "CARGO_MANIFEST_DIR",
];

/// The binary with `args` and `env`, run from the package root.
fn command(args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_status-explain"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for key in CLEARED {
        command.env_remove(key);
    }
    for (key, value) in env {
        command.env(key, value);
    }
    command
}

/// Runs the binary into pipes, so without colour and at the default width
/// unless `env` says otherwise.
fn run_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = command(args, env).output().expect("the binary runs");
    Run {
        code: output.status.code().expect("the binary exits normally"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn run(args: &[&str]) -> Run {
    run_with(args, &[])
}

/// Parses JSON output.
fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("{error}: {text}"))
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
    assert_eq!(lines.next(), Some("客户端响应 (4xx, 400-499, zh-CN)"));
    assert!(out.stdout.contains("请求失败，请求所希望得到的资源"));
    assert!(
        !out.stdout.contains('\x1b'),
        "no colour with NO_COLOR or into a pipe"
    );
}

#[test]
fn lang_chooses_the_language_and_the_output_names_it() {
    let out = run(&["--lang", "en", "404"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "404 Not Found");
    assert_eq!(lines[1], "Client error responses (4xx, 400-499, en)");
    assert!(lines[3].starts_with("  The server has no current representation"));

    // After the query, in any case, or as en-US (lookup finds en).
    for args in [&["404", "--lang", "EN"][..], &["--lang=en-US", "not found"]] {
        assert_eq!(run(args).stdout, out.stdout, "{args:?}");
    }
    let list = run(&["list", "--lang", "en"]);
    assert!(
        list.stdout
            .starts_with("Informational responses (1xx, 100-199, en)\n")
    );
    let class = run(&["--lang", "zh-CN", "client error responses"]);
    assert!(
        class
            .stdout
            .starts_with("客户端响应 (4xx, 400-499, zh-CN)\n")
    );

    let unknown = run(&["--lang", "fr", "404"]);
    assert_eq!(unknown.code, 2);
    assert_eq!(
        unknown.stderr,
        "error: the document is not in `fr`: --lang takes zh-CN or en\n"
    );
}

#[test]
fn the_locale_chooses_the_language_without_lang() {
    let heading = |env: &[(&str, &str)]| {
        let out = run_with(&["404"], env);
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout.lines().nth(1).unwrap().to_owned()
    };
    let english = "Client error responses (4xx, 400-499, en)";
    let chinese = "客户端响应 (4xx, 400-499, zh-CN)";
    assert_eq!(heading(&[("LANG", "en_US.UTF-8")]), english);
    assert_eq!(
        heading(&[("LC_MESSAGES", "en_GB"), ("LANG", "zh_CN.UTF-8")]),
        english
    );
    assert_eq!(
        heading(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")]),
        chinese
    );
    // C and POSIX name no language: the next variable decides.
    assert_eq!(
        heading(&[("LC_ALL", "C"), ("LANG", "en_US.UTF-8")]),
        english
    );
    assert_eq!(
        heading(&[("LC_ALL", "POSIX"), ("LC_MESSAGES", "en")]),
        english
    );
    // A language the document lacks, or none: the primary, Chinese.
    assert_eq!(heading(&[("LANG", "fr_FR.UTF-8")]), chinese);
    assert_eq!(heading(&[("LANG", "C.UTF-8")]), chinese);
    assert_eq!(heading(&[]), chinese);
    // --lang wins.
    let out = run_with(&["--lang", "zh-CN", "404"], &[("LANG", "en_US.UTF-8")]);
    assert_eq!(out.stdout.lines().nth(1), Some(chinese));
}

#[test]
fn json_names_the_language() {
    let code = json(&run(&["--json", "--lang", "en", "404"]).stdout);
    assert_eq!(code["language"], "en");
    assert_eq!(code["class_title"], "Client error responses");
    assert!(
        code["description"]
            .as_str()
            .unwrap()
            .starts_with("The server")
    );
    let code = json(&run_with(&["--json", "404"], &[("LANG", "zh_CN.UTF-8")]).stdout);
    assert_eq!(code["language"], "zh-CN");
    let class = json(&run(&["--json", "--lang", "en", "4xx"]).stdout);
    assert_eq!(class["language"], "en");
    assert_eq!(class["title"], "Client error responses");
    assert!(class["codes"][0].get("language").is_none());
    let list = json(&run(&["list", "--json", "--lang", "en"]).stdout);
    assert_eq!(list["language"], "en");
    assert_eq!(list["classes"][0]["title"], "Informational responses");
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
        assert_eq!(lines[0], "客户端响应 (4xx, 400-499, zh-CN)");
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
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr
            .contains("unexpected argument '--frobnicate' found"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--help"));
    for args in [
        &["list", "extra"][..],
        &["check"],
        &["check", "--json", "docs/status.md"],
        &["--json", "check", "docs/status.md"],
        &["--color", "sometimes", "404"],
        &["completions"],
        &["completions", "tcsh"],
    ] {
        let out = run(args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(
            out.stderr.starts_with("error: "),
            "{args:?}: {}",
            out.stderr
        );
    }
}

#[test]
fn mistyped_options_get_suggestions() {
    let out = run(&["--jsn", "404"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("a similar argument exists: '--json'"),
        "{}",
        out.stderr
    );
    let out = run(&["expand", "--nme", "X", "docs/status.md"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("'--name'"), "{}", out.stderr);
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion() {
    let out = run(&["chek", "docs/status.md"]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr
            .starts_with("error: unrecognized subcommand 'chek'\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("tip: a similar subcommand exists: 'check'"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("unknown status"), "{}", out.stderr);
    // A word that is, or is close to, a status stays a query.
    let typo = run(&["notfound"]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr
            .starts_with("error: unknown status `notfound`\nhelp: did you mean 404 Not Found?"),
        "{}",
        typo.stderr
    );
    assert_eq!(run(&["found"]).code, 0);
}

/// 404 painted bold yellow, the colour of its class.
const YELLOW_404: &str = "\x1b[1m\x1b[33m404\x1b[0m";

#[test]
fn colour_follows_the_option_then_the_environment() {
    let coloured = |args: &[&str], env: &[(&str, &str)]| {
        let out = run_with(args, env);
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout.contains(YELLOW_404)
    };
    // Into a pipe: no colour unless asked for.
    assert!(!coloured(&["404"], &[]));
    assert!(!coloured(&["404"], &[("NO_COLOR", "")]));
    assert!(coloured(&["--color=always", "404"], &[]));
    assert!(coloured(
        &["404", "--color", "always"],
        &[("NO_COLOR", "1")]
    ));
    assert!(coloured(&["404"], &[("CLICOLOR_FORCE", "1")]));
    assert!(!coloured(
        &["404"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    ));
    assert!(!coloured(
        &["--color=never", "404"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    assert!(!coloured(
        &["--color=never", "list"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    assert!(coloured(&["--color=always", "list"], &[]));

    // Errors on stderr too.
    let error = run_with(&["--color=always", "999"], &[]);
    assert!(
        error.stderr.starts_with("\x1b[1m\x1b[31merror"),
        "{:?}",
        error.stderr
    );
    let plain = run_with(&["999"], &[]);
    assert!(plain.stderr.starts_with("error: unknown status code"));
}

#[test]
fn links_are_numbered_under_the_description() {
    let out = run(&["101"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("响应客户端的 Upgrade[1] 标头"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.ends_with(
            "\n\n  [1] https://developer.mozilla.org/zh-CN/docs/Web/HTTP/Headers/Upgrade\n"
        ),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains('\x1b'));
}

#[test]
fn links_are_hyperlinks_where_the_terminal_takes_them() {
    let osc8 = "\x1b]8;;https://developer.mozilla.org/zh-CN/docs/Web/HTTP/Headers/Upgrade\x1b\\Upgrade\x1b]8;;\x1b\\";
    let out = run_with(&["--color=always", "101"], &[("FORCE_HYPERLINK", "1")]);
    assert!(out.stdout.contains(osc8), "{:?}", out.stdout);
    assert!(!out.stdout.contains("[1]"), "{:?}", out.stdout);

    // Without colour, or where hyperlinks are not known to work: numbers.
    for (args, env) in [
        (
            &["--color=never", "101"][..],
            &[("FORCE_HYPERLINK", "1")][..],
        ),
        (&["--color=always", "101"], &[("FORCE_HYPERLINK", "0")]),
        (&["--color=always", "101"], &[]),
    ] {
        let out = run_with(args, env);
        assert!(!out.stdout.contains("\x1b]8"), "{args:?} {env:?}");
        assert!(out.stdout.contains("[1]"), "{args:?} {env:?}");
    }
}

#[test]
fn links_in_json() {
    let out = json(&run(&["--json", "101"]).stdout);
    assert_eq!(
        out["links"],
        json!([{
            "text": "Upgrade",
            "url": "https://developer.mozilla.org/zh-CN/docs/Web/HTTP/Headers/Upgrade"
        }])
    );
    assert_eq!(json(&run(&["--json", "404"]).stdout)["links"], json!([]));
    let class = json(&run(&["--json", "1xx"]).stdout);
    assert_eq!(class["codes"][1]["links"][0]["text"], "Upgrade");
}

#[test]
fn hints_name_the_command_the_user_ran() {
    let installed = run(&["999"]);
    assert!(
        installed
            .stderr
            .contains("help: `status-explain 9xx` lists")
            || installed.stderr.contains("help: `status-explain list`"),
        "{}",
        installed.stderr
    );
    let manifest_dir = env!("CARGO_MANIFEST_DIR");
    let cargo = [
        ("CARGO", "cargo"),
        ("CARGO_PKG_NAME", "status-explain"),
        ("CARGO_MANIFEST_DIR", manifest_dir),
    ];
    let under_cargo = run_with(&["teapot"], &cargo);
    assert_eq!(under_cargo.code, 2);
    assert!(
        under_cargo
            .stderr
            .contains("help: `cargo run -- list` shows every code"),
        "{}",
        under_cargo.stderr
    );
    let usage = run_with(&["--frobnicate"], &cargo);
    assert!(
        usage.stderr.contains("Usage: cargo run -- [OPTIONS]"),
        "{}",
        usage.stderr
    );
    let elsewhere = command(&["teapot"], &cargo)
        .current_dir(Path::new(manifest_dir).join("docs"))
        .output()
        .expect("the binary runs");
    assert!(
        String::from_utf8_lossy(&elsewhere.stderr)
            .contains("`cargo run -p status-explain -- list`")
    );
}

#[test]
fn version_and_completions() {
    let version = run(&["--version"]);
    assert_eq!(version.code, 0);
    assert_eq!(
        version.stdout,
        format!("status-explain {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(run(&["-V"]).stdout, version.stdout);

    for (shell, marker) in [
        ("bash", "-o default status-explain"),
        ("zsh", "#compdef status-explain"),
        ("fish", "complete -c status-explain"),
    ] {
        let out = run(&["completions", shell]);
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        assert!(out.stdout.contains(marker), "{shell}: {}", out.stdout);
        for word in ["list", "check", "expand", "json", "color"] {
            assert!(out.stdout.contains(word), "{shell} completes no {word}");
        }
    }
    // The script is for the installed name, also under `cargo run`.
    let under_cargo = run_with(
        &["completions", "fish"],
        &[("CARGO", "cargo"), ("CARGO_PKG_NAME", "status-explain")],
    );
    assert!(!under_cargo.stdout.contains("cargo run"));
}

#[test]
fn json_for_a_code_parses_back() {
    let out = run(&["--json", "404"]);
    assert_eq!(out.code, 0);
    let value = json(&out.stdout);
    assert_eq!(value["code"], 404);
    assert_eq!(value["reason"], "Not Found");
    assert_eq!(value["status"], "404 Not Found");
    assert_eq!(value["class"], "4xx");
    assert_eq!(value["class_title"], "客户端响应");
    assert_eq!(value["description"], StatusCode::NotFound.description());
    assert_eq!(value["links"], json!([]));

    // Line breaks in a description are escaped, and read back.
    let ok = json(&run(&["200", "--json"]).stdout);
    assert_eq!(ok["description"], StatusCode::Ok.description());
    assert!(ok["description"].as_str().unwrap().contains("\n• GET"));
}

#[test]
fn json_for_a_class_and_the_list_parses_back() {
    let class = json(&run(&["--json", "5xx"]).stdout);
    assert_eq!(class["title"], "服务端响应");
    assert_eq!(class["first"], 500);
    assert_eq!(class["last"], 599);
    assert_eq!(class["codes"].as_array().map(Vec::len), Some(6));
    assert_eq!(class["codes"][0].get("class"), None);

    for args in [&["--json", "list"], &["list", "--json"]] {
        let list = json(&run(args).stdout);
        let classes = list["classes"].as_array().expect("classes");
        assert_eq!(classes.len(), 5);
        let codes: Vec<&Value> = classes
            .iter()
            .flat_map(|c| c["codes"].as_array().expect("codes"))
            .map(|c| &c["code"])
            .collect();
        let expected: Vec<Value> = StatusCode::ALL.iter().map(|s| json!(s.code())).collect();
        assert_eq!(codes, expected.iter().collect::<Vec<_>>());
    }
}

#[test]
fn check_accepts_the_project_document() {
    let out = run(&["check", "--quiet", "docs/status.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "ok: 26 codes in 5 classes\ncodes: 100–101, 200–204, 300–304, 307–308, 400–401, 403–406, 500–505\n"
    );
    // Without --quiet, the table of what the macro generates follows: a
    // line per code under its class, as the type has them.
    let table = run(&["check", "docs/status.md"]).stdout;
    let rest = table.strip_prefix(&out.stdout).expect("the summary first");
    let mut lines = rest.lines();
    assert_eq!(lines.next(), Some(""));
    assert_eq!(
        lines.next(),
        Some("  code  variant                      reason                         description")
    );
    assert_eq!(lines.next(), Some(StatusClass::Informational.title()));
    let rows: Vec<&str> = lines.filter(|line| line.starts_with("  ")).collect();
    assert_eq!(rows.len(), StatusCode::ALL.len());
    for (row, status) in rows.iter().zip(StatusCode::ALL) {
        let cells: Vec<&str> = (row.split("  ").map(str::trim))
            .filter(|c| !c.is_empty())
            .collect();
        let (code, variant) = (status.code().to_string(), format!("{status:?}"));
        assert_eq!(cells[..3], [code.trim(), variant.trim(), status.reason()]);
    }
    assert!(
        rows.contains(&"  404   NotFound                     Not Found                      请求失败，请求所希望得到的资源未被在服务器上发…"),
        "{table}"
    );
    // The document's reason phrases that differ from the IANA registry's.
    let notes: Vec<&str> = out
        .stderr
        .lines()
        .filter(|line| line.starts_with("note: "))
        .collect();
    assert_eq!(
        notes,
        [
            "note: 101 Switching Protocal: the IANA registry says \"Switching Protocols\"",
            "note: 200 Ok: the IANA registry says \"OK\"",
            "note: 300 Multiple Choice: the IANA registry says \"Multiple Choices\"",
            "note: 505 Http Version Not Supported: the IANA registry says \"HTTP Version Not Supported\"",
        ]
    );
}

#[test]
fn check_takes_translations() {
    let out = run(&[
        "check",
        "docs/status.md",
        "--quiet",
        "--as",
        "zh-CN",
        "--translation",
        "en=docs/status.en.md",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "ok: 26 codes in 5 classes, in zh-CN\ncodes: 100–101, 200–204, 300–304, 307–308, \
         400–401, 403–406, 500–505\nok: translation en (`docs/status.en.md`): 26 of the 26 codes\n"
    );

    // A translation that lacks codes, words a reason otherwise, and lists
    // a code the primary lacks.
    let translation = temp_file(
        "translation.en.md",
        "## Client errors\n\n- 404 Nothing Here\n\n  Not here.\n\n- 418 I'm a teapot\n\n  Tea.\n",
    );
    let shown = translation.to_str().unwrap();
    let bad = run(&[
        "check",
        "docs/status.md",
        "--as",
        "zh-CN",
        "--translation",
        &format!("en={shown}"),
    ]);
    assert_eq!(bad.code, 1, "{}", bad.stdout);
    assert!(
        bad.stderr.contains(&format!(
            "error: status code 418 is not in the primary document\n --> {shown}:7:3"
        )),
        "{}",
        bad.stderr
    );
    assert!(bad.stderr.contains("note: the translation lacks 25 codes of the primary document: 100–101, 200–204, 300–304, 307–308, 400–401, 403, 405–406, 500–505"), "{}", bad.stderr);
    assert!(
        bad.stderr
            .contains("note: 404 Nothing Here: the primary document says \"Not Found\""),
        "{}",
        bad.stderr
    );

    // Notes alone pass, but not under --strict.
    let partial = temp_file(
        "partial.en.md",
        "## Client errors\n\n- 404 Not Found\n\n  Not here.\n",
    );
    let partial = format!("en={}", partial.to_str().unwrap());
    let out = run(&[
        "check",
        "-q",
        "docs/status.md",
        "--as",
        "zh-CN",
        "--translation",
        &partial,
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.ends_with("): 1 of the 26 codes\n"),
        "{}",
        out.stdout
    );
    let strict = run(&[
        "check",
        "--strict",
        "docs/status.md",
        "--as",
        "zh-CN",
        "--translation",
        &partial,
    ]);
    assert_eq!(strict.code, 1);

    // Tags are checked as the macro checks them.
    let twice = run(&[
        "check",
        "docs/status.md",
        "--as",
        "en",
        "--translation",
        "EN=docs/status.en.md",
    ]);
    assert_eq!(twice.code, 2);
    assert!(
        twice.stderr.contains("language `EN` is given twice"),
        "{}",
        twice.stderr
    );
    let bad_tag = run(&[
        "check",
        "docs/status.md",
        "--as",
        "zh-CN",
        "--translation",
        "en_US=docs/status.en.md",
    ]);
    assert_eq!(bad_tag.code, 2);
    assert!(bad_tag.stderr.contains("not a BCP 47 language tag"));
    let missing = run(&[
        "check",
        "docs/status.md",
        "--as",
        "zh-CN",
        "--translation",
        "en=no/such.md",
    ]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("cannot find status document `no/such.md`")
    );
}

#[test]
fn expand_takes_translations() {
    let out = run(&[
        "expand",
        "--as",
        "zh-CN",
        "--translation",
        "en=docs/status.en.md",
        "docs/status.md",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for item in [
        "pub enum Language {",
        "ZhCn,",
        "En,",
        "pub const fn negotiate(accept_language: &str) -> Self {",
        "pub const fn description_in(self, language: Language) -> &'static str {",
        "pub const fn title_in(self, language: Language) -> &'static str {",
        "pub struct ParseLanguageError {",
        "<details><summary><code>en</code></summary>",
    ] {
        assert!(out.stdout.contains(item), "{item}");
    }
    let plain = run(&["expand", "docs/status.md"]);
    assert!(!plain.stdout.contains("Language"));
    let no_primary = run(&[
        "expand",
        "--translation",
        "en=docs/status.en.md",
        "docs/status.md",
    ]);
    assert_eq!(no_primary.code, 2);
    assert!(
        no_primary.stderr.contains("add `--as TAG`"),
        "{}",
        no_primary.stderr
    );
}

#[test]
fn check_strict_makes_notes_problems() {
    let out = run(&["check", "--strict", "docs/status.md"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .ends_with("error: `docs/status.md` has 4 notes, and --strict makes notes problems\n"),
        "{}",
        out.stderr
    );
    let clean = temp_file(
        "clean.md",
        "## 客户端响应\n\n- 404 Not Found\n\n  请求失败。\n",
    );
    let out = run(&["check", "--strict", clean.to_str().unwrap()]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
}

#[test]
fn check_strict_counts_the_notes_of_each_file() {
    let primary = temp_file(
        "notes-primary.md",
        "## 客户端响应\n\n- 403 Forbidden\n\n  拒绝。\n\n- 404 Not Found\n\n  请求失败。\n",
    );
    let lacking = temp_file(
        "notes-translation.md",
        "## Client error responses\n\n- 404 Not Found\n\n  Nothing here.\n",
    );
    let (primary, lacking) = (primary.to_str().unwrap(), lacking.to_str().unwrap());
    let translation = format!("en={lacking}");
    let args = ["check", "-q", "--strict", "--as", "zh-CN"];
    // The note is the translation's: it names the translation only.
    let out = run(&[&args[..], &["--translation", &translation, primary]].concat());
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "note: the translation lacks 1 code of the primary document: 403\n --> {lacking}"
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with(&format!(
            "error: `{lacking}` has 1 note, and --strict makes notes problems\n"
        )),
        "{}",
        out.stderr
    );
    // Notes in both: each file with its own count.
    let both = run(&[
        &args[..],
        &["--translation", &translation, "docs/status.md"],
    ]
    .concat());
    assert_eq!(both.code, 1, "{}", both.stderr);
    assert!(
        both.stderr.ends_with(&format!(
            "error: `docs/status.md` has 4 notes, `{lacking}` has 1 note, and --strict \
             makes notes problems\n"
        )),
        "{}",
        both.stderr
    );
}

#[test]
fn check_names_what_an_mdn_page_leaves_out() {
    let page = temp_file(
        "mdn.md",
        "---\ntitle: Codes\n---\n\n{{HTTPSidebar}}\n\n## Client error responses\n\n- `305 Use Proxy` {{deprecated_inline}}\n  - : Old. {{Mystery}}\n\n## See also\n\n- [IANA](https://www.iana.org/)\n",
    );
    let out = run(&["check", "-q", page.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "ok: 1 code in 1 class (Codes)\ncodes: 305\n");
    assert!(
        out.stderr
            .contains("note: unknown KumaScript macro `Mystery`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("note: section `See also` lists no status codes; it is left out"),
        "{}",
        out.stderr
    );
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
fn expand_writes_docs_as_comments_and_no_name_raw() {
    // A file name with a line break cannot break out of the `//` header.
    let path = temp_file(
        "line\nbreak.md",
        "## 客户端响应\n\n- 404 Not Found\n\n  第一段。\n\n  第二段。\n",
    );
    let out = run(&["expand", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let header = out.stdout.lines().next().unwrap();
    assert!(
        header.starts_with("// ") && header.contains("line\\nbreak.md"),
        "{header}"
    );
    // A description of several paragraphs reads as `///` lines.
    assert!(
        out.stdout
            .contains("    /// 第一段。\n    ///\n    /// 第二段。\n"),
        "{}",
        out.stdout
    );
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
    for args in [&["--help"][..], &["-h"], &["help"], &[]] {
        let out = run(args);
        assert_eq!(out.code, 0, "{args:?}");
        for word in [
            "[QUERY]...",
            "list",
            "check",
            "expand",
            "completions",
            "--json",
            "--color <WHEN>",
            "--version",
            "NO_COLOR",
            "CLICOLOR_FORCE",
            "COLUMNS",
            "Exit status",
            "Examples",
        ] {
            assert!(out.stdout.contains(word), "{args:?}: help lacks {word}");
        }
    }
    for args in [&["help", "expand"][..], &["expand", "--help"]] {
        let out = run(args);
        assert_eq!(out.code, 0, "{args:?}");
        assert!(out.stdout.contains("--name <NAME>"), "{}", out.stdout);
        assert!(out.stdout.contains("--class-name <NAME>"), "{}", out.stdout);
    }
}

/// The examples of a help text: the lines of its `Examples:` section, each
/// with the lines that continue it after a ` \`.
fn help_examples(help: &str) -> Vec<String> {
    let mut examples: Vec<String> = Vec::new();
    let section = help.lines().skip_while(|line| *line != "Examples:").skip(1);
    for line in section.take_while(|line| !line.is_empty()) {
        match examples.last_mut() {
            Some(example) if example.ends_with(" \\") => {
                example.push('\n');
                example.push_str(line);
            }
            _ => examples.push(line.trim_start().to_owned()),
        }
    }
    examples
}

/// Every example of the help texts runs as written, in bash, from the
/// repository's root, with the binary on the `PATH` under its installed
/// name, and exits 0. The help is taken at 80 columns: an example that
/// clap wrapped there would run in pieces, and fail.
#[cfg(unix)]
#[test]
fn every_example_of_the_help_runs_as_written() {
    let binary = Path::new(env!("CARGO_BIN_EXE_status-explain"));
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs =
        std::iter::once(binary.parent().unwrap().to_owned()).chain(std::env::split_paths(&path));
    let path = std::env::join_paths(dirs).unwrap();
    for help in [
        &["--help"][..],
        &["list", "--help"],
        &["check", "--help"],
        &["expand", "--help"],
        &["completions", "--help"],
    ] {
        let out = run_with(help, &[("COLUMNS", "80")]);
        assert_eq!(out.code, 0, "{help:?}: {}", out.stderr);
        let examples = help_examples(&out.stdout);
        assert!(!examples.is_empty(), "{help:?} has no examples");
        for example in examples {
            assert!(
                example.starts_with("status-explain ")
                    || example.starts_with("source <(status-explain "),
                "{help:?}: an example is cut, or runs something else: {example:?}"
            );
            for line in example.lines() {
                assert!(
                    line.width() <= 78,
                    "{help:?}: {line:?} is wider than 80 columns"
                );
            }
            // `source <(…)` succeeds whatever the command in `<(…)` does:
            // then the completion it loads must be there.
            let script = if example.starts_with("source ") {
                format!("{example}\ncomplete -p status-explain")
            } else {
                example.clone()
            };
            let mut bash = Command::new("bash");
            bash.args(["-e", "-o", "pipefail", "-c", &script])
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .env("PATH", &path);
            for key in CLEARED {
                bash.env_remove(key);
            }
            let output = bash.output().expect("bash runs");
            assert!(
                output.status.success(),
                "{help:?}: `{example}` failed ({}):\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(!output.stdout.is_empty(), "`{example}` printed nothing");
        }
    }
}

/// Runs the binary with its standard output on a pseudo-terminal of
/// `columns` columns, and returns what it wrote there.
#[cfg(unix)]
fn run_in_terminal(args: &[&str], columns: u16, env: &[(&str, &str)]) -> String {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    use std::process::Stdio;

    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    use rustix::termios::{Winsize, tcsetwinsize};

    let controller = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("a pseudo-terminal");
    grantpt(&controller).expect("grantpt");
    unlockpt(&controller).expect("unlockpt");
    let name = ptsname(&controller, Vec::new()).expect("ptsname");
    let terminal = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(rustix::fs::OFlags::NOCTTY.bits() as i32)
        .open(name.to_str().expect("a UTF-8 terminal name"))
        .expect("the terminal side opens");
    let size = Winsize {
        ws_row: 24,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    tcsetwinsize(&terminal, size).expect("the size is set");

    // Read while the program writes, so that it never waits on a full buffer.
    let mut reader = std::fs::File::from(controller);
    let read = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let mut buffer = [0; 4096];
        // Once no process holds the terminal side, reading fails (EIO).
        while let Ok(n @ 1..) = reader.read(&mut buffer) {
            bytes.extend_from_slice(&buffer[..n]);
        }
        bytes
    });
    let mut command = command(args, env);
    command
        .stdin(Stdio::null())
        .stdout(terminal.try_clone().expect("the terminal side"))
        .stderr(Stdio::piped());
    let child = command.spawn().expect("the binary runs");
    drop(command);
    drop(terminal);
    let output = child.wait_with_output().expect("the binary exits");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = read.join().expect("the reader finishes");
    // The terminal turns each newline into CR LF.
    String::from_utf8(bytes)
        .expect("the output is UTF-8")
        .replace("\r\n", "\n")
}

#[cfg(unix)]
#[test]
fn the_width_comes_from_the_terminal_before_columns() {
    let out = run_in_terminal(&["--color=never", "203"], 57, &[("COLUMNS", "100")]);
    let widest = out.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    assert!(widest <= 57, "{out}");
    assert!(widest > 50, "lines use the terminal's width: {out}");
    // Off a terminal, COLUMNS then 80.
    let piped = run_with(&["203"], &[("COLUMNS", "100")]);
    let widest = piped.stdout.lines().map(UnicodeWidthStr::width).max();
    assert!(widest > Some(80), "{}", piped.stdout);
    let default = run(&["203"]);
    let widest = default.stdout.lines().map(UnicodeWidthStr::width).max();
    assert!(
        widest <= Some(80) && widest > Some(70),
        "{}",
        default.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_terminal_gets_colour_and_hyperlinks_where_supported() {
    let plain_terminal = run_in_terminal(&["101"], 80, &[("TERM", "xterm")]);
    assert!(plain_terminal.contains("\x1b[1m"), "{plain_terminal:?}");
    assert!(plain_terminal.contains("Upgrade[1]"), "{plain_terminal:?}");

    let hyperlinks = run_in_terminal(
        &["101"],
        80,
        &[("TERM", "xterm"), ("TERM_PROGRAM", "WezTerm")],
    );
    assert!(hyperlinks.contains("\x1b]8;;https://"), "{hyperlinks:?}");
    assert!(!hyperlinks.contains("[1]"), "{hyperlinks:?}");

    let no_color = run_in_terminal(&["101"], 80, &[("TERM", "xterm"), ("NO_COLOR", "1")]);
    assert!(!no_color.contains('\x1b'), "{no_color:?}");
    assert!(no_color.contains("Upgrade[1]"), "{no_color:?}");
}

#[test]
fn check_catalogue_summarizes_types_and_columns() {
    let out = run(&[
        "check",
        "--catalogue",
        "--column",
        "解决方案=solution",
        "tests/ui/pass/catalogue_chinese.md",
    ]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "ok: 4 entries in 2 categories\n\
         codes: u16, unique: from_code and TryFrom\n\
         column `解决方案`: solution() -> Option<&'static str>\n\
         \n  \
         code   variant           name                solution()          description\n\
         鉴权\n  \
         40001  InvalidSignature  INVALID_SIGNATURE   按文档重新计算签名  签名校验没有通过。\n  \
         40002  TokenExpired      TOKEN_EXPIRED       刷新令牌后重试      访问令牌已经过期。\n\
         业务\n  \
         50010  BalanceNotEnough  BALANCE_NOT_ENOUGH                      账户余额不足，无法完成扣款。\n  \
         50011  OrderClosed       ORDER_CLOSED        重新下单            订单已关闭，不能再支付，参见 订单状态。\n"
    );
    let negative = run(&[
        "check",
        "--catalogue",
        "tests/ui/pass/catalogue_negative.md",
    ]);
    assert_eq!(negative.code, 0, "{}", negative.stderr);
    assert!(
        negative.stdout.contains("codes: i32, unique"),
        "{}",
        negative.stdout
    );
}

#[test]
fn check_catalogue_notes_codes_that_repeat() {
    // Without `--codes-may-repeat`, a repeated code is an error, as in the
    // macro without `codes may repeat;`.
    let refused = run(&["check", "--catalogue", "tests/ui/pass/catalogue_grpc.md"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.starts_with(
            "error: code `400` names both `INVALID_ARGUMENT` and `FAILED_PRECONDITION`"
        ),
        "{}",
        refused.stderr
    );
    let out = run(&[
        "check",
        "--catalogue",
        "--codes-may-repeat",
        "tests/ui/pass/catalogue_grpc.md",
        "--column",
        "Retry after=retry_after",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("codes: u16, repeated: no from_code or TryFrom"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.starts_with(
            "note: code `400` names both `INVALID_ARGUMENT` and `FAILED_PRECONDITION`"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("--> tests/ui/pass/catalogue_grpc.md:8:3"),
        "{}",
        out.stderr
    );
    let strict = run(&[
        "check",
        "--strict",
        "--catalogue",
        "--codes-may-repeat",
        "--column",
        "Retry after=retry_after",
        "tests/ui/pass/catalogue_grpc.md",
    ]);
    assert_eq!(strict.code, 1);
}

#[test]
fn check_catalogue_reports_problems_as_the_macro_does() {
    let path = temp_file(
        "cli-catalogue.md",
        "| 错误码 | 错误名称 | 错误描述 |\n| -- | -- | -- |\n| 1 | A | a |\n| 2 | A | b |\n| X | C | c |\n",
    );
    let shown = path.to_str().expect("the target directory is UTF-8");
    let out = run(&["check", "--catalogue", "--column", "备注=remark", shown]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    let messages: Vec<&str> = out
        .stderr
        .lines()
        .filter(|line| line.starts_with("error: "))
        .collect();
    assert_eq!(
        messages,
        [
            "error: column `备注` is not in this table",
            "error: name `A` is listed twice",
            "error: code `X` is a string, but the catalogue's codes are integers",
            &format!("error: `{shown}` has 3 problems"),
        ]
    );
    assert!(
        out.stderr.contains(&format!("--> {shown}:4:7")),
        "{}",
        out.stderr
    );
    // Without --catalogue the same file is a status document, and wrong.
    assert_eq!(run(&["check", shown]).code, 1);
}

#[test]
fn expand_catalogue_prints_code_table_code() {
    let out = run(&[
        "expand",
        "--catalogue",
        "--name",
        "PayError",
        "--column",
        "解决方案=solution",
        "tests/ui/pass/catalogue_chinese.md",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with(
            "// The code `code_table!` generates for `tests/ui/pass/catalogue_chinese.md`."
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("#[repr(u16)]\npub enum PayError {"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("    InvalidSignature = 40001,"));
    assert!(
        out.stdout
            .contains("pub const fn solution(self) -> ::core::option::Option<&'static str>")
    );

    let reserved = run(&[
        "expand",
        "--catalogue",
        "--column",
        "解决方案=name",
        "tests/ui/pass/catalogue_chinese.md",
    ]);
    assert_eq!(reserved.code, 2);
    assert!(
        reserved.stderr.contains("a method the enum already has"),
        "{}",
        reserved.stderr
    );

    let broken = temp_file(
        "cli-catalogue-broken.md",
        "| code | name |\n| - | - |\n| 1 | 一 |\n",
    );
    let out = run(&["expand", "--catalogue", broken.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("compile_error!"));
    assert!(
        out.stderr
            .contains("error: name `一` gives no Rust identifier"),
        "{}",
        out.stderr
    );
}

#[test]
fn check_and_expand_catalogue_take_translations() {
    let args = [
        "--catalogue",
        "--column",
        "解决方案=solution",
        "--as",
        "zh-CN",
        "--translation",
        "en=tests/ui/pass/catalogue_chinese.en.md",
        "tests/ui/pass/catalogue_chinese.md",
    ];
    let check = run(&[&["check", "--quiet"][..], &args].concat());
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stdout.ends_with(
            "ok: translation en (`tests/ui/pass/catalogue_chinese.en.md`): 3 of the 4 entries\n"
        ),
        "{}",
        check.stdout
    );
    let expand = run(&[&["expand"][..], &args].concat());
    assert_eq!(expand.code, 0, "{}", expand.stderr);
    assert!(
        expand.stdout.contains("pub enum ErrorCodeLanguage {"),
        "{}",
        expand.stdout
    );
    // rustfmt wraps the signature: compared with white space squeezed.
    assert!(
        squeezed(&expand.stdout)
            .contains("pub const fn solution_in( self, language: ErrorCodeLanguage, )"),
        "{}",
        expand.stdout
    );

    let problems = run(&[
        "check",
        "--catalogue",
        "--as",
        "zh-CN",
        "--translation",
        "en=tests/ui/fail/catalogue_translation_problems.md",
        "tests/ui/pass/catalogue_chinese.md",
    ]);
    assert_eq!(problems.code, 1);
    assert!(
        problems.stderr.contains(
            "error: `TOKEN_EXPRED` is not an entry of `tests/ui/pass/catalogue_chinese.md`\n --> tests/ui/fail/catalogue_translation_problems.md:4:11"
        ),
        "{}",
        problems.stderr
    );
    // What the translation lacks is a note, as for status documents.
    assert!(
        problems.stderr.contains(
            "note: the translation lacks 3 entries of the primary catalogue: `TOKEN_EXPIRED`, `BALANCE_NOT_ENOUGH`, `ORDER_CLOSED`"
        ),
        "{}",
        problems.stderr
    );
    let no_primary = run(&[
        "check",
        "--catalogue",
        "--translation",
        "en=tests/ui/pass/catalogue_chinese.en.md",
        "tests/ui/pass/catalogue_chinese.md",
    ]);
    assert_eq!(no_primary.code, 2);
    assert!(
        no_primary.stderr.contains("add `--as TAG`"),
        "{}",
        no_primary.stderr
    );
}

/// The `error: ` lines of `stderr`.
fn error_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect()
}

/// The `error: ` lines the macro gives for the UI test `tests/ui/fail/NAME.rs`.
fn macro_errors(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/ui/fail/{name}.stderr"));
    std::fs::read_to_string(path).expect("the UI test has a .stderr file")
}

/// `check` and `expand` judge the call as the macro judges the same input
/// (the UI test named in each case): the same problems, or none.
#[test]
fn check_and_expand_judge_a_call_as_the_macro_does() {
    let chinese = "tests/ui/pass/catalogue_chinese.md";
    let english = "en=tests/ui/pass/catalogue_chinese.en.md";
    let both = |args: &[&str]| ["check", "expand"].map(|command| run(&[&[command], args].concat()));
    let translated = ["--catalogue", "--as", "zh-CN", "--translation", english];

    // A column named like another's `…_in` method, and a column named
    // `ALL`: rustc would report E0592 in the generated code.
    for (name, columns) in [
        (
            "request_translated_column",
            &[
                "--column",
                "解决方案=solution",
                "--column",
                "方案=solution_in",
            ][..],
        ),
        ("request_column_all", &["--column", "解决方案=ALL"][..]),
    ] {
        let language: &[&str] = if name == "request_column_all" {
            &["--catalogue"]
        } else {
            &translated
        };
        let expected = macro_errors(name);
        for out in both(&[language, columns, &[chinese]].concat()) {
            assert_eq!(out.code, 2, "{name}: {}", out.stderr);
            assert!(out.stdout.is_empty());
            assert_eq!(error_lines(&out.stderr), error_lines(&expected), "{name}");
        }
    }

    // A raw identifier names a method (tests/ui/pass/request_raw_column.rs).
    let raw = both(&[&translated[..], &["--column", "解决方案=r#type", chinese]].concat());
    for out in &raw {
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    assert!(
        raw[0]
            .stdout
            .contains("column `解决方案`: r#type() -> Option<&'static str>")
    );
    assert!(raw[1].stdout.contains("pub const fn r#type(self)"));
    assert!(
        squeezed(&raw[1].stdout)
            .contains("pub const fn type_in( self, language: ErrorCodeLanguage, )"),
        "{}",
        raw[1].stdout
    );

    // A code and a name that rustdoc refuses as aliases (`it's`, `A"B`):
    // `check` accepts the catalogue, the macro builds it
    // (tests/ui/pass/catalogue_aliases.rs), and `expand` leaves those
    // aliases out.
    let quirks = both(&["--catalogue", "tests/ui/pass/catalogue_aliases.md"]);
    for out in &quirks {
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    assert!(!quirks[1].stdout.contains("alias = \"it's\""));
    assert!(!quirks[1].stdout.contains("alias = \"A\\\"B\""));
    assert!(quirks[1].stdout.contains("alias = \"E_PLAIN\""));

    // A translation without the document's language, for both kinds
    // (language_without_primary.rs, request_catalogue_without_primary.rs).
    for (name, args) in [
        (
            "language_without_primary",
            &["--translation", "en=docs/status.en.md", "docs/status.md"][..],
        ),
        (
            "request_catalogue_without_primary",
            &["--catalogue", "--translation", english, chinese][..],
        ),
    ] {
        assert!(
            macro_errors(name).starts_with("error: a translation needs the primary"),
            "{name}"
        );
        for out in both(args) {
            assert_eq!(out.code, 2, "{name}: {}", out.stderr);
            assert!(out.stderr.contains("add `--as TAG`"), "{}", out.stderr);
        }
    }
}

#[test]
fn check_notes_links_to_script_addresses() {
    let path = temp_file(
        "hostile-links.md",
        "## A\n\n- 200 OK\n\n  [a](JaVaScRiPt:alert(1)) <vbscript:x> ![i](data:text/html,x) [ok](https://x.example/)\n",
    );
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for scheme in ["javascript", "vbscript", "data"] {
        assert!(
            out.stderr
                .contains(&format!("note: a link to a `{scheme}:` address")),
            "{scheme}: {}",
            out.stderr
        );
    }
    assert!(!out.stderr.contains("`https:`"), "{}", out.stderr);
    // The docs keep the text, without the address.
    let out = run(&["expand", path.to_str().unwrap()]);
    assert!(
        !out.stdout.to_ascii_lowercase().contains("javascript"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("(https://x.example/)"));
}

#[test]
fn check_reports_an_invisible_character_in_a_code() {
    let path = temp_file(
        "invisible-code.md",
        "| code | name | description |\n| -- | -- | -- |\n| a\u{202e}b | A | x |\n| c | C | y |\n",
    );
    let out = run(&["check", "--catalogue", path.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("error: code `a\\u{202e}b` holds U+202E, an invisible character"),
        "{}",
        out.stderr
    );
}

#[test]
fn check_reports_every_call_site_problem_at_once() {
    let out = run(&[
        "check",
        "docs/status.md",
        "--as",
        "zh_CN",
        "--translation",
        "en US=docs/status.en.md",
        "--translation",
        "ja=docs/no-such-file.ja.md",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let errors: Vec<&str> = out
        .stderr
        .lines()
        .filter(|line| line.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 3, "{}", out.stderr);
    assert!(errors[0].contains("`zh_CN` is not a BCP 47 language tag"));
    assert!(errors[1].contains("`en US` is not a BCP 47 language tag"));
    assert!(
        errors[2].contains("cannot find translation `docs/no-such-file.ja.md`")
            || errors[2].contains("docs/no-such-file.ja.md")
    );
}

#[test]
fn check_refuses_the_primary_as_its_own_translation() {
    let out = run(&[
        "check",
        "docs/status.md",
        "--as",
        "zh-CN",
        "--translation",
        "en=./docs/../docs/status.md",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "error: the translation `./docs/../docs/status.md` is the primary document itself"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn check_shortens_a_long_path() {
    let long = format!("docs/{}status.md", "a-long-directory/".repeat(5_000));
    let out = run(&["check", &long]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.len() < 2_000, "{} bytes", out.stderr.len());
    assert!(out.stderr.contains('…'), "{}", out.stderr);
}

#[test]
fn check_says_when_a_status_check_fails_on_a_catalogue() {
    let out = run(&["check", "tests/ui/pass/catalogue_chinese.md"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.ends_with(
            "help: `tests/ui/pass/catalogue_chinese.md` reads as a code catalogue: check it with \
             `--catalogue`, as `code_table!` reads it\n"
        ),
        "{}",
        out.stderr
    );
    // Not when the status document has codes and fails for another reason.
    let strict = run(&["check", "--strict", "docs/status.md"]);
    assert!(!strict.stderr.contains("reads as a code catalogue"));
}

#[test]
fn a_malformed_macro_in_a_description_is_a_flaw_kept_as_text() {
    let path = temp_file(
        "flaw.md",
        "## 客户端响应\n\n- 404 Not Found\n\n  服务器知道 {{HTTPHeader(\"Allow\") 这个标头。\n",
    );
    let shown = path.to_str().unwrap();
    let out = run(&["check", shown]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("note: a malformed KumaScript macro, kept as literal text in code font"),
        "{}",
        out.stderr
    );
    assert_eq!(run(&["check", "--strict", shown]).code, 1);
    let expanded = run(&["expand", shown]);
    assert!(
        expanded
            .stdout
            .contains("/// 服务器知道 `{{HTTPHeader(\"Allow\") 这个标头。`"),
        "{}",
        expanded.stdout
    );
}

/// `text` with every run of white space made one space, to find code
/// however rustfmt wraps it.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
