//! `smishguard bench`: the figures a mobile developer asks for, measured side by side in one
//! run.
//!
//! The machine this runs on is usually shared and noisy, so absolute times are reported but
//! the claims rest on **ratios measured in the same run**, in interleaved rounds:
//!
//! * the *floor* — one Aho–Corasick pass of the lure-phrase table (every term of every phrase
//!   group of the default pack, built once) over the **raw** message text, counting overlapping
//!   matches. It is the least any phrase-based filter must do; classify normalizes, extracts,
//!   judges URLs and explains on top of it;
//! * the *regex-list baseline* (see [`crate::regex_baseline`]) — what an app developer would
//!   otherwise write.
//!
//! Per-message figures: in every round each message goes through classify, the floor and the
//! baseline in turn; a message's time under each is its median over rounds (robust to
//! preemption), `median_ns`/`p99_ns` are taken across messages, and the ratios compare the sums
//! of the per-message medians. Fresh-process figures (first verdict, peak RSS, the heap the
//! compiled default rules keep) come from child processes of this same binary, started with the
//! hidden `__bench-child` command. Allocations are counted by a counting global allocator that
//! is switched on only while the bench measures them; in every other run it costs one relaxed
//! atomic load per allocation.
//!
//! Instruction counts (see [`callgrind`]) are the figures that do not move with the load of a
//! shared machine: the whole first-verdict child under callgrind, and warm passes over the dev
//! corpus (the difference between a run with passes and one without, divided by the number of
//! classifications). Without valgrind they are `null` and `not_measured` says why.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde_json::{json, Value};
use smishguard_core::{Classifier, Level};

use crate::regex_baseline::RegexList;

mod callgrind;

// Targets checked in the table: the footprint of a message-filter extension (issue 11: warm
// median, first verdict, rules heap, library size) and the ratios of issue 5.
const TARGET_MEDIAN_NS: f64 = 8_000.0;
const TARGET_FLOOR_RATIO: f64 = 20.0;
const TARGET_REGEX_RATIO: f64 = 10.0;
const TARGET_FIRST_VERDICT_US: f64 = 2_000.0;
const TARGET_FIRST_VERDICT_INSTRUCTIONS: u64 = 5_000_000;
const TARGET_RULES_HEAP_BYTES: u64 = 1024 * 1024;
const TARGET_RSS_KIB: u64 = 10 * 1024;
const TARGET_LIBRARY_BYTES: u64 = 2_300_000;
/// Warm passes over the dev corpus counted by callgrind.
const CALLGRIND_PASSES: usize = 5;
/// The message of the first-verdict children: a delivery lure with a link.
const FIRST_TEXT: &str = "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。\
                          配送物は下記よりご確認ください。http://sagawa-ex.top/track";
const FIRST_SENDER: &str = "09011112222";
/// Messages classified by the peak-RSS child.
const RSS_MESSAGES: usize = 10_000;
/// Fresh processes started to time the first verdict.
const SPAWNS: usize = 15;

/// When the process's `main` started (set by `main`, read by the first-verdict child).
pub static MAIN_START: OnceLock<Instant> = OnceLock::new();

/// A global allocator that counts allocations while [`COUNTING`] is on, and otherwise only
/// forwards to the system allocator.
#[derive(Debug)]
pub struct CountingAlloc;

/// Whether allocations are counted now.
static COUNTING: AtomicBool = AtomicBool::new(false);
/// Allocations counted.
static ALLOCS: AtomicU64 = AtomicU64::new(0);
/// Bytes allocated while counting.
static ALLOC_BYTES: AtomicU64 = AtomicU64::new(0);
/// Bytes allocated minus bytes freed while counting: what a measured piece of work keeps.
static LIVE_BYTES: AtomicI64 = AtomicI64::new(0);

/// Counts an allocation of `size` bytes, when counting is on.
fn count_alloc(size: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        ALLOC_BYTES.fetch_add(size as u64, Ordering::Relaxed);
        LIVE_BYTES.fetch_add(size as i64, Ordering::Relaxed);
    }
}

