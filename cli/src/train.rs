//! `smishguard train`: fits the learned weights of the rule pack (concepts, stories, grams)
//! from labelled messages, and the grouped cross-validation that `eval --cv` runs with it.
//!
//! The model is a logistic regression whose offset is everything set by hand (the bias and
//! the hand-weighted signals, see `Classifier::learning_row`): it learns what the rules do
//! not already say, and its weights add to theirs in one score. It is fitted by proximal
//! gradient descent (about sixty lines below), chosen over a crate because the problem is
//! small (hundreds of rows, thousands of sparse features), because it needs what general
//! crates do not offer together — a fixed per-row offset, per-row weights, an L1 penalty on
//! grams only and sign constraints on concept weights — and because it keeps the CLI's
//! dependencies to what it already has. It is deterministic: the same data and parameters give
//! the same weights, byte for byte.
//!
//! What makes it generalise rather than memorise:
//! * a gram is a feature only when it appears on at least `min_sites` different source sites
//!   of the training data, so no site's own wording is learned;
//! * L1 on grams keeps few of them (and the pack small);
//! * concept weights are kept at or above zero for lure families and at or below zero for
//!   genuine ones, so no concept can turn into evidence of the opposite.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;
use smishguard_core::rules::TextModel;
use smishguard_core::{Classifier, LearningRow, RulePack};

/// One labelled message.
#[derive(Clone)]
pub(crate) struct Sample {
    pub id: String,
    pub text: String,
    pub sender: Option<String>,
    pub smishing: bool,
    /// Where it was published (host of `source`), or its file when it has none.
    pub group: String,
    pub category: String,
    /// How the message arrived (`sms`, `email`…: the corpus's `channel`), `-` when unknown.
    pub channel: String,
}

/// Training parameters.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Params {
    /// L1 penalty on gram weights.
    pub l1: f32,
    /// L2 penalty on gram weights.
    pub l2: f32,
    /// L2 penalty on concept and story weights (lower: they are meant to generalise).
    pub l2_concepts: f32,
    /// Weight of a genuine row against a lure row (above 1: fewer genuine messages flagged).
    pub ham_weight: f32,
    /// A gram must appear on this many source sites to be a feature.
    pub min_sites: usize,
    /// Gradient steps.
    pub iterations: usize,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            // Zeroes more than a quarter of the grams the data would otherwise keep (2,785 →
            // 2,034 on dev + dev2), under the 2,048 whose look-up index fits in 4,096 slots:
            // 14 kB less library. The held-out figures hold or gain (the mean of ten deals:
            // 88.6% / 61.4% of lures, 7.1% of genuine messages flagged, against 88.6% / 61.2% /
            // 7.2% with none), and the blind sets flag fewer genuine messages (179 of 5,100,
            // against 192). In-sample recall on dev + dev2 falls to 95.3% (from 97.0%): a
            // larger penalty would take it under 95%.
            l1: 0.00004,
            l2: 0.0005,
            l2_concepts: 0.01,
            ham_weight: 1.5,
            min_sites: 2,
            iterations: 10000,
        }
    }
}

/// Reads labelled JSONL files: rows need `text` and `label` (`smishing`/`ham`), or, as the
/// written fixtures have, `expect_level` (`safe` is genuine, any other level a lure); others
/// are skipped. The group is the host of `source` when there is one, else the file.
pub(crate) fn load(paths: &[String]) -> Result<Vec<Sample>, String> {
    let mut out = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line)
                .map_err(|e| format!("{path}:{}: not JSON ({e})", n + 1))?;
            // Corpus rows say `label`; the written fixtures say what level they expect.
            let smishing = match (v["label"].as_str(), v["expect_level"].as_str()) {
                (Some("smishing"), _) => true,
                (Some("ham"), _) => false,
                (None, Some("safe")) => false,
                (None, Some("suspicious" | "dangerous" | "flagged")) => true,
                _ => continue,
            };
            let Some(body) = v["text"].as_str() else {
                continue;
            };
            let id = v["id"]
                .as_str()
                .or(v["name"].as_str())
                .map_or_else(|| format!("{path}:{}", n + 1), str::to_owned);
            out.push(Sample {
                id,
                text: body.to_owned(),
                sender: v["sender"].as_str().map(str::to_owned),
                smishing,
                group: group_of(v["source"].as_str(), path),
                category: v["category"].as_str().unwrap_or("-").to_owned(),
                channel: v["channel"].as_str().unwrap_or("-").to_owned(),
            });
        }
    }
    Ok(out)
}

