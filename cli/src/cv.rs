//! `smishguard eval --cv K --group source`: grouped cross-validation. The rows of each source
//! site are held out together; the learned weights are trained on the other sites' rows and
//! the held-out rows classified with them, so every figure is for sites the model never saw.
//! (The hand-written concept vocabularies are the same in every fold.) Rows of `--train-also`
//! files (the written fixtures) join every fold's training and are never held out.

use std::fmt::Write;

use serde_json::json;
use smishguard_core::{Classifier, Level};

use crate::train::{fit, folds, with_model, Params, Sample};

/// Counts over a set of held-out rows.
#[derive(Default, Clone, Copy)]
struct Counts {
    lures: usize,
    flagged: usize,
    dangerous: usize,
    ham: usize,
    ham_flagged: usize,
    ham_dangerous: usize,
    otp_ham: usize,
    otp_ham_flagged: usize,
}

impl Counts {
    fn add(&mut self, s: &Sample, level: Level) {
        let flagged = level != Level::Safe;
        if s.smishing {
            self.lures += 1;
            self.flagged += usize::from(flagged);
            self.dangerous += usize::from(level == Level::Dangerous);
        } else {
            self.ham += 1;
            self.ham_flagged += usize::from(flagged);
            self.ham_dangerous += usize::from(level == Level::Dangerous);
            if s.category == "otp_code" {
                self.otp_ham += 1;
                self.otp_ham_flagged += usize::from(flagged);
            }
        }
    }

    fn line(&self) -> String {
        format!(
            "flagged recall {} ({}/{})  dangerous recall {} ({}/{})  ham flagged {} ({}/{}), dangerous {}  one-time codes flagged {}/{}",
            pct(self.flagged, self.lures),
            self.flagged,
            self.lures,
            pct(self.dangerous, self.lures),
            self.dangerous,
            self.lures,
            pct(self.ham_flagged, self.ham),
            self.ham_flagged,
            self.ham,
            self.ham_dangerous,
            self.otp_ham_flagged,
            self.otp_ham
        )
    }

    fn to_json(self) -> serde_json::Value {
        json!({
            "lures": self.lures, "flagged": self.flagged, "dangerous": self.dangerous,
            "flagged_recall": ratio(self.flagged, self.lures),
            "dangerous_recall": ratio(self.dangerous, self.lures),
            "ham": self.ham, "ham_flagged": self.ham_flagged, "ham_dangerous": self.ham_dangerous,
            "ham_flagged_rate": ratio(self.ham_flagged, self.ham),
            "otp_ham": self.otp_ham, "otp_ham_flagged": self.otp_ham_flagged,
        })
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn pct(a: usize, b: usize) -> String {
    format!("{:.1}%", 100.0 * ratio(a, b))
}

/// Runs `k`-fold cross-validation grouped by site and prints the figures (or JSON); with
/// `misses`, also every held-out row it got wrong.
pub(crate) fn run(
    base: &Classifier,
    samples: &[Sample],
    always: &[Sample],
    k: usize,
    p: Params,
    as_json: bool,
    misses: bool,
) -> Result<String, String> {
    if k < 2 {
        return Err("--cv needs at least 2 folds".into());
    }
    let fold_of = folds(samples, k);
    let mut per_fold = vec![Counts::default(); k];
    let mut wrong = Vec::new();
    for (fold, counts) in per_fold.iter_mut().enumerate() {
        let owned: Vec<Sample> = samples
            .iter()
            .filter(|s| fold_of[&s.group] != fold)
            .chain(always)
            .cloned()
            .collect();
        let trained = with_model(base, fit(base, &owned, p))?;
        for s in samples.iter().filter(|s| fold_of[&s.group] == fold) {
            let v = trained.classify(&s.text, s.sender.as_deref());
            counts.add(s, v.level);
            if (v.level != Level::Safe) != s.smishing {
                wrong.push(format!(
                    "  fold {fold} {} [{}] {:.2} {}",
                    s.id,
                    if s.smishing { "missed" } else { "ham flagged" },
                    v.score,
                    s.text
                        .chars()
                        .take(70)
                        .collect::<String>()
                        .replace('\n', " ")
                ));
            }
        }
    }
    let mut all = Counts::default();
    for c in &per_fold {
        all.lures += c.lures;
        all.flagged += c.flagged;
        all.dangerous += c.dangerous;
        all.ham += c.ham;
        all.ham_flagged += c.ham_flagged;
        all.ham_dangerous += c.ham_dangerous;
        all.otp_ham += c.otp_ham;
        all.otp_ham_flagged += c.otp_ham_flagged;
    }
    if as_json {
        return Ok(json!({
            "folds": per_fold.iter().map(|c| c.to_json()).collect::<Vec<_>>(),
            "overall": all.to_json(),
            "groups": fold_of.len(),
        })
        .to_string()
            + "\n");
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "grouped cross-validation: {} rows, {} sites, {k} folds (held-out sites only)",
        samples.len(),
        fold_of.len()
    );
    for (i, c) in per_fold.iter().enumerate() {
        let _ = writeln!(out, "  fold {i}: {}", c.line());
    }
    let _ = writeln!(out, "overall: {}", all.line());
    if misses {
        let _ = writeln!(out, "held-out rows classified wrongly:");
        for w in wrong {
            let _ = writeln!(out, "{w}");
        }
    }
    Ok(out)
}
