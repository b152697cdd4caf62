//! Classify time and peak memory on adversarial text: shows that time grows linearly with the
//! analysed length (up to `MAX_INPUT_BYTES`, flat after it) and how much memory one classify
//! of 1 MiB takes. A measurement to read, not a test that fails.
//!
//! Run: `cargo run --release -p smishguard-core --example hostile_bench`
//! (set `HOSTILE_BENCH_QUICK=1` for one iteration per case).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use smishguard_core::Classifier;

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: delegates to the system allocator; only adds bookkeeping.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed)
                    + (new_size - layout.size());
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Repeats `unit` until the text is `len` bytes (cut at a character boundary).
fn fill(unit: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + unit.len());
    while s.len() < len {
        s.push_str(unit);
    }
    let mut end = len.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// Random kana, kanji and punctuation (a fixed linear congruential sequence).
fn random_japanese(len: usize) -> String {
    let mut x: u32 = 0x2545_F491;
    let mut s = String::with_capacity(len + 4);
    while s.len() < len {
        x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let c = match (x >> 24) % 10 {
            0..=3 => char::from_u32(0x3041 + (x >> 8) % 0x56),
            4..=5 => char::from_u32(0x30A1 + (x >> 8) % 0x59),
            6..=8 => char::from_u32(0x4E00 + (x >> 8) % 0x5000),
            _ => ['。', '、', '！', ' ', 'ー']
                .get(((x >> 8) % 5) as usize)
                .copied(),
        };
        s.push(c.unwrap_or('あ'));
    }
    s
}

fn cases(len: usize) -> Vec<(&'static str, String)> {
    let mut marks = String::from("a");
    marks.push_str(&fill("\u{0301}", len.saturating_sub(1)));
    vec![
        ("all dots", fill(".", len)),
        ("all '://'", fill("://", len)),
        ("combining marks", marks),
        ("emoji ZWJ", fill("👨\u{200D}👩\u{200D}👧\u{200D}👦", len)),
        ("digits+hyphens", fill("090-1234-5678-", len)),
        ("random Japanese", random_japanese(len)),
        ("http://a: chain", fill("http://a:", len)),
        ("a.com list", fill("a.com ", len)),
        ("e-mail-ish", fill("a@b.", len)),
        ("IDN run", fill("日本語", len.saturating_sub(4)) + ".jp"),
        (
            "close parens",
            String::from("https://a.jp/") + &fill(")", len.saturating_sub(13)),
        ),
        ("zero-width", fill("不\u{200B}", len)),
    ]
}

fn time(c: &Classifier, text: &str, budget: Duration) -> (Duration, u32) {
    let start = Instant::now();
    let mut n = 0u32;
    loop {
        black_box(c.classify(black_box(text), None));
        n += 1;
        if start.elapsed() >= budget || n >= 10_000 {
            break;
        }
    }
    (start.elapsed() / n, n)
}

fn main() {
    let quick = std::env::var_os("HOSTILE_BENCH_QUICK").is_some();
    let budget = Duration::from_millis(if quick { 0 } else { 300 });
    let c = Classifier::new();
    black_box(c.classify("warm up", None));
    let sizes = [1 << 10, 16 << 10, 64 << 10, 1 << 20];
    println!("classify time per message (mean), by input size; 1 MiB is analysed up to 64 KiB");
    println!(
        "{:<18} {:>12} {:>12} {:>12} {:>12}   {:>12}",
        "text", "1 KiB", "16 KiB", "64 KiB", "1 MiB", "ns/byte@64K"
    );
    let names: Vec<&str> = cases(16).iter().map(|(n, _)| *n).collect();
    let per_size: Vec<Vec<(&str, String)>> = sizes.iter().map(|&s| cases(s)).collect();
    for (k, name) in names.iter().enumerate() {
        let mut row = format!("{name:<18}");
        let mut at_64k = 0.0;
        for (i, size) in sizes.iter().enumerate() {
            let text = &per_size[i][k].1;
            let (t, _) = time(&c, text, budget);
            if *size == 64 << 10 {
                at_64k = t.as_nanos() as f64 / text.len() as f64;
            }
            row.push_str(&format!(" {:>10.1}µs", t.as_secs_f64() * 1e6));
        }
        row.push_str(&format!("   {at_64k:>12.1}"));
        println!("{row}");
    }

    println!();
    println!("peak heap of one classify of 1 MiB (above what was live before the call)");
    for (name, text) in cases(1 << 20) {
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let v = c.classify(&text, None);
        let peak = PEAK.load(Ordering::Relaxed) - before;
        assert!(v.truncated);
        drop(v);
        println!("{name:<18} {:>8.2} MiB", peak as f64 / (1 << 20) as f64);
    }
}
