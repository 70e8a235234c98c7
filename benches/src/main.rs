//! `cargo run -p status-bench --release [-- --quick]`: the run-time and
//! expansion-time benchmarks of `status-codes`, printed as Markdown tables.
//!
//! `--quick` (or `STATUS_BENCH_QUICK=1`) runs every benchmark briefly, to
//! check that they build and run; its numbers mean nothing.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use status_bench::document;
use status_bench::harness::{self, Config, Contender, Measured, Summary};
use status_bench::negotiate::{self, many, seven};
use status_bench::reference;
use status_bench::shapes::{self, Measurement, Shape};
use status_codes::{Language, StatusClass, StatusCode};

/// Inputs per pass.
const LEN: usize = 1024;
/// Inputs per pass of the phrase parse: enough, with a reshuffle before
/// every batch, that the branch predictor cannot learn the sequence.
const PHRASE_LEN: usize = 16_384;
/// Listed reason phrases, as written, for the phrase parse measured as the
/// issue that set its target did.
const LISTED_PHRASES: usize = 4_096;
/// One input in ten is not a listed code.
const INVALID_PERCENT: u64 = 10;

const USAGE: &str = "usage: status-bench [--quick] [--filter TEXT]\n\
    \n\
    Runs the run-time benchmarks (status-codes against http and a hand-written enum)\n\
    and the expansion-time benchmarks, and prints Markdown tables.\n\
    \n\
    --quick         a few short batches, to check that everything runs (also STATUS_BENCH_QUICK=1)\n\
    --filter TEXT   only the operations whose name contains TEXT (\"expansion\" for the expansion time,\n\
                    \"translations\" for catalogue translations, \"shapes\" for the worst-case documents,\n\
                    \"negotiate\" for Language::negotiate on long headers)\n\
    --shape NAME N  measure one worst-case document in this process and print one line (what the\n\
                    benchmark runs in a child process for each shape and size)";

