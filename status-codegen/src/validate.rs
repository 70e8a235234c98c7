//! [`Document`] to [`Table`]: reads each entry's code and reason phrase,
//! derives its variant name, and checks the rules that make a table.
//!
//! The rules:
//! - an entry is `CODE REASON`: a three-digit code in 100–599, a space, and a
//!   reason phrase (visible characters only), followed by an indented
//!   description; an `HTTPStatus` title's code agrees with its text;
//! - codes are unique, and so are the variant names their reasons give;
//! - a section holds one class: the class of its first entry (the code's
//!   first digit). An entry of another class is an error, and so is a second
//!   section for the same class.
//!
//! Every problem is reported; entries with problems are left out of the
//! table, so that what remains still expands into a usable skeleton.
//! Beside problems, notes: the sections left out, and where a reason
//! phrase or code differs from the IANA registry ([`crate::iana`]).

use std::collections::BTreeMap;
use std::ops::Range;

use crate::diagnostic::{self, Diagnostic, Diagnostics, Source};
use crate::iana::{self, Registered};
use crate::model::{Class, ClassInfo, Code, Document, Entry, RawEntry, Table};

/// Checks `document` and builds the table of its valid entries.
pub fn validate(document: &Document, source: &Source, diagnostics: &mut Diagnostics) -> Table {
    validate_as(document, source, Role::Primary, diagnostics)
}

/// Checks `document`, a translation of the document whose table is
/// `primary`, and builds the table of its valid entries.
///
/// The rules are the primary's, but for the reason phrases: they name no
/// variant, so a phrase that gives no identifier, or the same one as
/// another, is fine, and they are not compared with the IANA registry.
/// Against `primary` (left out when the primary has problems of its own, so
/// that they do not cascade): a code the primary lacks is an error; a code
/// the translation lacks, and a reason phrase that differs from the
/// primary's, are notes.
pub fn validate_translation(
    document: &Document,
    source: &Source,
    primary: Option<&Table>,
    diagnostics: &mut Diagnostics,
) -> Table {
    let table = validate_as(document, source, Role::Translation(primary), diagnostics);
    if let Some(primary) = primary {
        let missing: Vec<u16> = primary
            .entries
            .iter()
            .map(|e| e.code)
            .filter(|code| !table.entries.iter().any(|e| e.code == *code))
            .collect();
        if !missing.is_empty() && !table.entries.is_empty() {
            let sorted = Table {
                entries: primary
                    .entries
                    .iter()
                    .filter(|e| missing.contains(&e.code))
                    .cloned()
                    .collect(),
                ..Table::default()
            };
            let n = missing.len();
            diagnostics.note(
                Diagnostic::new(
                    format!(
                        "the translation lacks {n} code{} of the primary document: {}",
                        if n == 1 { "" } else { "s" },
                        sorted.code_ranges()
                    ),
                    0..0,
                    "their descriptions in this language are the primary document's",
                )
                .unquoted(),
            );
        }
    }
    table
}

/// Which document is checked.
#[derive(Clone, Copy)]
enum Role<'a> {
    /// The primary document, whose reason phrases name the variants.
    Primary,
    /// A translation, checked against the primary's table when given.
    Translation(Option<&'a Table>),
}

