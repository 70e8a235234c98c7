//! The generated code, pinned: `status-explain expand` (the macros' own
//! expansion, formatted with rustfmt) for the bundled document, an
//! MDN-format document and every catalogue form of the UI tests, with and
//! without a translation. A change to the generated code shows here as a
//! diff, and its commit says why (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test --test snapshots`, then read the diff).
//!
//! A real MDN page (from `../shared/corpus`, whose text is not ours to
//! commit) is pinned by the length and a digest of its expansion instead.

mod common;

use std::process::Command;

/// What `status-explain expand ARGS` prints, run from the repository's
/// root so that the paths in the output are the ones written here.
fn expand(args: &[&str]) -> String {
    expand_in(common::repo(), args)
}

/// What `status-explain expand ARGS` prints, run in `dir`.
fn expand_in(dir: &std::path::Path, args: &[&str]) -> String {
    common::stdout(
        Command::new(env!("CARGO_BIN_EXE_status-explain"))
            .arg("expand")
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env_remove("RUSTFMT"),
    )
}

macro_rules! snapshot {
    ($name:ident, $($arg:expr),+ $(,)?) => {
        #[test]
        fn $name() {
            let args = [$($arg),+];
            insta::with_settings!({ description => args.join(" "), omit_expression => true }, {
                insta::assert_snapshot!(expand(&args));
            });
        }
    };
}

snapshot!(seed, "docs/status.md");
snapshot!(
    seed_with_english,
    "docs/status.md",
    "--as",
    "zh-CN",
    "--translation",
    "en=docs/status.en.md",
);
snapshot!(mdn_format, "tests/ui/pass/mdn_format.md");
snapshot!(
    catalogue_bullets,
    "--catalogue",
    "--name",
    "ApiError",
    "tests/ui/pass/catalogue_bullets.md",
);
snapshot!(
    catalogue_chinese,
    "--catalogue",
    "--name",
    "PayError",
    "--column",
    "解决方案=solution",
    "tests/ui/pass/catalogue_chinese.md",
);
snapshot!(
    catalogue_chinese_with_english,
    "--catalogue",
    "--name",
    "PayError",
    "--column",
    "解决方案=solution",
    "--as",
    "zh-CN",
    "--translation",
    "en=tests/ui/pass/catalogue_chinese.en.md",
    "tests/ui/pass/catalogue_chinese.md",
);
snapshot!(
    catalogue_grpc,
    "--catalogue",
    "--name",
    "Canonical",
    "--codes-may-repeat",
    "--column",
    "Retry after=retry_after",
    "tests/ui/pass/catalogue_grpc.md",
);
snapshot!(
    catalogue_negative,
    "--catalogue",
    "--name",
    "ReturnCode",
    "tests/ui/pass/catalogue_negative.md",
);
snapshot!(
    catalogue_readme,
    "--catalogue",
    "--name",
    "PayError",
    "--column",
    "解决方案=solution",
    "tests/ui/pass/catalogue_readme.md",
);
snapshot!(
    catalogue_readme_with_english,
    "--catalogue",
    "--name",
    "PayError",
    "--column",
    "解决方案=solution",
    "--as",
    "zh-CN",
    "--translation",
    "en=tests/ui/pass/catalogue_readme.en.md",
    "tests/ui/pass/catalogue_readme.md",
);
snapshot!(
    catalogue_strings,
    "--catalogue",
    "--name",
    "ScrapeError",
    "--column",
    "Fix=fix",
    "tests/ui/pass/catalogue_strings.md",
);

/// 64-bit FNV-1a: a digest that stays the same across Rust releases, which
/// `DefaultHasher` does not promise.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn mdn_page_by_digest() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    // Run where the page is, so that the path in the docs is the same on
    // every machine.
    let expansion = expand_in(&corpus, &["mdn-en-us-status.md"]);
    let digest = format!(
        "{} lines, {} bytes, FNV-1a {:016x}",
        expansion.lines().count(),
        expansion.len(),
        fnv1a(expansion.as_bytes())
    );
    insta::assert_snapshot!(digest);
}
