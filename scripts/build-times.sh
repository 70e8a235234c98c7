#!/usr/bin/env bash
# Build-time benchmarks of status-codes. Needs only cargo and this repository.
#
#   scripts/build-times.sh [--runs N] [--jobs J] [--release] [--timings]
#                          [--only clean|rebuild|scale] [--sizes LIST]
#                          [--translations LIST]
#                          [--repo DIR] [--keep]
#
# Makes scratch crates in a temporary directory and prints Markdown tables of
# medians (min–max) in seconds:
#
# 1. Clean builds (a fresh target directory every run, `-j J`, after the
#    dependencies are downloaded) of three crates whose only dependency is
#    - status-codes (by path, from this repository),
#    - http 1.x,
#    - nothing: benches/src/reference.rs, the hand-written enum, copied in;
#    - the floor: a proc-macro crate of one line depending on what
#      status-macros and status-codegen depend on (proc-macro2, quote, syn,
#      pulldown-cmark, unicode-width, with their features), so what is left
#      above it is our own crates' cost.
#    They are built in turn, run after run, so that load on the machine
#    spreads over all of them; the ratios to http are taken per run.
#    CARGO_INCREMENTAL=0, as for a dependency from crates.io (cargo would
#    otherwise build the path dependencies incrementally).
# 2. Rebuilds after editing one description of the document (cargo build
#    after a change to the first description line) of a crate that invokes
#    status_table! on its own copy of docs/status.md, and of one with the
#    large generated document (codes 100–599, about 500 KB, from
#    `cargo run -p status-bench --bin large-document`); with incremental
#    compilation, as cargo does for the crate one edits.
# 3. With --only scale: the dev build of a crate expanding a generated
#    catalogue of N rows (a `错误码 | 错误名称 | 描述` table, codes from
#    100000 up), with and without one English translation, beside a
#    hand-written table-driven enum of the same rows (explicit discriminants,
#    ALL, code, name, one description method per language, from_code by
#    index, Display and Debug through the tables), generated here. Each is
#    timed after its dependencies are built (CARGO_INCREMENTAL=0, the crate
#    alone), with its peak memory (GNU time's maximum resident set, which
#    is rustc's). Not part of the default run.
#
# Options:
#   --runs N      builds of each kind (default 3)
#   --jobs J      parallel jobs, cargo's -j (default 2)
#   --release     the release profile (default: dev)
#   --timings     also one `cargo build --timings` of each clean crate: prints
#                 the slowest units and keeps the HTML reports
#   --only KIND   only the clean builds, only the rebuilds, or the scale
#                 benchmark (scale)
#   --sizes LIST  the row counts of the scale benchmark (default
#                 "1000 5000 20000"; 100000 takes some 10 to 20 minutes a
#                 build on two cores)
#   --translations LIST  which scale builds: 0 without a translation, 1
#                 with one (default "0 1")
#   --repo DIR    the repository to measure (default: this script's), for
#                 trying a change in a copy
#   --keep        keep the scratch directory
set -euo pipefail

runs=3
jobs=2
profile_flag=()
profile=dev
timings=0
only=all
sizes="1000 5000 20000"
translations="0 1"
keep=0
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --release) profile_flag=(--release); profile=release; shift ;;
        --timings) timings=1; shift ;;
        --only) only=$2; shift 2 ;;
        --sizes) sizes=$2; shift 2 ;;
        --translations) translations=$2; shift 2 ;;
        --repo) repo=$(cd "$2" && pwd); shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "build-times.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
case "$only" in all|clean|rebuild|scale) ;; *) echo "--only takes clean, rebuild or scale" >&2; exit 2 ;; esac
for t in $translations; do
    case "$t" in 0|1) ;; *) echo "--translations takes 0, 1 or both" >&2; exit 2 ;; esac
done
case "$runs" in ''|*[!0-9]*|0) echo "--runs takes a positive number" >&2; exit 2 ;; esac

