//! Scratch crates: the tests that build code with cargo write a crate under
//! the test's temporary directory and build it with the target directory of
//! tests/regenerate.rs, so that the macro and its dependencies are built
//! once.

#![allow(dead_code)] // Each test uses its own part.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpus`, beside the repository, where MDN's pages and the
/// documents from the wild are read from; `None` when it is absent, after
/// one line on stderr that says what the running test leaves out.
pub fn corpus() -> Option<PathBuf> {
    let corpus = repo().join("../shared/corpus");
    match corpus.canonicalize() {
        Ok(corpus) => Some(corpus),
        Err(_) => {
            skipping(&format!(
                "{} is absent; MDN's pages and the documents from the wild are read from there",
                corpus.display()
            ));
            None
        }
    }
}

/// Says on stderr that the running test (named after its thread, as the
/// test harness names it) skips what it cannot test, and why. Written to
/// the process's stderr itself: the harness captures what `eprintln!`
/// prints and shows it only when the test fails, so a test that passes by
/// skipping would say nothing without `--nocapture`.
pub fn skipping(why: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    // Errors are ignored: the message is not worth failing the test.
    let _ = writeln!(io::stderr().lock(), "skipping in {test}: {why}");
}

/// A crate of its own workspace, built with the workspace's lock file.
pub struct Scratch {
    /// The crate's directory.
    pub dir: PathBuf,
    target: PathBuf,
}

impl Scratch {
    /// An empty crate named `name`, with the `[dependencies]` lines
    /// `dependencies` (`{status_macros}` stands for the path of this
    /// repository's status-macros).
    pub fn new(name: &str, dependencies: &str) -> Scratch {
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let dir = tmp.join(name);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("src")).unwrap();
        let macros = format!("{:?}", repo().join("status-macros").display().to_string());
        fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\n\
                 publish = false\n\n[dependencies]\n{}\n\n[workspace]\n",
                dependencies.replace("{status_macros}", &macros)
            ),
        )
        .unwrap();
        fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        Scratch {
            dir,
            target: tmp.join("regenerate-target"),
        }
    }

    /// Writes `contents` to `path` in the crate, creating its directory.
    pub fn write(&self, path: &str, contents: &str) {
        let path = self.dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    }

    /// Runs cargo with `args` in the crate, with rustdoc's warnings denied
    /// and no `RUSTFLAGS` from outside, and gives its stdout; panics with
    /// its stderr when it fails.
    pub fn cargo(&self, args: &[&str]) -> String {
        stdout(
            Command::new(env!("CARGO"))
                .args(args)
                .current_dir(&self.dir)
                .env("CARGO_TARGET_DIR", &self.target)
                .env("RUSTDOCFLAGS", "-Dwarnings")
                .env_remove("RUSTFLAGS"),
        )
    }

    /// The target directory the crate is built in.
    pub fn target_dir(&self) -> &Path {
        &self.target
    }
}

/// What `command` prints; panics with what it printed to stderr when it
/// fails.
pub fn stdout(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
