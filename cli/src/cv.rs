//! `smishguard eval --cv K --group source`: grouped cross-validation. The rows of each source
//! site are held out together; the learned weights are trained on the other sites' rows and
//! the held-out rows classified with them, so every figure is for sites the model never saw.
//! (The hand-written concept vocabularies are the same in every fold.) Rows of `--train-also`
//! files (the written fixtures) join every fold's training and are never held out.

use std::collections::BTreeMap;
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

    /// Adds another set's counts to these.
    fn merge(&mut self, o: &Counts) {
        self.lures += o.lures;
        self.flagged += o.flagged;
        self.dangerous += o.dangerous;
        self.ham += o.ham;
        self.ham_flagged += o.ham_flagged;
        self.ham_dangerous += o.ham_dangerous;
        self.otp_ham += o.otp_ham;
        self.otp_ham_flagged += o.otp_ham_flagged;
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

/// Whether a verdict found a way to act in the message: a link (real or masked) or a phone
/// number. Published lures often lost theirs when they were quoted; SMS lures as received
/// have one.
fn has_channel(v: &smishguard_core::Verdict) -> bool {
    !v.urls.is_empty() || !v.phones.is_empty() || v.reasons.iter().any(|r| r.code == "link.masked")
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

/// What a cross-validation run prints besides the figures.
#[derive(Default, Clone, Copy)]
pub(crate) struct Output {
    /// The figures as one JSON object instead of text.
    pub json: bool,
    /// Also list every held-out row it got wrong.
    pub misses: bool,
    /// Also return every held-out verdict as a JSONL line (id, site, fold, label, score,
    /// level, reason codes and weights), for looking at the scores behind the figures.
    pub rows: bool,
}

/// How the sites are dealt into folds.
#[derive(Clone, Copy)]
pub(crate) struct Split {
    /// Number of folds.
    pub k: usize,
    /// Salt of the deal (0: the default deal; see [`folds`]).
    pub seed: u64,
}

/// Runs `k`-fold cross-validation grouped by site; returns the figures (text or JSON) and,
/// when `out.rows` asks for them, the held-out verdicts as JSONL.
pub(crate) fn run(
    base: &Classifier,
    samples: &[Sample],
    always: &[Sample],
    split: Split,
    p: Params,
    out: Output,
) -> Result<(String, String), String> {
    let Split { k, seed } = split;
    if k < 2 {
        return Err("--cv needs at least 2 folds".into());
    }
    let fold_of = folds(samples, k, seed);
    let mut tally = Tally::new(k, samples.len(), out.rows);
    for fold in 0..k {
        let owned: Vec<Sample> = samples
            .iter()
            .filter(|s| fold_of[&s.group] != fold)
            .chain(always)
            .cloned()
            .collect();
        let trained = with_model(base, fit(base, &owned, p))?;
        for s in samples.iter().filter(|s| fold_of[&s.group] == fold) {
            tally.record(s, fold, &trained.classify(&s.text, s.sender.as_deref()));
        }
    }
    let deal = Deal {
        rows: samples.len(),
        sites: fold_of.len(),
        seed,
    };
    let text = if out.json {
        tally.to_json(&deal).to_string() + "\n"
    } else {
        tally.summary(&deal, out.misses)
    };
    Ok((text, tally.rows))
}

/// Everything a cross-validation run counts as it classifies the held-out rows.
struct Tally<'s> {
    per_fold: Vec<Counts>,
    /// Lures that still carry their link or number (most quoted lures lost theirs).
    with_channel: Counts,
    /// The same figures for each way the messages arrived (SMS, e-mail…), when rows say.
    by_channel: BTreeMap<&'s str, Counts>,
    /// (is a lure, score) of every held-out row, for the ranking.
    scored: Vec<(bool, f32)>,
    /// One line per row got wrong.
    wrong: Vec<String>,
    /// Whether to keep every held-out verdict as JSONL, and those kept.
    keep_rows: bool,
    rows: String,
}

impl<'s> Tally<'s> {
    fn new(k: usize, n: usize, keep_rows: bool) -> Tally<'s> {
        Tally {
            per_fold: vec![Counts::default(); k],
            with_channel: Counts::default(),
            by_channel: BTreeMap::new(),
            scored: Vec::with_capacity(n),
            wrong: Vec::new(),
            keep_rows,
            rows: String::new(),
        }
    }

    /// Counts the verdict `v` on held-out row `s` of `fold`.
    fn record(&mut self, s: &'s Sample, fold: usize, v: &smishguard_core::Verdict) {
        self.per_fold[fold].add(s, v.level);
        self.by_channel
            .entry(s.channel.as_str())
            .or_default()
            .add(s, v.level);
        self.scored.push((s.smishing, v.score));
        if self.keep_rows {
            self.rows += &row_line(s, fold, v);
        }
        let channel = has_channel(v);
        if channel {
            self.with_channel.add(s, v.level);
        }
        // A lure that keeps its link or number should reach `dangerous` (the level a
        // message filter acts on): one that stops at `suspicious` is listed as well.
        let short_of_dangerous = s.smishing && channel && v.level == Level::Suspicious;
        if (v.level != Level::Safe) != s.smishing || short_of_dangerous {
            let why = if short_of_dangerous {
                "only suspicious, with link or number"
            } else if s.smishing {
                "missed"
            } else {
                "ham flagged"
            };
            let text: String = s.text.chars().take(70).collect();
            self.wrong.push(format!(
                "  fold {fold} {} [{why}] {:.2} {}",
                s.id,
                v.score,
                text.replace('\n', " ")
            ));
        }
    }

    /// All folds' counts together.
    fn overall(&self) -> Counts {
        let mut all = Counts::default();
        for c in &self.per_fold {
            all.merge(c);
        }
        all
    }

    fn to_json(&self, deal: &Deal) -> serde_json::Value {
        json!({
            "folds": self.per_fold.iter().map(|c| c.to_json()).collect::<Vec<_>>(),
            "overall": self.overall().to_json(),
            "ranking": Ranking::of(&self.scored).to_json(),
            "with_link_or_number": self.with_channel.to_json(),
            "by_channel": self.by_channel.iter().map(|(c, n)| (c.to_string(), n.to_json()))
                .collect::<serde_json::Map<_, _>>(),
            "groups": deal.sites,
            "seed": deal.seed,
        })
    }

    /// The figures as text: per fold, overall, ranking, rows with a link or number, rows by
    /// the way they arrived, and (with `misses`) the rows got wrong.
    fn summary(&self, deal: &Deal, misses: bool) -> String {
        let Deal { rows, sites, seed } = *deal;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "grouped cross-validation: {} rows, {} sites, {} folds{} (held-out sites only)",
            rows,
            sites,
            self.per_fold.len(),
            if seed == 0 {
                String::new()
            } else {
                format!(" dealt with seed {seed}")
            }
        );
        for (i, c) in self.per_fold.iter().enumerate() {
            let _ = writeln!(out, "  fold {i}: {}", c.line());
        }
        let _ = writeln!(out, "overall: {}", self.overall().line());
        let _ = writeln!(out, "{}", Ranking::of(&self.scored).line());
        let _ = writeln!(
            out,
            "messages that still carry a link or a number: {}",
            self.with_channel.line()
        );
        // Only worth a line each when the rows say how they arrived, in more than one way.
        if self.by_channel.len() > 1 {
            for (channel, c) in &self.by_channel {
                let _ = writeln!(out, "arrived by {channel}: {}", c.line());
            }
        }
        if misses {
            let _ = writeln!(
                out,
                "held-out rows classified wrongly, and lures with a link or number that stop at suspicious:"
            );
            for w in &self.wrong {
                let _ = writeln!(out, "{w}");
            }
        }
        out
    }
}