for file in Cargo.lock status-codes/Cargo.toml status-macros/Cargo.toml docs/status.md benches/src/reference.rs; do
    if [ ! -e "$repo/$file" ]; then
        echo "build-times.sh: $repo/$file is missing; is --repo a checkout of status-codes?" >&2
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/status-build-times.XXXXXX")
cleanup() {
    if [ "$keep" = 1 ]; then
        echo "scratch crates kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# Settings from the caller's environment must not move the targets.
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR CARGO_BUILD_JOBS CARGO_INCREMENTAL

now() { date +%s.%N; }

# median_range VALUES...: "median (min–max)", two decimals.
median_range() {
    printf '%s\n' "$@" | sort -g | awk '
        { v[NR] = $1 }
        END {
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.2f (%.2f–%.2f)", m, v[1], v[NR]
        }'
}

# new_crate DIR NAME DEPENDENCY-LINE: a library crate of its own workspace,
# with the repository's lock file so that dependency versions match.
new_crate() {
    local dir=$1 name=$2 dep=$3
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<EOF
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
$dep
EOF
    cp "$repo/Cargo.lock" "$dir/Cargo.lock"
}

# timed_build DIR [CARGO-ARGS...]: prints the seconds `cargo build` takes.
timed_build() {
    local dir=$1 start end
    shift
    start=$(now)
    if ! (cd "$dir" && cargo build -j "$jobs" "${profile_flag[@]}" --offline --quiet "$@" >"$work/build.log" 2>&1); then
        cat "$work/build.log" >&2
        echo "build-times.sh: cargo build failed in $dir" >&2
        exit 1
    fi
    end=$(now)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}

# last CRATE: its latest clean-build time.
last() { echo "${times[$1]}" | awk '{ print $NF }'; }

# edit_description FILE RUN: appends a mark to the first description line
# (the first line indented by two spaces under a bullet).
edit_description() {
    awk -v mark=" 修改$2" '
        !done && /^  [^ -]/ { $0 = $0 mark; done = 1 }
        { print }' "$1" >"$1.tmp"
    mv "$1.tmp" "$1"
}

echo "# Build times: $(cargo --version), $(rustc --version)"
echo
echo "- machine: $(nproc) CPUs, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
echo "- profile: $profile, -j $jobs, $runs runs each"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo

if [ "$only" = all ] || [ "$only" = clean ]; then
    new_crate "$work/with-status-codes" with-status-codes "status-codes = { path = \"$repo/status-codes\" }"
    cat >"$work/with-status-codes/src/lib.rs" <<'EOF'
pub use status_codes::StatusCode;

pub fn reason(code: u16) -> Option<&'static str> {
    StatusCode::from_u16(code).map(StatusCode::reason)
}
EOF
    new_crate "$work/with-http" with-http 'http = "1"'
    cat >"$work/with-http/src/lib.rs" <<'EOF'
pub use http::StatusCode;

pub fn reason(code: u16) -> Option<&'static str> {
    StatusCode::from_u16(code).ok()?.canonical_reason()
}
EOF
    new_crate "$work/hand-written" hand-written ''
    cp "$repo/benches/src/reference.rs" "$work/hand-written/src/reference.rs"
    cat >"$work/hand-written/src/lib.rs" <<'EOF'
mod reference;
pub use reference::StatusCode;

pub fn reason(code: u16) -> Option<&'static str> {
    StatusCode::from_u16(code).map(StatusCode::reason)
}
EOF

    # The dependency lines of the workspace's Cargo.toml, with the features
    # status-macros turns on.
    new_crate "$work/floor" floor 'proc-macro2 = { version = "1.0.95", default-features = false, features = ["proc-macro"] }
quote = { version = "1.0.40", default-features = false }
syn = { version = "2.0.100", default-features = false, features = ["parsing", "printing", "proc-macro", "derive"] }
pulldown-cmark = { version = "0.13", default-features = false }
unicode-width = { version = "0.2", default-features = false }

[lib]
proc-macro = true'
    cat >"$work/floor/src/lib.rs" <<'EOF'
extern crate proc_macro;