fn validate_as(
    document: &Document,
    source: &Source,
    role: Role<'_>,
    diagnostics: &mut Diagnostics,
) -> Table {
    let translation = matches!(role, Role::Translation(_));
    let mut table = Table {
        title: document.title.clone(),
        intro: document.intro.clone(),
        ..Table::default()
    };
    let mut codes: BTreeMap<Code, Range<usize>> = BTreeMap::new();
    let mut idents: BTreeMap<String, (Range<usize>, String)> = BTreeMap::new();
    let mut classes: BTreeMap<Class, (Range<usize>, String)> = BTreeMap::new();
    // Where an entry of each class belongs, looking ahead too: the first
    // section whose first entry is of that class.
    let mut homes: BTreeMap<Class, &str> = BTreeMap::new();
    for section in &document.sections {
        if let Some(class) = section
            .entries
            .iter()
            .find_map(|raw| leading_class(&raw.title))
        {
            homes.entry(class).or_insert(&section.title);
        }
    }

    for skipped in &document.skipped {
        diagnostics.note(Diagnostic::new(
            format!(
                "section `{}` lists no status codes; it is left out",
                skipped.title
            ),
            skipped.span.clone(),
            "skipped",
        ));
    }

    for section in &document.sections {
        if section.title.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    "a section without a title",
                    section.span.clone(),
                    "empty heading",
                )
                .with_help("name the class, for example `## 客户端响应`"),
            );
        }
        if section.entries.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    format!("section `{}` lists no status codes", section.title),
                    section.span.clone(),
                    "no entries under this heading",
                )
                .with_help("add entries as bullets (`- 404 Not Found`), or remove the heading"),
            );
            continue;
        }

        // The section's class is the class of its first entry with a code.
        let mut section_class: Option<(Class, Range<usize>, Code)> = None;
        let mut section_entries = Vec::new();
        for raw in section.entries.iter().filter(|raw| !raw.unreadable) {
            let (code, title) = read_title(raw, translation, diagnostics);
            // The class is checked even when the rest of the title is wrong,
            // so that every problem shows in one build.
            let Some((code, code_span)) = code else {
                continue;
            };
            let class = code.class();
            match section_class {
                None => section_class = Some((class, code_span, code)),
                Some((expected, ref first_span, first_code)) if expected != class => {
                    diagnostics.push(
                        Diagnostic::new(
                            format!(
                                "{code} is a {} ({}xx), but section `{}` holds {}xx codes",
                                class.english(),
                                class.digit(),
                                section.title,
                                expected.digit(),
                            ),
                            code_span,
                            format!("{}xx code", class.digit()),
                        )
                        .with_note(
                            first_span.clone(),
                            format!("the section's class is set by its first entry, {first_code}"),
                        )
                        .with_help(match homes.get(&class) {
                            Some(other) => format!("move it to section `{other}`"),
                            None => format!(
                                "move it to a section of its own for {}xx codes",
                                class.digit()
                            ),
                        }),
                    );
                    continue;
                }
                Some(_) => {}
            }
            let Some(title) = title else {
                continue;
            };
            let span = raw.title_subspan(title.code_range.clone());
            if let Some(first) = codes.get(&title.code) {
                diagnostics.push(
                    Diagnostic::new(
                        format!("status code {} is listed twice", title.code),
                        span,
                        "listed again here",
                    )
                    .with_note(first.clone(), "first listed here")
                    .with_help("remove one of the two entries"),
                );
                continue;
            }
            if let Role::Translation(Some(primary)) = role {
                let Some(original) = primary
                    .entries
                    .iter()
                    .find(|e| e.code == title.code.number())
                else {
                    diagnostics.push(
                        Diagnostic::new(
                            format!("status code {} is not in the primary document", title.code),
                            span,
                            "not in the primary document",
                        )
                        .with_help(
                            "a translation describes the primary document's codes: add the \
                             code there first, or remove it here",
                        ),
                    );
                    continue;
                };
                if original.reason != title.reason {
                    diagnostics.note(Diagnostic::new(
                        format!(
                            "{} {}: the primary document says \"{}\"",
                            title.code, title.reason, original.reason
                        ),
                        raw.title_subspan(title.reason_range.clone()),
                        "differs from the primary document",
                    ));
                }
            }
            codes.insert(title.code, span);
            if translation {
                // Translated reason phrases name nothing.
            } else if let Some((first, first_reason)) = idents.get(&title.ident) {
                diagnostics.push(
                    Diagnostic::new(
                        format!(
                            "reason phrases `{first_reason}` and `{}` both give the variant name `{}`",
                            title.reason, title.ident
                        ),
                        raw.title_subspan(title.reason_range.clone()),
                        format!("also `{}`", title.ident),
                    )
                    .with_note(first.clone(), format!("`{}` comes from here", title.ident))
                    .with_help("reason phrases must differ in more than punctuation and case"),
                );
                continue;
            }
            idents.insert(
                title.ident.clone(),
                (
                    raw.title_subspan(title.reason_range.clone()),
                    title.reason.clone(),
                ),
            );
            if raw.doc.is_empty() {
                diagnostics.push(
                    Diagnostic::new(
                        format!("entry `{}` has no description", raw.title),
                        raw.title_span.clone(),
                        "no description under this entry",
                    )
                    .with_help(format!(
                        "add an indented paragraph under the bullet:\n\n    - {}\n\n      描述……",
                        raw.title
                    )),
                );
            }
            if !translation {
                registry_note(raw, &title, diagnostics);
            }
            section_entries.push(Entry {
                code: title.code.number(),
                class: title.code.class(),
                reason: title.reason,
                ident: title.ident,
                doc: raw.doc.clone(),
                text: raw.text.clone(),
                flags: raw.flags,
                note: raw.note.clone(),
                link: raw.link.clone(),
            });
        }

        let Some((class, _, _)) = section_class else {
            continue;
        };
        if let Some((first_span, first_title)) = classes.get(&class) {
            diagnostics.push(
                Diagnostic::new(
                    format!(
                        "two sections hold {}xx codes: `{first_title}` and `{}`",
                        class.digit(),
                        section.title
                    ),
                    section.span.clone(),
                    "second section for this class",
                )
                .with_note(first_span.clone(), "first section for this class")
                .with_help("merge the two sections into one"),
            );
            continue;
        }
        classes.insert(class, (section.span.clone(), section.title.clone()));
        table.classes.push(ClassInfo {
            class,
            title: section.title.clone(),
            intro: section.intro.clone(),
        });
        table.entries.extend(section_entries);
    }

    if document
        .sections
        .iter()
        .all(|section| section.entries.is_empty())
    {
        // Without a single section, the file may be anything (a path such
        // as `../../.env`): say so without quoting any of it.
        let structured = !document.sections.is_empty() || !document.skipped.is_empty();
        diagnostics.push(no_entries(
            source,
            structured,
            NoEntries {
                empty: "the status document is empty",
                no_entries: "the status document lists no status codes",
                unstructured: "it has no `##` section and no entry; as it may not be a status \
                               document, its text is not shown",
                expected: "expected at least one `##` section with entries",
                help: "add a section and an entry:\n\n    ## 客户端响应\n\n    - 404 Not Found\n\n      请求失败。",
            },
        ));
    }
    table
}

