//! Reading a document's file: the one function by which the macros and the
//! explainer read a file, so that both read the same file for the same path.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::MAX_DOCUMENT_BYTES;
use crate::diagnostic;

/// Where `status_table!` looks for a document: `path` relative to `base`, the
/// invoking crate's `CARGO_MANIFEST_DIR`. An absolute `path` is used as is.
///
/// The result is only joined, not normalized: [`load`] leaves symbolic links
/// and `..` to the operating system, in the order the path names them.
pub fn resolve(base: &Path, path: &str) -> PathBuf {
    base.join(path)
}

/// A document read by [`load`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Loaded {
    /// The file read: `resolved` with every symbolic link, `.` and `..`
    /// resolved by the operating system, as it opens the file. This is the
    /// path to track for rebuilds (`include_bytes!`), so that the file the
    /// compiler watches is the file that was read.
    pub path: PathBuf,
    /// Its bytes, at most one past [`MAX_DOCUMENT_BYTES`].
    pub bytes: Vec<u8>,
}

/// Reads the document at `resolved`, which `path` names: the one function
/// by which both `status_table!` and the explainer's `check` read a file, so
/// that both read the same file for the same path.
///
/// Anything that is not a regular file after following symbolic links (a
/// directory, a FIFO, a socket, a device) is refused before it is opened:
/// opening a FIFO for reading blocks until something writes to it. When the
/// file cannot be read, the [`LoadError`] names `path` and where it led, and
/// says where relative paths start: `base`, such as "the crate root
/// (CARGO_MANIFEST_DIR), /home/me/app".
pub fn load(path: &str, resolved: &Path, base: &str) -> Result<Loaded, LoadError> {
    load_as("status document", path, resolved, base)
}

/// [`load`], with messages that call the file `what`: "code catalogue" for
/// `code_table!`, "translation" for a translation.
pub fn load_as(what: &str, path: &str, resolved: &Path, base: &str) -> Result<Loaded, LoadError> {
    let failed = |problem: LoadProblem, at: &Path| LoadError {
        what: what.to_owned(),
        path: path.to_owned(),
        resolved: at.to_owned(),
        base: base.to_owned(),
        problem,
    };
    let io = |error: std::io::Error, at: &Path| {
        failed(
            match error.kind() {
                std::io::ErrorKind::NotFound => LoadProblem::NotFound,
                _ => LoadProblem::Io(error),
            },
            at,
        )
    };
    let canonical = std::fs::canonicalize(resolved).map_err(|error| io(error, resolved))?;
    let metadata = std::fs::metadata(&canonical).map_err(|error| io(error, &canonical))?;
    if let Some(kind) = not_a_file(&metadata.file_type()) {
        return Err(failed(LoadProblem::NotAFile(kind), &canonical));
    }
    // Never more than one byte past the limit, which `check` then refuses:
    // a runaway file costs no more memory than an acceptable one.
    let limit = MAX_DOCUMENT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let file = std::fs::File::open(&canonical).map_err(|error| io(error, &canonical))?;
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|error| io(error, &canonical))?;
    Ok(Loaded {
        path: canonical,
        bytes,
    })
}

/// Why [`load`] could not read a document.
///
/// Its `Display` is the message `status_table!` and the explainer show: what
/// went wrong with the path as the user wrote it, then a note with the path
/// it resolved to and one with where relative paths start. Every path is
/// escaped, so that no invisible character reaches a terminal raw.
#[derive(Debug)]
pub struct LoadError {
    what: String,
    path: String,
    resolved: PathBuf,
    base: String,
    problem: LoadProblem,
}

/// What kept [`load`] from reading a file.
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadProblem {
    /// Nothing exists at the path.
    NotFound,
    /// Something other than a regular file is there: "a directory", "a
    /// FIFO", "a socket"…
    NotAFile(&'static str),
    /// The system refused to read it.
    Io(std::io::Error),
}

impl LoadError {
    /// What went wrong.
    pub fn problem(&self) -> &LoadProblem {
        &self.problem
    }

    /// The path the failure concerns, as far as it was resolved: with its
    /// symbolic links resolved when the file was found.
    pub fn resolved(&self) -> &Path {
        &self.resolved
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The path comes from the user (or from a file name): no raw
        // invisible character in our messages.
        let what = &self.what;
        let shown = diagnostic::escape(&self.path);
        match &self.problem {
            LoadProblem::NotFound => write!(f, "cannot find {what} `{shown}`")?,
            LoadProblem::NotAFile(kind) => {
                let expected = if *kind == "a directory" {
                    "a Markdown file"
                } else {
                    "a regular file"
                };
                write!(f, "`{shown}` is {kind}, not {expected}")?;
            }
            LoadProblem::Io(error) => write!(f, "cannot read {what} `{shown}` ({error})")?,
        }
        write!(
            f,
            "\n  = note: resolved to {}\n  = note: relative paths start at {}",
            diagnostic::escape(&self.resolved.display().to_string()),
            diagnostic::escape(&self.base)
        )
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            LoadProblem::Io(error) => Some(error),
            LoadProblem::NotFound | LoadProblem::NotAFile(_) => None,
        }
    }
}

/// What kind of thing other than a regular file `file_type` is, if it is
/// not one: "a directory", "a FIFO"...
fn not_a_file(file_type: &std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return Some("a FIFO");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
        if file_type.is_char_device() {
            return Some("a character device");
        }
        if file_type.is_block_device() {
            return Some("a block device");
        }
    }
    Some("a special file")
}
