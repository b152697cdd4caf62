//! Where the learned text model's weights are applied.
//!
//! The model is linear: each character 2- or 3-gram of the *model text* has a learned weight
//! (most have none: the trainer keeps only grams seen on several sites and prunes small
//! weights). The model reads the Japanese wording only: a run of ASCII letters, digits and
//! symbols (a link, a number, a code) or of white space separates grams and is part of none.
//! Links, numbers and codes are judged by their own families, and a link added to a message
//! changes nothing the model sees. A message's gram values are their counts divided by the square root of its number of
//! grams, so that a long genuine letter and a short lure weigh alike.
//!
//! The sum is one piece of evidence (`text.model_lure` when positive, `text.model_genuine`
//! when negative), its span the gram that weighed most, so that the reason points at wording.
//!
//! The same [`model_grams`] feeds `smishguard train`: what is learned is exactly what is applied.

use std::collections::HashMap;

use super::{Collector, Facts, Source};
use crate::gram_table::GramModel;

/// Smallest model contribution reported as a reason.
const MIN_REPORTED: f32 = 0.1;

impl GramModel {
    /// The model's sum over `text` (matching text), and the gram that added most to it in the
    /// direction of the sum, with its range in `text`.
    fn apply(&self, text: &str) -> (f32, Option<(usize, usize)>) {
        if self.is_empty() {
            return (0.0, None);
        }
        let grams = self.view();
        let mut sum = Sum::default();
        let mut count = 0usize;
        // One pass reads both sizes; the 3-grams' weights wait, so that the sum adds them in
        // the order training does (every 2-gram, then every 3-gram): the same bits.
        let mut threes: Vec<(f32, usize, usize)> = Vec::with_capacity(text.len() / 3);
        // A blank unit (a run of white space or ASCII) is part of no gram: the grams are
        // those of each stretch of wording between blanks, read character by character. The
        // two characters before the one read in its stretch, with where they start, and how
        // many of the stretch came before it.
        let (mut c0, mut s0, mut c1, mut s1, mut run) = (' ', 0usize, ' ', 0usize, 0usize);
        for (i, ch) in text.char_indices() {
            if blank(unit_char(ch)) {
                run = 0;
                continue;
            }
            let end = i + ch.len_utf8();
            if run >= 1 {
                count += 1;
                if let Some(w8) = grams.weight(pair_key(c1, ch)) {
                    sum.add(w8, s1, end);
                }
            }
            if run >= 2 {
                count += 1;
                if let Some(w8) = grams.weight(pair_key(c0, c1) | (u64::from(ch) + 1)) {
                    threes.push((w8, s0, end));
                }
            }
            (c0, s0, c1, s1, run) = (c1, s1, ch, i, run + 1);
        }
        for (w8, start, end) in threes {
            sum.add(w8, start, end);
        }
        if count == 0 {
            return (0.0, None);
        }
        let total = sum.total / (count as f32).sqrt();
        // The strongest gram must pull the way the sum goes to explain it.
        let at = sum
            .strongest
            .filter(|&(w, _, _)| w.signum() == total.signum())
            .map(|(_, s, e)| (s, e));
        (total, at)
    }
}

/// The weights added so far, and the one of largest magnitude (the first of equals) with its
/// range.
#[derive(Default)]
struct Sum {
    total: f32,
    strongest: Option<(f32, usize, usize)>,
}

impl Sum {
    fn add(&mut self, w8: f32, start: usize, end: usize) {
        self.total += w8;
        if self.strongest.is_none_or(|(b, _, _)| w8.abs() > b.abs()) {
            self.strongest = Some((w8, start, end));
        }
    }
}

