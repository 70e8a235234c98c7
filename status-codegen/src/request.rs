//! What the call site asks for: the type names, visibility and attributes,
//! the document, its languages and, for a catalogue, the columns that
//! become methods. Both macros parse their input into a [`Request`], and
//! the explainer's `check` and `expand` build one from their command line;
//! [`Request::check`] then judges it against the items the type will have,
//! so that the macros and the explainer accept and refuse the same calls.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};

use crate::expand::language;

/// Where a request comes from, which decides how a fix is spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallSite {
    /// A macro's input: `translation "en" in "…";`.
    Macro,
    /// The explainer's command line: `--translation en=…`.
    CommandLine,
}

/// A value of the request, with the span its problems are placed at.
#[derive(Clone, Debug)]
pub struct At<T> {
    /// The value, as written.
    pub value: T,
    /// Where it is written: its tokens in a macro's input, the call site
    /// on the command line.
    pub span: Span,
}

impl<T> At<T> {
    /// `value`, written at `span`.
    pub fn new(value: T, span: Span) -> Self {
        At { value, span }
    }
}

/// A generated enum: its attributes, visibility and name.
#[derive(Clone, Debug)]
pub struct Item {
    /// Attributes put on the enum.
    pub attrs: TokenStream,
    /// Its visibility: `pub`, `pub(crate)`, or nothing.
    pub vis: TokenStream,
    /// Its name.
    pub name: Ident,
}

impl Item {
    /// `pub enum NAME`, without attributes.
    pub fn named(name: &str) -> Self {
        Item {
            attrs: TokenStream::new(),
            vis: quote::quote!(pub),
            name: Ident::new(name, Span::call_site()),
        }
    }
}

/// `translation "en" in "docs/status.en.md";`.
#[derive(Clone, Debug)]
pub struct TranslationRequest {
    /// The line, for a problem with the line as a whole: the word
    /// `translation`.
    pub span: Span,
    /// The translation's language tag.
    pub tag: At<String>,
    /// Its path, as written.
    pub path: At<String>,
}

/// A column the caller asks for: `column "解决方案" as solution;`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnRequest {
    /// The header, as written in the table.
    pub header: String,
    /// The name of the method that returns it.
    pub method: String,
}

/// A column as the call site wrote it, with the spans of its parts.
#[derive(Clone, Debug)]
pub struct Column {
    /// The header.
    pub header: At<String>,
    /// The method's name, raw identifiers with their `r#`.
    pub method: At<String>,
}

/// What kind of type is asked for, with what only that kind has.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Kind {
    /// `status_table!`: a status enum and its class enum.
    Status {
        /// The class enum.
        class: Item,
    },
    /// `code_table!`: a catalogue's enum, and a method per column.
    #[cfg(feature = "catalogue")]
    Catalogue {
        /// The extra columns, in call order.
        columns: Vec<Column>,
    },
}

/// Everything a call asks for.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Request {
    /// Where the request comes from.
    pub call_site: CallSite,
    /// The enum of codes.
    pub item: Item,
    /// The document's path, as written.
    pub path: At<String>,
    /// `as "zh-CN"`: the document's language, which brings the language
    /// enum and the methods that take one.
    pub language: Option<At<String>>,
    /// The translations, in call order.
    pub translations: Vec<TranslationRequest>,
    /// `links relative to "…"`, when given.
    pub link_base: Option<String>,
    /// The labels the call site maps: `code column "Fehlernummer";`,
    /// `name column "X";`, `description column "X";`.
    pub labels: Vec<(crate::Label, At<String>)>,
    /// `names from code;`: variant names from the codes.
    pub names_from_code: bool,
    /// `codes may repeat;`: a code may name several entries.
    pub codes_may_repeat: bool,
    /// The language enum as the call names it (`pub enum Lang for
    /// languages;`), generated when `language` is given; `None` for the
    /// default, [`Request::language_enum`].
    pub languages: Option<Item>,
    /// The kind of type, with what it alone has.
    pub kind: Kind,
}

