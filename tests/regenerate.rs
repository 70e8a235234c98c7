//! Editing the Markdown regenerates the code, and nothing else does.
//!
//! Builds a scratch crate that calls `status_table!` on its own document,
//! edits the document (adds a code, changes a description, renames a reason
//! phrase) and checks the rebuilt program each time, then checks that a
//! rebuild with nothing changed compiles nothing. All builds share one
//! target directory, so the macro is compiled once.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const DOCUMENT: &str = "状态码。

## 成功响应

- 200 OK

  请求成功。

## 客户端响应

- 404 Not Found

  请求失败。
";

const MAIN: &str = r#"
status_macros::status_table!("docs/status.md");

fn main() {
    for status in StatusCode::ALL {
        println!("{} | {} | {}", status, status.class().title(), status.description());
    }
}
"#;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch crate at `dir` that depends on this repository's status-macros,
/// with the default program and document.
fn scratch_crate(dir: &Path) {
    scratch_crate_with(dir, MAIN, DOCUMENT);
}

/// The package name of the scratch crate at `dir`: `regen-` and the
/// directory's name, so that crates built side by side do not collide.
fn package(dir: &Path) -> String {
    format!("regen-{}", dir.file_name().unwrap().to_string_lossy())
}

fn scratch_crate_with(dir: &Path, main: &str, document: &str) {
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::create_dir_all(dir.join("docs")).unwrap();
    let macros = repo().join("status-macros");
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = {:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nstatus-macros = {{ path = {:?} }}\n\
             serde = {{ version = \"1\", features = [\"derive\"] }}\n\n[workspace]\n",
            package(dir),
            macros.display().to_string()
        ),
    )
    .unwrap();
    // The workspace's lock file pins the same dependency versions.
    fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::write(dir.join("src/main.rs"), main).unwrap();
    fs::write(dir.join("docs/status.md"), document).unwrap();
}

struct Build {
    /// Whether cargo found the scratch crate's binary up to date.
    fresh: bool,
    /// What the built program printed.
    output: String,
}

fn build(dir: &Path, target: &Path) -> Build {
    let result = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--message-format=json"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .unwrap();
    let messages = String::from_utf8_lossy(&result.stdout);
    assert!(
        result.status.success(),
        "build failed:\n{messages}\n{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let artifact = messages
        .lines()
        .find(|line| {
            line.contains(r#""reason":"compiler-artifact""#)
                && line.contains(&format!(r#""name":"{}""#, package(dir)))
        })
        .expect("cargo reported no artifact for the scratch crate");
    let fresh = artifact.contains(r#""fresh":true"#);
    let run = Command::new(target.join("debug").join(format!(
        "{}{}",
        package(dir),
        std::env::consts::EXE_SUFFIX
    )))
    .output()
    .unwrap();
    assert!(run.status.success());
    Build {
        fresh,
        output: String::from_utf8(run.stdout).unwrap(),
    }
}

/// Replaces `from` with `to` in the scratch document, checking it was there.
fn edit(dir: &Path, from: &str, to: &str) {
    let path = dir.join("docs/status.md");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from:?} not in the document");
    // Let the file's modification time move past the last build's.
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&path, text.replace(from, to)).unwrap();
}

fn scratch_dirs() -> (PathBuf, PathBuf) {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    (tmp.join("regenerate"), tmp.join("regenerate-target"))
}

/// `root/name`, removed if an earlier run left it.
fn fresh(root: &Path, name: &str) -> PathBuf {
    let dir = root.join(name);
    let _ = fs::remove_dir_all(&dir);
    dir
}

#[test]
fn editing_the_document_rebuilds_and_nothing_else_does() {
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "app");
    let moved = fresh(&root, "moved");
    scratch_crate(&dir);

    let first = build(&dir, &target);
    assert_eq!(
        first.output,
        "200 OK | 成功响应 | 请求成功。\n404 Not Found | 客户端响应 | 请求失败。\n"
    );

    let unchanged = build(&dir, &target);
    assert!(
        unchanged.fresh,
        "a rebuild with nothing changed recompiled the crate"
    );
    assert_eq!(unchanged.output, first.output);

    edit(
        &dir,
        "- 404 Not Found\n",
        "- 403 Forbidden\n\n  拒绝。\n\n- 404 Not Found\n",
    );
    let added = build(&dir, &target);
    assert!(!added.fresh);
    assert!(
        added
            .output
            .contains("403 Forbidden | 客户端响应 | 拒绝。\n404 Not Found")
    );

    edit(&dir, "请求失败。", "找不到资源。");
    let described = build(&dir, &target);
    assert!(
        described
            .output
            .contains("404 Not Found | 客户端响应 | 找不到资源。")
    );

    edit(&dir, "- 200 OK", "- 200 Okay");
    let renamed = build(&dir, &target);
    assert!(
        renamed
            .output
            .starts_with("200 Okay | 成功响应 | 请求成功。\n")
    );

    let again = build(&dir, &target);
    assert!(
        again.fresh,
        "a rebuild with nothing changed recompiled the crate"
    );

    // The same crate in another directory builds too: the tracking line
    // holds no path tied to the first directory.
    scratch_crate(&moved);
    fs::copy(dir.join("docs/status.md"), moved.join("docs/status.md")).unwrap();
    assert_eq!(build(&moved, &target).output, renamed.output);
}

/// With a translation, both documents are tracked: editing either rebuilds
/// the crate, and nothing else does.
#[test]
fn editing_a_translation_rebuilds_and_nothing_else_does() {
    let main = r#"
status_macros::status_table! {
    pub enum StatusCode in "docs/status.md" as "zh-CN";
    translation "en" in "docs/status.en.md";
}

fn main() {
    for status in StatusCode::ALL {
        for language in Language::ALL {
            println!("{language} {status} | {} | {}", status.class().title_in(language), status.description_in(language));
        }
    }
}
"#;
    let english = "## Successful responses\n\n- 200 OK\n\n  It worked.\n";
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "translated");
    scratch_crate_with(&dir, main, DOCUMENT);
    fs::write(dir.join("docs/status.en.md"), english).unwrap();

    let first = build(&dir, &target);
    assert_eq!(
        first.output,
        "zh-CN 200 OK | 成功响应 | 请求成功。\nen 200 OK | Successful responses | It worked.\n\
         zh-CN 404 Not Found | 客户端响应 | 请求失败。\nen 404 Not Found | 客户端响应 | 请求失败。\n"
    );
    assert!(
        build(&dir, &target).fresh,
        "a rebuild with nothing changed recompiled the crate"
    );

    // Edit the translation only: it is tracked.
    let path = dir.join("docs/status.en.md");
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(
        &path,
        format!("{english}\n## Client errors\n\n- 404 Not Found\n\n  Nothing here.\n"),
    )
    .unwrap();
    let edited = build(&dir, &target);
    assert!(!edited.fresh);
    assert!(
        edited
            .output
            .ends_with("en 404 Not Found | Client errors | Nothing here.\n"),
        "{}",
        edited.output
    );
    assert!(build(&dir, &target).fresh);

    // And the primary still is.
    edit(&dir, "请求失败。", "找不到资源。");
    let primary = build(&dir, &target);
    assert!(!primary.fresh);
    assert!(
        primary
            .output
            .contains("zh-CN 404 Not Found | 客户端响应 | 找不到资源。\n")
    );
}

/// The first fenced code block after the line `marker` in `text`.
fn block_after<'a>(text: &'a str, marker: &str) -> &'a str {
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("README lost {marker:?}"));
    let rest = &text[at..];
    let open = rest.find("```").unwrap();
    let body = &rest[open..];
    let body = &body[body.find('\n').unwrap() + 1..];
    &body[..body.find("```").unwrap()]
}