// SAFETY: every call is forwarded unchanged to `System`; the counters are side effects only.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_alloc(layout.size());
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE_BYTES.fetch_sub(layout.size() as i64, Ordering::Relaxed);
        }
        System.dealloc(ptr, layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_alloc(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_alloc(new_size);
        if COUNTING.load(Ordering::Relaxed) {
            LIVE_BYTES.fetch_sub(layout.size() as i64, Ordering::Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

/// One message of the timing set.
struct Message {
    text: String,
    sender: Option<String>,
    /// `Some(true)` for a lure, `Some(false)` for a genuine message.
    lure: Option<bool>,
    from_corpus: bool,
}

/// Where the inputs are and how long to measure.
struct Opts {
    json: bool,
    corpus: PathBuf,
    fixtures: PathBuf,
    rounds: usize,
    lib: Option<PathBuf>,
    /// Whether to count instructions with callgrind (off: `--no-callgrind`).
    callgrind: bool,
    /// `--table FILE`: print the table of a JSON object saved earlier, measure nothing.
    table: Option<PathBuf>,
}

/// Parses the options of `smishguard bench`, with their defaults.
fn parse_opts(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        json: false,
        corpus: std::env::var_os("SMISHGUARD_CORPUS")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("../shared/corpus/dev.jsonl")),
        fixtures: PathBuf::from("tests/fixtures"),
        rounds: 200,
        lib: None,
        callgrind: true,
        table: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--json" => o.json = true,
            "--corpus" => o.corpus = value("--corpus")?.into(),
            "--fixtures" => o.fixtures = value("--fixtures")?.into(),
            "--lib" => o.lib = Some(value("--lib")?.into()),
            "--table" => o.table = Some(value("--table")?.into()),
            "--no-callgrind" => o.callgrind = false,
            "--rounds" => {
                o.rounds = value("--rounds")?
                    .parse()
                    .map_err(|_| "--rounds needs a number")?;
                o.rounds = o.rounds.max(3);
            }
            other => return Err(format!("bench: unknown option {other}")),
        }
    }
    Ok(o)
}

/// Reads JSONL rows with `text`, optional `sender` and `label`; `lure` overrides the label.
fn load(path: &Path, from_corpus: bool, lure: Option<bool>) -> Result<Vec<Message>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)
            .map_err(|e| format!("{}:{}: not JSON: {e}", path.display(), n + 1))?;
        let Some(body) = v.get("text").and_then(Value::as_str) else {
            return Err(format!("{}:{}: no \"text\"", path.display(), n + 1));
        };
        let label = match v.get("label").and_then(Value::as_str) {
            Some("smishing") => Some(true),
            Some("ham") => Some(false),
            _ => None,
        };
        out.push(Message {
            text: body.to_owned(),
            sender: v.get("sender").and_then(Value::as_str).map(str::to_owned),
            lure: lure.or(label),
            from_corpus,
        });
    }
    Ok(out)
}

/// The timing set: dev corpus, then the written fixtures.
fn timing_set(o: &Opts) -> Result<Vec<Message>, String> {
    let mut m = load(&o.corpus, true, None)?;
    m.extend(load(&o.fixtures.join("lures.jsonl"), false, Some(true))?);
    m.extend(load(&o.fixtures.join("genuine.jsonl"), false, Some(false))?);
    Ok(m)
}

/// The floor automaton: every alternative of every slot of every concept term of the default
/// pack, as written (the atoms the concept matcher runs its automaton over).
fn floor_automaton(c: &Classifier) -> AhoCorasick {
    let terms = c.pack().concept_atoms();
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&terms)
        .expect("the concept atoms build an automaton")
}

/// One pass of the floor automaton over `text`: the overlapping matches counted.
fn floor_pass(ac: &AhoCorasick, text: &str) -> usize {
    ac.find_overlapping_iter(text).count()
}

/// The value at rank `p` (0 to 1) of the sorted values; NaN when there are none.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (p * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// The median of the values (sorted in place).
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    percentile(v, 0.5)
}

/// Flagged recall and false-positive rate of `flag` over the labelled messages.
fn accuracy<'m>(
    msgs: impl IntoIterator<Item = &'m Message>,
    mut flag: impl FnMut(&Message) -> bool,
) -> Value {
    let (mut tp, mut fn_, mut fp, mut tn) = (0u32, 0u32, 0u32, 0u32);
    for m in msgs {
        match (m.lure, flag(m)) {
            (Some(true), true) => tp += 1,
            (Some(true), false) => fn_ += 1,
            (Some(false), true) => fp += 1,
            (Some(false), false) => tn += 1,
            (None, _) => {}
        }
    }
    let ratio = |a: u32, b: u32| {
        if a + b == 0 {
            Value::Null
        } else {
            json!(f64::from(a) / f64::from(a + b))
        }
    };
    json!({
        "recall": ratio(tp, fn_), "fpr": ratio(fp, tn),
        "tp": tp, "fn": fn_, "fp": fp, "tn": tn,
    })
}

/// Runs `smishguard bench`.
pub fn run(args: &[String]) -> Result<(), String> {
    let o = parse_opts(args)?;
    if let Some(path) = &o.table {
        return print_saved_table(path);
    }
    let msgs = timing_set(&o)?;
    let warm = measure_warm(&o, &msgs);
    // Fresh processes.
    let exe = std::env::current_exe().map_err(|e| format!("cannot find own binary: {e}"))?;
    let fresh = measure_fresh(&exe, &o, warm.corpus_messages)?;
    let mut out = figures_json(&warm, &fresh);
    if let (Some(obj), Value::Object(extra)) = (out.as_object_mut(), footprint_json(&fresh)) {
        obj.extend(extra);
    }
    if o.json {
        println!("{out}");
    } else {
        print!("{}", table(&out));
    }
    Ok(())
}

/// `--table FILE`: prints the table of a bench JSON object saved earlier.
fn print_saved_table(path: &Path) -> Result<(), String> {
    let saved = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let v: Value = serde_json::from_str(&saved)
        .map_err(|e| format!("{}: not a bench JSON object: {e}", path.display()))?;
    print!("{}", table(&v));
    Ok(())
}

/// The figures measured in this process, warm, over the timing set.
struct Warm {
    messages: usize,
    corpus_messages: usize,
    rounds: usize,
    speed: Speed,
    regex_patterns: usize,
    allocations_per_classify: f64,
    allocated_bytes_per_classify: f64,
    accuracy: Accuracy,
}

