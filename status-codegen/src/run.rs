//! One run over a [`Request`]: its problems, or its documents read by the
//! caller, the primary checked, each translation checked against the
//! primary, and the items generated, with no cascade. Both macros are this
//! run, and so are the explainer's `check` and `expand`: they agree by
//! construction.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::expand::language::{Languages, Translation};
use crate::model::Table;
use crate::request::{Kind, Problem, Request, TranslationRequest};
use crate::{Checked, DocumentOptions, expand};

/// A document the caller read.
#[derive(Clone, Debug)]
pub struct Read {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// The path its problems name.
    pub diagnostic_path: String,
    /// The path that tracks it for rebuilds (`include_bytes!`), if any.
    pub tracking_path: Option<String>,
    /// The file read, with its links and `..` resolved, to tell when two
    /// paths name one file; `None` for standard input.
    pub file: Option<std::path::PathBuf>,
}

impl Read {
    /// Whether `self` and `other` are one file: the same file read, or
    /// both the same input without a file (standard input).
    fn is(&self, other: &Read) -> bool {
        match (&self.file, &other.file) {
            (Some(a), Some(b)) => a == b,
            (None, None) => self.diagnostic_path == other.diagnostic_path,
            _ => false,
        }
    }
}

/// What a run made of a request, for a document whose valid part is a `T`.
#[derive(Debug)]
#[non_exhaustive]
pub struct Run<T> {
    /// The problems of the call: the request's, then the files that could
    /// not be read and a translation that is the primary, each at its path.
    /// With a problem of the request, no document is checked.
    pub problems: Vec<Problem>,
    /// The primary document, checked, when it was read.
    pub primary: Option<Checked<T>>,
    /// Each translation that was read, checked against the primary, with
    /// its tag.
    pub translations: Vec<(String, Checked<T>)>,
    /// The items, after a `compile_error!` for each problem of the
    /// documents; empty when the request has problems.
    pub items: TokenStream,
}