/// The words of the problem [`no_entries`] reports.
pub(crate) struct NoEntries {
    /// The message for an empty document.
    pub(crate) empty: &'static str,
    /// The message for a document without entries.
    pub(crate) no_entries: &'static str,
    /// The label when the document has no structure at all.
    pub(crate) unstructured: &'static str,
    /// The label otherwise.
    pub(crate) expected: &'static str,
    /// How to add an entry.
    pub(crate) help: &'static str,
}

/// The problem with a document that gives no entry: empty, or without
/// entries. Without any structure (`structured`), the file may be anything
/// (a path such as `../../.env`), so the problem quotes none of it.
pub(crate) fn no_entries(source: &Source, structured: bool, words: NoEntries) -> Diagnostic {
    let empty = source.text().trim().is_empty();
    let end = source.text().len();
    let unstructured = !empty && !structured;
    let diagnostic = Diagnostic::new(
        if empty { words.empty } else { words.no_entries },
        if empty { 0..0 } else { end..end },
        if unstructured {
            words.unstructured
        } else {
            words.expected
        },
    )
    .with_help(words.help);
    if unstructured {
        diagnostic.unquoted()
    } else {
        diagnostic
    }
}

/// What an entry's title says, once read.
struct Title {
    code: Code,
    code_range: Range<usize>,
    reason: String,
    reason_range: Range<usize>,
    ident: String,
}

/// Reads `CODE REASON` from an entry's title, reporting what is wrong with
/// it: the code and where it is, when it can be read, and the whole title
/// when all of it is right.
fn read_title(
    raw: &RawEntry,
    translation: bool,
    diagnostics: &mut Diagnostics,
) -> (Option<(Code, Range<usize>)>, Option<Title>) {
    let Some(code) = read_code(raw, diagnostics) else {
        return (None, None);
    };
    let span = raw.title_subspan(code.1.clone());
    let title = read_reason(raw, code.clone(), translation, diagnostics);
    (Some((code.0, span)), title)
}