/// The README's "own document" example, as a newcomer would copy it:
/// its document, its `src/main.rs`, and its options example as a module.
#[test]
fn the_readme_example_builds_and_runs() {
    let readme = include_str!("../README.md");
    let document = block_after(readme, "`docs/status.md`, next to your `Cargo.toml`:");
    let main = block_after(readme, "`src/main.rs`:");
    let options = block_after(readme, "### Options");
    let program = format!("{main}\n#[allow(dead_code)]\nmod options {{\n{options}}}\n");

    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "readme");
    scratch_crate_with(&dir, &program, document);
    let build = build(&dir, &target);
    assert_eq!(build.output, "404 Not Found: 请求的资源不存在。\n");
}

/// The README's "Several languages" example, with its English document and
/// a Japanese one.
#[test]
fn the_readme_languages_example_builds_and_runs() {
    let readme = include_str!("../README.md");
    let code = block_after(readme, "### Several languages");
    let english = block_after(readme, "`docs/status.en.md` is a document like the primary");
    let program = format!(
        "{code}\nfn main() {{\n    println!(\"{{}}\", answer(StatusCode::NotFound, \"en-GB,en;q=0.9\"));\n    \
         println!(\"{{}}\", answer(StatusCode::Ok, \"ja\"));\n    println!(\"{{}}\", answer(StatusCode::Ok, \"fr\"));\n}}\n"
    );
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "readme-languages");
    scratch_crate_with(&dir, &program, DOCUMENT);
    fs::write(dir.join("docs/status.en.md"), english).unwrap();
    fs::write(
        dir.join("docs/status.ja.md"),
        "## 成功レスポンス\n\n- 200 OK\n\n  リクエストは成功しました。\n",
    )
    .unwrap();
    let build = build(&dir, &target);
    assert_eq!(
        build.output,
        "404 Not Found: Nothing exists at this address.\n200 OK: リクエストは成功しました。\n200 OK: 请求成功。\n"
    );
}

