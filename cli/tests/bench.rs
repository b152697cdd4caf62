//! The fresh-process children of `smishguard bench` (not timings): the heap they report is
//! what the first verdict keeps, the instruction-count workloads run, and `--table` shows the
//! footprint figures of a saved JSON object with their targets.

use std::process::Command;

fn smishguard(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_smishguard"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn heap_child_reports_what_the_compiled_rules_keep() {
    let (ok, out, err) = smishguard(&["__bench-child", "heap"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON object");
    let live = v["live_bytes"].as_i64().expect("live_bytes");
    let allocations = v["allocations"].as_u64().expect("allocations");
    // The automata and learned weights of the default pack are statics; what the compiled
    // pack still holds on the heap (brands, concept and signal texts, advice: about 78 kB in
    // a thousand allocations) is far more than one verdict, which is dropped before the count
    // is read.
    assert!(live > 30_000, "{v}");
    assert!(allocations > 500, "{v}");
}

#[test]
fn callgrind_workloads_classify() {
    let (ok, out, err) = smishguard(&["__bench-child", "verdict-once"]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), "dangerous");
    let dir = std::env::temp_dir().join(format!("smishguard-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join("c.jsonl");
    std::fs::write(
        &corpus,
        "{\"text\":\"不在の為持ち帰りました。https://sagawa-kx.top/\"}\n{\"text\":\"今日は雨だね\"}\n",
    )
    .unwrap();
    let (ok, out, err) = smishguard(&["__bench-child", "loop", corpus.to_str().unwrap(), "2"]);
    assert!(ok, "{err}");
    // Three passes (the warm-up and two counted) over one lure and one genuine message.
    assert_eq!(out.trim(), r#"{"flagged":3}"#);
}

#[test]
fn table_of_a_saved_run_shows_footprint_targets() {
    let dir = std::env::temp_dir().join(format!("smishguard-table-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let saved = dir.join("bench.json");
    std::fs::write(
        &saved,
        r#"{"first_verdict_instructions": null, "rules_heap_bytes": 500000,
            "not_measured": {"first_verdict_instructions": "not measured: valgrind absent"}}"#,
    )
    .unwrap();
    let (ok, out, err) = smishguard(&["bench", "--table", saved.to_str().unwrap()]);
    assert!(ok, "{err}");
    let row = |start: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no row {start}:\n{out}"))
    };
    assert!(row("instructions, start").ends_with("not measured: valgrind absent"));
    assert!(row("heap kept").contains("500,000 B"), "{out}");
    assert!(row("heap kept").ends_with("met"), "{out}");
}
