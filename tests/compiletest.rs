//! Compile-fail and compile-pass tests of `status_table!`, run with trybuild.
//!
//! Layout and conventions:
//! - `tests/ui/fail/*.rs` must fail to compile with the errors in the
//!   `.stderr` file beside each; `tests/ui/pass/*.rs` must compile and their
//!   `main` must succeed. Regenerate the `.stderr` files with
//!   `TRYBUILD=overwrite cargo test --test compiletest`, then read them.
//! - `status_table!` reads paths relative to the invoking crate's
//!   `CARGO_MANIFEST_DIR`, which for a trybuild test is trybuild's own project
//!   directory, `<target dir>/tests/trybuild/status-explain/`. Before the
//!   tests run, every Markdown fixture under `tests/ui/` is copied there at the
//!   same relative path, and so is `docs/status.md`. A test therefore names
//!   its fixture as it is named in this repository:
//!   `status_table!("tests/ui/fail/duplicate_code.md")`,
//!   `status_table!("docs/status.md")`.
//! - `tests/ui/path/*.rs` (a missing file, a directory) fail with messages
//!   that print the absolute path the macro looked at. trybuild rewrites this
//!   repository's path to `$DIR`, so their `.stderr` files hold only when the
//!   target directory is the default `./target`; with another target
//!   directory they are skipped, with a note.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

#[test]
fn ui() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target_dir = target_dir();
    // trybuild creates this directory and writes only Cargo.toml, Cargo.lock
    // and main.rs into it, so the copies below survive its setup.
    let project = target_dir.join("tests/trybuild/status-explain");
    let fixtures = project.join("tests/ui");
    if fixtures.exists() {
        fs::remove_dir_all(&fixtures).expect("remove stale fixtures");
    }
    copy_markdown(&root.join("tests/ui"), &fixtures);
    fs::create_dir_all(project.join("docs")).expect("create docs/");
    fs::copy(root.join("docs/status.md"), project.join("docs/status.md"))
        .expect("copy docs/status.md");

    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    if same_dir(&target_dir, &root.join("target")) {
        t.compile_fail("tests/ui/path/*.rs");
    } else {
        // Written to the real stderr, which the test harness does not capture.
        let note = format!(
            "note: skipping tests/ui/path/*.rs: their messages hold absolute paths, \
             recorded for the default target directory, not {}\n",
            target_dir.display()
        );
        let _ = std::io::stderr().write_all(note.as_bytes());
    }
    t.pass("tests/ui/pass/*.rs");
}

/// The target directory exactly as trybuild finds it: from `cargo metadata`,
/// which honours `CARGO_TARGET_DIR` and `build.target-dir`.
fn target_dir() -> PathBuf {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version=1"])
        .output()
        .expect("run cargo metadata");
    assert!(output.status.success(), "cargo metadata failed");
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let dir = metadata["target_directory"]
        .as_str()
        .expect("cargo metadata names the target directory");
    PathBuf::from(dir)
}

/// Whether `a` and `b` name the same directory.
fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Copies every `.md` file under `from` to the same place under `to`.
fn copy_markdown(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).expect("read tests/ui") {
        let path = entry.expect("read tests/ui").path();
        let dest = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_markdown(&path, &dest);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            fs::create_dir_all(to).expect("create fixture directory");
            fs::copy(&path, &dest).expect("copy fixture");
        }
    }
}
