//! What a command prints and how it exits, and writing that out without
//! panicking when the reader goes away (`status-explain list | head -1`),
//! through [`anstream`], which removes the styles when colour is off.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::style::{ERROR, paint};

/// How the program exits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// 0: done.
    Success,
    /// 1: the document has problems, or the output could not be written.
    Failure,
    /// 2: unknown query, unreadable file, or invalid command line.
    Usage,
}

impl Status {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Status::Success => 0,
            Status::Failure => 1,
            Status::Usage => 2,
        }
    }
}

/// Everything a command prints, and its exit status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
    /// How to exit.
    pub status: Status,
}

impl Report {
    /// Success, printing `stdout`.
    pub fn success(stdout: String) -> Self {
        Report {
            stdout,
            stderr: String::new(),
            status: Status::Success,
        }
    }

    /// An error with `status`, printing `stderr` only.
    pub fn error(status: Status, stderr: String) -> Self {
        Report {
            stdout: String::new(),
            stderr,
            status,
        }
    }

    /// Writes the report, coloured as [`anstream::ColorChoice::global`] and
    /// each stream allow, and returns the exit code. A closed standard output
    /// (broken pipe) ends the output quietly; other write errors are
    /// reported on standard error and exit with [`Status::Failure`].
    pub fn emit(self) -> ExitCode {
        let mut status = self.status;
        let mut stdout = anstream::stdout().lock();
        let written = stdout
            .write_all(self.stdout.as_bytes())
            .and_then(|()| stdout.flush());
        let mut stderr = self.stderr;
        if let Err(error) = written
            && error.kind() != io::ErrorKind::BrokenPipe
        {
            let label = paint(ERROR, "error");
            stderr.push_str(&format!("{label}: cannot write the output: {error}\n"));
            if status == Status::Success {
                status = Status::Failure;
            }
        }
        // Nothing sensible is left to do if standard error fails as well.
        let _ = anstream::stderr().lock().write_all(stderr.as_bytes());
        ExitCode::from(status.code())
    }
}