fn main() -> ExitCode {
    let mut quick =
        std::env::var_os("STATUS_BENCH_QUICK").is_some_and(|v| !v.is_empty() && v != "0");
    let mut filter = String::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--quick" => quick = true,
            "--filter" => match args.next() {
                Some(text) => filter = text,
                None => {
                    eprintln!("status-bench: --filter needs a value\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            // `cargo bench` passes `--bench`.
            "--bench" => {}
            "--shape" => return shape_child(args.next(), args.next()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("status-bench: unknown argument `{other}`\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let config = if quick {
        Config::quick()
    } else {
        Config::full()
    };

    println!(
        "# status-bench{}\n",
        if quick {
            " --quick (numbers are not meaningful)"
        } else {
            ""
        }
    );
    print_machine("at start");
    let started = Instant::now();
    let mut targets = runtime(&config, &filter);
    println!();
    if "negotiate".contains(filter.as_str()) {
        targets.extend(negotiation(quick));
        println!();
    }
    if "expansion".contains(filter.as_str()) {
        expansion(quick);
        println!();
    }
    if "translations".contains(filter.as_str()) {
        translations(quick);
        println!();
    }
    if "worst-case shapes".contains(filter.as_str()) {
        worst_cases(quick);
        println!();
    }
    println!("Targets (medians of same-run ratios; informational, never an error):\n");
    if quick || cfg!(debug_assertions) {
        println!(
            "(a quick or unoptimized run: these verdicts say nothing; use --release without --quick)\n"
        );
    }
    for target in &targets {
        println!("- {target}");
    }
    println!();
    print_machine("at end");
    println!("- total time: {:.1} s", started.elapsed().as_secs_f64());
    ExitCode::SUCCESS
}

/// Prints the machine, compiler, profile and load.
fn print_machine(when: &str) {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name")?.split_once(':'))
        .map_or("unknown", |(_, model)| model.trim());
    let threads = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_else(|_| "unknown".into());
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    let rustc =
        std::process::Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
            .arg("-V")
            .output()
            .ok()
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .map_or_else(|| "unknown".to_owned(), |v| v.trim().to_owned());
    let profile = if cfg!(debug_assertions) {
        "dev (unoptimized)"
    } else {
        "release"
    };
    println!("Machine {when}:\n");
    println!("- CPU: {model}, {threads} threads available");
    println!("- compiler: {rustc}; profile: {profile}");
    println!("- load average (1, 5, 15 min): {}\n", load.join(" "));
}

/// xorshift64*: reproducible inputs without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Reason phrases that the document does not list.
const UNLISTED_REASONS: [&str; 6] = [
    "I'm a teapot",
    "Payment Required",
    "Gone",
    "Not Founds",
    "Too Many Requests",
    "Conflict",
];

/// The inputs of the random-input benchmarks.
struct Inputs {
    /// Codes: listed ones, and one in ten that is not (0–999).
    codes: Vec<u16>,
    /// The same codes as decimal strings.
    code_strings: Vec<String>,
    /// Listed codes only, for the operations that take a status.
    valid: Vec<u16>,
}

impl Inputs {
    fn random(len: usize) -> Inputs {
        let mut rng = Rng(0x5EED_0000_0404);
        let listed: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
        let mut codes = Vec::with_capacity(len);
        let mut valid = Vec::with_capacity(len);
        for _ in 0..len {
            if rng.next() % 100 < INVALID_PERCENT {
                let code = loop {
                    let code = rng.below(1000) as u16;
                    if !listed.contains(&code) {
                        break code;
                    }
                };
                codes.push(code);
            } else {
                let status = StatusCode::ALL[rng.below(StatusCode::ALL.len())];
                codes.push(status.code());
            }
            valid.push(StatusCode::ALL[rng.below(StatusCode::ALL.len())].code());
        }
        Inputs {
            code_strings: codes.iter().map(u16::to_string).collect(),
            codes,
            valid,
        }
    }

    fn fixed(len: usize) -> Inputs {
        Inputs {
            codes: vec![404; len],
            code_strings: vec!["404".to_owned(); len],
            valid: vec![404; len],
        }
    }
}

/// One line of the run-time table.
struct Row {
    op: &'static str,
    input: &'static str,
    baseline: &'static str,
    measured: Vec<Measured>,
}

impl Row {
    fn ratio(&self, name: &str) -> f64 {
        self.measured
            .iter()
            .find(|m| m.name == name)
            .map_or(f64::NAN, |m| m.ratio.median)
    }
}

const OURS: &str = "status-codes";
const HTTP: &str = "http";
const HAND: &str = "hand-written";
const U16: &str = "u16 parse of \"404\"";
const DESCRIPTION: &str = "description()";
const TITLE: &str = "title()";

/// Runs the run-time benchmarks, prints their table and returns how the
/// targets fared.
fn runtime(config: &Config, filter: &str) -> Vec<String> {
    println!("## Run time\n");
    println!(
        "{} batches per operation and implementation, each about {} µs; {LEN} inputs per pass; \
         random inputs: listed codes with {INVALID_PERCENT}% unlisted ones (from_u16, parse), \
         listed codes only (operations on a status); fixed input: 404. The phrase parse has \
         {PHRASE_LEN} inputs per pass, reshuffled before every batch: random reason phrases in \
         mixed ASCII case with {INVALID_PERCENT}% unlisted ones, against a `u16` parse of their \
         codes; {LISTED_PHRASES} listed phrases as written, in random order; fixed: \
         `\"Not Found\"` against `\"404\"`.\n",
        config.batches,
        config.batch_time.as_micros()
    );
    let mut rows = Vec::new();
    for (input, inputs) in [
        ("random", Inputs::random(LEN)),
        ("fixed 404", Inputs::fixed(LEN)),
    ] {
        rows.extend(runtime_rows(config, filter, input, &inputs));
    }
    rows.extend(phrase_rows(config, filter));
    if rows.is_empty() {
        println!("No operation matches the filter.");
        return Vec::new();
    }

    println!(
        "| operation | input | implementation | ns per op, median (min–max) | ratio to baseline, median (min–max) |"
    );
    println!("|---|---|---|---|---|");
    for row in &rows {
        for m in &row.measured {
            let ratio = if m.name == row.baseline {
                "baseline".to_owned()
            } else {
                m.ratio.display(2)
            };
            println!(
                "| {} | {} | {} | {} | {} |",
                row.op,
                row.input,
                m.name,
                m.nanos.display(2),
                ratio
            );
        }
    }

    let mut targets = Vec::new();
    let mut target = |op: &str, input: &str, limit: f64, against: &str| {
        for row in rows
            .iter()
            .filter(|r| r.op == op && (input.is_empty() || r.input == input))
        {
            let ratio = row.ratio(OURS);
            let verdict = if ratio <= limit { "met" } else { "MISSED" };
            targets.push(format!(
                "{op} ({}): status-codes / {against} = {ratio:.3}, target ≤ {limit}: {verdict}",
                row.input
            ));
        }
    };
    target("from_u16", "", 1.0, HTTP);
    target("reason", "random", 0.5, HTTP);
    target("Display into a String", "", 0.5, HTTP);
    target("\"404\".parse()", "", 1.0, HTTP);
    target("\"Not Found\".parse()", "", 2.0, U16);
    targets
}

fn runtime_rows(config: &Config, filter: &str, input: &'static str, inputs: &Inputs) -> Vec<Row> {
    let ours: Vec<StatusCode> = inputs
        .valid
        .iter()
        .map(|&c| StatusCode::from_u16(c).expect("listed"))
        .collect();
    let http: Vec<http::StatusCode> = inputs
        .valid
        .iter()
        .map(|&c| http::StatusCode::from_u16(c).expect("valid"))
        .collect();
    let hand: Vec<reference::StatusCode> = inputs
        .valid
        .iter()
        .map(|&c| reference::StatusCode::from_u16(c).expect("listed"))
        .collect();
    let codes = &inputs.codes[..];
    let strings: Vec<&str> = inputs.code_strings.iter().map(String::as_str).collect();
    let strings = &strings[..];
    let mut rows = Vec::new();
    let mut group =
        |op: &'static str, baseline: &'static str, mut contenders: Vec<Contender<'_>>| {
            if !op.contains(filter) {
                return;
            }
            let base = contenders
                .iter()
                .position(|c| c.name == baseline)
                .expect("baseline");
            let measured = harness::compare(config, LEN, &mut contenders, base);
            rows.push(Row {
                op,
                input,
                baseline,
                measured,
            });
        };

    group(
        "from_u16",
        HTTP,
        vec![
            Contender::over(OURS, codes, StatusCode::from_u16),
            Contender::over(HTTP, codes, |c| http::StatusCode::from_u16(c).ok()),
            Contender::over(HAND, codes, reference::StatusCode::from_u16),
        ],
    );
    group(
        "code",
        HTTP,
        vec![
            Contender::over(OURS, &ours, StatusCode::code),
            Contender::over(HTTP, &http, |s| s.as_u16()),
            Contender::over(HAND, &hand, reference::StatusCode::code),
        ],
    );
    group(
        "reason",
        HTTP,
        vec![
            Contender::over(OURS, &ours, StatusCode::reason),
            Contender::over(HTTP, &http, |s| s.canonical_reason()),
            Contender::over(HAND, &hand, reference::StatusCode::reason),
        ],
    );
    let (mut buf_ours, mut buf_http, mut buf_hand) = (String::new(), String::new(), String::new());
    group(
        "Display into a String",
        HTTP,
        vec![
            Contender::over(OURS, &ours, move |s| {
                buf_ours.clear();
                let _ = write!(buf_ours, "{s}");
                buf_ours.len()
            }),
            Contender::over(HTTP, &http, move |s| {
                buf_http.clear();
                let _ = write!(buf_http, "{s}");
                buf_http.len()
            }),
            Contender::over(HAND, &hand, move |s| {
                buf_hand.clear();
                let _ = write!(buf_hand, "{s}");
                buf_hand.len()
            }),
        ],
    );
    group(
        "to_string",
        HTTP,
        vec![
            Contender::over(OURS, &ours, |s| s.to_string()),
            Contender::over(HTTP, &http, |s| s.to_string()),
            Contender::over(HAND, &hand, |s| s.to_string()),
        ],
    );
    // Descriptions and titles in a language against the primary's: each is
    // one load from a table indexed by language and position.
    let classes: Vec<StatusClass> = ours.iter().map(|s| s.class()).collect();
    let mut rng = Rng(0x5EED_0000_01A6);
    let languages: Vec<Language> = ours
        .iter()
        .map(|_| Language::ALL[rng.below(Language::ALL.len())])
        .collect();
    let with_language: Vec<(StatusCode, Language)> = ours
        .iter()
        .copied()
        .zip(languages.iter().copied())
        .collect();
    let classes_with_language: Vec<(StatusClass, Language)> = classes
        .iter()
        .copied()
        .zip(languages.iter().copied())
        .collect();
    group(
        "description",
        DESCRIPTION,
        vec![
            Contender::over(DESCRIPTION, &ours, StatusCode::description),
            Contender::over("description_in(ZhCn)", &ours, |s| {
                s.description_in(Language::ZhCn)
            }),
            Contender::over("description_in(En)", &ours, |s| {
                s.description_in(Language::En)
            }),
            Contender::over(
                "description_in(random language)",
                &with_language,
                |(s, l)| s.description_in(l),
            ),
            Contender::over("translation(En)", &ours, |s| s.translation(Language::En)),
        ],
    );
    group(
        "title",
        TITLE,
        vec![
            Contender::over(TITLE, &classes, StatusClass::title),
            Contender::over("title_in(En)", &classes, |c| c.title_in(Language::En)),
            Contender::over(
                "title_in(random language)",
                &classes_with_language,
                |(c, l)| c.title_in(l),
            ),
        ],
    );
    group(
        "\"404\".parse()",
        HTTP,
        vec![
            Contender::over(OURS, strings, |s| s.parse::<StatusCode>().ok()),
            Contender::over(HTTP, strings, |s| s.parse::<http::StatusCode>().ok()),
            Contender::over(HAND, strings, |s| s.parse::<reference::StatusCode>().ok()),
            Contender::over(U16, strings, |s| s.parse::<u16>().ok()),
        ],
    );
    rows
}

/// `phrase` in a random mix of ASCII cases: as written, lower case, upper
/// case, or each letter's case drawn at random.
fn mixed_case(phrase: &str, rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => phrase.to_owned(),
        1 => phrase.to_ascii_lowercase(),
        2 => phrase.to_ascii_uppercase(),
        _ => phrase
            .chars()
            .map(|c| {
                if rng.next() & 1 == 0 {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect(),
    }
}

/// The phrase parse against a `u16` parse: on `PHRASE_LEN` random phrases
/// in mixed case (one in ten unlisted) and their codes as strings, each
/// list reshuffled before every batch; and on `"Not Found"` against `"404"`.
fn phrase_rows(config: &Config, filter: &str) -> Vec<Row> {
    const OP: &str = "\"Not Found\".parse()";
    if !OP.contains(filter) {
        return Vec::new();
    }
    let mut rng = Rng(0x5EED_0000_0012);
    let mut phrases = Vec::with_capacity(PHRASE_LEN);
    let mut codes = Vec::with_capacity(PHRASE_LEN);
    let listed: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    for _ in 0..PHRASE_LEN {
        if rng.next() % 100 < INVALID_PERCENT {
            let phrase = UNLISTED_REASONS[rng.below(UNLISTED_REASONS.len())];
            phrases.push(mixed_case(phrase, &mut rng));
            let code = loop {
                let code = rng.below(1000) as u16;
                if !listed.contains(&code) {
                    break code;
                }
            };
            codes.push(code.to_string());
        } else {
            let status = StatusCode::ALL[rng.below(StatusCode::ALL.len())];
            phrases.push(mixed_case(status.reason(), &mut rng));
            codes.push(status.code().to_string());
        }
    }
    // As the issue that set the target measured it: listed phrases only,
    // as written, in random order.
    let listed_statuses: Vec<StatusCode> = (0..LISTED_PHRASES)
        .map(|_| StatusCode::ALL[rng.below(StatusCode::ALL.len())])
        .collect();
    // Owned copies, as a server reads them, not the 26 static strings that
    // `reason()` returns, which stay in cache.
    let listed_phrases: Vec<String> = listed_statuses
        .iter()
        .map(|s| s.reason().to_owned())
        .collect();
    let listed_codes: Vec<String> = listed_statuses
        .iter()
        .map(|s| s.code().to_string())
        .collect();
    let fixed_phrases = vec!["Not Found"; PHRASE_LEN];
    let fixed_codes = vec!["404"; PHRASE_LEN];
    let random_phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
    let random_codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let mut rows = Vec::new();
    for (input, phrases, codes) in [
        ("random, mixed case", random_phrases, random_codes),
        (
            "random, listed, as written",
            listed_phrases.iter().map(String::as_str).collect(),
            listed_codes.iter().map(String::as_str).collect(),
        ),
        ("fixed \"Not Found\"", fixed_phrases, fixed_codes),
    ] {
        let len = phrases.len();
        let phrases = RefCell::new(phrases);
        let codes = RefCell::new(codes);
        let mut contenders = vec![
            Contender::over_cell(OURS, &phrases, |s| s.parse::<StatusCode>().ok()),
            Contender::over_cell(HAND, &phrases, |s| s.parse::<reference::StatusCode>().ok()),
            Contender::over_cell(U16, &codes, |s| s.parse::<u16>().ok()),
        ];
        let measured = harness::compare_with(config, len, &mut contenders, 2, |_| {
            shuffle(&mut phrases.borrow_mut(), &mut rng);
            shuffle(&mut codes.borrow_mut(), &mut rng);
        });
        rows.push(Row {
            op: OP,
            input,
            baseline: U16,
            measured,
        });
    }
    rows
}

/// Fisher–Yates.
fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// Times `status_codegen::check` and `status_codegen::generate` on the seed
/// document and on the large one.
fn expansion(quick: bool) {
    println!("## Expansion time\n");
    println!(
        "What `status_table!` does after reading the file: `status_codegen::check` (decode, parse, \
         validate) and `status_codegen::generate` (tokens), in this process (proc-macro2's \
         fallback tokens, not the compiler's), in milliseconds. `to_string` (not part of the \
         expansion) shows the size of the output.\n"
    );
    println!(
        "| document | size | codes | runs | check, ms | generate, ms | check + generate, ms | output | to_string, ms |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let seed: &[u8] = include_bytes!("../docs/status.md");
    let large = document::large();
    let documents = [
        ("seed `docs/status.md`", seed, if quick { 3 } else { 201 }),
        (
            "large (100–599)",
            large.as_bytes(),
            if quick { 1 } else { 21 },
        ),
    ];
    for (name, bytes, runs) in documents {
        let mut options = status_codegen::expand::Options::new("docs/status.md");
        options.tracking_path = Some("../docs/status.md".to_owned());
        let first = status_codegen::check("docs/status.md", bytes);
        assert!(
            first.diagnostics.is_empty(),
            "{name} has problems: {:?}",
            first.rendered_diagnostics()
        );
        let output_len = status_codegen::generate(&first, &options, proc_macro2::Span::call_site())
            .to_string()
            .len();
        let [check, generate, total, text] = harness::time_phases(runs, || {
            let t0 = Instant::now();
            let checked = status_codegen::check("docs/status.md", black_box(bytes));
            let t1 = Instant::now();
            let tokens =
                status_codegen::generate(&checked, &options, proc_macro2::Span::call_site());
            let t2 = Instant::now();
            let text = black_box(&tokens).to_string();
            let t3 = Instant::now();
            black_box((checked, tokens, text));
            [t1 - t0, t2 - t1, t2 - t0, t3 - t2]
        });
        let ms = |s: Summary| s.display(if s.median < 10.0 { 3 } else { 1 });
        println!(
            "| {name} | {:.1} KB | {} | {runs} | {} | {} | {} | {:.0} KB | {} |",
            bytes.len() as f64 / 1024.0,
            first.table.entries.len(),
            ms(check),
            ms(generate),
            ms(total),
            output_len as f64 / 1024.0,
            ms(text)
        );
    }
}

/// `Language::negotiate` on long headers, plain ranges and the `*;q=`
/// ladder, at 7 and 201 languages: nanoseconds per KB of header; returns
/// how the targets fared (ladder within 2x of plain ranges at 201
/// languages, no 64 KB header over 1 ms).
fn negotiation(quick: bool) -> Vec<String> {
    println!("## Negotiation\n");
    println!(
        "`Language::negotiate` on `Accept-Language` values of 1, 8 and 64 KB, for two language \
         enums that `build.rs` makes with `status_codegen::expand::language::language_enum`: 7 \
         languages and 201. *Plain*: ranges that name languages, offered or not, with qualities \
         rising from 0.001 to 1 (`fr-CH;q=0.001,en;q=0.002,…`); *ladder*: `*;q=0.001,*;q=0.002,…`; \
         *one-letter ranges*: `a,a,a,…`, the most ranges per KB, each looked up. \
         Nanoseconds per KB of header and microseconds per call, median (min–max) of the samples, \
         each sample about 1 MB of headers; the ratio of the ladder to the plain ranges.\n"
    );
    println!("| languages | size | header | ns per KB | µs per call | ladder / plain |");
    println!("|---|---|---|---|---|---|");
    let sizes: &[usize] = if quick {
        &[1024]
    } else {
        &[1024, 8 * 1024, 64 * 1024]
    };
    let samples = if quick { 3 } else { 31 };
    let seven_tags: Vec<&str> = seven::Language::ALL.iter().map(|l| l.tag()).collect();
    let many_tags: Vec<&str> = many::Language::ALL.iter().map(|l| l.tag()).collect();
    let seven: fn(&str) -> usize = |h| seven::Language::negotiate(h) as usize;
    let many: fn(&str) -> usize = |h| many::Language::negotiate(h) as usize;
    let mut targets = Vec::new();
    for (tags, negotiate) in [(&seven_tags, seven), (&many_tags, many)] {
        let count = tags.len();
        for &size in sizes {
            let plain = negotiate::plain(tags, size);
            let ladder = negotiate::star_ladder(size);
            let calls = (1 << 20) / size;
            let time = |header: &str| {
                let [per_call] = harness::time_phases(samples, || {
                    let t0 = Instant::now();
                    for _ in 0..calls {
                        black_box(negotiate(black_box(header)));
                    }
                    [t0.elapsed() / u32::try_from(calls).expect("few calls")]
                });
                per_call
            };
            let short = negotiate::short_ranges(size);
            let (plain_ms, ladder_ms, short_ms) = (time(&plain), time(&ladder), time(&short));
            let ratio = ladder_ms.median / plain_ms.median;
            for (name, header, ms) in [
                ("plain", &plain, plain_ms),
                ("ladder", &ladder, ladder_ms),
                ("one-letter ranges", &short, short_ms),
            ] {
                let kb = header.len() as f64 / 1024.0;
                let per_kb = Summary {
                    median: ms.median * 1e6 / kb,
                    min: ms.min * 1e6 / kb,
                    max: ms.max * 1e6 / kb,
                };
                let micros = Summary {
                    median: ms.median * 1e3,
                    min: ms.min * 1e3,
                    max: ms.max * 1e3,
                };
                let ratio = if name == "ladder" {
                    format!("{ratio:.2}")
                } else {
                    String::new()
                };
                println!(
                    "| {count} | {} KB | {name} | {} | {} | {ratio} |",
                    size / 1024,
                    per_kb.display(0),
                    micros.display(2)
                );
                if size == 64 * 1024 {
                    let verdict = if ms.max <= 1.0 { "met" } else { "MISSED" };
                    targets.push(format!(
                        "negotiate ({count} languages, 64 KB {name}): {:.3} ms per call in the slowest sample, \
                         target ≤ 1 ms: {verdict}",
                        ms.max
                    ));
                }
            }
            if count == 201 && size == *sizes.last().expect("a size") {
                let verdict = if ratio <= 2.0 { "met" } else { "MISSED" };
                targets.push(format!(
                    "negotiate (201 languages, {} KB): ladder / plain = {ratio:.3}, target ≤ 2: \
                     {verdict}",
                    size / 1024
                ));
            }
        }
    }
    targets
}

/// `check` of a catalogue alone, and of the catalogue and a translation of
/// every row: translations are matched to the primary's rows through a
/// map, so the translation adds about one more document's check.
fn translations(quick: bool) {
    use status_codegen::catalogue::{self, CatalogueOptions};
    println!("## Catalogue translations\n");
    println!(
        "`status_codegen::catalogue::check` on a catalogue of one table, alone, then with \
         `check_translation` on its English translation (the same rows), in milliseconds, and \
         their ratio; then the translation checked as a catalogue of its own (no matching), \
         and how the check with the translation compares with the two documents checked \
         apart: what matching the rows costs.\n"
    );
    println!(
        "| rows | catalogue | translation | runs | alone, ms | with the translation, ms | ratio \
         | translation alone, ms | with / both alone |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let sizes: &[usize] = if quick { &[1_000] } else { &[10_000, 40_000] };
    let options = CatalogueOptions::default();
    for &rows in sizes {
        let (primary, translation) = document::catalogue_pair(rows);
        let checked = catalogue::check("errors.md", primary.as_bytes(), &options);
        let translated = catalogue::check_translation(
            "errors.en.md",
            translation.as_bytes(),
            Some(&checked.table),
            "errors.md",
            &options,
        );
        assert!(
            checked.diagnostics.is_empty() && translated.diagnostics.is_empty(),
            "the catalogue or its translation has problems: {:?} {:?}",
            checked.rendered_diagnostics(),
            translated.rendered_diagnostics()
        );
        let runs = if quick { 1 } else { 5 };
        let [alone, both, second] = harness::time_phases(runs, || {
            let t0 = Instant::now();
            let checked = catalogue::check("errors.md", black_box(primary.as_bytes()), &options);
            let t1 = Instant::now();
            let translated = catalogue::check_translation(
                "errors.en.md",
                black_box(translation.as_bytes()),
                Some(&checked.table),
                "errors.md",
                &options,
            );
            let t2 = Instant::now();
            let unmatched =
                catalogue::check("errors.en.md", black_box(translation.as_bytes()), &options);
            let t3 = Instant::now();
            black_box((checked, translated, unmatched));
            [t1 - t0, t2 - t0, t3 - t2]
        });
        println!(
            "| {rows} | {:.0} KB | {:.0} KB | {runs} | {} | {} | {:.2} | {} | {:.2} |",
            primary.len() as f64 / 1024.0,
            translation.len() as f64 / 1024.0,
            alone.display(0),
            both.display(0),
            both.median / alone.median,
            second.display(0),
            both.median / (alone.median + second.median)
        );
    }
}

/// `--shape NAME SIZE`: measures one worst-case document and prints the
/// measurement as one line.
fn shape_child(name: Option<String>, size: Option<String>) -> ExitCode {
    let shape = name.as_deref().and_then(Shape::from_name);
    let size = size.and_then(|size| size.parse().ok());
    let (Some(shape), Some(size)) = (shape, size) else {
        eprintln!("status-bench: --shape takes a shape name and a size\n\n{USAGE}");
        return ExitCode::from(2);
    };
    println!("{}", shapes::measure(shape, size).to_line());
    ExitCode::SUCCESS
}

/// Times `check` + `generate` on the worst document shapes, each size in a
/// child process of its own, with its peak memory.
fn worst_cases(quick: bool) {
    println!("## Worst-case documents\n");
    println!(
        "`status_codegen::check` and `status_codegen::generate` on one document each, in a child \
         process of its own: milliseconds of one run, and the process's peak resident set size \
         (`VmHWM`) and its size before `check` (the program and the document), in MiB.\n"
    );
    println!(
        "| shape | size | document | problems | check, ms | generate, ms | check + generate, ms | RSS before, MiB | peak RSS, MiB |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(error) => {
            println!("(cannot run the benchmark's own program: {error})");
            return;
        }
    };
    for shape in Shape::ALL {
        for &size in shape.sizes(quick) {
            let output = std::process::Command::new(&exe)
                .args(["--shape", shape.name(), &size.to_string()])
                .output();
            let measured = output.ok().and_then(|output| {
                let text = String::from_utf8(output.stdout).ok()?;
                Measurement::from_line(text.trim())
            });
            let Some(m) = measured else {
                println!(
                    "| {} | {size} {} | failed | | | | | | |",
                    shape.name(),
                    shape.unit()
                );
                continue;
            };
            let mib = |kib: Option<u64>| {
                kib.map_or_else(|| "n/a".to_owned(), |k| format!("{:.0}", k as f64 / 1024.0))
            };
            println!(
                "| {} | {size} {} | {:.1} MB | {} | {:.0} | {:.0} | {:.0} | {} | {} |",
                shape.name(),
                shape.unit(),
                m.bytes as f64 / 1e6,
                m.problems,
                m.check_ms,
                m.generate_ms,
                m.check_ms + m.generate_ms,
                mib(m.rss_before_kib),
                mib(m.peak_kib)
            );
        }
    }
}
