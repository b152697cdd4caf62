//! The learned gram weights as a sorted table, the form the text model looks them up in.
//!
//! The pack keeps the weights as a map from gram (a string) to an integer; looking one up per
//! window of every message wants neither strings nor string hashing. Each gram becomes one
//! number ([`gram_key`]) and the table two arrays sorted by it, with an open-addressing index
//! over them (at most half full, so a look-up reads one or two slots where halving the sorted
//! keys read a dozen). For the embedded pack `build.rs` runs this module and stores the arrays
//! as statics: the thousands of grams of `model.json` are never parsed at start-up.

use std::borrow::Cow;

use crate::rules::TextModel;

/// The gram weights, ready for look-up: the grams as [`gram_key`]s in ascending order, and
/// their weights at the same positions.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct GramModel {
    /// Gram keys, ascending, unique.
    pub(crate) keys: Cow<'static, [u64]>,
    /// The weight of each key (the stored integer times the pack's `gram_scale`).
    pub(crate) weights: Cow<'static, [f32]>,
    /// The index: a power of two of slots (at least twice the keys), each 0 or one more than
    /// the position of a key, found from the key's [`slot`] on by linear probing. Two bytes a
    /// slot: a pack has at most [`MAX_GRAMS`] grams.
    pub(crate) slots: Cow<'static, [u16]>,
}

impl GramModel {
    /// Builds the look-up table from the pack's model. Grams that are not 2 or 3 characters
    /// long can never occur in a model text and are left out; so are zero weights.
    pub(crate) fn new(m: &TextModel) -> GramModel {
        let mut pairs: Vec<(u64, f32)> = m
            .grams
            .iter()
            .filter(|(_, &w)| w != 0)
            .filter_map(|(g, &w)| Some((gram_key(g.chars())?, w as f32 * m.gram_scale)))
            .collect();
        // The pack's map is ordered as strings, which is the keys' order: this sort only
        // checks, in one pass, unless a pack was built otherwise.
        pairs.sort_unstable_by_key(|&(k, _)| k);
        pairs.dedup_by_key(|&mut (k, _)| k);
        // Validation caps the grams; a pack built past it keeps the first ones.
        pairs.truncate(MAX_GRAMS);
        let (keys, weights): (Vec<u64>, Vec<f32>) = pairs.into_iter().unzip();
        let mut slots = vec![0u16; (keys.len() * 2).next_power_of_two().max(2)];
        for (i, &k) in keys.iter().enumerate() {
            let mut at = slot(k, slots.len());
            while slots[at] != 0 {
                at = (at + 1) & (slots.len() - 1);
            }
            slots[at] = i as u16 + 1;
        }
        GramModel {
            keys: keys.into(),
            weights: weights.into(),
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
            keys: &self.keys,
            weights: &self.weights,
            slots: &self.slots,
        }
    }
}

/// The most grams a pack's model may weigh: each has a two-byte place in the index.
pub(crate) const MAX_GRAMS: usize = u16::MAX as usize - 1;

/// A [`GramModel`]'s tables as plain slices.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GramView<'a> {
    keys: &'a [u64],
    weights: &'a [f32],
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
        let mut at = slot(key, n);
        // At most half the slots are taken: the probe meets an empty one.
        loop {
            let i = (*self.slots.get(at)? as usize).checked_sub(1)?;
            if self.keys.get(i) == Some(&key) {
                return self.weights.get(i).copied();
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
