//! Reading the document: the file read is the one the operating system
//! opens for the path (symbolic links and `..` resolved in that order), and
//! anything that is not a regular file is refused before it is opened.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use status_codegen::{LoadError, LoadProblem};

/// A fresh, empty directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// `status_codegen::load`, given up on after ten seconds: reading a FIFO
/// blocks until a writer opens it, which nobody does here.
fn load_with_timeout(path: &str, base: &Path) -> Result<status_codegen::Loaded, LoadError> {
    let (send, receive) = mpsc::channel();
    let (path, base) = (path.to_owned(), base.to_owned());
    std::thread::spawn(move || {
        let resolved = status_codegen::resolve(&base, &path);
        let _ = send.send(status_codegen::load(&path, &resolved, "the test"));
    });
    receive
        .recv_timeout(Duration::from_secs(10))
        .expect("reading the document hung")
}

#[cfg(unix)]
#[test]
fn a_link_then_dot_dot_reads_and_names_the_file_the_system_opens() {
    let root = scratch("link-dot-dot");
    let real_dir = root.join("elsewhere/a");
    fs::create_dir_all(real_dir.join("b")).unwrap();
    fs::write(real_dir.join("doc.md"), "real").unwrap();
    let app = root.join("app");
    fs::create_dir_all(&app).unwrap();
    std::os::unix::fs::symlink(real_dir.join("b"), app.join("link")).unwrap();
    // A decoy where `link/..` would lead if `..` were taken lexically.
    fs::write(app.join("doc.md"), "decoy").unwrap();

    let loaded = load_with_timeout("link/../doc.md", &app).unwrap();
    assert_eq!(loaded.bytes, b"real");
    assert_eq!(loaded.path, real_dir.join("doc.md").canonicalize().unwrap());
}

#[cfg(unix)]
#[test]
fn a_link_to_the_document_names_its_target() {
    let root = scratch("link-to-document");
    fs::write(root.join("target.md"), "text").unwrap();
    std::os::unix::fs::symlink(root.join("target.md"), root.join("status.md")).unwrap();
    let loaded = load_with_timeout("status.md", &root).unwrap();
    assert_eq!(loaded.path, root.join("target.md").canonicalize().unwrap());
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let root = scratch("fifo");
    let fifo = root.join("status.md");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|status| status.success()) {
        eprintln!("note: skipped: cannot run mkfifo");
        return;
    }
    let error = load_with_timeout("status.md", &root).unwrap_err();
    assert!(matches!(error.problem(), LoadProblem::NotAFile("a FIFO")));
    let error = error.to_string();
    assert!(
        error.contains("`status.md` is a FIFO, not a regular file"),
        "{error}"
    );
    // Through a link too.
    std::os::unix::fs::symlink(&fifo, root.join("link.md")).unwrap();
    let error = load_with_timeout("link.md", &root).unwrap_err().to_string();
    assert!(error.contains("is a FIFO"), "{error}");
}

#[cfg(unix)]
#[test]
fn a_device_is_refused() {
    let error = load_with_timeout("/dev/null", Path::new("/"))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("is a character device, not a regular file"),
        "{error}"
    );
}

#[test]
fn a_directory_and_a_missing_file_are_reported() {
    let root = scratch("not-files");
    let error = load_with_timeout(".", &root).unwrap_err();
    assert!(matches!(
        error.problem(),
        LoadProblem::NotAFile("a directory")
    ));
    assert_eq!(error.resolved(), root.canonicalize().unwrap());
    let error = error.to_string();
    assert!(error.contains("is a directory"), "{error}");
    let error = load_with_timeout("missing.md", &root).unwrap_err();
    assert!(matches!(error.problem(), LoadProblem::NotFound));
    assert!(std::error::Error::source(&error).is_none());
    let error = error.to_string();
    assert!(
        error.starts_with("cannot find status document `missing.md`"),
        "{error}"
    );
    assert!(error.contains("resolved to "), "{error}");
}
