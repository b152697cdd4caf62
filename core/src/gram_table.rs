//! The learned gram weights as a sorted table, the form the text model looks them up in.
//!
//! The pack keeps the weights as a map from gram (a string) to an integer; looking one up per
//! window of every message wants neither strings nor string hashing. Each gram becomes one
//! number ([`gram_key`]) and the table two arrays sorted by it, with an open-addressing index
//! over them (at most half full, so a look-up reads one or two slots where halving the sorted
//! keys read a dozen). When every character of every gram is in the Basic Multilingual Plane,
//! as Japanese text is, each key is kept in six bytes rather than eight ([`GramKeys`]). For
//! the embedded pack `build.rs` runs this module and stores the arrays as statics: the
//! thousands of grams of `model.json` are never parsed at start-up.

use std::borrow::Cow;

use crate::rules::TextModel;

/// The gram weights, ready for look-up: the grams as [`gram_key`]s in ascending order, and
/// their weights at the same positions.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct GramModel {
    /// Gram keys, ascending, unique.
    pub(crate) keys: GramKeys,
    /// The weight of each key in units of `scale`. Two bytes rather than the four of an `f32`
    /// (3 kB of the library): the pack's integers are kept as they are when they fit, as the
    /// trainer's do, so that each weight is the very `f32` the pack gives.
    pub(crate) weights: Cow<'static, [i16]>,
    /// What one unit of `weights` weighs: the pack's `gram_scale`, or, for a pack whose
    /// integers do not fit in 16 bits, the largest weight over `i16::MAX`.
    pub(crate) scale: f32,
    /// The index: a power of two of slots (at least twice the keys), each 0 or one more than
    /// the position of a key, found from the key's [`slot`] on by linear probing. Two bytes a
    /// slot: a pack has at most [`MAX_GRAMS`] grams.
    pub(crate) slots: Cow<'static, [u16]>,
}

/// The [`gram_key`]s of a table, in six bytes each when every character fits in sixteen bits
/// (5.6 kB less data for the shipped model's 2,785 grams, 2.7 kB less library as linked, for
/// 1.6% more instructions per message), else as they are.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum GramKeys {
    /// Each key's three characters (code point plus one, 0 for none) in sixteen bits each:
    /// the first two in `hi`, the third in `lo`.
    Narrow {
        /// The first character above the second.
        hi: Cow<'static, [u32]>,
        /// The third character.
        lo: Cow<'static, [u16]>,
    },
    /// The keys as they are.
    Wide(Cow<'static, [u64]>),
}

impl Default for GramKeys {
    fn default() -> Self {
        GramKeys::Wide(Cow::Borrowed(&[]))
    }
}

/// The bits of a [`gram_key`] that are zero when each of its three characters fits in sixteen
/// bits: the top five of each 21-bit field.
const WIDE_BITS: u64 = 0x1F_0000 << 42 | 0x1F_0000 << 21 | 0x1F_0000;

/// A key whose characters each fit in sixteen bits, as the `hi` and `lo` of
/// [`GramKeys::Narrow`]; `None` for any other.
#[inline]
fn narrow(key: u64) -> Option<(u32, u16)> {
    (key & WIDE_BITS == 0).then_some(((key >> 42 << 16 | (key >> 21) & 0xFFFF) as u32, key as u16))
}

impl GramKeys {
    fn new(keys: Vec<u64>) -> GramKeys {
        match keys.iter().map(|&k| narrow(k)).collect::<Option<Vec<_>>>() {
            Some(parts) => {
                let (hi, lo): (Vec<u32>, Vec<u16>) = parts.into_iter().unzip();
                GramKeys::Narrow {
                    hi: hi.into(),
                    lo: lo.into(),
                }
            }
            None => GramKeys::Wide(keys.into()),
        }
    }

    fn view(&self) -> KeysView<'_> {
        match self {
            GramKeys::Narrow { hi, lo } => KeysView::Narrow(hi, lo),
            GramKeys::Wide(keys) => KeysView::Wide(keys),
        }
    }
}

/// [`GramKeys`] as plain slices.
#[derive(Debug, Clone, Copy)]
enum KeysView<'a> {
    Narrow(&'a [u32], &'a [u16]),
    Wide(&'a [u64]),
}