/// Touches each dependency, so that each is built and linked.
#[proc_macro]
pub fn floor(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let _ = syn::parse::<syn::Ident>(input);
    let _ = pulldown_cmark::Parser::new("").count() + unicode_width::UnicodeWidthStr::width("");
    quote::quote!(()).into()
}
EOF

    crates=(with-status-codes with-http hand-written floor)
    for crate in "${crates[@]}"; do
        (cd "$work/$crate" && cargo fetch --quiet)
    done
    declare -A times
    ratios=()
    floor_ratios=()
    for run in $(seq "$runs"); do
        for crate in "${crates[@]}"; do
            rm -rf "$work/$crate/target"
            t=$(CARGO_INCREMENTAL=0 timed_build "$work/$crate")
            times[$crate]="${times[$crate]:-} $t"
            echo "  run $run: $crate ${t}s" >&2
        done
        ratios+=("$(awk -v a="$(last with-status-codes)" -v b="$(last with-http)" 'BEGIN { printf "%.3f", a / b }')")
        floor_ratios+=("$(awk -v a="$(last floor)" -v b="$(last with-http)" 'BEGIN { printf "%.3f", a / b }')")
    done

    echo "## Clean build, $profile profile (fresh target directory, dependencies downloaded)"
    echo
    echo "| crate depending on | seconds, median (min–max) |"
    echo "|---|---|"
    echo "| status-codes (path) | $(median_range ${times[with-status-codes]}) |"
    echo "| http 1.x | $(median_range ${times[with-http]}) |"
    echo "| nothing (hand-written enum) | $(median_range ${times[hand-written]}) |"
    echo "| the floor: status-macros' dependencies alone | $(median_range ${times[floor]}) |"
    echo
    echo "status-codes / http, per run: $(median_range "${ratios[@]}")"
    echo
    echo "floor / http, per run: $(median_range "${floor_ratios[@]}")"
    echo

    if [ "$timings" = 1 ]; then
        out="${TMPDIR:-/tmp}/status-build-timings"
        mkdir -p "$out"
        echo "## cargo build --timings (one clean build each; reports in $out)"
        for crate in "${crates[@]}"; do
            rm -rf "$work/$crate/target"
            t=$(CARGO_INCREMENTAL=0 timed_build "$work/$crate" --timings)
            cp "$work/$crate/target/cargo-timings/cargo-timing.html" "$out/$crate-$profile.html"
            echo
            echo "### $crate: ${t}s in all; units over 0.1 s, slowest first"
            echo
            echo "| unit | start, s | duration, s |"
            echo "|---|---|---|"
            # UNIT_DATA in the report holds one JSON key per line.
            awk '
                /const UNIT_DATA = \[/ { on = 1; next }
                on && /^\];/ { on = 0 }
                !on { next }
                /"name":/ { gsub(/[",]/, "", $2); name = $2 }
                /"version":/ { gsub(/[",]/, "", $2); version = $2 }
                /"target":/ { sub(/^ *"target": "/, ""); sub(/",$/, ""); target = $0 }
                /"start":/ { gsub(/,/, "", $2); start = $2 }
                /"duration":/ {
                    gsub(/,/, "", $2)
                    if ($2 >= 0.1) printf "%s\t| %s %s%s | %.2f | %.2f |\n", $2, name, version, target, start, $2
                }' "$out/$crate-$profile.html" | sort -gr | cut -f2-
        done
        echo
    fi
fi

if [ "$only" = all ] || [ "$only" = rebuild ]; then
    for kind in seed large; do
        dir="$work/edit-$kind"
        new_crate "$dir" "edit-$kind" "status-macros = { path = \"$repo/status-macros\" }"
        mkdir -p "$dir/docs"
        if [ "$kind" = seed ]; then
            cp "$repo/docs/status.md" "$dir/docs/status.md"
        else
            CARGO_TARGET_DIR="$work/tools-target" cargo run --quiet \
                --manifest-path "$repo/Cargo.toml" -p status-bench --bin large-document \
                -- "$dir/docs/status.md"
        fi
        cat >"$dir/src/lib.rs" <<'EOF'
#![no_std]
status_macros::status_table!("docs/status.md");
EOF
        (cd "$dir" && cargo fetch --quiet)
        timed_build "$dir" >/dev/null
    done

    noop=()
    declare -A edits
    for run in $(seq "$runs"); do
        for kind in seed large; do
            dir="$work/edit-$kind"
            edit_description "$dir/docs/status.md" "$run"
            t=$(timed_build "$dir")
            edits[$kind]="${edits[$kind]:-} $t"
            echo "  run $run: edit-$kind ${t}s" >&2
        done
        noop+=("$(timed_build "$work/edit-seed")")
    done

    echo "## Rebuild after editing one description, $profile profile (incremental)"
    echo
    echo "| document | seconds, median (min–max) |"
    echo "|---|---|"
    echo "| seed docs/status.md ($(wc -c <"$work/edit-seed/docs/status.md") bytes, 26 codes) | $(median_range ${edits[seed]}) |"
    echo "| large, 100–599 ($(wc -c <"$work/edit-large/docs/status.md") bytes, 500 codes) | $(median_range ${edits[large]}) |"
    echo "| nothing changed (seed) | $(median_range "${noop[@]}") |"
    echo
fi

# catalogue N LANG: a catalogue of N rows, in Chinese or in English.
catalogue() {
    awk -v n="$1" -v lang="$2" 'BEGIN {
        print (lang == "zh" ? "# 错误码\n\n| 错误码 | 错误名称 | 描述 |" : "# Error codes\n\n| Code | Name | Description |")
        print "| --- | --- | --- |"
        for (i = 0; i < n; i++) {
            text = (lang == "zh" ? "第 " i " 号错误：请求无法完成。" : "Error " i ": the request failed.")
            printf "| %d | ERR_%d | %s |\n", 100000 + i, 100000 + i, text
        }
    }'
}

# hand_written N TRANSLATED: the hand-written enum of the same rows.
hand_written() {
    awk -v n="$1" -v translated="$2" 'BEGIN {
        print "#![no_std]"
        print "#[derive(Clone, Copy, PartialEq, Eq)]\n#[repr(u32)]\npub enum ErrorCode {"
        for (i = 0; i < n; i++) printf "    Err%d = %d,\n", 100000 + i, 100000 + i
        print "}"
        print "const FIRST: u32 = 100000;"
        printf "const IDENTS: [&str; %d] = [\n", n
        for (i = 0; i < n; i++) printf "    \"Err%d\",\n", 100000 + i
        print "];"
        printf "const NAMES: [&str; %d] = [\n", n
        for (i = 0; i < n; i++) printf "    \"ERR_%d\",\n", 100000 + i
        print "];"
        printf "const DESCRIPTIONS: [&str; %d] = [\n", n
        for (i = 0; i < n; i++) printf "    \"第 %d 号错误：请求无法完成。\",\n", i
        print "];"
        if (translated) {
            printf "const DESCRIPTIONS_EN: [&str; %d] = [\n", n
            for (i = 0; i < n; i++) printf "    \"Error %d: the request failed.\",\n", i
            print "];"
        }
        print "impl ErrorCode {"
        printf "    pub const ALL: [Self; %d] = [\n", n
        for (i = 0; i < n; i++) printf "        Self::Err%d,\n", 100000 + i
        print "    ];"
        print "    const fn index(self) -> usize { (self as u32 - FIRST) as usize }"
        print "    pub const fn code(self) -> u32 { self as u32 }"
        print "    pub const fn name(self) -> &'\''static str { NAMES[self.index()] }"
        print "    pub const fn description(self) -> &'\''static str { DESCRIPTIONS[self.index()] }"
        if (translated) print "    pub const fn description_en(self) -> &'\''static str { DESCRIPTIONS_EN[self.index()] }"
        print "    pub const fn from_code(code: u32) -> Option<Self> {"
        print "        if code >= FIRST && ((code - FIRST) as usize) < Self::ALL.len() { Some(Self::ALL[(code - FIRST) as usize]) } else { None }"
        print "    }"
        print "}"
        print "impl core::fmt::Display for ErrorCode {"
        print "    fn fmt(&self, f: &mut core::fmt::Formatter<'\''_>) -> core::fmt::Result { f.write_str(self.description()) }"
        print "}"
        print "impl core::fmt::Debug for ErrorCode {"
        print "    fn fmt(&self, f: &mut core::fmt::Formatter<'\''_>) -> core::fmt::Result { f.write_str(IDENTS[self.index()]) }"
        print "}"
    }'
}

# measure DIR SOURCE: the build of DIR's crate alone from SOURCE, its
# dependencies built first (for an empty crate): sets `seconds` and `mib`
# (peak memory).
measure() {
    local dir=$1 source=$2
    printf '#![no_std]\n' >"$dir/src/lib.rs"
    if ! (cd "$dir" && cargo fetch --quiet && cargo build -j "$jobs" --offline --quiet >"$work/build.log" 2>&1); then
        cat "$work/build.log" >&2
        echo "build-times.sh: cargo build failed in $dir" >&2
        exit 1
    fi
    cp "$source" "$dir/src/lib.rs"
    if ! (cd "$dir" && CARGO_INCREMENTAL=0 /usr/bin/time -f '%e %M' -o "$work/time.txt" \
        cargo build -j "$jobs" --offline --quiet >"$work/build.log" 2>&1); then
        cat "$work/build.log" >&2
        echo "build-times.sh: cargo build failed in $dir" >&2
        exit 1
    fi
    read -r seconds mib < <(awk '{ printf "%.1f %.0f\n", $1, $2 / 1024 }' "$work/time.txt")
}

if [ "$only" = scale ]; then
    if [ ! -x /usr/bin/time ]; then
        echo "build-times.sh: the scale benchmark needs GNU time (/usr/bin/time)" >&2
        exit 1
    fi
    echo "## Scale: a catalogue of N rows, dev profile, the crate alone (its dependencies built)"
    echo
    echo "| rows | translation | code_table!: s | peak MiB | hand-written: s | peak MiB | time ratio | memory ratio |"
    echo "|---|---|---|---|---|---|---|---|"
    for n in $sizes; do
        for translated in $translations; do
            ours="$work/scale-ours-$n-$translated"
            new_crate "$ours" "scale-ours-$n-$translated" "status-macros = { path = \"$repo/status-macros\", features = [\"catalogue\"] }"
            mkdir -p "$ours/docs"
            catalogue "$n" zh >"$ours/docs/errors.md"
            if [ "$translated" = 1 ]; then
                catalogue "$n" en >"$ours/docs/errors.en.md"
                call='pub enum ErrorCode in "docs/errors.md" as "zh-CN"; translation "en" in "docs/errors.en.md";'
            else
                call='pub enum ErrorCode in "docs/errors.md";'
            fi
            printf '#![no_std]\nstatus_macros::code_table! { %s }\n' "$call" >"$ours/lib.rs"
            hand="$work/scale-hand-$n-$translated"
            new_crate "$hand" "scale-hand-$n-$translated" ''
            hand_written "$n" "$translated" >"$hand/lib.rs"
            measure "$ours" "$ours/lib.rs"
            ours_s=$seconds ours_m=$mib
            measure "$hand" "$hand/lib.rs"
            hand_s=$seconds hand_m=$mib
            echo "  $n rows, translation $translated: ours ${ours_s}s ${ours_m} MiB, hand-written ${hand_s}s ${hand_m} MiB" >&2
            echo "| $n | $([ "$translated" = 1 ] && echo one || echo none) | $ours_s | $ours_m | $hand_s | $hand_m | $(awk -v a="$ours_s" -v b="$hand_s" 'BEGIN { printf "%.2f", a / b }') | $(awk -v a="$ours_m" -v b="$hand_m" 'BEGIN { printf "%.2f", a / b }') |"
            rm -rf "$ours/target" "$hand/target"
        done
    done
    echo
fi

echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
