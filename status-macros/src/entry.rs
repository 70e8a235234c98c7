//! Runs one expansion: reads the input and the document, generates the
//! items, and turns every failure (even a panic) into a `compile_error!`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Component, Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;
use status_codegen::run::Read;
use syn::parse::Parser as _;

use crate::input::{Macro, parse};

/// Expands `which` macro: reads its input into a request, and runs it.
pub(crate) fn expand(which: Macro, input: TokenStream) -> TokenStream {
    guarded(which, || {
        match (|input: syn::parse::ParseStream<'_>| parse(input, which)).parse2(input) {
            Ok(request) => status_codegen::run::run(&request, &mut read).tokens(),
            Err(error) => error.to_compile_error(),
        }
    })
}

/// Runs `expand`, turning a panic into a `compile_error!` that names
/// `which` macro.
fn guarded(which: Macro, expand: impl FnOnce() -> TokenStream) -> TokenStream {
    let macro_name = which.example().0;
    match catch_unwind(AssertUnwindSafe(expand)) {
        Ok(tokens) => tokens,
        Err(panic) => {
            let detail = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let message = format!(
                "{macro_name} failed unexpectedly ({detail}); this is a bug in status-macros, \
                 please report it with the Markdown document that triggers it at \
                 https://github.com/status-codes-rs/status-codes/issues"
            );
            quote_spanned!(Span::call_site()=> ::core::compile_error! { #message })
        }
    }
}

/// Reads the document at `path`, relative to the invoking crate's root, as
/// both macros do, calling it `what` in messages; the error is the message
/// to report.
fn read(what: &str, path: &str) -> Result<Read, String> {
    let base = manifest_dir();
    let resolved = status_codegen::resolve(&base, path);
    let base_note = format!("the crate root (CARGO_MANIFEST_DIR), {}", base.display());
    let loaded = status_codegen::load_as(what, path, &resolved, &base_note)
        .map_err(|error| error.to_string())?;
    Ok(Read {
        diagnostic_path: diagnostic_path(&loaded.path, path),
        // The file read, with links and `..` resolved: tracking the path as
        // written could name another file (`link/../doc.md`).
        tracking_path: Some(tracking_path(&loaded.path)),
        file: Some(loaded.path),
        bytes: loaded.bytes,
    })
}

fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

/// The document's path as error messages show it: relative to the directory
/// rustc runs in, as rustc shows the paths of source files (so that
/// `status-codes/docs/status.md:96:3` opens from a workspace root), or as
/// the caller wrote it when the document lies outside that directory.
fn diagnostic_path(document: &Path, as_written: &str) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| document.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .map_or_else(
            || as_written.to_owned(),
            |relative| relative.to_string_lossy().replace('\\', "/"),
        )
}

/// The path `include_bytes!` should use to track `document`, a canonical
/// path (no link, no `..`): relative to the directory of the file that
/// invokes the macro where that file is known, so the expansion holds no
/// absolute path and builds are reproducible; absolute otherwise.
///
/// The relative path starts from that directory with its links resolved
/// too: the compiler joins it to the directory and the system resolves each
/// `..` after the link before it, so it leads where it was computed from.
fn tracking_path(document: &Path) -> String {
    let caller = proc_macro::Span::call_site().local_file();
    let relative = caller.and_then(|file| {
        let file = std::env::current_dir().ok()?.join(file);
        let dir = std::fs::canonicalize(file.parent()?).ok()?;
        relative_path(&dir, document)
    });
    relative
        .unwrap_or_else(|| document.to_path_buf())
        .to_string_lossy()
        .replace('\\', "/")
}

/// `to` relative to the directory `from`, both absolute, computed from their
/// components alone.
fn relative_path(from: &Path, to: &Path) -> Option<PathBuf> {
    let from: Vec<Component<'_>> = normalize(from)?;
    let to: Vec<Component<'_>> = normalize(to)?;
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None; // different roots (another drive)
    }
    let mut relative = PathBuf::new();
    for _ in common..from.len() {
        relative.push("..");
    }
    for component in &to[common..] {
        relative.push(component);
    }
    Some(relative)
}

/// The components of an absolute path with `.` and `..` resolved.
fn normalize(path: &Path) -> Option<Vec<Component<'_>>> {
    if !path.is_absolute() {
        return None;
    }
    let mut out = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let rel = |a: &str, b: &str| relative_path(Path::new(a), Path::new(b)).unwrap();
        assert_eq!(
            rel("/w/status-codes/src", "/w/status-codes/docs/status.md"),
            Path::new("../docs/status.md")
        );
        assert_eq!(rel("/w/a", "/w/a/x.md"), Path::new("x.md"));
        assert_eq!(rel("/w/a/./b/..", "/w/c/x.md"), Path::new("../c/x.md"));
        assert!(relative_path(Path::new("rel"), Path::new("/abs")).is_none());
    }
}