/// Times classify, the floor and the regex list, counts the allocations of classify and
/// measures the accuracy of ours and of the regex list.
fn measure_warm(o: &Opts, msgs: &[Message]) -> Warm {
    let corpus: Vec<&Message> = msgs.iter().filter(|m| m.from_corpus).collect();
    let c = Classifier::new();
    let floor = floor_automaton(&c);
    let regexes = RegexList::new();
    // Warm-up: lazy tables, caches, branch predictors.
    for m in msgs {
        black_box(c.classify(&m.text, m.sender.as_deref()));
        black_box(floor_pass(&floor, &m.text));
        black_box(regexes.flags(&m.text));
    }
    let per_method = per_message_times(&c, &floor, &regexes, msgs, o.rounds);
    let speed = Speed::of(&per_method, msgs);
    let (allocations_per_classify, allocated_bytes_per_classify) = allocations(&c, msgs);
    let accuracy = Accuracy::measure(&c, &regexes, &corpus, o);
    Warm {
        messages: msgs.len(),
        corpus_messages: corpus.len(),
        rounds: o.rounds,
        speed,
        regex_patterns: regexes.len(),
        allocations_per_classify,
        allocated_bytes_per_classify,
        accuracy,
    }
}

/// Each message's time under classify, the floor and the regex list (one list per method),
/// the median over `rounds` rounds.
fn per_message_times(
    c: &Classifier,
    floor: &AhoCorasick,
    regexes: &RegexList,
    msgs: &[Message],
    rounds: usize,
) -> Vec<Vec<f64>> {
    // Per-message times of the three methods, interleaved message by message in each round;
    // a message's time is its median over rounds, so that preemption by other processes on a
    // shared machine does not count.
    let mut samples = vec![[const { Vec::new() }; 3]; msgs.len()];
    for _ in 0..rounds {
        for (k, m) in msgs.iter().enumerate() {
            let t = Instant::now();
            black_box(c.classify(black_box(&m.text), m.sender.as_deref()));
            samples[k][0].push(t.elapsed().as_nanos() as f64);
            let t = Instant::now();
            black_box(floor_pass(floor, black_box(&m.text)));
            samples[k][1].push(t.elapsed().as_nanos() as f64);
            let t = Instant::now();
            black_box(regexes.flags(black_box(&m.text)));
            samples[k][2].push(t.elapsed().as_nanos() as f64);
        }
    }
    (0..3)
        .map(|i| samples.iter_mut().map(|s| median(&mut s[i])).collect())
        .collect()
}

/// Warm speed: classify's per-message times across messages, and the passes of the three
/// methods over the timing set (sums of per-message medians, in ns).
struct Speed {
    median_ns: f64,
    p99_ns: f64,
    max_ns: f64,
    corpus_median_ns: f64,
    corpus_p99_ns: f64,
    classify_pass: f64,
    floor_pass_ns: f64,
    regex_pass: f64,
    floor_ratio: f64,
    regex_baseline_ratio: f64,
    messages_per_second: f64,
}

impl Speed {
    /// The speed figures of the per-message times of the three methods (see
    /// [`per_message_times`]) of `msgs`.
    fn of(per_method: &[Vec<f64>], msgs: &[Message]) -> Speed {
        let per_msg = &per_method[0];
        let total = |i: usize| per_method[i].iter().sum::<f64>();
        let (classify_pass, floor_pass_ns, regex_pass) = (total(0), total(1), total(2));
        let mut corpus_times: Vec<f64> = per_msg
            .iter()
            .zip(msgs)
            .filter(|(_, m)| m.from_corpus)
            .map(|(&t, _)| t)
            .collect();
        let mut all_times = per_msg.clone();
        all_times.sort_by(f64::total_cmp);
        corpus_times.sort_by(f64::total_cmp);
        let n = msgs.len() as f64;
        Speed {
            median_ns: percentile(&all_times, 0.5),
            p99_ns: percentile(&all_times, 0.99),
            max_ns: all_times.last().copied().unwrap_or(f64::NAN),
            corpus_median_ns: percentile(&corpus_times, 0.5),
            corpus_p99_ns: percentile(&corpus_times, 0.99),
            classify_pass,
            floor_pass_ns,
            regex_pass,
            floor_ratio: classify_pass / floor_pass_ns,
            regex_baseline_ratio: regex_pass / classify_pass,
            messages_per_second: 1e9 * n / classify_pass,
        }
    }
}

/// Allocations and bytes allocated per classify, over the timing set.
fn allocations(c: &Classifier, msgs: &[Message]) -> (f64, f64) {
    let n = msgs.len() as f64;
    ALLOCS.store(0, Ordering::Relaxed);
    ALLOC_BYTES.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::SeqCst);
    for m in msgs {
        black_box(c.classify(&m.text, m.sender.as_deref()));
    }
    COUNTING.store(false, Ordering::SeqCst);
    (
        ALLOCS.load(Ordering::Relaxed) as f64 / n,
        ALLOC_BYTES.load(Ordering::Relaxed) as f64 / n,
    )
}

/// Flagged recall and false-positive rate (see [`accuracy`]) on the dev corpus and the
/// external fixtures, ours and the regex list's.
struct Accuracy {
    dev: Value,
    dev_regex: Value,
    external: Value,
    external_regex: Value,
}