/// Reads the code of `CODE REASON`, and checks it against the code an
/// `HTTPStatus` macro declares.
fn read_code(raw: &RawEntry, diagnostics: &mut Diagnostics) -> Option<(Code, Range<usize>)> {
    let title = raw.title.as_str();
    let whole = 0..title.len();
    if title.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                "an empty entry",
                raw.title_span.clone(),
                "nothing after the bullet",
            )
            .with_help("write the code and reason phrase: `- 404 Not Found`"),
        );
        return None;
    }
    let digits = title.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        let help = match code_inside(title) {
            Some(code) => format!("start the entry with its code: `- {code} Reason Phrase`"),
            None => "write the code before the reason phrase, as in `- 404 Not Found`".to_owned(),
        };
        diagnostics.push(
            Diagnostic::new(
                format!("entry `{title}` has no status code"),
                raw.title_subspan(whole),
                "expected a code such as `404` first",
            )
            .with_help(help),
        );
        return None;
    }
    let code_range = 0..digits;
    let code_span = raw.title_subspan(code_range.clone());
    let code_text = &title[..digits];
    // The first word, when the code runs into letters (`4O5`, `40x`).
    let word = title.split(char::is_whitespace).next().unwrap_or(title);
    let glued =
        word.len() > digits && !(digits == 3 && word[digits..].starts_with(char::is_alphabetic));
    if glued {
        diagnostics.push(
            Diagnostic::new(
                format!("`{word}` is not a status code"),
                raw.title_subspan(0..word.len()),
                "expected three digits",
            )
            .with_help("HTTP status codes are three digits, from 100 to 599"),
        );
        return None;
    }
    if digits != 3 {
        diagnostics.push(
            Diagnostic::new(
                format!("status code `{code_text}` is not three digits"),
                code_span,
                if digits == 1 {
                    "1 digit".to_owned()
                } else {
                    format!("{digits} digits")
                },
            )
            .with_help("HTTP status codes are three digits, from 100 to 599"),
        );
        return None;
    }
    // Three ASCII digits: at most 999, always a `u16`.
    let number = code_text
        .bytes()
        .fold(0, |n, digit| n * 10 + u16::from(digit - b'0'));
    let Some(code) = Code::new(number) else {
        diagnostics.push(
            Diagnostic::new(
                format!("status code {number} is outside 100–599"),
                code_span,
                "not an HTTP status code",
            )
            .with_help("HTTP status codes run from 100 to 599"),
        );
        return None;
    };
    if let Some((declared, declared_span)) = &raw.declared_code
        && declared != code_text
    {
        diagnostics.push(
            Diagnostic::new(
                format!("`HTTPStatus` gives code `{declared}`, but its text says {code}"),
                declared_span.clone(),
                "the macro's code",
            )
            .with_note(code_span, "the text's code")
            .with_help("make the first argument and the text name the same code"),
        );
        return None;
    }
    Some((code, code_range))
}

/// Reads the reason phrase after the code, and derives the variant name.
fn read_reason(
    raw: &RawEntry,
    (code, code_range): (Code, Range<usize>),
    translation: bool,
    diagnostics: &mut Diagnostics,
) -> Option<Title> {
    let title = raw.title.as_str();
    let digits = code_range.end;
    let code_span = raw.title_subspan(code_range.clone());
    let rest = &title[digits..];
    let reason = rest.trim_start();
    if reason.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                format!("entry {code} has no reason phrase"),
                code_span,
                "expected a reason phrase after the code",
            )
            .with_help(format!(
                "write the phrase after the code: `- {code} Not Found`"
            )),
        );
        return None;
    }
    if rest.len() == reason.len() {
        diagnostics.push(
            Diagnostic::new(
                format!("no space between status code {code} and its reason phrase"),
                code_span,
                "add a space after the code",
            )
            .with_help(format!("write `- {code} {reason}`")),
        );
        return None;
    }
    let reason_range = title.len() - reason.len()..title.len();
    if let Some(c) = reason.chars().find(|&c| diagnostic::is_invisible(c)) {
        diagnostics.push(
            Diagnostic::new(
                format!(
                    "reason phrase `{}` holds U+{:04X}, an invisible character",
                    diagnostic::escape(reason),
                    u32::from(c)
                ),
                raw.title_subspan(reason_range),
                "in this phrase",
            )
            .with_help("delete it: reason phrases are visible text"),
        );
        return None;
    }
    let ident = match variant_name(reason) {
        Ok(ident) => ident,
        // A translation's phrase names no variant.
        Err(_) if translation => String::new(),
        Err(why) => {
            diagnostics.push(
                Diagnostic::new(
                    format!("reason phrase `{reason}` gives no Rust identifier: {why}"),
                    raw.title_subspan(reason_range),
                    "the variant name comes from this phrase",
                )
                .with_help(
                    "the variant is the phrase in UpperCamelCase, built from its ASCII letters \
                     and digits; write the phrase in English words, such as `Not Found`",
                ),
            );
            return None;
        }
    };
    Some(Title {
        code,
        code_range,
        reason: reason.to_owned(),
        reason_range,
        ident,
    })
}

