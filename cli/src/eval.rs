//! `smishguard eval`: quality on a labelled JSONL corpus.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::{json, Value};
use smishguard_core::{Classifier, Level, UserLists};

/// One evaluated row.
struct Row {
    id: String,
    label_smishing: bool,
    category: String,
    level: Level,
    got_category: Option<&'static str>,
    score: f32,
    reasons: Vec<String>,
    text: String,
}

/// Counts at one threshold.
#[derive(Default, Clone, Copy)]
struct Confusion {
    tp: usize,
    fn_: usize,
    fp: usize,
    tn: usize,
}

impl Confusion {
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn fpr(&self) -> f64 {
        ratio(self.fp, self.fp + self.tn)
    }
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn to_json(self) -> Value {
        json!({ "tp": self.tp, "fn": self.fn_, "fp": self.fp, "tn": self.tn,
                "recall": self.recall(), "false_positive_rate": self.fpr(), "precision": self.precision() })
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The evaluation of a corpus.
pub(crate) struct Evaluation {
    rows: Vec<Row>,
    skipped: Vec<String>,
}

/// Classifies every labelled row of `text` (JSONL). Rows without a `text` string or a
/// `label` of `smishing`/`ham` are skipped and listed.
pub(crate) fn evaluate(
    c: &Classifier,
    lists: &UserLists,
    text: &str,
) -> Result<Evaluation, String> {
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                skipped.push(format!("line {}: not JSON ({e})", n + 1));
                continue;
            }
        };
        let id =
            v.get("id")
                .or_else(|| v.get("name"))
                .map_or(format!("line {}", n + 1), |i| match i {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
        let label = v.get("label").and_then(Value::as_str);
        let Some(body) = v.get("text").and_then(Value::as_str) else {
            skipped.push(format!("{id}: no text"));
            continue;
        };
        let label_smishing = match label {
            Some("smishing") => true,
            Some("ham") => false,
            _ => {
                skipped.push(format!("{id}: label is not smishing/ham"));
                continue;
            }
        };
        let sender = v.get("sender").and_then(Value::as_str);
        let verdict = c.classify_with(body, sender, lists);
        rows.push(Row {
            id,
            label_smishing,
            category: v
                .get("category")
                .and_then(Value::as_str)
                .unwrap_or("-")
                .to_owned(),
            level: verdict.level,
            got_category: verdict.category.map(|c| c.as_str()),
            score: verdict.score,
            reasons: verdict
                .reasons
                .iter()
                .map(|r| format!("{}({:+.1})", r.code, r.weight))
                .collect(),
            text: body.to_owned(),
        });
    }
    if rows.is_empty() {
        return Err("no labelled rows".into());
    }
    Ok(Evaluation { rows, skipped })
}

impl Evaluation {
    fn confusion(&self, flagged_at: Level, filter: impl Fn(&Row) -> bool) -> Confusion {
        let mut c = Confusion::default();
        for r in self.rows.iter().filter(|r| filter(r)) {
            let flagged = r.level >= flagged_at;
            match (r.label_smishing, flagged) {
                (true, true) => c.tp += 1,
                (true, false) => c.fn_ += 1,
                (false, true) => c.fp += 1,
                (false, false) => c.tn += 1,
            }
        }
        c
    }

    fn categories(&self) -> Vec<String> {
        let mut cats: Vec<String> = self.rows.iter().map(|r| r.category.clone()).collect();
        cats.sort();
        cats.dedup();
        cats
    }

    /// Rows on the wrong side of the "flagged" threshold, and ham rows marked dangerous.
    fn misclassified(&self) -> Vec<&Row> {
        self.rows
            .iter()
            .filter(|r| {
                (r.label_smishing != (r.level >= Level::Suspicious))
                    || (!r.label_smishing && r.level == Level::Dangerous)
            })
            .collect()
    }

    /// The report as text: the counts, both confusion matrices, each category, and the
    /// rows misclassified.
    pub(crate) fn render(&self) -> String {
        let mut o = String::new();
        let smish = self.rows.iter().filter(|r| r.label_smishing).count();
        let _ = writeln!(
            o,
            "rows: {} ({} smishing, {} ham)",
            self.rows.len(),
            smish,
            self.rows.len() - smish
        );
        self.render_confusions(&mut o);
        self.render_categories(&mut o);
        self.render_misclassified(&mut o);
        for s in &self.skipped {
            let _ = writeln!(o, "skipped: {s}");
        }
        o
    }

