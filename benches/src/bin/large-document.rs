//! Writes the large status document of `status_bench::document::large` (every
//! code from 100 to 599, about 500 KB) to the path given as the only
//! argument, or to standard output. `scripts/build-times.sh` builds a crate
//! from it.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let text = status_bench::document::large();
    let mut args = std::env::args_os().skip(1);
    let result = match (args.next(), args.next()) {
        (Some(path), None) => std::fs::write(&path, text),
        (None, None) => std::io::stdout().lock().write_all(text.as_bytes()),
        _ => {
            eprintln!("usage: large-document [PATH]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("large-document: {error}");
            ExitCode::FAILURE
        }
    }
}