/// A note where the entry's reason phrase is not the IANA registry's, or
/// the registry does not list its code.
fn registry_note(raw: &RawEntry, title: &Title, diagnostics: &mut Diagnostics) {
    let span = raw.title_subspan(title.reason_range.clone());
    let code = title.code;
    let note = match iana::lookup(code.number()) {
        Some(Registered::Reason(reason)) if reason == title.reason => return,
        Some(Registered::Reason(reason)) => Diagnostic::new(
            format!(
                "{code} {}: the IANA registry says \"{reason}\"",
                title.reason
            ),
            span,
            "differs from the registry",
        ),
        Some(Registered::Unused) => Diagnostic::new(
            format!(
                "{code} {}: the IANA registry lists {code} as unused",
                title.reason
            ),
            span,
            "reserved, unused",
        ),
        None => Diagnostic::new(
            format!(
                "{code} {}: the IANA registry does not list {code}",
                title.reason
            ),
            raw.title_subspan(title.code_range.clone()),
            "not registered",
        )
        .with_help(
            "fine for a private code; see https://www.iana.org/assignments/http-status-codes",
        ),
    };
    diagnostics.note(note);
}

/// The class of a title that starts with a valid code, without reporting
/// anything about titles that do not.
fn leading_class(title: &str) -> Option<Class> {
    let code = title.get(..3)?;
    let rest = &title[3..];
    if !code.bytes().all(|b| b.is_ascii_digit()) || !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Class::of(code.parse().ok()?)
}

/// The first three-digit number standing on its own inside `title`, such as
/// the 100 in `{{HTTPStatus(100, "100 Continue")}}`.
fn code_inside(title: &str) -> Option<&str> {
    let bytes = title.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 3 && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            return Some(&title[i..i + 3]);
        }
        i += run.max(1);
    }
    None
}

/// The variant name for a reason phrase: its words in UpperCamelCase.
///
/// Words are runs of ASCII letters and digits; every other character
/// separates words, except apostrophes, which are dropped (`I'm a teapot`
/// gives `ImATeapot`). `OK` gives `Ok`, as Rust's naming conventions ask.
pub fn variant_name(reason: &str) -> Result<String, String> {
    upper_camel_case(reason, WordCase::Fold)
}

/// How [`upper_camel_case`] treats the letters after a word's first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordCase {
    /// Always lowercased: `NOT FOUND` and `Not Found` give `NotFound`.
    Fold,
    /// Lowercased in a word written in one case (`INVALID`, `invalid`),
    /// kept in a word that mixes cases, which is already camel case:
    /// `InvalidSignature` stays, `INVALID_SIGNATURE` gives
    /// `InvalidSignature`.
    KeepCamel,
}

