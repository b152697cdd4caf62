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

/// (where, body, sender) of every fixture.
pub fn fixture_messages() -> Vec<(String, String, Option<String>)> {
    let mut names: Vec<String> = std::fs::read_dir(crate_dir().join("fixtures"))
        .expect("tests/fixtures is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".jsonl"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "fixtures missing: {names:?}");
    // Written fixtures have a name; the blind set (rows `{id, text, label}`) an id.
    names
        .iter()
        .flat_map(|file| {
            fixture_rows::<serde_json::Value>(file)
                .into_iter()
                .map(|row| {
                    let name = row["name"].as_str().or(row["id"].as_str()).unwrap_or("?");
                    (
                        format!("{file}: {name}"),
                        row["text"]
                            .as_str()
                            .expect("a fixture has a text")
                            .to_owned(),
                        row["sender"].as_str().map(str::to_owned),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// (where, body, sender) of every corpus row (`../shared/corpus/*.jsonl`), or `None` when the
/// corpus is absent.
pub fn corpus_messages() -> Option<Vec<(String, String, Option<String>)>> {
    let dir = dev_corpus_path().parent()?.to_path_buf();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("corpus file is readable");
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let row: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
            let body = row["text"]
                .as_str()
                .expect("corpus row has a text")
                .to_owned();
            let sender = row["sender"].as_str().map(str::to_owned);
            out.push((format!("{}:{}", path.display(), i + 1), body, sender));
        }
    }
    Some(out)
}