/// A problem with a request, at the part of the call at fault.
#[derive(Clone, Debug)]
pub struct Problem {
    /// What is wrong, and how to fix it.
    pub message: String,
    /// Where.
    pub span: Span,
}

impl Problem {
    /// `message` at `span`, each of its lines shortened as a document's
    /// are in messages: a call may hold a literal of any length.
    pub(crate) fn new(message: impl Into<String>, span: Span) -> Self {
        Problem {
            message: crate::diagnostic::clip_lines(&message.into()),
            span,
        }
    }
}

impl Request {
    /// The request for the document at `path` with the default names:
    /// `pub enum StatusCode` and `pub enum StatusClass`, or `pub enum
    /// ErrorCode`; the default language enum ([`Request::language_enum`]);
    /// no language; every link relative to MDN's site.
    pub fn new(call_site: CallSite, path: At<String>, kind: Kind) -> Self {
        let name = match kind {
            Kind::Status { .. } => "StatusCode",
            #[cfg(feature = "catalogue")]
            Kind::Catalogue { .. } => "ErrorCode",
        };
        Request {
            call_site,
            item: Item::named(name),
            path,
            language: None,
            translations: Vec::new(),
            link_base: None,
            labels: Vec::new(),
            names_from_code: false,
            codes_may_repeat: false,
            languages: None,
            kind,
        }
    }

    /// The language enum: the one the call names, else one with the
    /// enum's visibility and its `derive` and `cfg_attr` attributes, named
    /// [`default_language_name`].
    pub fn language_enum(&self) -> Item {
        self.languages.clone().unwrap_or_else(|| Item {
            attrs: derives(&self.item.attrs),
            vis: self.item.vis.clone(),
            name: default_language_name(&self.kind, &self.item.name),
        })
    }

    /// Every problem of the request, in call order: enums of the same
    /// name, translations without the document's language, language tags
    /// that are malformed or given twice, and columns whose methods are no
    /// identifiers or clash with a method the type has.
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut taken = vec![&self.item.name];
        let class = match &self.kind {
            Kind::Status { class } => Some(class),
            #[cfg(feature = "catalogue")]
            Kind::Catalogue { .. } => None,
        };
        if let Some(class) = class {
            if class.name == self.item.name {
                problems.push(Problem::new(
                    "the class enum needs a name of its own",
                    class.name.span(),
                ));
            }
            taken.push(&class.name);
        }
        let languages = self.language_enum();
        if self.language.is_some() && taken.contains(&&languages.name) {
            let name = &languages.name;
            let help = match self.call_site {
                CallSite::Macro => format!(
                    "rename it with a line such as `pub enum Lang for languages;`, or the `{name}` enum"
                ),
                CallSite::CommandLine => format!("rename the `{name}` enum"),
            };
            problems.push(Problem::new(
                format!("the language enum needs a name of its own; {help}"),
                name.span(),
            ));
        }
        self.check_languages(&mut problems);
        #[cfg(feature = "catalogue")]
        if let Kind::Catalogue { columns } = &self.kind {
            check_columns(columns, self.language.is_some(), &mut problems);
        }
        problems
    }

    /// A translation needs the document's language, and every tag is
    /// well-formed and given once ([`language::check_tags`]).
    fn check_languages(&self, problems: &mut Vec<Problem>) {
        if let (None, Some(first)) = (&self.language, self.translations.first()) {
            let (document, example) = match self.kind {
                Kind::Status { .. } => ("document", "StatusCode in \"docs/status.md\""),
                #[cfg(feature = "catalogue")]
                Kind::Catalogue { .. } => ("catalogue", "PayError in \"docs/errors.md\""),
            };
            let message = match self.call_site {
                CallSite::Macro => format!(
                    "a translation needs the primary {document}'s language: write it after \
                     the path, as in `pub enum {example} as \"zh-CN\";`"
                ),
                CallSite::CommandLine => format!(
                    "translations need the {document}'s own language: add `--as TAG`, such as \
                     `--as zh-CN`"
                ),
            };
            problems.push(Problem::new(message, first.span));
        }
        // Each tag against the good ones before it, so that each bad tag is
        // reported once.
        let mut good: Vec<&str> = Vec::new();
        let tags = self
            .language
            .iter()
            .chain(self.translations.iter().map(|t| &t.tag));
        for tag in tags {
            let candidate = good.iter().copied().chain([tag.value.as_str()]);
            match language::check_tags(candidate) {
                Ok(()) => good.push(&tag.value),
                Err((_, message)) => {
                    let help = if message.contains("BCP 47") {
                        "\nhelp: write a tag such as \"zh-CN\", \"en\" or \"pt-BR\""
                    } else {
                        ""
                    };
                    problems.push(Problem::new(format!("{message}{help}"), tag.span));
                }
            }
        }
    }
}