/// `text` as a Rust type or variant name: its words in UpperCamelCase.
///
/// Words are runs of ASCII letters and digits; every other character
/// separates words, except apostrophes, which are dropped. The error says
/// why `text` gives no identifier: a letter that is not ASCII, no letter or
/// digit at all, a leading digit, or `Self`.
pub fn upper_camel_case(text: &str, case: WordCase) -> Result<String, String> {
    if let Some(c) = text.chars().find(|c| !c.is_ascii() && c.is_alphanumeric()) {
        return Err(format!("`{c}` is not an ASCII letter"));
    }
    let mut name = String::with_capacity(text.len());
    let cleaned: String = text.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
    for word in cleaned.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mixed = word.bytes().any(|b| b.is_ascii_uppercase())
            && word.bytes().any(|b| b.is_ascii_lowercase());
        let keep = case == WordCase::KeepCamel && mixed;
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            if keep {
                name.extend(chars);
            } else {
                name.extend(chars.map(|c| c.to_ascii_lowercase()));
            }
        }
    }
    match name.chars().next() {
        None => Err("it has no letters or digits".to_owned()),
        Some(c) if c.is_ascii_digit() => Err(format!("`{name}` starts with a digit")),
        Some(_) if name == "Self" => Err("`Self` is a keyword".to_owned()),
        Some(_) => Ok(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn check(text: &str) -> (Table, Vec<String>) {
        let source = Source::new("t.md", text);
        let mut diagnostics = Diagnostics::default();
        let document = parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
        let table = validate(&document, &source, &mut diagnostics);
        let messages = diagnostics
            .into_vec()
            .iter()
            .map(|d| d.render(&source))
            .collect();
        (table, messages)
    }

    fn check_translation(primary: &Table, text: &str) -> (Table, Vec<String>, Vec<String>) {
        let source = Source::new("t.en.md", text);
        let mut diagnostics = Diagnostics::default();
        let document = parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
        let table = validate_translation(&document, &source, Some(primary), &mut diagnostics);
        let (errors, mut notes) = diagnostics.into_parts();
        notes.sort_by_key(|d| d.primary.span.start);
        let render = |v: Vec<Diagnostic>| v.iter().map(|d| d.render(&source)).collect();
        (table, render(errors), render(notes))
    }

    #[test]
    fn a_translation_is_checked_against_the_primary() {
        let (primary, errors) = check(
            "## 成功\n\n- 200 OK\n\n  好。\n\n- 201 Created\n\n  建。\n\n## 客户端\n\n- 404 Not Found\n\n  没有。\n",
        );
        assert!(errors.is_empty());
        let (table, errors, notes) = check_translation(
            &primary,
            "## Success\n\n- 200 Okay\n\n  Good.\n\n- 202 Accepted\n\n  Later.\n\n## Client\n\n- 404 未找到\n\n  None.\n",
        );
        // 202 is not in the primary: an error at its line.
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0]
                .starts_with("status code 202 is not in the primary document\n --> t.en.md:7:3")
        );
        // A phrase without ASCII letters names nothing: no error.
        let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
        assert_eq!(codes, [200, 404]);
        assert_eq!(table.classes[0].title, "Success");
        // Notes: 201 is missing; two phrases differ from the primary's.
        assert_eq!(notes.len(), 3, "{notes:#?}");
        assert!(notes[0].starts_with("the translation lacks 1 code of the primary document: 201"));
        assert!(
            notes[1].starts_with("200 Okay: the primary document says \"OK\"\n --> t.en.md:3:7")
        );
        assert!(notes[2].starts_with("404 未找到: the primary document says \"Not Found\""));
    }

    #[test]
    fn translated_phrases_may_clash_but_codes_may_not() {
        let (primary, _) =
            check("## A\n\n- 207 Multi-Status\n\n  a\n\n- 208 Already Reported\n\n  b\n");
        let (table, errors, _) = check_translation(
            &primary,
            "## A\n\n- 207 Multi-Status\n\n  a\n\n- 208 Multi-Status\n\n  b\n\n- 208 Again\n\n  c\n",
        );
        assert_eq!(table.entries.len(), 2);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].starts_with("status code 208 is listed twice"));
    }

    #[test]
    fn without_the_primary_a_translation_is_checked_alone() {
        let source = Source::new("t.en.md", "## A\n\n- 299 Whatever\n\n  a\n");
        let mut diagnostics = Diagnostics::default();
        let document = parse(&source, crate::DocumentOptions::MDN, &mut diagnostics);
        let table = validate_translation(&document, &source, None, &mut diagnostics);
        assert_eq!(table.entries.len(), 1);
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn variant_names() {
        assert_eq!(variant_name("Not Found").unwrap(), "NotFound");
        assert_eq!(variant_name("Ok").unwrap(), "Ok");
        assert_eq!(variant_name("OK").unwrap(), "Ok");
        assert_eq!(
            variant_name("Non-Authoritative Information").unwrap(),
            "NonAuthoritativeInformation"
        );
        assert_eq!(
            variant_name("HTTP Version Not Supported").unwrap(),
            "HttpVersionNotSupported"
        );
        assert_eq!(variant_name("I'm a teapot").unwrap(), "ImATeapot");
        assert!(variant_name("---").unwrap_err().contains("no letters"));
        assert!(variant_name("1xx Thing").unwrap_err().contains("digit"));
        assert!(variant_name("self").unwrap_err().contains("keyword"));
        assert!(variant_name("未找到").unwrap_err().contains("ASCII"));
    }

    #[test]
    fn camel_case_is_kept_where_asked() {
        let keep = |text| upper_camel_case(text, WordCase::KeepCamel).unwrap();
        assert_eq!(keep("INVALID_SIGNATURE"), "InvalidSignature");
        assert_eq!(keep("InvalidSignature"), "InvalidSignature");
        assert_eq!(keep("invalidSignature"), "InvalidSignature");
        assert_eq!(keep("E_EMPTY"), "EEmpty");
        assert_eq!(keep("not_found"), "NotFound");
        assert_eq!(
            variant_name("InvalidSignature").unwrap(),
            "Invalidsignature"
        );
    }

    #[test]
    fn builds_a_table() {
        let (table, errors) = check(
            "Intro.\n\n## 成功\n\n- 200 OK\n\n  好。\n\n## 客户端\n\n- 404 Not Found\n\n  没有。\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(table.intro, "Intro.");
        assert_eq!(table.classes.len(), 2);
        assert_eq!(table.classes[1].class, Class::ClientError);
        assert_eq!(table.classes[1].title, "客户端");
        let codes: Vec<u16> = table.entries.iter().map(|e| e.code).collect();
        assert_eq!(codes, [200, 404]);
        assert_eq!(table.entries[0].reason, "OK");
        assert_eq!(table.entries[0].ident, "Ok");
    }

    #[test]
    fn reports_every_problem_at_its_place() {
        let (table, errors) = check(
            "## 成功响应\n\n- 200 Ok\n\n  a\n\n- 404 Not Found\n\n  b\n\n- 200 Ok\n\n  c\n\n- Created\n\n  d\n\n- 2000 X\n\n  e\n\n- 201\n\n  f\n\n- 202 Accepted\n",
        );
        assert_eq!(table.entries.len(), 2, "{errors:#?}");
        assert_eq!(errors.len(), 6, "{errors:#?}");
        assert!(errors[0].starts_with(
            "404 is a client error (4xx), but section `成功响应` holds 2xx codes\n --> t.md:7:3"
        ));
        assert!(errors[1].starts_with("status code 200 is listed twice\n  --> t.md:11:3"));
        assert!(errors[1].contains("  ::: t.md:3:3"));
        assert!(errors[2].contains("entry `Created` has no status code"));
        assert!(errors[3].contains("status code `2000` is not three digits"));
        assert!(errors[4].contains("entry 201 has no reason phrase"));
        assert!(errors[5].contains("entry `202 Accepted` has no description"));
    }

    #[test]
    fn caret_lines_up_under_wide_characters() {
        let (_, errors) =
            check("## 成功响应\n\n- 200 Ok\n\n  a\n\n## 成功\n\n- 201 Created\n\n  b\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0],
            "two sections hold 2xx codes: `成功响应` and `成功`\n --> t.md:7:1\n  |\n7 | ## 成功\n  | ^^^^^^^ second section for this class\n ::: t.md:1:1\n  |\n1 | ## 成功响应\n  | ----------- first section for this class\n  |\n  = help: merge the two sections into one"
        );
    }

    #[test]
    fn a_misplaced_entry_is_sent_to_its_section_even_a_later_one() {
        let (_, errors) = check(
            "## 重定向\n\n- 300 A\n\n  a\n\n- 407 B\n\n  b\n\n## 客户端响应\n\n- 400 C\n\n  c\n",
        );
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0]
                .starts_with("407 is a client error (4xx), but section `重定向` holds 3xx codes")
        );
        assert!(
            errors[0].ends_with("= help: move it to section `客户端响应`"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn codes_that_run_into_letters() {
        let (_, errors) =
            check("## A\n\n- 4O5 Oops\n\n  a\n\n- 404Not Found\n\n  b\n\n- 4 X\n\n  c\n");
        assert_eq!(errors.len(), 3, "{errors:#?}");
        assert!(errors[0].starts_with("`4O5` is not a status code\n --> t.md:3:3"));
        assert!(errors[0].contains("^^^ expected three digits"));
        assert!(errors[1].starts_with("no space between status code 404 and its reason phrase"));
        assert!(errors[1].contains("help: write `- 404 Not Found`"));
        assert!(errors[2].contains("^ 1 digit\n"));
    }

    #[test]
    fn same_variant_from_two_phrases() {
        let (_, errors) = check("## A\n\n- 404 Not Found\n\n  a\n\n- 405 Not-Found\n\n  b\n");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with(
            "reason phrases `Not Found` and `Not-Found` both give the variant name `NotFound`\n --> t.md:7:7"
        ));
    }

    #[test]
    fn empty_and_entry_less_documents() {
        let (_, errors) = check("");
        assert!(errors[0].starts_with("the status document is empty"));
        let (_, errors) = check("Just prose.\n");
        assert!(errors[0].starts_with("the status document lists no status codes"));
    }
}