impl Accuracy {
    /// Measures both on the dev corpus messages `corpus` and the external fixtures.
    fn measure(c: &Classifier, regexes: &RegexList, corpus: &[&Message], o: &Opts) -> Accuracy {
        // Accuracy, flagged = suspicious or dangerous (ours) / any pattern matches (baseline).
        let ours = |m: &Message| c.classify(&m.text, m.sender.as_deref()).level != Level::Safe;
        let theirs = |m: &Message| regexes.flags(&m.text);
        let dev = accuracy(corpus.iter().copied(), ours);
        let dev_regex = accuracy(corpus.iter().copied(), theirs);
        let external = load(&o.fixtures.join("external.jsonl"), false, None).unwrap_or_default();
        Accuracy {
            dev,
            dev_regex,
            external: accuracy(&external, ours),
            external_regex: accuracy(&external, theirs),
        }
    }
}

/// The figures of fresh processes of this binary, and the library's size.
struct Fresh {
    cold: Cold,
    rss: Rss,
    heap: Heap,
    /// The host library and its stripped size, when built.
    lib: Option<(PathBuf, u64)>,
    /// The Android arm64 library and its stripped size, when built.
    lib_android: Option<(PathBuf, u64)>,
    counts: Counts,
}

/// Starts the child processes (`exe` is this binary) and measures the libraries.
fn measure_fresh(exe: &Path, o: &Opts, corpus_messages: usize) -> Result<Fresh, String> {
    Ok(Fresh {
        cold: first_verdict(exe)?,
        rss: peak_rss(exe, o)?,
        heap: rules_heap(exe)?,
        lib: library_size(exe, o.lib.as_deref()),
        lib_android: android_library(exe),
        counts: instruction_counts(exe, o, corpus_messages),
    })
}

/// The JSON object of the warm figures, the first verdict, the peak RSS, the host library
/// and the accuracy.
fn figures_json(warm: &Warm, fresh: &Fresh) -> Value {
    let (s, cold, rss, lib) = (&warm.speed, &fresh.cold, &fresh.rss, &fresh.lib);
    let acc = &warm.accuracy;
    let n = warm.messages as f64;
    json!({
        "date_utc_unix": std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0),
        "messages": warm.messages,
        "corpus_messages": warm.corpus_messages,
        "rounds": warm.rounds,
        "median_ns": s.median_ns.round(),
        "p99_ns": s.p99_ns.round(),
        "max_ns": s.max_ns.round(),
        "corpus_median_ns": s.corpus_median_ns.round(),
        "corpus_p99_ns": s.corpus_p99_ns.round(),
        "mean_ns": (s.classify_pass / n).round(),
        "messages_per_second": s.messages_per_second.round(),
        "floor_ns_per_message": (s.floor_pass_ns / n).round(),
        "floor_ratio": s.floor_ratio,
        "floor_text": "raw",
        "regex_baseline_ns_per_message": (s.regex_pass / n).round(),
        "regex_baseline_ratio": s.regex_baseline_ratio,
        "regex_baseline_patterns": warm.regex_patterns,
        "allocations_per_classify": warm.allocations_per_classify,
        "allocated_bytes_per_classify": warm.allocated_bytes_per_classify.round(),
        "first_verdict_us": cold.spawn_to_verdict_us,
        "first_verdict_in_process_us": cold.main_to_verdict_us,
        "first_classify_us": cold.first_classify_us,
        "second_classify_us": cold.second_classify_us,
        "process_spawn_us": cold.spawn_noop_us,
        "peak_rss_kib": rss.peak_kib,
        "rss_before_classify_kib": rss.before_kib,
        "rss_messages": RSS_MESSAGES,
        "library_bytes": lib.as_ref().map(|l| l.1),
        "library_path": lib.as_ref().map(|l| l.0.display().to_string()),
        "accuracy": acc.dev,
        "regex_baseline_accuracy": acc.dev_regex,
        "accuracy_external": acc.external,
        "regex_baseline_accuracy_external": acc.external_regex,
    })
}

/// The JSON object of the footprint figures: the rules heap, the instruction counts, the
/// Android library, and why a figure was not measured.
fn footprint_json(fresh: &Fresh) -> Value {
    let (heap, counts, lib_android) = (&fresh.heap, &fresh.counts, &fresh.lib_android);
    let mut not_measured = serde_json::Map::new();
    let mut figure = |key: &str, c: &callgrind::Count| match c {
        Ok(n) => json!(n),
        Err(why) => {
            not_measured.insert(key.to_owned(), json!(why));
            Value::Null
        }
    };
    let first_verdict_instructions = figure("first_verdict_instructions", &counts.first_verdict);
    let process_noop_instructions = figure("process_noop_instructions", &counts.noop);
    let instructions_per_classify = figure("instructions_per_classify", &counts.per_classify);
    libraries_not_measured(fresh, &mut not_measured);
    json!({
        "rules_heap_bytes": heap.live_bytes,
        "rules_heap_allocations": heap.allocations,
        "first_verdict_instructions": first_verdict_instructions,
        "process_noop_instructions": process_noop_instructions,
        "instructions_per_classify": instructions_per_classify,
        "instructions_corpus_passes": CALLGRIND_PASSES,
        "library_bytes_aarch64_android": lib_android.as_ref().map(|l| l.1),
        "library_path_aarch64_android": lib_android.as_ref().map(|l| l.0.display().to_string()),
        "not_measured": not_measured,
    })
}

