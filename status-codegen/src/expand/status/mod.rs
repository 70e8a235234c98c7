//! [`Table`] to Rust: the status enum, its class enum, their methods and
//! trait impls, and two error types.
//!
//! One file for each thing generated: `code.rs` (the status enum, its
//! inherent items and private helpers), `phrase.rs` (`from_reason`'s
//! lookup), `registry.rs` (the IANA registry's phrases where the
//! document writes others), `class.rs`, `conversions.rs` (the status
//! enum's trait impls) and `language.rs` (the tables of translations, when
//! the caller names languages). This one puts them together.

mod class;
mod code;
mod conversions;
mod language;
mod phrase;
mod registry;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use self::class::{class_enum, class_impl};
use self::code::{helpers, status_enum, status_impl};
use self::conversions::{conversions, errors};
use self::phrase::FromReason;
use super::{Model, Options, ident, tracking};
use crate::model::{Class, ClassInfo, Entry, Table};

impl Model for Table {
    const NAME: &'static str = "StatusCode";
    type Entry = Entry;

    fn entries(&self) -> &[Entry] {
        &self.entries
    }

    fn find(&self, entry: &Entry) -> Option<&Entry> {
        self.entries.iter().find(|x| x.code == entry.code)
    }

    fn text(entry: &Entry) -> &str {
        &entry.text
    }
}

/// The generated items for `table`: the two enums and the two error types,
/// then everything else inside an anonymous `const _: () = { … };`, as
/// askama and pest generate: the impls, which take effect wherever they
/// are written, and the private helpers they call, as free items of that
/// block. Names declared in a block are in scope only inside it, so the
/// generated types' inherent items are exactly their documented API, and
/// the user may define an item of any other name on them or beside them.
pub fn expand(table: &Table, options: &Options) -> TokenStream {
    let tracking = tracking(options.tracking_path.as_deref());
    let spellings = registry::spellings(table);
    let phrases = registry::phrases(table, &spellings);
    let from_reason = FromReason::new(table, &phrases, options);
    let status = status_enum(table, &spellings, options);
    let class = class_enum(table, options);
    let errors = errors(table, options);
    let error_types = errors.types(&options.vis, &options.name);
    let status_impl = status_impl(table, &spellings, options, &from_reason);
    let class_impl = class_impl(table, options);
    let conversions = conversions(table, options);
    let error_impls = errors.impls(&options.name);
    let helpers = helpers(table, options, &from_reason);
    let (language_enum, language_items) = language::expand(table, options);
    quote! {
        #tracking
        #status
        #class
        #error_types

        #[allow(
            deprecated,
            reason = "the generated code names deprecated variants; the user's code gets the warning"
        )]
        const _: () = {
            #status_impl
            #class_impl
            #conversions
            #error_impls
            #helpers
            #language_items
        };

        #language_enum
    }
}

/// The items after a problem in the document: the valid part of `table`,
/// and every class the document lacks (without codes), so that code naming
/// any class, or calling `class()`, keeps compiling and the only errors are
/// the document's.
pub fn skeleton(table: &Table, options: &Options) -> TokenStream {
    let mut complete = table.clone();
    for class in Class::ALL.into_iter() {
        if !complete.classes.iter().any(|info| info.class == class) {
            complete.classes.push(ClassInfo {
                class,
                title: class.english().to_owned(),
                intro: String::new(),
            });
        }
    }
    expand(&complete, options)
}

fn variant(entry: &Entry) -> Ident {
    ident(&entry.ident)
}

fn class_variant(class: Class) -> Ident {
    ident(class.ident())
}