/// A key as a table keeps its keys, to compare with them.
#[derive(Clone, Copy)]
enum Probe {
    Narrow(u32, u16),
    Wide(u64),
}

impl KeysView<'_> {
    /// `key` as this table keeps its keys; `None` when it cannot be one of them (a character
    /// past sixteen bits in a narrow table).
    #[inline]
    fn probe(&self, key: u64) -> Option<Probe> {
        match self {
            KeysView::Narrow(..) => narrow(key).map(|(h, l)| Probe::Narrow(h, l)),
            KeysView::Wide(_) => Some(Probe::Wide(key)),
        }
    }

    /// Whether the key at position `i` is the one probed for.
    #[inline]
    fn is(&self, i: usize, probe: Probe) -> bool {
        match (*self, probe) {
            (KeysView::Narrow(hi, lo), Probe::Narrow(h, l)) => {
                hi.get(i) == Some(&h) && lo.get(i) == Some(&l)
            }
            (KeysView::Wide(keys), Probe::Wide(k)) => keys.get(i) == Some(&k),
            _ => false,
        }
    }
}

impl GramModel {
    /// Builds the look-up table from the pack's model. Grams that are not 2 or 3 characters
    /// long can never occur in a model text and are left out; so are zero weights.
    pub(crate) fn new(m: &TextModel) -> GramModel {
        let mut pairs: Vec<(u64, i32)> = m
            .grams
            .iter()
            .filter(|(_, &w)| w != 0)
            .filter_map(|(g, &w)| Some((gram_key(g.chars())?, w)))
            .collect();
        // The pack's map is ordered as strings, which is the keys' order: this sort only
        // checks, in one pass, unless a pack was built otherwise.
        pairs.sort_unstable_by_key(|&(k, _)| k);
        pairs.dedup_by_key(|&mut (k, _)| k);
        // Validation caps the grams; a pack built past it keeps the first ones.
        pairs.truncate(MAX_GRAMS);
        let (keys, stored): (Vec<u64>, Vec<i32>) = pairs.into_iter().unzip();
        let (weights, scale) = in_sixteen_bits(&stored, m.gram_scale);
        let mut slots = vec![0u16; (keys.len() * 2).next_power_of_two().max(2)];
        for (i, &k) in keys.iter().enumerate() {
            let mut at = slot(k, slots.len());
            while slots[at] != 0 {
                at = (at + 1) & (slots.len() - 1);
            }
            slots[at] = i as u16 + 1;
        }
        GramModel {
            keys: GramKeys::new(keys),
            weights: weights.into(),
            scale,
            slots: slots.into(),
        }
    }

    /// Whether the table has no weight at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The tables as plain slices, for look-ups.
    pub(crate) fn view(&self) -> GramView<'_> {
        GramView {
            keys: self.keys.view(),
            weights: &self.weights,
            scale: self.scale,
            slots: &self.slots,
        }
    }
}

/// The pack's integer weights `stored` (of unit `gram_scale`) as 16-bit ones and their unit:
/// the same integers and unit when they fit, else each rescaled to the largest over
/// `i16::MAX` and rounded (a resolution of a three-thousandth of the largest weight).
fn in_sixteen_bits(stored: &[i32], gram_scale: f32) -> (Vec<i16>, f32) {
    if let Ok(fit) = stored.iter().map(|&w| i16::try_from(w)).collect() {
        return (fit, gram_scale);
    }
    let largest = stored.iter().map(|w| w.unsigned_abs()).max().unwrap_or(1) as f32;
    let unit = largest / f32::from(i16::MAX);
    let weights = stored
        .iter()
        .map(|&w| (w as f32 / unit).round().clamp(-32767.0, 32767.0) as i16)
        .collect();
    (weights, unit * gram_scale)
}

/// The most grams a pack's model may weigh: each has a two-byte place in the index.
pub(crate) const MAX_GRAMS: usize = u16::MAX as usize - 1;

/// A [`GramModel`]'s tables as plain slices.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GramView<'a> {
    keys: KeysView<'a>,
    weights: &'a [i16],
    scale: f32,
    slots: &'a [u16],
}