/// Says in `not_measured` which library was not built, and how to build it.
fn libraries_not_measured(fresh: &Fresh, not_measured: &mut serde_json::Map<String, Value>) {
    if fresh.lib.is_none() {
        not_measured.insert(
            "library_bytes".into(),
            json!(format!(
                "not measured: no {LIB_NAME} built (cargo build --release -p smishguard-ffi)"
            )),
        );
    }
    if fresh.lib_android.is_none() {
        not_measured.insert(
            "library_bytes_aarch64_android".into(),
            json!(format!(
                "not measured: no {} built",
                android_lib_rel().display()
            )),
        );
    }
}

/// Figures of the fresh-process runs, medians over [`SPAWNS`] processes, in µs.
struct Cold {
    spawn_to_verdict_us: f64,
    main_to_verdict_us: f64,
    first_classify_us: f64,
    second_classify_us: f64,
    spawn_noop_us: f64,
}

/// Starts the child, returns the first line it prints and the wall time until then.
fn spawn_line(exe: &Path, args: &[&str]) -> Result<(String, Duration), String> {
    let t = Instant::now();
    let mut child = Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout"))
        .read_line(&mut line)
        .map_err(|e| format!("child output: {e}"))?;
    let elapsed = t.elapsed();
    let status = child.wait().map_err(|e| format!("child: {e}"))?;
    if !status.success() {
        return Err(format!("bench child {args:?} failed: {status}"));
    }
    Ok((line, elapsed))
}

/// Times the first verdict of fresh processes, and the spawn of a no-op one (see [`Cold`]).
fn first_verdict(exe: &Path) -> Result<Cold, String> {
    let (mut wall, mut main, mut first, mut second, mut noop) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..SPAWNS {
        let (_, t) = spawn_line(exe, &["__bench-child", "noop"])?;
        noop.push(t.as_secs_f64() * 1e6);
        let (line, t) = spawn_line(exe, &["__bench-child", "first-verdict"])?;
        wall.push(t.as_secs_f64() * 1e6);
        let v: Value =
            serde_json::from_str(&line).map_err(|e| format!("child said {line}: {e}"))?;
        let f = |k: &str| v.get(k).and_then(Value::as_f64).unwrap_or(f64::NAN);
        main.push(f("main_to_verdict_us"));
        first.push(f("first_classify_us"));
        second.push(f("second_classify_us"));
    }
    Ok(Cold {
        spawn_to_verdict_us: median(&mut wall).round(),
        main_to_verdict_us: median(&mut main).round(),
        first_classify_us: median(&mut first).round(),
        second_classify_us: median(&mut second).round(),
        spawn_noop_us: median(&mut noop).round(),
    })
}

/// The peak resident set of the child that classifies [`RSS_MESSAGES`] messages, in KiB.
struct Rss {
    before_kib: u64,
    peak_kib: u64,
}

/// Runs the peak-RSS child on the corpus and fixtures of `o`.
fn peak_rss(exe: &Path, o: &Opts) -> Result<Rss, String> {
    let corpus = o.corpus.display().to_string();
    let fixtures = o.fixtures.display().to_string();
    let (line, _) = spawn_line(exe, &["__bench-child", "rss", &corpus, &fixtures])?;
    let v: Value = serde_json::from_str(&line).map_err(|e| format!("child said {line}: {e}"))?;
    let k = |key: &str| v.get(key).and_then(Value::as_u64).unwrap_or(0);
    Ok(Rss {
        before_kib: k("before_kib"),
        peak_kib: k("peak_rss_kib"),
    })
}

/// Instruction counts of the fresh-process and warm figures.
struct Counts {
    /// The whole `verdict-once` child: start, compile the default pack, one verdict, exit.
    first_verdict: callgrind::Count,
    /// The whole `noop` child: what any process of this binary costs.
    noop: callgrind::Count,
    /// One warm classification of a dev corpus message, on average.
    per_classify: callgrind::Count,
}

/// Counts instructions with callgrind (see [`Counts`]); each figure says why when it could
/// not be counted.
fn instruction_counts(exe: &Path, o: &Opts, corpus_messages: usize) -> Counts {
    let skipped = |why: &str| Counts {
        first_verdict: Err(why.to_owned()),
        noop: Err(why.to_owned()),
        per_classify: Err(why.to_owned()),
    };
    if !o.callgrind {
        return skipped("not measured: --no-callgrind");
    }
    if let Err(why) = callgrind::available() {
        return skipped(&why);
    }
    let corpus = o.corpus.display().to_string();
    let passes = CALLGRIND_PASSES.to_string();
    let loop_with = |p: &str| callgrind::instructions(exe, &["__bench-child", "loop", &corpus, p]);
    let per_classify = loop_with("0").and_then(|without| {
        let with = loop_with(&passes)?;
        let classified = (CALLGRIND_PASSES * corpus_messages).max(1) as u64;
        Ok(with.saturating_sub(without) / classified)
    });
    Counts {
        first_verdict: callgrind::instructions(exe, &["__bench-child", "verdict-once"]),
        noop: callgrind::instructions(exe, &["__bench-child", "noop"]),
        per_classify,
    }
}