/// The [`gram_key`] of the 2-gram `ab` (a 3-gram's is it with the third character's code
/// point plus one added).
fn pair_key(a: char, b: char) -> u64 {
    (u64::from(a) + 1) << 42 | (u64::from(b) + 1) << 21
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

/// What stands before the text's first unit (never read as part of a window).
const BLANK: Unit = Unit {
    c: ' ',
    start: 0,
    end: 0,
};

/// Whether a unit carries no wording (a space, or a run of ASCII).
fn blank(c: char) -> bool {
    c == ' ' || c == 'x'
}

/// Calls `f(unit)` for every unit of the model text of `text` (matching text), in order, with
/// its range in it.
fn for_each_unit(text: &str, mut f: impl FnMut(Unit)) {
    let mut unit: Option<Unit> = None;
    let mut chars = text.char_indices();
    // One call of `f`, for the unit before each character read and before the end: so that
    // `f` is inlined here.
    loop {
        let read = chars.next().map(|(i, ch)| Unit {
            c: unit_char(ch),
            start: i,
            end: i + ch.len_utf8(),
        });
        if let (Some(u), Some(r)) = (&mut unit, read) {
            if blank(r.c) && u.c == r.c {
                u.end = r.end;
                continue;
            }
        }
        if let Some(u) = unit {
            f(u);
        }
        if read.is_none() {
            return;
        }
        unit = read;
    }
}

/// What a character of the matching text is in the model text: itself, or `x` for ASCII, or
/// a space for white space.
#[inline]
fn unit_char(ch: char) -> char {
    // Kana and kanji first: no white space lies above U+3000.
    if ch > '\u{3000}' {
        ch
    } else if ch.is_whitespace() {
        ' '
    } else if ch.is_ascii() {
        'x'
    } else {
        ch
    }
}

/// Calls `f(window)` for every window of 2, then of 3, units of the model text of `text`
/// (matching text), in order, skipping those with a space or an `x` (a separator, not
/// wording). Reads the text once per size and keeps no more than a window.
fn for_each_window(text: &str, mut f: impl FnMut(&[Unit])) {
    for n in [2usize, 3] {
        let mut w = [BLANK; 3];
        let mut k = 0;
        for_each_unit(text, |u| {
            w.copy_within(1.., 0);
            w[2] = u;
            k += 1;
            let window = &w[3 - n..];
            if k >= n && !window.iter().any(|x| blank(x.c)) {
                f(window);
            }
        });
    }
}

/// Calls `f(gram, start, end)` for every 2- and 3-gram of the model text of `text` (matching
/// text), with its range in `text`. No gram spans an ASCII run or white space. Linear in the
/// text.
pub(crate) fn for_each_gram(text: &str, mut f: impl FnMut(&str, usize, usize)) {
    let mut buf = String::with_capacity(12);
    for_each_window(text, |w| {
        buf.clear();
        buf.extend(w.iter().map(|x| x.c));
        f(&buf, w[0].start, w[w.len() - 1].end);
    });
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
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gram_table::gram_key;
    use crate::rules::TextModel;

    fn grams(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        for_each_gram(text, |g, _, _| v.push(g.to_owned()));
        v
    }

    #[test]
    fn ascii_runs_and_spaces_separate_grams() {
        assert_eq!(grams("確認https://a.b/c です"), ["確認", "です"]);
        assert_eq!(grams("ご確認 を"), ["ご確", "確認", "ご確認"]);
        // A link added to a message adds nothing the model reads.
        assert_eq!(
            grams("お荷物を持ち帰りました https://a.example/x"),
            grams("お荷物を持ち帰りました")
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

    fn weight_of(model: &GramModel, gram: &str) -> Option<f32> {
        model.view().weight(gram_key(gram.chars())?)
    }

    #[test]
    fn pair_keys_are_gram_keys() {
        for g in ["確認", "x で", "認x", "ab", "\u{10FFFF}\u{10FFFF}"] {
            let c: Vec<char> = g.chars().collect();
            let key = pair_key(c[0], c[1]) | c.get(2).map_or(0, |&c| u64::from(c) + 1);
            assert_eq!(Some(key), gram_key(g.chars()), "{g}");
        }
    }

    #[test]
    fn keys_order_as_strings_and_tell_lengths_apart() {
        let mut grams = [
            "ab",
            "abc",
            "ab ",
            "b",
            "確認",
            "確認x",
            "認x",
            " で",
            "x で",
            "\u{10FFFF}\u{10FFFF}\u{10FFFF}",
        ]
        .map(str::to_owned)
        .to_vec();
        grams.retain(|g| g.chars().count() >= 2);
        let mut by_key = grams.clone();
        by_key.sort_by_key(|g| gram_key(g.chars()));
        grams.sort();
        assert_eq!(by_key, grams);
        assert_ne!(gram_key("ab".chars()), gram_key("ab\0".chars()));
        assert_eq!(gram_key("a".chars()), None);
        assert_eq!(gram_key("abcd".chars()), None);
    }

    /// Every weight of the default pack's model is found under its gram, and only those.
    #[test]
    fn default_model_looks_up_as_the_pack_says() {
        let pack = crate::Classifier::new().pack();
        let m = &pack.model;
        let model = GramModel::new(m);
        assert!(m.grams.len() > 1000, "{}", m.grams.len());
        for (g, &w) in &m.grams {
            let want = (w != 0).then_some(w as f32 * m.gram_scale);
            assert_eq!(weight_of(&model, g), want, "{g}");
        }
        for g in ["zz", "ぬぬぬ", "xx", "  x"] {
            assert!(!m.grams.contains_key(g));
            assert_eq!(weight_of(&model, g), None, "{g}");
        }
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
            .map(|(g, v)| weight_of(&model, g).unwrap_or(0.0) * v)
            .sum();
        assert!((sum - want).abs() < 1e-5, "{sum} vs {want}");
        let (s, e) = at.expect("a strongest gram");
        assert_eq!(&text[s..e], "不在");
    }

    /// `apply` reads grams in a loop of its own, for speed; training reads them through
    /// [`model_grams`]. With the default model, on texts where ASCII runs, white space and
    /// short stretches of wording cut the grams, both must give the same sum.
    #[test]
    fn applied_sum_matches_training_values_across_blanks() {
        let pack = crate::Classifier::new().pack();
        let model = GramModel::new(&pack.model);
        for text in [
            "お荷物のお届けにあがりましたが不在の為持ち帰りました。https://x.top/a 再配達はこちら",
            "ご確認 を お願い  します\n\t本日中に",
            "a確b認c 1 2 ああ x いい",
            "【重要】ご利用を制限しました。ID:12345 詳細はこちら→http://a.b",
            "確",
            "",
        ] {
            let (sum, _) = model.apply(text);
            let want: f32 = model_grams(text)
                .iter()
                .map(|(g, v)| weight_of(&model, g).unwrap_or(0.0) * v)
                .sum();
            assert!((sum - want).abs() < 1e-4, "{text:?}: {sum} vs {want}");
        }
    }
}
