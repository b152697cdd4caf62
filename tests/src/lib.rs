//! Shared helpers of the cross-crate tests (tests/tests/) and the fuzz targets (fuzz/): reading
//! the JSONL fixtures and the corpus, and the invariants every verdict must satisfy.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod invariants;

use std::path::PathBuf;

use serde::Deserialize;

/// One written fixture: a message and what the classifier must say of it.
#[derive(Debug, Clone, Deserialize)]
pub struct Fixture {
    /// Unique name, reported on failure.
    pub name: String,
    /// The message body.
    pub text: String,
    /// The sender, when the case depends on it.
    #[serde(default)]
    pub sender: Option<String>,
    /// `safe`, `suspicious`, `dangerous`, or `flagged` (suspicious or dangerous).
    pub expect_level: String,
    /// The expected lure category, `null` for genuine messages.
    pub expect_category: Option<String>,
    /// `smishing` / `ham`, for fixtures from other sources.
    #[serde(default)]
    pub label: Option<String>,
    /// Where a case from another source was published.
    #[serde(default)]
    pub source: Option<String>,
    /// Why the case is what it is.
    #[serde(default)]
    pub note: Option<String>,
    /// A case the classifier is known to get wrong today (kept, and checked to still fail,
    /// so that the list of known misses stays true).
    #[serde(default)]
    pub known_miss: bool,
}

/// The folder of this crate (`tests/`).
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads `tests/fixtures/<name>`.
pub fn fixtures(name: &str) -> Vec<Fixture> {
    fixture_rows(name)
}

/// Reads the rows of `tests/fixtures/<name>` as `T`: a [`Fixture`], or a
/// `serde_json::Value` for a file of another shape (the blind set's `{id, text, label}`).
pub fn fixture_rows<T: serde::de::DeserializeOwned>(name: &str) -> Vec<T> {
    let path = crate_dir().join("fixtures").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// Checks the level `f` expects (`flagged` accepts suspicious or dangerous); on failure the
/// message names the case, what was wanted and what came out, with the reasons.
pub fn check(f: &Fixture, v: &smishguard_core::Verdict) -> Result<(), String> {
    let level_ok = match f.expect_level.as_str() {
        "flagged" => v.is_flagged(),
        want => v.level.as_str() == want,
    };
    if level_ok {
        return Ok(());
    }
    Err(describe(f, v))
}

/// Whether the verdict's category is the one `f` expects.
pub fn category_agrees(f: &Fixture, v: &smishguard_core::Verdict) -> bool {
    v.category.map(|c| c.as_str()) == f.expect_category.as_deref()
}

/// What was wanted and what came out, with the reasons.
pub fn describe(f: &Fixture, v: &smishguard_core::Verdict) -> String {
    let reasons: Vec<String> = v
        .reasons
        .iter()
        .map(|r| format!("{}({:+.1})", r.code, r.weight))
        .collect();
    format!(
        "{}: want {}/{:?}, got {} ({:.2})/{:?} [{}]",
        f.name,
        f.expect_level,
        f.expect_category,
        v.level.as_str(),
        v.score,
        v.category.map(|c| c.as_str()),
        reasons.join(" ")
    )
}

/// The labelled development corpus shipped beside the checkout (`../shared/corpus/dev.jsonl`).
pub fn dev_corpus_path() -> PathBuf {
    crate_dir().join("../../shared/corpus/dev.jsonl")
}
