//! Writes the large status document of `status_bench::document::large` (every
//! code from 100 to 599, about 500 KB), or with `--shape NAME SIZE` one of
//! the worst-case documents of `status_bench::shapes`, to the path given as
//! the last argument, or to standard output. `scripts/build-times.sh` builds
//! a crate from the large one; BENCHMARKS.md a crate from the shapes.

use std::io::Write;
use std::process::ExitCode;

use status_bench::shapes::Shape;

const USAGE: &str = "usage: large-document [--shape NAME SIZE] [PATH]\n\
    shapes: deep-list, many-lines, many-entries, long-line";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let text = if args.first().is_some_and(|arg| arg == "--shape") {
        let shape = args.get(1).and_then(|name| Shape::from_name(name));
        let size = args.get(2).and_then(|size| size.parse().ok());
        let (Some(shape), Some(size)) = (shape, size) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        args.drain(..3);
        shape.document(size)
    } else {
        status_bench::document::large()
    };
    let result = match args.as_slice() {
        // An option is never a path: `--help` prints the usage, not a file.
        [path] if path.starts_with('-') => {
            eprintln!("{USAGE}");
            return ExitCode::from(if path == "--help" || path == "-h" {
                0
            } else {
                2
            });
        }
        [path] => std::fs::write(path, text),
        [] => std::io::stdout().lock().write_all(text.as_bytes()),
        _ => {
            eprintln!("{USAGE}");
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
