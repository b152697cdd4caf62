//! Where the learned text model's weights are applied.
//!
//! The model is linear: each character 2- or 3-gram of the *model text* has a learned weight
//! (most have none: the trainer keeps only grams seen on several sites and prunes small
//! weights). The model text is the matching text with every run of ASCII letters, digits and
//! symbols read as one `x` and every run of white space as one space: links, numbers and
//! codes are judged by their own families, and the model reads the Japanese wording around
//! them. A message's gram values are their counts divided by the square root of its number of
//! grams, so that a long genuine letter and a short lure weigh alike.
//!
//! The sum is one piece of evidence (`text.model_lure` when positive, `text.model_genuine`
//! when negative), its span the gram that weighed most, so that the reason points at wording.
//!
//! The same [`model_grams`] feeds `smishguard train`: what is learned is exactly what is applied.

use std::collections::HashMap;

use super::{Collector, Facts, Source};
use crate::rules::TextModel;

/// Smallest model contribution reported as a reason.
const MIN_REPORTED: f32 = 0.1;

/// The gram weights, ready for look-up.
#[derive(Debug, Default)]
pub(crate) struct GramModel {
    weights: HashMap<String, f32>,
}

impl GramModel {
    /// Builds the look-up table from the pack's model.
    pub(crate) fn new(m: &TextModel) -> GramModel {
        let weights = m
            .grams
            .iter()
            .filter(|(_, &w)| w != 0)
            .map(|(g, &w)| (g.clone(), w as f32 * m.gram_scale))
            .collect();
        GramModel { weights }
    }

    /// The model's sum over `text` (matching text), and the gram that added most to it in the
    /// direction of the sum, with its range in `text`.
    fn apply(&self, text: &str) -> (f32, Option<(usize, usize)>) {
        if self.weights.is_empty() {
            return (0.0, None);
        }
        let mut sum = 0.0;
        let mut count = 0usize;
        let mut strongest: Option<(f32, usize, usize)> = None;
        for_each_gram(text, |g, s, e| {
            count += 1;
            if let Some(&w) = self.weights.get(g) {
                sum += w;
                if strongest.is_none_or(|(b, _, _)| w.abs() > b.abs()) {
                    strongest = Some((w, s, e));
                }
            }
        });
        if count == 0 {
            return (0.0, None);
        }
        let sum = sum / (count as f32).sqrt();
        // The strongest gram must pull the way the sum goes to explain it.
        let at = strongest
            .filter(|&(w, _, _)| w.signum() == sum.signum())
            .map(|(_, s, e)| (s, e));
        (sum, at)
    }
}

/// Adds the model's evidence.
pub(crate) fn gather(col: &mut Collector<'_>, f: &Facts<'_>) {
    let (sum, at) = col.c.grams.apply(f.matching.as_str());
    if sum.abs() < MIN_REPORTED {
        return;
    }
    let code = if sum > 0.0 {
        "text.model_lure"
    } else {
        "text.model_genuine"
    };
    let range = at.map(|(s, e)| f.matching.original_range(s, e));
    col.weighted(code, sum, Source::Grams, range, None, None);
}

/// One unit of the model text: a character, or a run read as one.
#[derive(Clone, Copy)]
struct Unit {
    c: char,
    start: usize,
    end: usize,
}

/// The units of the model text of `text` (matching text), with their ranges in it.
fn units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(text.len() / 2);
    for (i, ch) in text.char_indices() {
        let end = i + ch.len_utf8();
        let c = if ch.is_whitespace() {
            ' '
        } else if ch.is_ascii() {
            'x'
        } else {
            ch
        };
        if let Some(last) = out.last_mut() {
            if (c == ' ' || c == 'x') && last.c == c {
                last.end = end;
                continue;
            }
        }
        out.push(Unit { c, start: i, end });
    }
    out
}

/// Calls `f(gram, start, end)` for every 2- and 3-gram of the model text of `text` (matching
/// text), with its range in `text`. Grams made only of spaces and `x` carry no wording and are
/// skipped. Linear in the text.
pub(crate) fn for_each_gram(text: &str, mut f: impl FnMut(&str, usize, usize)) {
    let u = units(text);
    let mut buf = String::with_capacity(12);
    for n in [2usize, 3] {
        for w in u.windows(n) {
            if w.iter().all(|x| x.c == ' ' || x.c == 'x') {
                continue;
            }
            buf.clear();
            buf.extend(w.iter().map(|x| x.c));
            f(&buf, w[0].start, w[n - 1].end);
        }
    }
}

/// The grams of the model text of `text` (matching text) with their values (count divided by
/// the square root of the number of grams): the learned model's input, for training.
pub(crate) fn model_grams(text: &str) -> Vec<(String, f32)> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    let mut total = 0u32;
    for_each_gram(text, |g, _, _| {
        total += 1;
        *counts.entry(g.to_owned()).or_default() += 1;
    });
    let norm = (total.max(1) as f32).sqrt();
    let mut out: Vec<(String, f32)> = counts
        .into_iter()
        .map(|(g, n)| (g, n as f32 / norm))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grams(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        for_each_gram(text, |g, _, _| v.push(g.to_owned()));
        v
    }

    #[test]
    fn ascii_runs_and_spaces_are_one_unit() {
        assert_eq!(
            grams("確認https://a.b/c です"),
            ["確認", "認x", " で", "です", "確認x", "認x ", "x で", " です"]
        );
    }

    #[test]
    fn grams_carry_their_range() {
        let text = "至急ご確認";
        let mut seen = Vec::new();
        for_each_gram(text, |g, s, e| {
            seen.push((g.to_owned(), text[s..e].to_owned()))
        });
        assert!(seen.iter().all(|(g, t)| g == t), "{seen:?}");
    }

    #[test]
    fn only_ascii_gives_no_grams() {
        assert!(grams("https://example.com 1234").is_empty());
        assert!(grams("").is_empty());
    }

    #[test]
    fn applied_sum_matches_training_values() {
        let mut m = TextModel {
            gram_scale: 0.001,
            ..TextModel::default()
        };
        m.grams.insert("不在".into(), 1500);
        m.grams.insert("ご確".into(), -500);
        let model = GramModel::new(&m);
        let text = "不在のため持ち帰りました。ご確認を";
        let (sum, at) = model.apply(text);
        let want: f32 = model_grams(text)
            .iter()
            .map(|(g, v)| model.weights.get(g).copied().unwrap_or(0.0) * v)
            .sum();
        assert!((sum - want).abs() < 1e-5, "{sum} vs {want}");
        let (s, e) = at.expect("a strongest gram");
        assert_eq!(&text[s..e], "不在");
    }
}
