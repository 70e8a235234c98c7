//! Runs one expansion: reads the input and the document, generates the
//! items, and turns every failure (even a panic) into a `compile_error!`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Component, Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use status_codegen::DocumentOptions;
use status_codegen::expand::Options;
use status_codegen::expand::language::{Languages, Translation};
use status_codegen::model::Table;
use syn::LitStr;

use crate::input::Input;

pub(crate) fn status_table(input: TokenStream) -> TokenStream {
    guarded("status_table!", || expand(input))
}

#[cfg(feature = "catalogue")]
pub(crate) fn code_table(input: TokenStream) -> TokenStream {
    guarded("code_table!", || crate::catalogue::expand(input))
}

/// The languages the caller named, for a primary document in the language
/// `tag`, with the language enum's attributes, visibility and name; its
/// translations are added once read.
pub(crate) fn named_languages<T>(
    tag: Option<&LitStr>,
    attrs: &TokenStream,
    vis: &TokenStream,
    name: &syn::Ident,
) -> Option<Languages<T>> {
    tag.map(|tag| {
        let mut languages = Languages::new(tag.value(), vis.clone());
        languages.attrs = attrs.clone();
        languages.name = name.clone();
        languages
    })
}

/// `languages` with each translation the caller named and none read: for
/// the skeleton after the primary document could not be read, so that code
/// naming every language sees that one error.
pub(crate) fn with_unread_translations<T: Default>(
    languages: Option<Languages<T>>,
    translations: &[(LitStr, LitStr)],
) -> Option<Languages<T>> {
    languages.map(|mut languages| {
        languages.translations = translations
            .iter()
            .map(|(tag, path)| Translation {
                tag: tag.value(),
                display_path: path.value(),
                tracking_path: None,
                table: T::default(),
            })
            .collect();
        languages
    })
}

/// Runs `expand`, turning a panic into a `compile_error!` that names
/// `macro_name`.
fn guarded(macro_name: &str, expand: impl FnOnce() -> TokenStream) -> TokenStream {
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

/// A document the macro read: its bytes, the path its problems name, and
/// the path that tracks it for rebuilds.
pub(crate) struct Read {
    pub(crate) bytes: Vec<u8>,
    pub(crate) diagnostic_path: String,
    pub(crate) tracking_path: String,
}

/// Reads the document at `path`, relative to the invoking crate's root, as
/// both macros do, calling it `what` in messages; the error is the message
/// to report.
pub(crate) fn read(what: &str, path: &str) -> Result<Read, String> {
    let base = manifest_dir();
    let resolved = status_codegen::resolve(&base, path);
    let base_note = format!("the crate root (CARGO_MANIFEST_DIR), {}", base.display());
    let loaded = status_codegen::load_as(what, path, &resolved, &base_note)
        .map_err(|error| error.to_string())?;
    Ok(Read {
        diagnostic_path: diagnostic_path(&loaded.path, path),
        // The file read, with links and `..` resolved: tracking the path as
        // written could name another file (`link/../doc.md`).
        tracking_path: tracking_path(&loaded.path),
        bytes: loaded.bytes,
    })
}

fn expand(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<Input>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let path = input.path.value();
    let span = input.path.span();

    let mut options = Options::new(path.clone());
    options.attrs = input.attrs;
    options.vis = input.vis;
    options.name = input.name;
    options.class_attrs = input.class_attrs;
    options.class_vis = input.class_vis;
    options.class_name = input.class_name.clone();

    let mut document = DocumentOptions::default();
    if let Some(base) = &input.link_base {
        document.link_base = base.value();
    }
    let mut languages = named_languages(
        input.language.as_ref(),
        &input.language_attrs,
        &input.language_vis,
        &input.language_name,
    );
    let document_read = match read("status document", &path) {
        Ok(document_read) => document_read,
        Err(message) => {
            // A skeleton (the items of a table with no entries), so that
            // code naming the type sees this one error.
            options.languages = with_unread_translations(languages, &input.translations);
            let items = status_codegen::expand::skeleton(&Table::default(), &options);
            return quote_spanned! {span=>
                ::core::compile_error! { #message }
                #items
            };
        }
    };
    options.tracking_path = Some(document_read.tracking_path);
    let checked = status_codegen::check_with(
        &document_read.diagnostic_path,
        &document_read.bytes,
        &document,
    );

    // Each translation, checked against the primary; a file that cannot be
    // read is an error at its path, and its language falls back to the
    // primary everywhere.
    let primary = checked.diagnostics.is_empty().then_some(&checked.table);
    let (unreadable, translations) = read_translations(
        "status document",
        &input.translations,
        languages.as_mut(),
        |read| {
            status_codegen::check_translation(
                &read.diagnostic_path,
                &read.bytes,
                &document,
                primary,
            )
        },
    );
    options.languages = languages;
    let translations: Vec<(&status_codegen::Checked, Span)> =
        translations.iter().map(|(c, span)| (c, *span)).collect();
    let items = status_codegen::generate_with(&checked, &translations, &options, span);
    quote! {
        #unreadable
        #items
    }
}

/// Reads and checks (with `check`) each of `translations` (`translation
/// "TAG" in "PATH";`, files called `what` in messages), and adds them to
/// `languages`: a file that cannot be read is an error at its path, and its
/// language falls back to the primary everywhere. Returns those errors, and
/// each checked translation with the span its problems are placed at.
pub(crate) fn read_translations<T: Clone + Default>(
    what: &str,
    translations: &[(LitStr, LitStr)],
    mut languages: Option<&mut Languages<T>>,
    check: impl Fn(&Read) -> status_codegen::Checked<T>,
) -> (TokenStream, Vec<(status_codegen::Checked<T>, Span)>) {
    let mut unreadable = TokenStream::new();
    let mut checked = Vec::new();
    for (tag, literal) in translations {
        let written = literal.value();
        let mut translation = Translation {
            tag: tag.value(),
            display_path: written.clone(),
            tracking_path: None,
            table: T::default(),
        };
        match read(what, &written) {
            Ok(read) => {
                translation.tracking_path = Some(read.tracking_path.clone());
                let one = check(&read);
                translation.table = one.table.clone();
                checked.push((one, literal.span()));
            }
            Err(message) => {
                let span = literal.span();
                unreadable.extend(quote_spanned! {span=> ::core::compile_error! { #message } });
            }
        }
        if let Some(languages) = languages.as_deref_mut() {
            languages.translations.push(translation);
        }
    }
    (unreadable, checked)
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