/// The site a row came from: the host of its `source` URL, else its file.
fn group_of(source: Option<&str>, path: &str) -> String {
    match source {
        Some(s) if s.contains("://") => s
            .split("://")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .unwrap_or(s)
            .to_owned(),
        Some(s) if !s.is_empty() => s.to_owned(),
        _ => path.to_owned(),
    }
}

/// A sample as features: indices and values, and the fixed offset.
struct Row {
    fixed: f32,
    x: Vec<(usize, f32)>,
    y: f32,
    weight: f32,
}

/// Which feature an index is.
enum Feature {
    /// Always 1: the learned correction to the hand-set bias.
    Intercept,
    Concept(String, bool),
    Story(String),
    Gram(String),
}

/// Fits the learned weights on `samples` with the rules of `base` (whose own learned weights
/// play no part: they are not in the offset).
pub(crate) fn fit(base: &Classifier, samples: &[Sample], p: Params) -> TextModel {
    let pack = base.pack();
    let rows: Vec<(LearningRow, &Sample)> = samples
        .iter()
        .map(|s| (base.learning_row(&s.text, s.sender.as_deref()), s))
        .collect();
    let (features, index) = vocabulary(&pack, &rows, p.min_sites);
    let n_lure = samples.iter().filter(|s| s.smishing).count().max(1) as f32;
    let n_ham = samples.iter().filter(|s| !s.smishing).count().max(1) as f32;
    let data: Vec<Row> = rows
        .iter()
        .map(|(r, s)| {
            let mut x: Vec<(usize, f32)> = vec![(index["intercept"], 1.0)];
            x.extend(
                r.concepts
                    .iter()
                    .filter_map(|c| index.get(&format!("c:{c}")).map(|&i| (i, 1.0))),
            );
            x.extend(
                r.stories
                    .iter()
                    .filter_map(|c| index.get(&format!("s:{c}")).map(|&i| (i, 1.0))),
            );
            x.extend(
                r.grams
                    .iter()
                    .filter_map(|(g, v)| index.get(&format!("g:{g}")).map(|&i| (i, *v))),
            );
            Row {
                fixed: r.fixed,
                x,
                y: if s.smishing { 1.0 } else { -1.0 },
                // Both classes weigh as much in total, then genuine rows `ham_weight` times more.
                weight: if s.smishing {
                    1.0
                } else {
                    p.ham_weight * n_lure / n_ham
                },
            }
        })
        .collect();
    let w = descend(&features, &data, p);
    to_model(&features, &w, samples, p)
}

/// The features: every concept and story without a hand-set weight, and the grams seen on enough sites.
fn vocabulary(
    pack: &RulePack,
    rows: &[(LearningRow, &Sample)],
    min_sites: usize,
) -> (Vec<Feature>, HashMap<String, usize>) {
    let mut features = vec![Feature::Intercept];
    for c in pack.concepts.iter().filter(|c| c.weight.is_none()) {
        features.push(Feature::Concept(c.id.clone(), c.family.is_genuine()));
    }
    for s in pack.stories.iter().filter(|s| s.weight.is_none()) {
        features.push(Feature::Story(s.id.clone()));
    }
    let mut sites: BTreeMap<&str, HashSet<&str>> = BTreeMap::new();
    for (r, s) in rows {
        for (g, _) in &r.grams {
            sites.entry(g).or_default().insert(&s.group);
        }
    }
    for (g, groups) in sites {
        if groups.len() >= min_sites {
            features.push(Feature::Gram(g.to_owned()));
        }
    }
    let index = features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let key = match f {
                Feature::Intercept => "intercept".to_owned(),
                Feature::Concept(id, _) => format!("c:{id}"),
                Feature::Story(id) => format!("s:{id}"),
                Feature::Gram(g) => format!("g:{g}"),
            };
            (key, i)
        })
        .collect();
    (features, index)
}