impl<T> Run<T> {
    /// What a macro expands to: a `compile_error!` for each of
    /// [`Run::problems`], at its span, then the items.
    pub fn tokens(&self) -> TokenStream {
        let errors = self.problems.iter().map(|problem| {
            let message = &problem.message;
            quote_spanned!(problem.span=> ::core::compile_error! { #message })
        });
        let items = &self.items;
        quote! {
            #(#errors)*
            #items
        }
    }

    /// The documents read: the primary, then each translation.
    pub fn documents(&self) -> impl Iterator<Item = &Checked<T>> {
        self.primary
            .iter()
            .chain(self.translations.iter().map(|(_, checked)| checked))
    }
}

/// A run, of a status document or of a catalogue.
#[derive(Debug)]
pub enum Outcome {
    /// `status_table!`'s.
    Status(Run<Table>),
    /// `code_table!`'s.
    #[cfg(feature = "catalogue")]
    Catalogue(Run<crate::catalogue::model::Catalogue>),
}

impl Outcome {
    /// What the macro expands to ([`Run::tokens`]).
    pub fn tokens(&self) -> TokenStream {
        match self {
            Outcome::Status(run) => run.tokens(),
            #[cfg(feature = "catalogue")]
            Outcome::Catalogue(run) => run.tokens(),
        }
    }

    /// The problems of the request, or of reading its files ([`Run::problems`]).
    pub fn problems(&self) -> &[Problem] {
        match self {
            Outcome::Status(run) => &run.problems,
            #[cfg(feature = "catalogue")]
            Outcome::Catalogue(run) => &run.problems,
        }
    }
}

/// The file at `path`, a `what` in messages ("status document", "code
/// catalogue", "translation"), or the message that says why it cannot be
/// read.
pub type Load<'a> = &'a mut dyn FnMut(&str, &str) -> Result<Read, String>;

/// Runs `request`, reading its documents with `load`: the request's
/// problems and those of reading its files, if any, and nothing else;
/// otherwise the primary document, checked, then each translation, checked
/// against it, and the items.
/// A file that cannot be read is a problem at its path: for the primary,
/// the items are a skeleton (the enums without entries); for a
/// translation, its language falls back to the primary everywhere.
pub fn run(request: &Request, load: Load<'_>) -> Outcome {
    let mut document = DocumentOptions::default();
    if let Some(base) = &request.link_base {
        document.link_base.clone_from(base);
    }
    document.labels = (request.labels.iter())
        .map(|(label, text)| (*label, text.value.clone()))
        .collect();
    document.names_from_code = request.names_from_code;
    document.codes_may_repeat = request.codes_may_repeat;
    match &request.kind {
        Kind::Status { class } => Outcome::Status(run_kind(
            request,
            load,
            ["status document"; 2],
            |read| crate::check_with(&read.diagnostic_path, &read.bytes, &document),
            |read, primary| {
                crate::check_translation(&read.diagnostic_path, &read.bytes, &document, primary)
            },
            |checked, languages, tracking_path| {
                let mut options = expand::Options::new(request.path.value.clone());
                options.attrs.clone_from(&request.item.attrs);
                options.vis.clone_from(&request.item.vis);
                options.name.clone_from(&request.item.name);
                options.class_attrs.clone_from(&class.attrs);
                options.class_vis.clone_from(&class.vis);
                options.class_name.clone_from(&class.name);
                options.tracking_path = tracking_path;
                options.languages = languages;
                crate::items(checked, &options)
            },
        )),
        #[cfg(feature = "catalogue")]
        Kind::Catalogue { columns } => {
            use crate::catalogue::{self, CatalogueOptions, ColumnRequest};
            let columns = columns.iter().map(|column| ColumnRequest {
                header: column.header.value.clone(),
                method: column.method.value.clone(),
            });
            let options = CatalogueOptions {
                document,
                columns: columns.collect(),
            };
            Outcome::Catalogue(run_kind(
                request,
                load,
                ["code catalogue", "translation"],
                |read| catalogue::check(&read.diagnostic_path, &read.bytes, &options),
                |read, primary| {
                    let path = &request.path.value;
                    let (shown, bytes) = (&read.diagnostic_path, &read.bytes);
                    catalogue::check_translation(shown, bytes, primary, path, &options)
                },
                |checked, languages, tracking_path| {
                    let mut generated = catalogue::expand::Options::new(&request.path.value);
                    generated.attrs.clone_from(&request.item.attrs);
                    generated.vis.clone_from(&request.item.vis);
                    generated.name.clone_from(&request.item.name);
                    generated.tracking_path = tracking_path;
                    generated.languages = languages;
                    match checked {
                        Some(checked) => catalogue::expand::expand(&checked.table, &generated),
                        None => catalogue::skeleton(&options.columns, &generated),
                    }
                },
            ))
        }
    }
}

/// [`run`] for one kind of document: `what` names the primary and the
/// translations in messages, `check` checks the primary and
/// `check_translation` a translation against the primary's valid part;
/// `items` makes the items from the primary when it was read, the
/// languages, and the path that tracks the primary; a `compile_error!` for
/// each problem of a document comes before them, at its path.
fn run_kind<T: Clone + Default>(
    request: &Request,
    load: Load<'_>,
    what: [&str; 2],
    check: impl Fn(&Read) -> Checked<T>,
    check_translation: impl Fn(&Read, Option<&T>) -> Checked<T>,
    items: impl FnOnce(Option<&Checked<T>>, Option<Languages<T>>, Option<String>) -> TokenStream,
) -> Run<T> {
    let mut run = Run {
        problems: request.check(),
        primary: None,
        translations: Vec::new(),
        items: TokenStream::new(),
    };
    let request_ok = run.problems.is_empty();
    // Every file is read, even for a request with problems, so that every
    // problem of the call is reported in one build.
    let primary = load(what[0], &request.path.value).map_err(|message| {
        run.problems.push(Problem::new(message, request.path.span));
    });
    let reads: Vec<Option<Read>> = request
        .translations
        .iter()
        .map(|line| match load(what[1], &line.path.value) {
            Ok(read) if primary.as_ref().is_ok_and(|primary| primary.is(&read)) => {
                run.problems.push(Problem::new(
                    format!(
                        "the translation `{}` is the primary document itself: a translation \
                         is a document of its own",
                        line.path.value
                    ),
                    line.path.span,
                ));
                None
            }
            Ok(read) => Some(read),
            Err(message) => {
                run.problems.push(Problem::new(message, line.path.span));
                None
            }
        })
        .collect();
    if !request_ok {
        return run;
    }
    let mut languages = request.language.as_ref().map(|tag| {
        let named = request.language_enum();
        let mut languages = Languages::new(tag.value.clone(), named.vis);
        languages.attrs = named.attrs;
        languages.name = named.name;
        languages
    });
    let unread = |line: &TranslationRequest| Translation {
        tag: line.tag.value.clone(),
        display_path: line.path.value.clone(),
        tracking_path: None,
        table: T::default(),
    };
    let Ok(read) = primary else {
        if let Some(languages) = &mut languages {
            languages.translations = request.translations.iter().map(unread).collect();
        }
        run.items = items(None, languages, None);
        return run;
    };
    let checked = check(&read);
    let primary = checked.diagnostics.is_empty().then_some(&checked.table);
    let mut spans = Vec::new();
    for (line, read) in request.translations.iter().zip(reads) {
        let mut translation = unread(line);
        if let Some(read) = read {
            let one = check_translation(&read, primary);
            translation.tracking_path = read.tracking_path;
            translation.table = one.table.clone();
            run.translations.push((line.tag.value.clone(), one));
            spans.push(line.path.span);
        }
        if let Some(languages) = &mut languages {
            languages.translations.push(translation);
        }
    }
    let mut errors = crate::compile_errors(&checked, request.path.span);
    for ((_, checked), span) in run.translations.iter().zip(spans) {
        errors.extend(crate::compile_errors(checked, span));
    }
    let items = items(Some(&checked), languages, read.tracking_path);
    run.items = quote! {
        #(#errors)*
        #items
    };
    run.primary = Some(checked);
    run
}
