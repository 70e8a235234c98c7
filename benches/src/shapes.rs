//! The worst shapes a status document can take, for measuring what
//! `status_table!` costs on them: time and peak memory of
//! `status_codegen::check` and `status_codegen::generate`.
//!
//! Each measurement runs in a child process of its own (the benchmark runs
//! itself with `--shape NAME SIZE`), so that the peak resident set size
//! (`VmHWM` in `/proc/self/status`) is that of one document alone.

use std::fmt::Write as _;
use std::time::Instant;

/// One pathological kind of document, generated at any size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One entry whose description is a list nested `size` levels deep,
    /// written on one line: `- - - … - x`.
    DeepList,
    /// One entry whose description is one paragraph of `size` lines
    /// (`  x`), four bytes each.
    ManyLines,
    /// `size` entries in one section, codes 200–299 over and over: all but
    /// the first hundred are duplicates, so the document has errors.
    ManyEntries,
    /// One entry whose description is one line of `size` bytes.
    LongLine,
}

impl Shape {
    /// Every shape, in the order of the report.
    pub const ALL: [Shape; 4] = [
        Shape::DeepList,
        Shape::ManyLines,
        Shape::ManyEntries,
        Shape::LongLine,
    ];

    /// The name used on the command line and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Shape::DeepList => "deep-list",
            Shape::ManyLines => "many-lines",
            Shape::ManyEntries => "many-entries",
            Shape::LongLine => "long-line",
        }
    }

    /// The shape named `name`.
    pub fn from_name(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|shape| shape.name() == name)
    }

    /// What `size` counts.
    pub fn unit(self) -> &'static str {
        match self {
            Shape::DeepList => "levels",
            Shape::ManyLines => "lines",
            Shape::ManyEntries => "entries",
            Shape::LongLine => "bytes",
        }
    }

    /// The sizes measured: growing, so that the growth shows. `quick`
    /// gives small ones, to check that everything runs.
    pub fn sizes(self, quick: bool) -> &'static [usize] {
        match (self, quick) {
            // Each doubles twice, the largest just under the 8 MiB limit
            // (the deep list: three times the 15,000 levels).
            (Shape::DeepList, false) => &[11_250, 22_500, 45_000],
            (Shape::ManyLines, false) => &[500_000, 1_000_000, 2_000_000],
            (Shape::ManyEntries, false) => &[75_000, 150_000, 300_000],
            (Shape::LongLine, false) => &[2_000_000, 4_000_000, 8_000_000],
            (Shape::DeepList, true) => &[100],
            (Shape::ManyLines, true) => &[1_000],
            (Shape::ManyEntries, true) => &[1_000],
            (Shape::LongLine, true) => &[10_000],
        }
    }

    /// The document of this shape at `size`.
    pub fn document(self, size: usize) -> String {
        let mut out = String::from("## 成功响应\n\n");
        match self {
            Shape::DeepList => {
                out.push_str("- 200 OK\n\n  ");
                out.push_str(&"- ".repeat(size));
                out.push_str("x\n");
            }
            Shape::ManyLines => {
                out.push_str("- 200 OK\n\n");
                out.push_str(&"  x\n".repeat(size));
            }
            Shape::ManyEntries => {
                for i in 0..size {
                    let _ = write!(out, "- {} Reason {i}\n\n  x\n\n", 200 + i % 100);
                }
            }
            Shape::LongLine => {
                out.push_str("- 200 OK\n\n  ");
                let words = "lorem ipsum ".repeat(size / 12 + 1);
                out.push_str(&words[..size]);
                out.push('\n');
            }
        }
        out
    }
}

/// What one shape at one size cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measurement {
    /// The document's size in bytes.
    pub bytes: usize,
    /// How many problems `check` found.
    pub problems: usize,
    /// `check`, in milliseconds.
    pub check_ms: f64,
    /// `generate`, in milliseconds.
    pub generate_ms: f64,
    /// The resident set size before `check`, with the document in memory,
    /// in KiB; `None` where `/proc/self/status` cannot be read.
    pub rss_before_kib: Option<u64>,
    /// The peak resident set size of the process, in KiB.
    pub peak_kib: Option<u64>,
}

impl Measurement {
    /// One line of text, for the parent process to read back.
    pub fn to_line(&self) -> String {
        let kib = |v: Option<u64>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
        format!(
            "{} {} {} {} {} {}",
            self.bytes,
            self.problems,
            self.check_ms,
            self.generate_ms,
            kib(self.rss_before_kib),
            kib(self.peak_kib)
        )
    }

    /// The measurement that [`Measurement::to_line`] wrote.
    pub fn from_line(line: &str) -> Option<Measurement> {
        let mut fields = line.split_whitespace();
        let mut next = || fields.next();
        let kib = |v: &str| v.parse().ok();
        Some(Measurement {
            bytes: next()?.parse().ok()?,
            problems: next()?.parse().ok()?,
            check_ms: next()?.parse().ok()?,
            generate_ms: next()?.parse().ok()?,
            rss_before_kib: kib(next()?),
            peak_kib: kib(next()?),
        })
    }
}

/// A `kB` field of `/proc/self/status`, such as `VmHWM` or `VmRSS`.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| {
        let rest = line.strip_prefix(field)?.strip_prefix(':')?;
        rest.trim().strip_suffix("kB")?.trim().parse().ok()
    })
}

/// Generates the document and measures `check` and `generate` on it, in
/// this process: call it in a process of its own.
pub fn measure(shape: Shape, size: usize) -> Measurement {
    let document = shape.document(size);
    let mut options = status_codegen::expand::Options::new("docs/status.md");
    options.tracking_path = Some("../docs/status.md".to_owned());
    let rss_before_kib = status_kib("VmRSS");
    let t0 = Instant::now();
    let checked = status_codegen::check("docs/status.md", document.as_bytes());
    let t1 = Instant::now();
    let tokens = status_codegen::generate(&checked, &options, proc_macro2::Span::call_site());
    let t2 = Instant::now();
    let peak_kib = status_kib("VmHWM");
    std::hint::black_box(&tokens);
    Measurement {
        bytes: document.len(),
        problems: checked.diagnostics.len(),
        check_ms: (t1 - t0).as_secs_f64() * 1e3,
        generate_ms: (t2 - t1).as_secs_f64() * 1e3,
        rss_before_kib,
        peak_kib,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_have_their_size_and_expected_problems() {
        assert_eq!(Shape::LongLine.document(1000).len(), 1000 + 30);
        assert_eq!(Shape::ManyLines.document(10).matches("  x\n").count(), 10);
        for shape in Shape::ALL {
            assert_eq!(Shape::from_name(shape.name()), Some(shape));
            let checked = status_codegen::check("t.md", shape.document(300).as_bytes());
            let expected = if shape == Shape::ManyEntries { 200 } else { 0 };
            assert_eq!(checked.diagnostics.len(), expected, "{shape:?}");
        }
    }

    #[test]
    fn measurements_survive_the_round_trip() {
        let m = measure(Shape::ManyLines, 100);
        assert_eq!(Measurement::from_line(&m.to_line()), Some(m));
        assert_eq!(m.problems, 0);
    }
}
