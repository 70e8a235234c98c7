//! What `check` accepts, rustc compiles: a sample of generated documents
//! (status-codegen/tests/common/documents.rs, the generator of the
//! differential property test, with fixed seeds) that pass `check`, each
//! expanded by `status_table!` in a module of its own of one scratch crate,
//! built in one cargo build under `#![deny(warnings, missing_docs)]` and
//! `#![forbid(unsafe_code)]`, then run: every generated type must work as
//! its document says.

use std::fmt::Write as _;

mod common;
#[path = "../status-codegen/tests/common/documents.rs"]
mod documents;

use common::Scratch;

/// How many documents the sample holds.
const SAMPLE: usize = 40;

/// Checks one module's types, and gives its name and how many codes and
/// classes it has.
const CHECK: &str = r#"
macro_rules! check {
    ($module:ident) => {{
        use $module::{StatusClass, StatusCode};
        for status in StatusCode::ALL {
            assert_eq!(StatusCode::from_u16(status.code()), Some(status));
            assert_eq!(StatusCode::try_from(status.code()), Ok(status));
            assert_eq!(status.as_str().parse::<StatusCode>(), Ok(status));
            assert_eq!(StatusCode::from_reason(status.reason()), Some(status));
            assert_eq!(status.to_string(), status.as_str());
            assert!(status.class().codes().contains(&status));
            assert!(status.class().range().contains(&status.code()));
            let _ = status.description();
        }
        for class in StatusClass::ALL {
            assert_eq!(class.to_string(), class.title());
            assert_eq!(StatusClass::of(*class.range().start()), Some(class));
        }
        (stringify!($module), StatusCode::ALL.len(), StatusClass::ALL.len())
    }};
}
"#;

#[test]
fn a_sample_of_documents_that_pass_check_compiles_and_works() {
    let scratch = Scratch::new(
        "generated-sample",
        "status-macros = { path = {status_macros} }",
    );

    let mut expected = String::new();
    let mut modules = String::new();
    let mut checks = Vec::new();
    let mut seeds = 0..;
    while checks.len() < SAMPLE {
        let seed = seeds.next().unwrap();
        assert!(seed < 10 * SAMPLE as u64, "too few documents pass check");
        let document = documents::document(seed);
        let checked = status_codegen::check("d.md", document.as_bytes());
        if !checked.diagnostics.is_empty() {
            continue;
        }
        let module = format!("d{seed:03}");
        scratch.write(&format!("docs/{module}.md"), &document);
        let _ = writeln!(
            modules,
            "/// Generated from `docs/{module}.md` (seed {seed}).\n\
             pub mod {module} {{\n    status_macros::status_table!(\"docs/{module}.md\");\n}}"
        );
        let _ = writeln!(
            expected,
            "{module} {} {}",
            checked.table.entries.len(),
            checked.table.classes.len()
        );
        checks.push(format!("check!({module})"));
    }

    scratch.write(
        "src/lib.rs",
        &format!(
            "//! Generated status documents, one module each.\n\
             #![forbid(unsafe_code)]\n#![deny(warnings, missing_docs)]\n{CHECK}\n{modules}\n\
             /// Checks every module: (module, codes, classes).\n\
             pub fn check_all() -> [(&'static str, usize, usize); {SAMPLE}] {{\n    [{}]\n}}\n",
            checks.join(", ")
        ),
    );
    scratch.write(
        "src/main.rs",
        "fn main() {\n    for (module, codes, classes) in generated_sample::check_all() {\n        \
         println!(\"{module} {codes} {classes}\");\n    }\n}\n",
    );
    assert_eq!(scratch.cargo(&["run", "--quiet"]), expected);
}