/// The name of the language enum when the call does not name one:
/// `Language` for `status_table!` (the name status-codes exports), and
/// the enum's name followed by `Language` for `code_table!` (`PayError`
/// gives `PayErrorLanguage`), so that a `status_table!` and any number of
/// `code_table!`s with languages share a module without a line more.
pub fn default_language_name(kind: &Kind, name: &Ident) -> Ident {
    match kind {
        Kind::Status { .. } => Ident::new("Language", name.span()),
        #[cfg(feature = "catalogue")]
        Kind::Catalogue { .. } => {
            let text = name.to_string();
            let text = text.strip_prefix("r#").unwrap_or(&text);
            Ident::new(&format!("{text}Language"), name.span())
        }
    }
}

/// The `derive` and `cfg_attr` attributes among `attrs`, in order: what
/// the default language enum takes of the enum's attributes (its docs and
/// other attributes are the enum's alone).
fn derives(attrs: &TokenStream) -> TokenStream {
    let mut kept = TokenStream::new();
    let mut tokens = attrs.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        let (TokenTree::Punct(pound), Some(TokenTree::Group(group))) = (&token, tokens.peek())
        else {
            continue;
        };
        if pound.as_char() != '#' || group.delimiter() != Delimiter::Bracket {
            continue;
        }
        let first = group.stream().into_iter().next();
        if matches!(&first, Some(TokenTree::Ident(word)) if word == "derive" || word == "cfg_attr")
        {
            kept.extend([token.clone(), TokenTree::Group(group.clone())]);
        }
        tokens.next();
    }
    kept
}

/// Each column's header is given once, and its method is an identifier
/// that no other item of the type has: not a generated method
/// ([`crate::catalogue::expand::METHODS`]), not another column's, and with
/// a `language`, not the `…_in` method another column's gets.
#[cfg(feature = "catalogue")]
fn check_columns(columns: &[Column], language: bool, problems: &mut Vec<Problem>) {
    let unraw = |column: &Column| column.method.value.trim_start_matches("r#").to_owned();
    for (i, column) in columns.iter().enumerate() {
        let (header, method) = (&column.header, &column.method);
        let earlier = &columns[..i];
        if header.value.trim().is_empty() {
            problems.push(Problem::new("the header is empty", header.span));
        } else if let Some(first) = earlier.iter().find(|c| c.header.value == header.value) {
            problems.push(Problem::new(
                format!(
                    "column `{}` is already the method `{}`",
                    header.value, first.method.value
                ),
                header.span,
            ));
        }
        let name = unraw(column);
        let problem = if ident(&method.value).is_none() {
            format!(
                "`{}` is not an identifier: name the column's method with one such as \
                 `solution` (a keyword with `r#`, as in `r#type`)",
                method.value
            )
        } else if crate::catalogue::expand::METHODS.contains(&name.as_str()) {
            format!(
                "`{}` is a method the enum already has; name the column's method otherwise",
                method.value
            )
        } else if earlier.iter().any(|c| unraw(c) == name) {
            format!("two columns are named `{}`", method.value)
        } else if let Some(other) = columns
            .iter()
            .find(|c| language && format!("{}_in", unraw(c)) == name)
        {
            // `solution` and `solution_in` would both be `solution_in`'s.
            format!(
                "with translations, the column `{}` has a method `{name}` already; name this \
                 column's method otherwise",
                other.method.value
            )
        } else {
            continue;
        };
        problems.push(Problem::new(problem, method.span));
    }
}