impl GramView<'_> {
    /// The weight of the gram with key `key`, if it has one. Inlined into the text model's
    /// loop, which looks up two grams per character.
    #[inline]
    pub(crate) fn weight(&self, key: u64) -> Option<f32> {
        let n = self.slots.len();
        if n == 0 {
            return None;
        }
        let probe = self.keys.probe(key)?;
        let mut at = slot(key, n);
        // At most half the slots are taken: the probe meets an empty one.
        loop {
            let i = (*self.slots.get(at)? as usize).checked_sub(1)?;
            if self.keys.is(i, probe) {
                return self.weights.get(i).map(|&w| f32::from(w) * self.scale);
            }
            at = (at + 1) & (n - 1);
        }
    }
}

/// Where the probe for `key` starts among `n` slots (a power of two, at least 2): the top bits
/// of a multiplicative hash, after folding the first character's bits onto the others.
fn slot(key: u64, n: usize) -> usize {
    let bits = n.trailing_zeros();
    ((key ^ key >> 32).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// A gram (2 or 3 characters) as one number: each character's code point plus one in 21 bits,
/// the first character highest and a missing third character 0, so that keys order as the
/// grams do as strings. `None` for any other length.
pub(crate) fn gram_key(mut chars: impl Iterator<Item = char>) -> Option<u64> {
    let mut next = || chars.next().map(|c| u64::from(c) + 1);
    let (a, b, c) = (next()?, next()?, next().unwrap_or(0));
    if next().is_some() {
        return None;
    }
    Some(a << 42 | b << 21 | c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(scale: f32, grams: &[(&str, i32)]) -> GramModel {
        GramModel::new(&TextModel {
            gram_scale: scale,
            grams: grams.iter().map(|&(g, w)| (g.to_owned(), w)).collect(),
            ..TextModel::default()
        })
    }

    fn weight(m: &GramModel, g: &str) -> Option<f32> {
        m.view().weight(gram_key(g.chars())?)
    }

    #[test]
    fn integers_that_fit_keep_their_exact_weight() {
        let m = model(0.001, &[("不在", 812), ("停止", -1208), ("至急", 32767)]);
        assert_eq!(m.scale, 0.001);
        for (g, w) in [("不在", 812), ("停止", -1208), ("至急", 32767)] {
            // The very f32 the pack gives: the integer times its scale.
            assert_eq!(weight(&m, g), Some(w as f32 * 0.001), "{g}");
        }
        assert_eq!(weight(&m, "配達"), None);
    }

    #[test]
    fn keys_are_narrow_unless_a_character_is_past_sixteen_bits() {
        let narrow = model(0.001, &[("不在", 812), ("停止", -1208), ("ab", 5)]);
        assert!(matches!(narrow.keys, GramKeys::Narrow { .. }));
        assert_eq!(weight(&narrow, "停止"), Some(-1208.0 * 0.001));
        assert_eq!(weight(&narrow, "ab"), Some(5.0 * 0.001));
        // A gram with a character past the Basic Multilingual Plane is none of a narrow
        // table's, even one that agrees in the low sixteen bits of each character.
        assert_eq!(weight(&narrow, "不\u{1_5728}"), None);
        // One such gram keeps the whole table wide, and it is found there.
        let wide = model(0.001, &[("不在", 812), ("😭😭", 300)]);
        assert!(matches!(wide.keys, GramKeys::Wide(_)));
        assert_eq!(weight(&wide, "😭😭"), Some(300.0 * 0.001));
        assert_eq!(weight(&wide, "不在"), Some(812.0 * 0.001));
    }

    #[test]
    fn integers_too_wide_are_rescaled_to_sixteen_bits() {
        // 100,000 at 0.0001 weighs 10: too wide for i16, so every weight is rescaled to the
        // largest, keeping each within a 32,767th of it.
        let m = model(
            0.0001,
            &[("不在", 100_000), ("停止", -37), ("至急", 54_321)],
        );
        for (g, w) in [("不在", 100_000), ("停止", -37), ("至急", 54_321)] {
            let want = w as f32 * 0.0001;
            let got = weight(&m, g).expect("weighed");
            assert!((got - want).abs() <= 10.0 / 32767.0, "{g}: {got} vs {want}");
        }
    }
}