/// Heap kept after the first verdict of a fresh process.
struct Heap {
    live_bytes: i64,
    allocations: u64,
}

/// Runs the child that measures the heap its first verdict keeps.
fn rules_heap(exe: &Path) -> Result<Heap, String> {
    let (line, _) = spawn_line(exe, &["__bench-child", "heap"])?;
    let v: Value = serde_json::from_str(&line).map_err(|e| format!("child said {line}: {e}"))?;
    Ok(Heap {
        live_bytes: v.get("live_bytes").and_then(Value::as_i64).unwrap_or(0),
        allocations: v.get("allocations").and_then(Value::as_u64).unwrap_or(0),
    })
}

/// The file name of the host's cdylib.
const LIB_NAME: &str = "libsmishguard_ffi.so";

/// Where the Android arm64 build puts the library, relative to the target directory.
fn android_lib_rel() -> PathBuf {
    Path::new("aarch64-linux-android/release").join(LIB_NAME)
}

/// The stripped size of the release cdylib for the host: `--lib PATH`, else
/// `libsmishguard_ffi.so` next to this binary or under `target/<host triple>/release/`.
fn library_size(exe: &Path, given: Option<&Path>) -> Option<(PathBuf, u64)> {
    let path = match given {
        Some(p) => p.to_path_buf(),
        None => {
            let dir = exe.parent()?;
            let mut candidates = vec![dir.join(LIB_NAME)];
            if let Ok(rd) = std::fs::read_dir(dir.parent()?) {
                for e in rd.flatten() {
                    let triple = e.file_name().to_string_lossy().into_owned();
                    if triple.starts_with(std::env::consts::ARCH)
                        && triple.contains(std::env::consts::OS)
                        && !triple.contains("android")
                    {
                        candidates.push(e.path().join("release").join(LIB_NAME));
                    }
                }
            }
            candidates.into_iter().find(|p| p.is_file())?
        }
    };
    let size = stripped_size(&path)?;
    Some((path, size))
}

/// The stripped size of the aarch64-linux-android cdylib, when that build exists.
fn android_library(exe: &Path) -> Option<(PathBuf, u64)> {
    let path = exe.parent()?.parent()?.join(android_lib_rel());
    let size = stripped_size(&path)?;
    Some((path, size))
}

/// The size of `path` stripped (by `llvm-strip`, which reads every architecture, else `strip`),
/// or its size as is when neither can strip it.
fn stripped_size(path: &Path) -> Option<u64> {
    if !path.is_file() {
        return None;
    }
    let tmp = std::env::temp_dir().join(format!("smishguard-bench-{}.so", std::process::id()));
    let stripped = ["llvm-strip", "strip"].iter().any(|tool| {
        Command::new(tool)
            .arg("-o")
            .arg(&tmp)
            .arg(path)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    });
    if stripped {
        let s = std::fs::metadata(&tmp).ok().map(|m| m.len());
        let _ = std::fs::remove_file(&tmp);
        s
    } else {
        std::fs::metadata(path).ok().map(|m| m.len())
    }
}

/// Reads `VmHWM` (peak resident set) from /proc/self/status, in KiB.
fn vm_hwm_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// The hidden `__bench-child` command: `noop`; `first-verdict` (timed); `verdict-once` (one
/// verdict and nothing else, for callgrind); `heap` (the heap kept after the first verdict);
/// `loop CORPUS PASSES` (a warm-up pass over the corpus, then PASSES passes, for callgrind);
/// or `rss CORPUS FIXTURES [N]` (N messages, default 10,000).
pub fn child(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("noop") => {
            println!("{{}}");
            Ok(())
        }
        Some("verdict-once") => {
            let v = smishguard_core::classify(FIRST_TEXT, Some(FIRST_SENDER));
            println!("{}", v.level.as_str());
            Ok(())
        }
        Some("heap") => {
            child_heap();
            Ok(())
        }
        Some("loop") => child_loop(args),
        Some("first-verdict") => {
            child_first_verdict();
            Ok(())
        }
        Some("rss") => child_rss(args),
        _ => Err("__bench-child takes noop, first-verdict, verdict-once, heap, loop or rss".into()),
    }
}

/// `__bench-child heap`: prints the heap the first verdict keeps, and its allocations.
fn child_heap() {
    LIVE_BYTES.store(0, Ordering::Relaxed);
    ALLOCS.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::SeqCst);
    drop(black_box(smishguard_core::classify(
        FIRST_TEXT,
        Some(FIRST_SENDER),
    )));
    COUNTING.store(false, Ordering::SeqCst);
    println!(
        "{}",
        json!({
            "live_bytes": LIVE_BYTES.load(Ordering::Relaxed),
            "allocations": ALLOCS.load(Ordering::Relaxed),
        })
    );
}

