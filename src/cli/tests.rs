use super::*;

fn parse_strs(args: &[&str]) -> Result<Invocation, clap::Error> {
    let args: Vec<OsString> = std::iter::once(BINARY)
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    parse(&args, BINARY)
}

fn command_of(args: &[&str]) -> Command {
    parse_strs(args)
        .map(|i| i.command)
        .unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn error_of(args: &[&str]) -> clap::Error {
    match parse_strs(args) {
        Ok(invocation) => panic!("{args:?} parsed as {invocation:?}"),
        Err(error) => error,
    }
}

#[test]
fn the_definition_is_consistent() {
    command(BINARY).debug_assert();
}

#[test]
fn commands_and_queries() {
    assert_eq!(command_of(&[]), Command::Help);
    assert_eq!(command_of(&["list"]), Command::List);
    assert_eq!(command_of(&["404"]), Command::Explain("404".into()));
    assert_eq!(
        command_of(&["not", "found"]),
        Command::Explain("not found".into())
    );
    // Once a query has started, `list` is one of its words.
    assert_eq!(
        command_of(&["not", "list"]),
        Command::Explain("not list".into())
    );
    assert_eq!(command_of(&["--", "-1"]), Command::Explain("-1".into()));
    assert_eq!(
        command_of(&["check", "docs/status.md"]),
        Command::Check {
            path: "docs/status.md".into(),
            strict: false,
            quiet: false,
            languages: Languages::default(),
            catalogue: None,
        }
    );
    assert_eq!(
        command_of(&["check", "--strict", "docs/status.md"]),
        Command::Check {
            path: "docs/status.md".into(),
            strict: true,
            quiet: false,
            languages: Languages::default(),
            catalogue: None,
        }
    );
    assert_eq!(
        command_of(&[
            "check",
            "docs/status.md",
            "--as",
            "zh-CN",
            "--translation",
            "en=docs/status.en.md",
            "--translation=ja=ja.md",
        ]),
        Command::Check {
            path: "docs/status.md".into(),
            strict: false,
            quiet: false,
            languages: Languages {
                primary: Some("zh-CN".into()),
                translations: vec![
                    ("en".into(), "docs/status.en.md".into()),
                    ("ja".into(), "ja.md".into()),
                ],
            },
            catalogue: None,
        }
    );
    assert_eq!(
        parse_strs(&["--lang", "en", "404"])
            .unwrap()
            .lang
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        parse_strs(&["list", "--lang=zh-CN"])
            .unwrap()
            .lang
            .as_deref(),
        Some("zh-CN")
    );
    assert_eq!(
        command_of(&["expand", "--name=Status", "a.md", "--class-name", "Kind"]),
        Command::Expand {
            path: "a.md".into(),
            languages: Languages::default(),
            name: Some("Status".into()),
            class_name: Some("Kind".into()),
            catalogue: None,
        }
    );
    assert_eq!(
        command_of(&[
            "check",
            "--catalogue",
            "--column",
            "解决方案=solution",
            "errors.md"
        ]),
        Command::Check {
            path: "errors.md".into(),
            strict: false,
            quiet: false,
            languages: Languages::default(),
            catalogue: Some(Catalogue {
                columns: vec![("解决方案".into(), "solution".into())],
                ..Catalogue::default()
            }),
        }
    );
    assert_eq!(
        command_of(&["expand", "--catalogue", "--name", "PayError", "e.md"]),
        Command::Expand {
            path: "e.md".into(),
            languages: Languages::default(),
            name: Some("PayError".into()),
            class_name: None,
            catalogue: Some(Catalogue::default()),
        }
    );
    assert_eq!(
        command_of(&["completions", "zsh"]),
        Command::Completions(Shell::Zsh)
    );
}

#[test]
fn options_anywhere() {
    let invocation = parse_strs(&["404", "--json", "--color=never"]).unwrap();
    assert!(invocation.json);
    assert_eq!(invocation.color, ColorChoice::Never);
    let invocation = parse_strs(&["--color", "always", "list"]).unwrap();
    assert_eq!(invocation.color, ColorChoice::Always);
    assert!(!invocation.json);
    let invocation = parse_strs(&["list", "--json", "--colour", "never"]).unwrap();
    assert!(invocation.json);
    assert_eq!(invocation.color, ColorChoice::Never);
    assert_eq!(parse_strs(&["404"]).unwrap().color, ColorChoice::Auto);
}

#[test]
fn mistakes_are_usage_errors() {
    use ErrorKind::*;
    let cases: [(&[&str], ErrorKind); 15] = [
        (
            &["check", "--column", "a=b", "e.md"],
            MissingRequiredArgument,
        ),
        (
            &["check", "--catalogue", "--column", "ab", "e.md"],
            ValueValidation,
        ),
        (
            &["expand", "--catalogue", "--class-name", "K", "e.md"],
            ArgumentConflict,
        ),
        (&["check", "a.md", "--translation", "en"], ValueValidation),
        (&["--lang"], InvalidValue),
        (&["--jsn"], UnknownArgument),
        (&["--color", "red", "1"], InvalidValue),
        (&["expand", "--name"], InvalidValue),
        (&["check"], MissingRequiredArgument),
        (&["check", "a", "b"], UnknownArgument),
        (&["check", "--json", "a.md"], UnknownArgument),
        (&["list", "all"], UnknownArgument),
        (&["404", "--name", "X"], UnknownArgument),
        (&["completions", "cmd"], InvalidValue),
        (&["--json", "completions", "fish"], ArgumentConflict),
    ];
    for (args, kind) in cases {
        assert_eq!(error_of(args).kind(), kind, "{args:?}");
        assert_eq!(error_of(args).exit_code(), 2, "{args:?}");
    }
    assert!(error_of(&["--jsn"]).to_string().contains("'--json'"));
    let json_check = error_of(&["--json", "check", "a.md"]);
    assert_eq!(json_check.kind(), ArgumentConflict);
    assert!(json_check.to_string().contains("classes and `list` only"));
    for args in [&["-h"][..], &["--help"], &["help"], &["-V"], &["--version"]] {
        assert_eq!(error_of(args).exit_code(), 0, "{args:?}");
    }
}

#[test]
fn a_typo_of_a_subcommand_is_suggested_unless_the_query_names_a_status() {
    for (args, word, suggested) in [
        (&["chek", "docs/status.md"][..], "chek", "check"),
        (&["chek"], "chek", "check"),
        (&["--lang", "en", "expnad", "a.md"], "expnad", "expand"),
        (&["lsit"], "lsit", "list"),
        (&["Check", "a.md"], "Check", "check"),
    ] {
        let error = error_of(args);
        assert_eq!(error.kind(), ErrorKind::InvalidSubcommand, "{args:?}");
        assert_eq!(error.exit_code(), 2, "{args:?}");
        let context = |kind| match error.get(kind) {
            Some(ContextValue::String(value)) => value.as_str(),
            other => panic!("{args:?}: {kind:?} is {other:?}"),
        };
        assert_eq!(context(ContextKind::InvalidSubcommand), word);
        assert_eq!(context(ContextKind::SuggestedSubcommand), suggested);
    }
    // Statuses, classes, phrases and their typos stay queries, also when
    // a word is close to a subcommand's name.
    for args in [
        &["404"][..],
        &["4xx"],
        &["not found"],
        &["notfound"],
        &["not", "fond"],
        &["found"],
        &["list", "--json"],
        &["teapot"],
        &["check", "a.md"],
    ] {
        assert!(parse_strs(args).is_ok(), "{args:?}");
    }
}

#[test]
fn the_program_is_named_as_the_user_runs_it() {
    let none = |_: &str| None;
    assert_eq!(program(None, none, None), BINARY);
    assert_eq!(
        program(Some(OsStr::new("/usr/local/bin/explain")), none, None),
        "explain"
    );

    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = |name: &str| match name {
        "CARGO" => Some(OsString::from("/usr/bin/cargo")),
        "CARGO_PKG_NAME" => Some(OsString::from(env!("CARGO_PKG_NAME"))),
        "CARGO_MANIFEST_DIR" => Some(here.as_os_str().to_owned()),
        _ => None,
    };
    let arg0 = Some(OsStr::new("target/debug/status-explain"));
    assert_eq!(program(arg0, cargo, Some(here)), "cargo run --");
    assert_eq!(
        program(arg0, cargo, Some(&here.join("docs"))),
        "cargo run -p status-explain --"
    );

    // Another package's `cargo run` that starts this program.
    let other = |name: &str| match name {
        "CARGO" => Some(OsString::from("cargo")),
        "CARGO_PKG_NAME" => Some(OsString::from("some-app")),
        _ => None,
    };
    assert_eq!(program(arg0, other, Some(here)), "status-explain");
}
