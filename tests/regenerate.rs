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
    let macros = repo().join("status-macros");
    let dependencies = format!(
        "status-macros = {{ path = {:?} }}\nserde = {{ version = \"1\", features = [\"derive\"] }}",
        macros.display().to_string()
    );
    crate_at(dir, &dependencies, main, &[("docs/status.md", document)]);
}

/// A crate of its own workspace at `dir`, named [`package`], with the
/// `[dependencies]` lines `dependencies`, the program `main` and each
/// `(path, text)` of `files`.
fn crate_at(dir: &Path, dependencies: &str, main: &str, files: &[(&str, &str)]) {
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = {:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{dependencies}\n\n[workspace]\n",
            package(dir),
        ),
    )
    .unwrap();
    // The workspace's lock file pins the same dependency versions.
    fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::write(dir.join("src/main.rs"), main).unwrap();
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
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

/// The first fenced code block after `marker`, which follows the heading
/// `section`, in the README: what a newcomer copies.
fn readme_block(section: &str, marker: &str) -> &'static str {
    let readme = include_str!("../README.md");
    let section_at = readme
        .find(&format!("\n{section}\n"))
        .unwrap_or_else(|| panic!("README lost the section {section:?}"));
    let rest = &readme[section_at..];
    let at = rest
        .find(marker)
        .unwrap_or_else(|| panic!("README lost {marker:?} in {section:?}"));
    let rest = &rest[at..];
    let open = rest.find("```").unwrap();
    let body = &rest[open..];
    let body = &body[body.find('\n').unwrap() + 1..];
    &body[..body.find("```").unwrap()]
}

/// A scratch crate at `dir`, outside this repository, as the README makes
/// one: the dependency on `crate_name` that its `cargo add --path
/// "$CLONE/<crate>"` line writes, its `src/main.rs` and its documents.
fn readme_crate(dir: &Path, crate_name: &str, main: &str, files: &[(&str, &str)]) {
    let readme = include_str!("../README.md");
    assert!(
        readme.contains(&format!("cargo add --path \"$CLONE/{crate_name}\"")),
        "README no longer tells how to depend on {crate_name}"
    );
    let dependency = format!(
        "{crate_name} = {{ path = {:?} }}",
        repo().join(crate_name).display().to_string()
    );
    crate_at(dir, &dependency, main, files);
}

const STATUS_SECTION: &str = "## Your own status document: `status_table!`";
const CATALOGUE_SECTION: &str = "## Your own error codes: `code_table!`";

/// The README's documents for `status_table!`, then for `code_table!`.
fn readme_documents() -> [(&'static str, &'static str); 4] {
    [
        (
            "docs/status.md",
            readme_block(
                STATUS_SECTION,
                "`docs/status.md`, next to your `Cargo.toml`:",
            ),
        ),
        (
            "docs/status.en.md",
            readme_block(STATUS_SECTION, "`docs/status.en.md`"),
        ),
        (
            "docs/errors.md",
            readme_block(CATALOGUE_SECTION, "`docs/errors.md`:"),
        ),
        (
            "docs/errors.en.md",
            readme_block(CATALOGUE_SECTION, "`docs/errors.en.md`"),
        ),
    ]
}

const STATUS_OUTPUT: &str = "(200, \"请求成功。\")\n(404, \"Nothing exists at this address.\")\n\
                             404 Not Found: 请求的资源不存在。\n";
const CATALOGUE_OUTPUT: &str = "(400, \"50010 BALANCE_NOT_ENOUGH: 余额不足，无法完成扣款。\")\n\
     (400, \"50010 BALANCE_NOT_ENOUGH: The balance does not cover the charge.\")\n\
     访问令牌已过期。: Some(\"刷新令牌后重试\")\n";

#[test]
fn the_readme_status_codes_example_builds_and_runs() {
    let main = readme_block("## Using status-codes", "`src/main.rs`:");
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "readme-status-codes");
    readme_crate(&dir, "status-codes", main, &[]);
    let output = build(&dir, &target).output;
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 2, "{output}");
    assert!(
        lines[0].starts_with("404 Not Found: 请求失败，"),
        "{output}"
    );
    assert!(lines[1].starts_with("The server has no "), "{output}");
}

#[test]
fn the_readme_status_table_example_builds_and_runs() {
    let main = readme_block(STATUS_SECTION, "`src/main.rs`");
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "readme-status-table");
    readme_crate(&dir, "status-macros", main, &readme_documents()[..2]);
    assert_eq!(build(&dir, &target).output, STATUS_OUTPUT);
}

/// The README's catalogue is also the one status-macros' reference compiles
/// in its doctests (`status-macros/docs/`), so the two show one example.
#[test]
fn the_readme_code_table_example_builds_and_runs() {
    let documents = readme_documents();
    for (path, text) in &documents[2..] {
        let reference = fs::read_to_string(repo().join("status-macros").join(path)).unwrap();
        assert_eq!(
            *text, reference,
            "README's {path} differs from status-macros/{path}"
        );
    }
    let main = readme_block(CATALOGUE_SECTION, "`src/main.rs`");
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "readme-code-table");
    readme_crate(&dir, "status-macros", main, &documents[2..]);
    assert_eq!(build(&dir, &target).output, CATALOGUE_OUTPUT);
}

/// Both README examples pasted into one module, as the README says they
/// may be: the second's `main` becomes a function the first's calls.
#[test]
fn the_readme_examples_share_one_module() {
    let status = readme_block(STATUS_SECTION, "`src/main.rs`");
    let catalogue = readme_block(CATALOGUE_SECTION, "`src/main.rs`");
    assert_eq!(status.matches("fn main() {").count(), 1);
    assert_eq!(catalogue.matches("fn main() {").count(), 1);
    let main = format!(
        "{}\n{}",
        status.replace("fn main() {", "fn main() {\n    catalogue_main();"),
        catalogue.replace("fn main() {", "fn catalogue_main() {")
    );
    let (root, target) = scratch_dirs();
    let dir = fresh(&root, "readme-one-module");
    readme_crate(&dir, "status-macros", &main, &readme_documents());
    assert_eq!(
        build(&dir, &target).output,
        format!("{CATALOGUE_OUTPUT}{STATUS_OUTPUT}")
    );
}