/// Proximal gradient descent on the weighted logistic loss with the rows' fixed offsets:
/// L2 on all weights, L1 on grams (soft thresholding), signs kept on concepts and stories.
fn descend(features: &[Feature], data: &[Row], p: Params) -> Vec<f32> {
    let total: f32 = data.iter().map(|r| r.weight).sum::<f32>().max(1.0);
    // A step the loss's curvature allows: 1 / (max row norm² · max row weight / 4).
    let curvature = data
        .iter()
        .map(|r| r.x.iter().map(|(_, v)| v * v).sum::<f32>() * r.weight)
        .fold(1.0f32, f32::max)
        * data.len() as f32
        / total
        / 4.0;
    let step = 1.0 / (curvature + p.l2);
    let mut w = vec![0f32; features.len()];
    let mut grad = vec![0f32; features.len()];
    for _ in 0..p.iterations {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for r in data {
            let z = r.fixed + r.x.iter().map(|&(j, v)| w[j] * v).sum::<f32>();
            // d/dz of log(1 + exp(-y z)) = -y / (1 + exp(y z))
            let d = -r.y / (1.0 + (r.y * z).exp()) * r.weight / total;
            for &(j, v) in &r.x {
                grad[j] += d * v;
            }
        }
        for (j, f) in features.iter().enumerate() {
            let l2 = match f {
                Feature::Intercept => 0.0,
                Feature::Gram(_) => p.l2,
                Feature::Concept(..) | Feature::Story(_) => p.l2_concepts,
            };
            let mut v = w[j] - step * (grad[j] + l2 * w[j]);
            match f {
                Feature::Intercept => {}
                Feature::Gram(_) => {
                    let t = step * p.l1;
                    v = v.signum() * (v.abs() - t).max(0.0);
                }
                Feature::Concept(_, true) => v = v.min(0.0),
                Feature::Concept(_, false) | Feature::Story(_) => v = v.max(0.0),
            }
            w[j] = v;
        }
    }
    w
}

/// Smallest gram weight kept in the pack.
const MIN_GRAM_WEIGHT: f32 = 0.01;
/// Smallest concept or story weight kept: a smaller one would be a reason that explains
/// nothing.
const MIN_CONCEPT_WEIGHT: f32 = 0.05;

fn to_model(features: &[Feature], w: &[f32], samples: &[Sample], p: Params) -> TextModel {
    let mut m = TextModel {
        gram_scale: 0.001,
        ..TextModel::default()
    };
    let round = |v: f32| (v * 1000.0).round() / 1000.0;
    for (f, &v) in features.iter().zip(w) {
        match f {
            Feature::Intercept => m.intercept = round(v),
            Feature::Concept(id, _) => {
                if v.abs() >= MIN_CONCEPT_WEIGHT {
                    m.concepts.insert(id.clone(), round(v));
                }
            }
            Feature::Story(id) => {
                if v.abs() >= MIN_CONCEPT_WEIGHT {
                    m.stories.insert(id.clone(), round(v));
                }
            }
            Feature::Gram(g) => {
                if v.abs() >= MIN_GRAM_WEIGHT {
                    m.grams.insert(g.clone(), (v / m.gram_scale).round() as i32);
                }
            }
        }
    }
    let sites: HashSet<&str> = samples.iter().map(|s| s.group.as_str()).collect();
    m.trained = format!(
        "smishguard train: {} rows ({} smishing) from {} sites; l1 {}, l2 {} (concepts {}), ham weight {}, grams on >= {} sites, {} steps",
        samples.len(),
        samples.iter().filter(|s| s.smishing).count(),
        sites.len(),
        p.l1,
        p.l2,
        p.l2_concepts,
        p.ham_weight,
        p.min_sites,
        p.iterations
    );
    m
}

/// `base`'s pack with `model` as its learned weights.
pub(crate) fn with_model(base: &Classifier, model: TextModel) -> Result<Classifier, String> {
    let mut pack = base.pack();
    pack.model = model;
    Classifier::from_pack(pack).map_err(|e| format!("the trained pack is invalid: {e}"))
}

