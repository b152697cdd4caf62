//! The learned part of the pack, through the CLI as a user runs it: the shipped weights are
//! exactly what `smishguard train` makes from the corpus, and grouped cross-validation (the
//! figure for sites never seen) stays above floors a regression would break. Reads
//! `../shared/corpus/` at run time; set SMISHGUARD_NO_CORPUS=1 to skip where it is absent.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The corpus files, or None (test skipped) when absent and SMISHGUARD_NO_CORPUS is set.
fn corpus() -> Option<[String; 2]> {
    let dir = root().join("../shared/corpus");
    let files = ["dev.jsonl", "dev2.jsonl"].map(|f| dir.join(f).to_string_lossy().into_owned());
    if files.iter().all(|f| std::path::Path::new(f).exists()) {
        return Some(files);
    }
    assert!(
        std::env::var_os("SMISHGUARD_NO_CORPUS").is_some(),
        "corpus missing at {} (set SMISHGUARD_NO_CORPUS=1 to skip)",
        dir.display()
    );
    None
}

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_smishguard"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("smishguard runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn shipped_weights_are_what_train_makes() {
    let Some([dev, dev2]) = corpus() else { return };
    let trained = run(&["train", &dev, &dev2]);
    let shipped =
        std::fs::read_to_string(root().join("core/rules/model.json")).expect("model.json");
    assert!(
        trained == shipped,
        "core/rules/model.json is not what `smishguard train ../shared/corpus/dev.jsonl \
         ../shared/corpus/dev2.jsonl` makes: regenerate it with --out core/rules/model.json"
    );
}

#[test]
fn cross_validated_quality_floors() {
    let Some([dev, dev2]) = corpus() else { return };
    let rows_file =
        std::env::temp_dir().join(format!("smishguard-cv-rows-{}.jsonl", std::process::id()));
    let rows_path = rows_file.to_string_lossy().into_owned();
    let out = run(&[
        "eval", "--cv", "5", "--group", "source", "--json", "--rows", &rows_path, &dev, &dev2,
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let all = &v["overall"];
    let get = |k: &str| all[k].as_f64().unwrap_or_else(|| panic!("{k} in {all}"));
    // The held-out verdicts written by --rows are the ones the figures count.
    let rows: Vec<serde_json::Value> = std::fs::read_to_string(&rows_file)
        .expect("--rows file")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSONL row"))
        .collect();
    let _ = std::fs::remove_file(&rows_file);
    let count = |label: &str, level: Option<&str>| {
        rows.iter()
            .filter(|r| r["label"] == label && level.is_none_or(|l| r["level"] == l))
            .count() as f64
    };
    assert_eq!(count("smishing", None), get("lures"));
    assert_eq!(count("ham", None), get("ham"));
    assert_eq!(count("smishing", Some("dangerous")), get("dangerous"));
    assert_eq!(
        count("smishing", None) - count("smishing", Some("safe")),
        get("flagged")
    );
    assert!(rows
        .iter()
        .all(|r| matches!(r["fold"].as_u64(), Some(f) if f < 5) && r["score"].is_f64()));
    println!("grouped 5-fold cross-validation: {all}");
    assert_eq!(v["folds"].as_array().map(Vec::len), Some(5));
    assert!(
        v["groups"].as_u64() >= Some(100),
        "rows are grouped by site"
    );
    // Today's figures (default deal): 89.3% flagged, 48.5% dangerous (a message with no way to
    // act stays suspicious unless it tells a complete story or scores 0.95, and most quoted
    // lures lost their link), 5.3% of genuine messages flagged (none dangerous), AUC 0.957;
    // lures that kept a link or a number: 100% flagged, 96.4% dangerous. Other deals of the
    // sites into folds (`--seed`) give 84.0–89.3% flagged and 5.3–9.2% genuine flagged. The
    // floors leave room for the noise of a refit (a row or two either way). Raise them when
    // the figures improve; never tune on held-out rows.
    assert!(get("flagged_recall") >= 0.87, "flagged recall fell: {all}");
    let auc = v["ranking"]["auc"].as_f64().expect("ranking.auc");
    assert!(auc >= 0.93, "held-out ranking got worse: AUC {auc}");
    assert!(
        get("dangerous_recall") >= 0.45,
        "dangerous recall fell: {all}"
    );
    let linked = &v["with_link_or_number"];
    assert!(
        linked["dangerous_recall"]
            .as_f64()
            .expect("linked dangerous")
            >= 0.85,
        "dangerous recall of lures with a link or number fell: {linked}"
    );
    assert!(
        get("ham_flagged_rate") <= 0.08,
        "genuine messages flagged: {all}"
    );
    assert!(
        get("ham_dangerous") <= 1.0,
        "genuine messages dangerous: {all}"
    );
    assert!(
        get("otp_ham_flagged") == 0.0,
        "one-time codes flagged: {all}"
    );
}

/// `--seed` deals the same sites into other folds: every row is still held out once, a site's
/// rows stay together, and the sites fall into folds differently from the default deal.
#[test]
fn another_seed_deals_the_sites_differently() {
    let Some([dev, dev2]) = corpus() else { return };
    let fold_of_sites = |seed: &str| {
        let rows_file = std::env::temp_dir().join(format!(
            "smishguard-cv-seed{seed}-{}.jsonl",
            std::process::id()
        ));
        let rows_path = rows_file.to_string_lossy().into_owned();
        let out = run(&[
            "eval", "--cv", "5", "--group", "source", "--seed", seed, "--json", "--rows",
            &rows_path, &dev, &dev2,
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(
            v["seed"].as_u64(),
            seed.parse().ok(),
            "the deal is reported"
        );
        let rows = std::fs::read_to_string(&rows_file).expect("--rows file");
        let _ = std::fs::remove_file(&rows_file);
        let mut sites = std::collections::BTreeMap::new();
        let mut held_out = 0;
        for line in rows.lines() {
            let r: serde_json::Value = serde_json::from_str(line).expect("JSONL row");
            let (site, fold) = (r["site"].as_str().unwrap().to_owned(), r["fold"].as_u64());
            assert_eq!(*sites.entry(site).or_insert(fold), fold, "a site is split");
            held_out += 1;
        }
        (sites, held_out)
    };
    let (default, n) = fold_of_sites("0");
    let (other, m) = fold_of_sites("7");
    assert_eq!(n, m, "every row is held out once in both deals");
    assert_eq!(
        default.keys().collect::<Vec<_>>(),
        other.keys().collect::<Vec<_>>()
    );
    let moved = default.iter().filter(|(s, f)| other[*s] != **f).count();
    assert!(moved * 2 > default.len(), "only {moved} sites moved");
}
