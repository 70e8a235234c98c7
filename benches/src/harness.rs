//! A small timing harness: no dependencies, so the benchmarks cost little to
//! build.
//!
//! A *group* runs several implementations of one operation on the same
//! inputs, in one process. Each *batch* times every implementation once,
//! for the same number of passes over the inputs, in an order that rotates
//! from batch to batch; an implementation's time in a batch divided by the
//! baseline's time in the same batch is its *ratio*. The report gives, for
//! each implementation, the median time per operation and the median ratio,
//! each with the smallest and largest batch. Ratios of batches that ran
//! side by side cancel most of the noise of a busy machine; absolute times
//! do not.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// How long and how often to measure.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Batches per group. Odd, so that the median is one batch's value.
    pub batches: usize,
    /// The target duration of one implementation's share of a batch.
    pub batch_time: Duration,
}

impl Config {
    /// The settings for numbers worth reporting: 101 batches of about 2 ms
    /// for each implementation.
    pub fn full() -> Self {
        Config {
            batches: 101,
            batch_time: Duration::from_millis(2),
        }
    }

    /// The settings for a smoke test (CI): a few short batches, enough to
    /// check that everything runs, not to measure.
    pub fn quick() -> Self {
        Config {
            batches: 3,
            batch_time: Duration::from_micros(50),
        }
    }
}

/// The median and range of some measurements.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// The middle value (the mean of the two middle ones for an even count).
    pub median: f64,
    /// The smallest value.
    pub min: f64,
    /// The largest value.
    pub max: f64,
}

impl Summary {
    /// The summary of `values`, which must not be empty or hold NaN.
    pub fn of(values: &[f64]) -> Summary {
        assert!(!values.is_empty(), "no measurements to summarize");
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        Summary {
            median,
            min: sorted[0],
            max: sorted[n - 1],
        }
    }

    /// `median (min–max)`, with `digits` decimals.
    pub fn display(&self, digits: usize) -> String {
        format!(
            "{:.digits$} ({:.digits$}–{:.digits$})",
            self.median, self.min, self.max
        )
    }
}

/// One implementation of the operation a group measures.
pub struct Contender<'a> {
    /// Its name in the report.
    pub name: &'static str,
    /// One pass over the group's inputs.
    pub pass: Box<dyn FnMut() + 'a>,
}

