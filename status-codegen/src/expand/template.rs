//! Templates: the parts of the generated code that are the same for every
//! document, written once as Rust source text and parsed when the macro
//! runs.
//!
//! `quote!` compiles each token of its input into a call that pushes it,
//! so a long fixed body costs status-codegen thousands of lines of LLVM IR
//! and its users' builds the time to compile them; as text, it costs one
//! string and one parse. What varies is named by a placeholder, `$name`,
//! which [`fill`] replaces with the caller's tokens, spans and all.

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::{ToTokens, quote};

/// The tokens of `template` with each `$name` replaced by the tokens of
/// the fill named `name`. A template that does not parse, or that names a
/// placeholder without a fill, gives a `compile_error!` instead: the macro
/// never panics (and the tests parse every template).
pub(crate) fn fill(template: &str, fills: &[(&str, &dyn ToTokens)]) -> TokenStream {
    let mut out = TokenStream::new();
    let filled = match template.parse::<TokenStream>() {
        Ok(tokens) => splice(tokens, fills, &mut out),
        Err(error) => Err(error.to_string()),
    };
    match filled {
        Ok(()) => out,
        Err(problem) => {
            let message = format!("status-codegen: a template is broken: {problem}");
            quote!(::core::compile_error!(#message);)
        }
    }
}

/// Appends `tokens` to `out`, placeholders filled, groups rebuilt with
/// their delimiters and spans.
fn splice(
    tokens: TokenStream,
    fills: &[(&str, &dyn ToTokens)],
    out: &mut TokenStream,
) -> Result<(), String> {
    let mut tokens = tokens.into_iter();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Group(group) => {
                let mut inner = TokenStream::new();
                splice(group.stream(), fills, &mut inner)?;
                let mut filled = Group::new(group.delimiter(), inner);
                filled.set_span(group.span());
                out.extend([TokenTree::Group(filled)]);
            }
            TokenTree::Punct(punct) if punct.as_char() == '$' => {
                let Some(TokenTree::Ident(name)) = tokens.next() else {
                    return Err("`$` without a name after it".to_owned());
                };
                let Some((_, tokens)) = fills.iter().find(|(fill, _)| name == fill) else {
                    return Err(format!("no fill for `${name}`"));
                };
                tokens.to_tokens(out);
            }
            token => out.extend([token]),
        }
    }
    Ok(())
}

/// Asserts that each of `templates` parses, and that each `$` in it
/// names a placeholder: what a test of each file that has templates calls.
#[cfg(test)]
pub(crate) fn assert_parse(templates: &[&str]) {
    for template in templates {
        let tokens: TokenStream = template.parse().expect("a template parses");
        let mut names = Vec::new();
        placeholders(tokens, &mut names);
        let nothing = TokenStream::new();
        let fills: Vec<(&str, &dyn ToTokens)> = names
            .iter()
            .map(|name| (name.as_str(), &nothing as &dyn ToTokens))
            .collect();
        let filled = fill(template, &fills).to_string();
        assert!(!filled.contains("compile_error"), "{filled}");
    }
}

/// The names after each `$` of `tokens`, in groups too.
#[cfg(test)]
fn placeholders(tokens: TokenStream, names: &mut Vec<String>) {
    let mut after_dollar = false;
    for token in tokens {
        match &token {
            TokenTree::Group(group) => placeholders(group.stream(), names),
            TokenTree::Ident(ident) if after_dollar => names.push(ident.to_string()),
            _ => {}
        }
        after_dollar = matches!(&token, TokenTree::Punct(p) if p.as_char() == '$');
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use super::fill;

    #[test]
    fn placeholders_are_filled_inside_groups() {
        let name = quote!(StatusCode);
        let filled = fill(
            "impl $name { const N: usize = $n; }",
            &[("name", &name), ("n", &3_usize)],
        );
        assert_eq!(
            filled.to_string(),
            quote!(impl StatusCode { const N: usize = 3usize; }).to_string()
        );
    }

    #[test]
    fn a_broken_template_is_a_compile_error() {
        let error = |template: &str| fill(template, &[]).to_string();
        assert!(error("fn f( {").contains("compile_error"));
        assert!(error("$missing").contains("no fill for `$missing`"));
        assert!(error("$").contains("without a name"));
        assert_eq!(fill("", &[]).to_string(), TokenStream::new().to_string());
    }
}