/// One held-out verdict as a JSONL line.
fn row_line(s: &Sample, fold: usize, v: &smishguard_core::Verdict) -> String {
    json!({
        "id": s.id, "site": s.group, "fold": fold,
        "label": if s.smishing { "smishing" } else { "ham" },
        "score": v.score, "level": v.level.as_str(),
        "reasons": v.reasons.iter().map(|r| json!([r.code.as_str(), r.weight])).collect::<Vec<_>>(),
    })
    .to_string()
        + "\n"
}

/// What was held out: rows, sites, and the seed the sites were dealt with.
#[derive(Clone, Copy)]
struct Deal {
    rows: usize,
    sites: usize,
    seed: u64,
}

/// How well the held-out scores rank lures above genuine messages, whatever the threshold:
/// the threshold-free figure to compare changes by, and the recall that a threshold set for
/// a given share of genuine messages flagged would give (the trade-off the pack's threshold
/// picks one point of; such a threshold is chosen on the held-out scores themselves, so it
/// shows the curve, not a held-out result).
struct Ranking {
    /// Probability that a held-out lure scores above a held-out genuine message (ties half).
    auc: f64,
    /// (share of genuine messages flagged allowed, recall at the threshold that allows it).
    recall_at: Vec<(f64, f64)>,
}