/// `__bench-child loop CORPUS PASSES`: classifies the corpus once, then PASSES times more.
fn child_loop(args: &[String]) -> Result<(), String> {
    let corpus = args.get(1).ok_or("loop needs the corpus")?;
    let passes: usize = args
        .get(2)
        .ok_or("loop needs the number of passes")?
        .parse()
        .map_err(|_| "loop: PASSES must be a number")?;
    let msgs = load(Path::new(corpus), true, None)?;
    let c = Classifier::new();
    let mut flagged = 0usize;
    for _ in 0..=passes {
        for m in &msgs {
            let v = c.classify(black_box(&m.text), m.sender.as_deref());
            flagged += usize::from(v.level != Level::Safe);
        }
    }
    println!("{}", json!({ "flagged": flagged }));
    Ok(())
}

/// `__bench-child first-verdict`: prints the times from `main` to the first verdict, of the
/// first classify and of a second one.
fn child_first_verdict() {
    let t = Instant::now();
    let v = smishguard_core::classify(FIRST_TEXT, Some(FIRST_SENDER));
    let first = t.elapsed();
    let main = MAIN_START.get().map_or(first, Instant::elapsed);
    let t = Instant::now();
    black_box(smishguard_core::classify(FIRST_TEXT, Some(FIRST_SENDER)));
    let second = t.elapsed();
    println!(
        "{}",
        json!({
            "level": v.level.as_str(),
            "main_to_verdict_us": main.as_secs_f64() * 1e6,
            "first_classify_us": first.as_secs_f64() * 1e6,
            "second_classify_us": second.as_secs_f64() * 1e6,
        })
    );
}

/// `__bench-child rss CORPUS FIXTURES [N]`: classifies N messages of the timing set (cycled)
/// and prints the peak resident set before and after.
fn child_rss(args: &[String]) -> Result<(), String> {
    let o = Opts {
        json: true,
        corpus: args.get(1).ok_or("rss needs the corpus")?.into(),
        fixtures: args.get(2).ok_or("rss needs the fixtures")?.into(),
        rounds: 0,
        lib: None,
        callgrind: false,
        table: None,
    };
    let count = match args.get(3) {
        Some(n) => n.parse().map_err(|_| "rss: N must be a number")?,
        None => RSS_MESSAGES,
    };
    let msgs = timing_set(&o)?;
    let before = vm_hwm_kib();
    let c = Classifier::new();
    let mut flagged = 0usize;
    for m in msgs.iter().cycle().take(count) {
        let v = c.classify(&m.text, m.sender.as_deref());
        flagged += usize::from(v.level != Level::Safe);
    }
    println!(
        "{}",
        json!({"before_kib": before, "peak_rss_kib": vm_hwm_kib(), "flagged": flagged})
    );
    Ok(())
}

/// A target's verdict: `met` or `MISSED`.
fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "MISSED"
    }
}

/// The table being printed: one row per figure, with its target and whether it is met.
#[derive(Default)]
struct Table(String);

impl Table {
    /// A row: the figure's name, its value, its target and whether it is met.
    fn row(&mut self, name: &str, value: String, target: &str, verdict: &str) {
        self.0
            .push_str(&format!("{name:<38} {value:>16}  {target:<16} {verdict}\n"));
    }

    /// A row with no target.
    fn info(&mut self, name: &str, value: String) {
        self.row(name, value, "", "");
    }