/// `link/../doc.md`, where `link` is a symbolic link to a directory
/// elsewhere: the macro reads the file the system opens for that path (next
/// to the link's target, as `check` does), tracks that same file, so that
/// editing it rebuilds the crate, and never the decoy `doc.md` that a
/// lexical `..` would find beside the link.
#[cfg(unix)]
#[test]
fn a_document_behind_a_link_is_read_and_tracked_as_the_system_opens_it() {
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "linked");
    let elsewhere = fresh(&root, "linked-elsewhere");
    let main = MAIN.replace("docs/status.md", "link/../doc.md");
    scratch_crate_with(&dir, &main, DOCUMENT);
    fs::create_dir_all(elsewhere.join("a/b")).unwrap();
    fs::write(elsewhere.join("a/doc.md"), DOCUMENT).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("a/b"), dir.join("link")).unwrap();
    fs::write(
        dir.join("doc.md"),
        DOCUMENT.replace("请求成功。", "诱饵：不该读到这里。"),
    )
    .unwrap();

    // What `check` (the explainer) reads for that path.
    let resolved = status_codegen::resolve(&dir, "link/../doc.md");
    let checked = status_codegen::load("link/../doc.md", &resolved, "the test")
        .unwrap()
        .bytes;
    assert_eq!(checked, DOCUMENT.as_bytes());

    let first = build(&dir, &target);
    assert!(first.output.starts_with("200 OK | 成功响应 | 请求成功。\n"));

    let real = elsewhere.join("a/doc.md");
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&real, DOCUMENT.replace("请求成功。", "已编辑。")).unwrap();
    let edited = build(&dir, &target);
    assert!(
        !edited.fresh,
        "the document was edited, but cargo found the crate fresh: the macro tracks another file"
    );
    assert!(
        edited.output.starts_with("200 OK | 成功响应 | 已编辑。\n"),
        "{}",
        edited.output
    );
}

/// The README's `code_table!` example is the one a UI test compiles and
/// runs: its catalogue and translation are the test's fixtures, and its
/// code is the test's code above `main`, with the fixtures' paths.
#[test]
fn the_readme_catalogue_example_is_the_tested_one() {
    let readme = include_str!("../README.md");
    let document = block_after(readme, "`docs/errors.md`:");
    assert_eq!(
        document,
        include_str!("ui/pass/catalogue_readme.md"),
        "README's catalogue differs from tests/ui/pass/catalogue_readme.md"
    );
    let code = block_after(readme, "The call site, and a handler that returns");
    let tested = include_str!("ui/pass/catalogue_readme.rs");
    let tested = &tested[..tested.find("fn main() {").unwrap()];
    let translation = block_after(readme, "Its English translation, `docs/errors.en.md`");
    assert_eq!(
        translation,
        include_str!("ui/pass/catalogue_readme.en.md"),
        "README's translation differs from tests/ui/pass/catalogue_readme.en.md"
    );
    let code = code
        .replace(
            "\"docs/errors.md\"",
            "\"tests/ui/pass/catalogue_readme.md\"",
        )
        .replace(
            "\"docs/errors.en.md\"",
            "\"tests/ui/pass/catalogue_readme.en.md\"",
        );
    assert!(
        tested.contains(&code),
        "README's code_table! example differs from tests/ui/pass/catalogue_readme.rs"
    );
}