impl Ranking {
    const GENUINE_RATES: [f64; 3] = [0.05, 0.10, 0.15];

    fn of(scored: &[(bool, f32)]) -> Ranking {
        let lures: Vec<f32> = scored.iter().filter(|p| p.0).map(|p| p.1).collect();
        let mut genuine: Vec<f32> = scored.iter().filter(|p| !p.0).map(|p| p.1).collect();
        genuine.sort_unstable_by(|a, b| b.total_cmp(a));
        let mut wins = 0.0;
        for &l in &lures {
            for &g in &genuine {
                wins += match l.total_cmp(&g) {
                    std::cmp::Ordering::Greater => 1.0,
                    std::cmp::Ordering::Equal => 0.5,
                    std::cmp::Ordering::Less => 0.0,
                };
            }
        }
        let auc = wins / (lures.len() * genuine.len()).max(1) as f64;
        let recall_at = Self::GENUINE_RATES
            .iter()
            .map(|&rate| {
                // Flag what scores above the (allowed + 1)-th highest genuine score.
                let allowed = (rate * genuine.len() as f64).floor() as usize;
                let recall = match genuine.get(allowed) {
                    Some(&bar) => ratio(lures.iter().filter(|&&l| l > bar).count(), lures.len()),
                    None => ratio(lures.len(), lures.len()),
                };
                (rate, recall)
            })
            .collect();
        Ranking { auc, recall_at }
    }

    fn line(&self) -> String {
        let at: Vec<String> = self
            .recall_at
            .iter()
            .map(|&(rate, recall)| format!("{:.1}% at ≤{:.0}%", 100.0 * recall, 100.0 * rate))
            .collect();
        format!(
            "ranking: AUC {:.3}; recall if the threshold were set afterwards for a share of genuine messages flagged: {}",
            self.auc,
            at.join(", ")
        )
    }

    fn to_json(&self) -> serde_json::Value {
        json!({
            "auc": self.auc,
            "recall_at_genuine_flagged": self.recall_at.iter()
                .map(|&(rate, recall)| json!({"genuine_flagged": rate, "recall": recall}))
                .collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Ranking;

    #[test]
    fn ranking_of_separated_mixed_and_tied_scores() {
        let perfect = Ranking::of(&[(true, 0.9), (true, 0.8), (false, 0.2), (false, 0.1)]);
        assert_eq!(perfect.auc, 1.0);
        assert!(perfect.recall_at.iter().all(|&(_, r)| r == 1.0));
        let inverted = Ranking::of(&[(true, 0.1), (false, 0.9)]);
        assert_eq!(inverted.auc, 0.0);
        let tied = Ranking::of(&[(true, 0.5), (false, 0.5)]);
        assert_eq!(tied.auc, 0.5);
        // Twenty genuine messages: at ≤5% one may be flagged, so the bar is the second
        // highest genuine score (0.8); lures above it count.
        let mut rows: Vec<(bool, f32)> = vec![(false, 0.95), (false, 0.8)];
        rows.extend((0..18).map(|_| (false, 0.1)));
        rows.extend([(true, 0.9), (true, 0.85), (true, 0.5), (true, 0.05)]);
        let r = Ranking::of(&rows);
        assert_eq!(r.recall_at[0], (0.05, 0.5));
        // At ≤10% two may be: the bar is the third (0.1), and three lures are above it.
        assert_eq!(r.recall_at[1], (0.10, 0.75));
    }
}