    /// A row of an integer figure that may be missing (`null`, with the reason in
    /// `not_measured`), checked against `limit` when there is one.
    fn optional(&mut self, v: &Value, key: &str, name: &str, unit: &str, limit: Option<u64>) {
        let target = limit.map_or(String::new(), |l| format!("≤ {} {unit}", thousands(l)));
        match v.get(key).and_then(Value::as_u64) {
            Some(x) => self.row(
                name,
                format!("{} {unit}", thousands(x)),
                &target,
                limit.map_or("", |l| met(x <= l)),
            ),
            None => {
                let why = v
                    .get("not_measured")
                    .and_then(|n| n.get(key))
                    .and_then(Value::as_str)
                    .unwrap_or("not measured");
                self.row(name, "-".into(), &target, why);
            }
        }
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The human-readable table of the figures in `v` (the JSON object).
fn table(v: &Value) -> String {
    let mut t = Table::default();
    t.row("figure", "measured".into(), "target", "");
    speed_rows(&mut t, v);
    footprint_rows(&mut t, v);
    accuracy_rows(&mut t, v);
    t.0
}

/// The number at `k` in `v`; NaN when it is missing.
fn num(v: &Value, k: &str) -> f64 {
    v.get(k).and_then(Value::as_f64).unwrap_or(f64::NAN)
}

/// Warm speed, against the floor and the regex list.
fn speed_rows(t: &mut Table, v: &Value) {
    let f = |k: &str| num(v, k);
    t.info(
        "classify median / message",
        format!("{:.2} µs", f("median_ns") / 1e3),
    );
    t.row(
        "  dev corpus only: median",
        format!("{:.2} µs", f("corpus_median_ns") / 1e3),
        "≤ 8 µs",
        met(f("corpus_median_ns") <= TARGET_MEDIAN_NS),
    );
    t.info(
        "classify p99 / message",
        format!("{:.2} µs", f("p99_ns") / 1e3),
    );
    t.optional(
        v,
        "instructions_per_classify",
        "instructions / warm classify (dev)",
        "",
        None,
    );
    t.info(
        "messages per second (1 core)",
        format!("{:.0}", f("messages_per_second")),
    );
    t.info(
        "floor (AC pass, raw text) / message",
        format!("{:.2} µs", f("floor_ns_per_message") / 1e3),
    );
    t.row(
        "classify / floor",
        format!("{:.1}×", f("floor_ratio")),
        "≤ 20×",
        met(f("floor_ratio") <= TARGET_FLOOR_RATIO),
    );
    t.info(
        "regex list / message",
        format!("{:.2} µs", f("regex_baseline_ns_per_message") / 1e3),
    );
    t.row(
        "regex list / classify",
        format!("{:.2}×", f("regex_baseline_ratio")),
        "≥ 10×",
        met(f("regex_baseline_ratio") >= TARGET_REGEX_RATIO),
    );
}

/// What a fresh process, the compiled rules and the library cost: the message-filter
/// extension's figures.
fn footprint_rows(t: &mut Table, v: &Value) {
    first_verdict_rows(t, v);
    memory_rows(t, v);
}

/// The first verdict of a fresh process: its time, its instructions and their parts.
fn first_verdict_rows(t: &mut Table, v: &Value) {
    let f = |k: &str| num(v, k);
    t.row(
        "first verdict, fresh process",
        format!("{:.0} µs", f("first_verdict_us")),
        "≤ 2000 µs",
        met(f("first_verdict_us") <= TARGET_FIRST_VERDICT_US),
    );
    t.optional(
        v,
        "first_verdict_instructions",
        "  instructions, start to exit",
        "",
        Some(TARGET_FIRST_VERDICT_INSTRUCTIONS),
    );
    t.optional(
        v,
        "process_noop_instructions",
        "  instructions of a no-op process",
        "",
        None,
    );
    t.info(
        "  spawn of a no-op child",
        format!("{:.0} µs", f("process_spawn_us")),
    );
    t.info(
        "  main() to first verdict",
        format!("{:.0} µs", f("first_verdict_in_process_us")),
    );
    t.info(
        "  first classify (lazy tables)",
        format!("{:.0} µs", f("first_classify_us")),
    );
    t.info(
        "  second classify",
        format!("{:.1} µs", f("second_classify_us")),
    );
}

/// The memory the compiled rules and classify take, and the library's size.
fn memory_rows(t: &mut Table, v: &Value) {
    let f = |k: &str| num(v, k);
    t.optional(
        v,
        "rules_heap_bytes",
        "heap kept after the first verdict",
        "B",
        Some(TARGET_RULES_HEAP_BYTES),
    );
    let rss = v.get("peak_rss_kib").and_then(Value::as_u64).unwrap_or(0);
    t.row(
        "peak RSS, 10,000 messages",
        format!("{rss} KiB"),
        "≤ 10240 KiB",
        met(rss > 0 && rss <= TARGET_RSS_KIB),
    );
    t.info(
        "allocations / classify",
        format!("{:.1}", f("allocations_per_classify")),
    );
    t.info(
        "allocated bytes / classify",
        format!("{:.0}", f("allocated_bytes_per_classify")),
    );
    t.optional(
        v,
        "library_bytes",
        "library, stripped, host",
        "B",
        Some(TARGET_LIBRARY_BYTES),
    );
    t.optional(
        v,
        "library_bytes_aarch64_android",
        "library, stripped, aarch64 Android",
        "B",
        Some(TARGET_LIBRARY_BYTES),
    );
}

/// Flagged recall and false positives, ours and the regex list's.
fn accuracy_rows(t: &mut Table, v: &Value) {
    let acc = |k: &str, m: &str| {
        v.get(k)
            .and_then(|a| a.get(m))
            .and_then(Value::as_f64)
            .map_or("-".to_owned(), |x| format!("{:.1}%", x * 100.0))
    };
    for (label, set) in [("dev corpus", ""), ("external", "_external")] {
        for (what, m) in [("flagged recall", "recall"), ("false positives", "fpr")] {
            t.info(
                &format!("{label} {what}: ours"),
                acc(&format!("accuracy{set}"), m),
            );
            t.info(
                "  regex list",
                acc(&format!("regex_baseline_accuracy{set}"), m),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(38_515_813), "38,515,813");
    }

    #[test]
    fn table_checks_targets_and_says_what_was_not_measured() {
        let v = json!({
            "corpus_median_ns": 9000.0,
            "first_verdict_instructions": 4_000_000,
            "rules_heap_bytes": 2_000_000,
            "library_bytes_aarch64_android": null,
            "not_measured": {"library_bytes_aarch64_android": "not measured: no lib built"},
        });
        let t = table(&v);
        let line = |start: &str| {
            t.lines()
                .find(|l| l.trim_start().starts_with(start))
                .unwrap_or_else(|| panic!("no row {start} in\n{t}"))
                .to_owned()
        };
        assert!(line("dev corpus only").ends_with("MISSED"), "{t}");
        assert!(line("instructions, start").ends_with("met"), "{t}");
        assert!(line("heap kept").ends_with("MISSED"), "{t}");
        assert!(
            line("library, stripped, aarch64").ends_with("no lib built"),
            "{t}"
        );
        assert!(line("instructions / warm").ends_with("not measured"), "{t}");
    }
}
