//! The class enum and its impls.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::class_variant;
use crate::expand::template::fill;
use crate::expand::{ENUM_DERIVES, Options, derive, doc, len};
use crate::model::{ClassInfo, Table};
use crate::render::escape_markdown;

/// `enum ClassName { … }`: the class enum, one variant for each section.
pub(super) fn class_enum(table: &Table, options: &Options) -> TokenStream {
    let enum_derives = derive(&ENUM_DERIVES);
    let Options {
        class_attrs,
        class_vis,
        name,
        class_name,
        display_path,
        ..
    } = options;
    let enum_doc = doc(&format!(
        "The classes of [`{name}`], one for each `##` section of `{display_path}`, in document order."
    ));
    let variants = table.classes.iter().map(|info| {
        let docs = doc(&class_doc(info));
        let variant = class_variant(info.class);
        quote!(#docs #variant,)
    });
    quote! {
        #enum_doc
        #class_attrs
        #enum_derives
        #[allow(clippy::doc_markdown, reason = "the docs are the document's prose")]
        #class_vis enum #class_name {
            #(#variants)*
        }
    }
}

/// `impl ClassName { … }` and its `Display`.
pub(super) fn class_impl(table: &Table, options: &Options) -> TokenStream {
    let Options {
        name, class_name, ..
    } = options;
    let n = len(table.classes.len());
    let all = table.classes.iter().map(|info| class_variant(info.class));
    let all = quote!(#(Self::#all),*);
    let mut titles = TokenStream::new();
    let mut ranges = TokenStream::new();
    let mut members = TokenStream::new();
    let mut of_arms = TokenStream::new();
    for info in &table.classes {
        let variant = class_variant(info.class);
        let title = &info.title;
        titles.extend(quote!(Self::#variant => #title,));
        let start = Literal::u16_unsuffixed(info.class.digit() * 100);
        let end = Literal::u16_unsuffixed(info.class.digit() * 100 + 99);
        ranges.extend(quote!(Self::#variant => ::core::ops::RangeInclusive::new(#start, #end),));
        let codes = table
            .entries
            .iter()
            .filter(|e| e.class == info.class)
            .map(super::variant);
        members.extend(quote!(Self::#variant => &[#(#name::#codes),*],));
        let digit = Literal::u16_unsuffixed(info.class.digit());
        of_arms.extend(quote!(#digit => ::core::option::Option::Some(Self::#variant),));
    }

    fill(
        CLASS_IMPL,
        &[
            ("name", name),
            ("class_name", class_name),
            ("n", &n),
            ("all", &all),
            ("titles", &titles),
            ("ranges", &ranges),
            ("members", &members),
            ("of_arms", &of_arms),
        ],
    )
}

fn class_doc(info: &ClassInfo) -> String {
    let mut doc = format!(
        "**{}**: {}xx, {}.",
        escape_markdown(&info.title),
        info.class.digit(),
        info.class.english()
    );
    if !info.intro.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&info.intro);
    }
    doc
}

/// The class enum's impls: see [`class_impl`].
const CLASS_IMPL: &str = r#"
impl $class_name {
    /// Every class in the document, in document order.
    pub const ALL: [Self; $n] = [$all];

    /// The section heading that names this class, such as `客户端响应`.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            $titles
        }
    }

    /// The codes this class covers, such as `400..=499`.
    #[must_use]
    pub const fn range(self) -> ::core::ops::RangeInclusive<u16> {
        match self {
            $ranges
        }
    }

    /// The codes of this class that the document lists, in document order.
    #[must_use]
    pub const fn codes(self) -> &'static [$name] {
        match self {
            $members
        }
    }

    /// The class whose range holds `code`, if the document has a section
    /// for it.
    #[must_use]
    pub const fn of(code: u16) -> ::core::option::Option<Self> {
        match code / 100 {
            $of_arms
            _ => ::core::option::Option::None,
        }
    }
}

impl ::core::fmt::Display for $class_name {
    /// Writes the section heading, such as `客户端响应`.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.title())
    }
}
"#;

#[cfg(test)]
#[test]
fn templates_parse() {
    crate::expand::template::assert_parse(&[CLASS_IMPL]);
}