impl<'a> Contender<'a> {
    /// An implementation that applies `op` to each of `inputs` in turn,
    /// hiding the input from the optimizer and keeping the result alive.
    pub fn over<T, R>(name: &'static str, inputs: &'a [T], mut op: impl FnMut(T) -> R + 'a) -> Self
    where
        T: Copy,
    {
        Contender {
            name,
            pass: Box::new(move || {
                for &input in inputs {
                    black_box(op(black_box(input)));
                }
            }),
        }
    }
}

/// The measurements of one implementation in a group.
#[derive(Clone, Debug)]
pub struct Measured {
    /// The implementation's name.
    pub name: &'static str,
    /// Nanoseconds per operation.
    pub nanos: Summary,
    /// Time relative to the baseline, batch by batch.
    pub ratio: Summary,
}

/// Times `contenders`, each doing `ops_per_pass` operations per pass, and
/// compares each with `contenders[baseline]`.
pub fn compare(
    config: &Config,
    ops_per_pass: usize,
    contenders: &mut [Contender<'_>],
    baseline: usize,
) -> Vec<Measured> {
    compare_with(config, ops_per_pass, contenders, baseline, |_| {})
}

/// [`compare`], calling `before_batch` with the batch's number before each
/// batch (and before the warm-up, with `usize::MAX`), outside the timed
/// passes: to reshuffle inputs that the contenders share, so that the
/// branch predictor cannot learn one order over a long run of passes.
pub fn compare_with(
    config: &Config,
    ops_per_pass: usize,
    contenders: &mut [Contender<'_>],
    baseline: usize,
    mut before_batch: impl FnMut(usize),
) -> Vec<Measured> {
    assert!(baseline < contenders.len(), "no such baseline");
    assert!(ops_per_pass > 0, "a pass must do something");

    // Warm up, and find how many passes fill a batch of the slowest one.
    before_batch(usize::MAX);
    let mut slowest = Duration::ZERO;
    for contender in contenders.iter_mut() {
        (contender.pass)();
        let start = Instant::now();
        let mut passes = 0u32;
        while passes < 3 || start.elapsed() < config.batch_time / 4 {
            (contender.pass)();
            passes += 1;
        }
        slowest = slowest.max(start.elapsed() / passes);
    }
    let passes = (config.batch_time.as_nanos() / slowest.as_nanos().max(1)).max(1);
    let passes = u32::try_from(passes).unwrap_or(u32::MAX);

    let n = contenders.len();
    let mut nanos = vec![Vec::with_capacity(config.batches); n];
    for batch in 0..config.batches {
        before_batch(batch);
        let mut elapsed = vec![Duration::ZERO; n];
        for k in 0..n {
            let i = (batch + k) % n;
            let pass = &mut contenders[i].pass;
            let start = Instant::now();
            for _ in 0..passes {
                pass();
            }
            elapsed[i] = start.elapsed();
        }
        let ops = f64::from(passes) * ops_per_pass as f64;
        for i in 0..n {
            nanos[i].push(elapsed[i].as_nanos() as f64 / ops);
        }
    }

    contenders
        .iter()
        .zip(&nanos)
        .map(|(contender, times)| {
            let ratios: Vec<f64> = times
                .iter()
                .zip(&nanos[baseline])
                .map(|(time, base)| time / base.max(f64::MIN_POSITIVE))
                .collect();
            Measured {
                name: contender.name,
                nanos: Summary::of(times),
                ratio: Summary::of(&ratios),
            }
        })
        .collect()
}

/// Runs `op` `iterations` times and summarizes the durations, in
/// milliseconds, of each of the `N` phases it reports.
pub fn time_phases<const N: usize>(
    iterations: usize,
    mut op: impl FnMut() -> [Duration; N],
) -> [Summary; N] {
    assert!(iterations > 0, "nothing to time");
    let mut millis: [Vec<f64>; N] = std::array::from_fn(|_| Vec::with_capacity(iterations));
    for _ in 0..iterations {
        for (phase, duration) in op().into_iter().enumerate() {
            millis[phase].push(duration.as_secs_f64() * 1e3);
        }
    }
    millis.map(|values| Summary::of(&values))
}

impl<'a> Contender<'a> {
    /// [`Contender::over`] for inputs that change between batches (see
    /// [`compare_with`]): each pass reads them as they are then.
    pub fn over_cell<T, R>(
        name: &'static str,
        inputs: &'a std::cell::RefCell<Vec<T>>,
        mut op: impl FnMut(T) -> R + 'a,
    ) -> Self
    where
        T: Copy,
    {
        Contender {
            name,
            pass: Box::new(move || {
                for &input in inputs.borrow().iter() {
                    black_box(op(black_box(input)));
                }
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries() {
        let s = Summary::of(&[3.0, 1.0, 2.0]);
        assert_eq!((s.median, s.min, s.max), (2.0, 1.0, 3.0));
        assert_eq!(Summary::of(&[4.0, 1.0, 2.0, 3.0]).median, 2.5);
        assert_eq!(s.display(1), "2.0 (1.0–3.0)");
    }

    #[test]
    fn the_baseline_has_ratio_one_and_slower_work_a_larger_ratio() {
        let inputs: Vec<u64> = (0..64).collect();
        let config = Config {
            batches: 5,
            batch_time: Duration::from_micros(200),
        };
        let mut contenders = [
            Contender::over("one", &inputs, |x: u64| x.wrapping_mul(3)),
            Contender::over("many", &inputs, |x: u64| {
                let mut acc = x;
                for _ in 0..200 {
                    acc = black_box(acc.wrapping_mul(31).wrapping_add(7));
                }
                acc
            }),
        ];
        let measured = compare(&config, inputs.len(), &mut contenders, 0);
        assert_eq!(measured[0].name, "one");
        assert_eq!(measured[0].ratio.median, 1.0);
        assert!(measured[1].ratio.median > 2.0, "{measured:?}");
        assert!(measured[1].nanos.median > measured[0].nanos.median);
    }

    #[test]
    fn before_batch_runs_before_the_warm_up_and_each_batch() {
        let inputs = std::cell::RefCell::new(vec![1u64, 2, 3]);
        let mut calls = Vec::new();
        let config = Config {
            batches: 3,
            batch_time: Duration::from_micros(50),
        };
        let mut contenders = [Contender::over_cell("sum", &inputs, |x: u64| x + 1)];
        let measured = compare_with(&config, 3, &mut contenders, 0, |batch| {
            calls.push(batch);
            inputs.borrow_mut().reverse();
        });
        assert_eq!(calls, [usize::MAX, 0, 1, 2]);
        assert_eq!(measured.len(), 1);
    }

    #[test]
    fn phases_are_summarized_apart() {
        let [a, b] = time_phases(3, || [Duration::from_millis(1), Duration::from_millis(2)]);
        assert_eq!(a.median, 1.0);
        assert_eq!(b.median, 2.0);
    }
}
