//! Generates the two language enums of the `negotiate` benchmark with
//! status-codegen's own `language_enum`: 7 languages and 201.

use std::path::Path;

use proc_macro2::{Delimiter, Ident, Spacing, Span, TokenStream, TokenTree};
use status_codegen::expand::language::{LanguageEnum, language_enum};

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let seven = ["en", "zh-CN", "zh-TW", "fr", "de", "ja", "es-419"].map(str::to_owned);
    write(&Path::new(&out).join("seven.rs"), &seven);
    write(&Path::new(&out).join("many.rs"), &many_tags());
    println!("cargo::rerun-if-changed=build.rs");
}

/// 201 distinct tags: `en`, then two-letter languages, two in three with a
/// region (`ab-CD`).
fn many_tags() -> Vec<String> {
    let mut tags = vec!["en".to_owned()];
    for i in 0..200u8 {
        let language = [b'a' + i / 26, b'a' + i % 26];
        let mut tag = String::from_utf8(language.to_vec()).expect("ASCII");
        if tag == "en" {
            tag = "zz".to_owned();
        }
        if i % 3 != 0 {
            tag.push('-');
            // Regions from products that wrap (as the first measurements did).
            tag.push(char::from(b'A' + i.wrapping_mul(7) % 26));
            tag.push(char::from(b'A' + i.wrapping_mul(11).wrapping_add(3) % 26));
        }
        tags.push(tag);
    }
    tags
}

fn write(path: &Path, tags: &[String]) {
    let languages: Vec<(String, String)> = tags
        .iter()
        .map(|tag| (tag.clone(), format!("`{tag}`.")))
        .collect();
    let vis: TokenStream = "pub".parse().expect("tokens");
    let tokens = language_enum(&LanguageEnum {
        name: &Ident::new("Language", Span::call_site()),
        vis: &vis,
        attrs: &TokenStream::new(),
        doc: "The languages of the benchmark.",
        languages: &languages,
    });
    let mut text = String::new();
    write_tokens(tokens, &mut text);
    std::fs::write(path, text).expect("OUT_DIR is writable");
}

/// `tokens` as text with a line break after each `}`, where
/// `TokenStream::to_string` writes one line: clippy reads `} if` on one
/// line as a missing `else`.
fn write_tokens(tokens: TokenStream, out: &mut String) {
    for token in tokens {
        match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                out.push_str("{\n");
                write_tokens(group.stream(), out);
                out.push_str("}\n");
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ") "),
                    Delimiter::Bracket => ("[", "] "),
                    _ => ("", " "),
                };
                out.push_str(open);
                write_tokens(group.stream(), out);
                out.push_str(close);
            }
            TokenTree::Punct(punct) => {
                out.push(punct.as_char());
                if punct.spacing() == Spacing::Alone {
                    out.push(' ');
                }
            }
            token => {
                out.push_str(&token.to_string());
                out.push(' ');
            }
        }
    }
}