    /// The confusion matrix at each threshold, with recall, false-positive rate, precision.
    fn render_confusions(&self, o: &mut String) {
        for (name, at) in [
            ("flagged (suspicious or dangerous)", Level::Suspicious),
            ("dangerous only", Level::Dangerous),
        ] {
            let c = self.confusion(at, |_| true);
            let _ = writeln!(o, "\n{name}:");
            let _ = writeln!(o, "                 predicted+  predicted-");
            let _ = writeln!(o, "  smishing       {:>10}  {:>10}", c.tp, c.fn_);
            let _ = writeln!(o, "  ham            {:>10}  {:>10}", c.fp, c.tn);
            let _ = writeln!(
                o,
                "  recall {:.1}% ({}/{})  false-positive rate {:.1}% ({}/{})  precision {:.1}%",
                100.0 * c.recall(),
                c.tp,
                c.tp + c.fn_,
                100.0 * c.fpr(),
                c.fp,
                c.fp + c.tn,
                100.0 * c.precision()
            );
        }
    }

    /// Each labelled category's counts, and how often the verdict's category agrees.
    fn render_categories(&self, o: &mut String) {
        let _ = writeln!(
            o,
            "\nper category (flagged recall on smishing, flagged rate on ham):"
        );
        for cat in self.categories() {
            let c = self.confusion(Level::Suspicious, |r| r.category == cat);
            let d = self.confusion(Level::Dangerous, |r| r.category == cat);
            let _ = writeln!(
                o,
                "  {:<22} smishing {:>3}/{:<3} flagged, {:>3} dangerous   ham {:>2}/{:<2} flagged",
                cat,
                c.tp,
                c.tp + c.fn_,
                d.tp,
                c.fp,
                c.fp + c.tn
            );
        }
        let flagged: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| r.label_smishing && r.level >= Level::Suspicious)
            .collect();
        let agree = flagged
            .iter()
            .filter(|r| r.got_category == Some(r.category.as_str()))
            .count();
        let _ = writeln!(
            o,
            "  category agreement on flagged smishing: {agree}/{}",
            flagged.len()
        );
    }

    /// The misclassified rows, each with the start of its text and its reasons.
    fn render_misclassified(&self, o: &mut String) {
        let mis = self.misclassified();
        let _ = writeln!(o, "\nmisclassified ({}):", mis.len());
        for r in mis {
            let snippet: String = r
                .text
                .chars()
                .take(60)
                .collect::<String>()
                .replace('\n', " ");
            let _ = writeln!(
                o,
                "  {} [{}] got {} ({:.2}) {}\n    {}\n    {}",
                r.id,
                if r.label_smishing { "smishing" } else { "ham" },
                r.level.as_str(),
                r.score,
                r.got_category.unwrap_or("-"),
                snippet,
                if r.reasons.is_empty() {
                    "(no evidence)".to_owned()
                } else {
                    r.reasons.join(" ")
                }
            );
        }
    }

    /// The report as one JSON object.
    pub(crate) fn to_json(&self) -> Value {
        let mut per_cat = BTreeMap::new();
        for cat in self.categories() {
            per_cat.insert(
                cat.clone(),
                json!({ "flagged": self.confusion(Level::Suspicious, |r| r.category == cat).to_json(),
                        "dangerous": self.confusion(Level::Dangerous, |r| r.category == cat).to_json() }),
            );
        }
        let mis: Vec<Value> = self
            .misclassified()
            .into_iter()
            .map(|r| json!({ "id": r.id, "label": if r.label_smishing { "smishing" } else { "ham" },
                              "level": r.level.as_str(), "score": r.score, "category": r.got_category, "reasons": r.reasons }))
            .collect();
        json!({
            "rows": self.rows.len(),
            "flagged": self.confusion(Level::Suspicious, |_| true).to_json(),
            "dangerous": self.confusion(Level::Dangerous, |_| true).to_json(),
            "per_category": per_cat,
            "misclassified": mis,
            "skipped": self.skipped,
        })
    }
}