/// The fold of each group: groups ordered by a stable hash of their name (salted with `seed`
/// when it is not 0), dealt round-robin. Seed 0 is the deal the README's figures use; other
/// seeds deal the same sites differently, to show how much a figure owes to one deal.
pub(crate) fn folds(samples: &[Sample], k: usize, seed: u64) -> HashMap<String, usize> {
    let mut groups: Vec<&str> = samples.iter().map(|s| s.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    groups.sort_by_cached_key(|g| match seed {
        0 => fnv1a(g),
        s => fnv1a(&format!("{s}:{g}")),
    });
    groups
        .into_iter()
        .enumerate()
        .map(|(i, g)| (g.to_owned(), i % k.max(1)))
        .collect()
}

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(text: &str, smishing: bool, group: &str) -> Sample {
        Sample {
            id: text.into(),
            text: text.into(),
            sender: None,
            smishing,
            group: group.into(),
            category: "-".into(),
            channel: "-".into(),
        }
    }

    #[test]
    fn grams_of_one_site_are_not_learned() {
        let rows = vec![
            sample("ほげほげ不在のため持ち帰りました", true, "a"),
            sample("ふがふが不在のため持ち帰りました", true, "b"),
            sample("今日は晩ご飯いらないよ", false, "a"),
            sample("明日は晩ご飯いらないよ", false, "b"),
        ];
        let base = with_model(&Classifier::new(), TextModel::default()).expect("valid");
        let m = fit(
            &base,
            &rows,
            Params {
                l1: 0.0,
                ..Params::default()
            },
        );
        assert!(
            m.grams.contains_key("持ち"),
            "{:?}",
            m.grams.keys().collect::<Vec<_>>()
        );
        assert!(!m.grams.contains_key("ほげ") && !m.grams.contains_key("ふが"));
        assert!(m.grams["持ち"] > 0, "lure wording weighs towards lure");
        assert!(m.grams["ご飯"] < 0, "chat wording weighs towards genuine");
    }

    #[test]
    fn training_is_deterministic_and_learns_the_direction() {
        let rows: Vec<Sample> = (0..6)
            .flat_map(|i| {
                [
                    sample(
                        "お客様の口座を凍結しました。至急こちらからご確認ください",
                        true,
                        &format!("s{i}"),
                    ),
                    sample(
                        "明日の会議は10時からです。よろしくね",
                        false,
                        &format!("s{i}"),
                    ),
                ]
            })
            .collect();
        let base = with_model(&Classifier::new(), TextModel::default()).expect("valid");
        let a = fit(&base, &rows, Params::default());
        let b = fit(&base, &rows, Params::default());
        assert_eq!(a, b);
        let trained = with_model(&base, a).expect("valid");
        let lure = trained.classify(
            "お客様の口座を凍結しました。至急こちらからご確認ください",
            None,
        );
        let chat = trained.classify("明日の会議は10時からです。よろしくね", None);
        assert!(lure.score > chat.score, "{} vs {}", lure.score, chat.score);
    }

    #[test]
    fn folds_keep_a_site_together() {
        let rows = vec![
            sample("a", true, "x.example"),
            sample("b", false, "x.example"),
            sample("c", true, "y.example"),
        ];
        let f = folds(&rows, 5, 0);
        assert_eq!(f.len(), 2);
        assert!(f.values().all(|&k| k < 5));
    }

    #[test]
    fn seeds_deal_the_same_sites_differently() {
        let rows: Vec<Sample> = (0..40)
            .map(|i| sample("a", i % 2 == 0, &format!("site{i}.example")))
            .collect();
        let base = folds(&rows, 5, 0);
        // Seed 0 is the unsalted deal.
        let mut by_hash: Vec<&str> = base.keys().map(String::as_str).collect();
        by_hash.sort_by_key(|g| fnv1a(g));
        assert!(by_hash.iter().enumerate().all(|(i, g)| base[*g] == i % 5));
        for seed in 1..4 {
            let other = folds(&rows, 5, seed);
            assert_eq!(other.len(), base.len());
            assert!(other.values().all(|&k| k < 5));
            // The same sites, not in the same folds.
            assert!(other.iter().any(|(g, k)| base[g] != *k), "seed {seed}");
        }
    }
}