/// Rust keywords and `_`, which `syn` does not read as identifiers.
const KEYWORDS: &[&str] = &[
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "Self", "self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// `text` as the identifier a macro's input accepts in its place: any
/// identifier the compiler reads, raw ones (`r#type`) too, but no keyword.
pub fn ident(text: &str) -> Option<Ident> {
    let mut tokens = text.parse::<TokenStream>().ok()?.into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Ident(ident)), None) if ident == text && !KEYWORDS.contains(&text) => {
            Some(ident)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_read_as_a_macro_reads_them() {
        for good in ["solution", "_x", "r#type", "Status2", "解决"] {
            assert!(ident(good).is_some(), "{good:?}");
        }
        for bad in [
            "", "_", "type", "Self", "2xx", "a-b", "a b", " a", "a // x", "r#self",
        ] {
            assert!(ident(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn the_default_language_enum_is_the_enums_own() {
        let at = |text: &str| At::new(text.to_owned(), Span::call_site());
        let status = Kind::Status {
            class: Item::named("StatusClass"),
        };
        let mut request = Request::new(CallSite::Macro, at("s.md"), status);
        request.item.name = Ident::new("HttpStatus", Span::call_site());
        request.item.attrs = quote::quote! {
            /// Docs of the enum alone.
            #[derive(serde::Serialize)]
            #[non_exhaustive]
            #[cfg_attr(feature = "x", derive(Debug))]
        };
        request.item.vis = quote::quote!(pub(crate));
        let languages = request.language_enum();
        assert_eq!(languages.name, "Language");
        assert_eq!(languages.vis.to_string(), "pub (crate)");
        assert_eq!(
            languages.attrs.to_string(),
            quote::quote!(#[derive(serde::Serialize)] #[cfg_attr(feature = "x", derive(Debug))])
                .to_string()
        );
        // A language line wins, attributes and all.
        request.languages = Some(Item::named("Lang"));
        assert_eq!(request.language_enum().name, "Lang");
        assert!(request.language_enum().attrs.is_empty());
        #[cfg(feature = "catalogue")]
        {
            let columns = Vec::new();
            let mut request =
                Request::new(CallSite::Macro, at("e.md"), Kind::Catalogue { columns });
            assert_eq!(request.language_enum().name, "ErrorCodeLanguage");
            request.item.name = Ident::new_raw("Order", Span::call_site());
            assert_eq!(request.language_enum().name, "OrderLanguage");
        }
    }

    #[cfg(feature = "catalogue")]
    fn catalogue(columns: &[(&str, &str)], language: bool) -> Vec<String> {
        let at = |text: &str| At::new(text.to_owned(), Span::call_site());
        let columns = columns
            .iter()
            .map(|(header, method)| Column {
                header: at(header),
                method: at(method),
            })
            .collect();
        let mut request = Request::new(
            CallSite::CommandLine,
            at("e.md"),
            Kind::Catalogue { columns },
        );
        request.language = language.then(|| at("zh-CN"));
        request.check().into_iter().map(|p| p.message).collect()
    }

    #[cfg(feature = "catalogue")]
    #[test]
    fn every_column_problem_is_reported() {
        let problems = catalogue(
            &[
                ("a", "ALL"),
                ("b", "solution"),
                ("c", "solution_in"),
                ("b", "r#solution"),
                ("d", "r#type"),
                ("e", "type"),
            ],
            true,
        );
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(problems[0].contains("`ALL` is a method the enum already has"));
        assert!(problems[1].contains("the column `solution` has a method `solution_in`"));
        assert!(problems[2].starts_with("column `b` is already the method `solution`"));
        assert!(problems[3].starts_with("two columns are named `r#solution`"));
        assert!(problems[4].starts_with("`type` is not an identifier"));
        // Without a language, no `…_in` method.
        assert!(catalogue(&[("b", "solution"), ("c", "solution_in")], false).is_empty());
    }
}
