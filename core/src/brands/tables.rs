//! The brand registry compiled into look-up tables: every part of a [`super::BrandIndex`] that
//! depends only on the brands' names, tokens and domains.
//!
//! Deriving them costs the normalization of every name, the look-alike fold of every token
//! and domain, and three automata: for the embedded pack `build.rs` runs this module and
//! stores the result as statics; a pack loaded at run time runs it at load.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::automaton::{Automaton, Kind};
use crate::confusables::fold;
use crate::rules::Brand;

/// Strings, each with the brand owning it, in one pool: string `i` is
/// `pool[end[i - 1]..end[i]]` (from 0 for the first).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KeyTable {
    /// The strings, one after another.
    pub(crate) pool: Cow<'static, str>,
    /// Where each string ends in `pool`.
    pub(crate) end: Cow<'static, [u32]>,
    /// The brand of each string.
    pub(crate) brand: Cow<'static, [u32]>,
}

impl KeyTable {
    /// The table of `entries`, in their order.
    fn new(entries: impl IntoIterator<Item = (String, usize)>) -> KeyTable {
        let mut pool = String::new();
        let (mut end, mut brand) = (Vec::new(), Vec::new());
        for (k, b) in entries {
            pool.push_str(&k);
            end.push(pool.len() as u32);
            brand.push(b as u32);
        }
        KeyTable {
            pool: pool.into(),
            end: end.into(),
            brand: brand.into(),
        }
    }

    /// String `i` and its brand.
    fn entry(&self, i: usize) -> (&str, usize) {
        let start = i.checked_sub(1).map_or(0, |p| self.end[p] as usize);
        let key = self
            .pool
            .get(start..self.end[i] as usize)
            .unwrap_or_default();
        (key, self.brand[i] as usize)
    }

    /// The brand owning `key`, in a table sorted by string then brand: of several brands
    /// sharing the string, the last.
    pub(crate) fn get(&self, key: &str) -> Option<usize> {
        let after = self.after(key);
        let (k, b) = self.entry(after.checked_sub(1)?);
        (k == key).then_some(b)
    }

    /// Whether `brand` is one of the owners of `key` (several brands may share a string, as
    /// two services of one group share its shortener).
    pub(crate) fn owned_by(&self, key: &str, brand: usize) -> bool {
        (0..self.after(key))
            .rev()
            .map(|i| self.entry(i))
            .take_while(|&(k, _)| k == key)
            .any(|(_, b)| b == brand)
    }

    /// Whether `key` is one of the strings, in a table sorted by string.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.after(key)
            .checked_sub(1)
            .is_some_and(|i| self.entry(i).0 == key)
    }

    /// The strings whose first byte is `first`, with their brands, in order, in a table sorted
    /// by string: they stand together.
    pub(crate) fn starting_with(&self, first: u8) -> impl Iterator<Item = (&str, usize)> {
        let below = |k: &str| k.as_bytes().first().is_none_or(|&b| b < first);
        let (mut lo, mut hi) = (0, self.end.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if below(self.entry(mid).0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo..self.end.len())
            .map(|i| self.entry(i))
            .take_while(move |(k, _)| k.as_bytes().first() == Some(&first))
    }

    /// The index of the first string greater than `key`.
    fn after(&self, key: &str) -> usize {
        let (mut lo, mut hi) = (0, self.end.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.entry(mid).0 <= key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// Owners of patterns, each `brand << 1 | flag` (see [`owner`]).
pub(crate) type Owners = Cow<'static, [u32]>;

/// The brand and flag of pattern `i` of `owners`.
pub(crate) fn owner(owners: &Owners, i: usize) -> (usize, bool) {
    let o = owners.get(i).copied().unwrap_or_default();
    ((o >> 1) as usize, o & 1 == 1)
}

fn owners(list: impl IntoIterator<Item = (usize, bool)>) -> Owners {
    list.into_iter()
        .map(|(b, flag)| (b as u32) << 1 | u32::from(flag))
        .collect()
}

/// The compiled names, domains and tokens of the brands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BrandTables {
    /// Every name (kanji, kana, Latin) in matching form; leftmost-longest.
    pub(crate) names: Automaton,
    /// For each name pattern: brand, and whether it is Latin and must be a whole word.
    pub(crate) name_owner: Owners,
    /// Name patterns from this one on are disguises: a name written with the katakana letter
    /// that a kanji of it is drawn like, where the matching text keeps the letter
    /// (「東京電カ」 for 「東京電力」: see `kana_twins::after_kanji_as_letters`).
    pub(crate) name_disguises: u32,
    /// Official domains (lower case, without `www.`) and their brand.
    pub(crate) official: KeyTable,
    /// Brand tokens; overlapping.
    pub(crate) tokens: Automaton,
    /// For each token pattern: brand, and whether it must be a whole hyphen-part.
    pub(crate) token_owner: Owners,
    /// Labels of official domains (at least five letters) with their brand, sorted, for
    /// look-alikes.
    pub(crate) labels: KeyTable,
    /// Look-alike folds of the official domains, with their brand.
    pub(crate) skeleton_official: KeyTable,
    /// Look-alike folds of tokens, official labels and Latin names; overlapping.
    pub(crate) skeleton_names: Automaton,
    /// For each folded name: brand, and whether it must be a whole hyphen-part.
    pub(crate) skeleton_owner: Owners,
}

impl BrandTables {
    /// Compiles the brands' names, domains and tokens.
    pub(crate) fn new(brands: &[Brand]) -> Result<BrandTables, String> {
        let mut keys = Keys::default();
        for (i, b) in brands.iter().enumerate() {
            b.names.iter().for_each(|n| keys.name(n, i));
            b.domains.iter().for_each(|d| keys.domain(d, i));
            b.tokens.iter().for_each(|t| keys.token(t, i));
        }
        keys.compile()
    }
}

/// The brands' keys as they are collected, brand by brand, before they are compiled.
#[derive(Default)]
struct Keys {
    names: Vec<String>,
    name_owner: Vec<(usize, bool)>,
    disguises: Vec<(String, usize)>,
    official: BTreeSet<(String, usize)>,
    tokens: Vec<String>,
    token_owner: Vec<(usize, bool)>,
    labels: Vec<(String, usize)>,
    skeleton_official: BTreeMap<String, usize>,
    // Folded tokens first, then official labels and Latin names (which must stand as a
    // whole part): on a tie, a brand's own token wins over another brand's label.
    skeleton_tokens: Vec<(String, usize, bool)>,
    skeleton_words: Vec<(String, usize, bool)>,
}

impl Keys {
    /// Name `n` of brand `i`: its matching form, its disguise, and its Latin word folded.
    fn name(&mut self, n: &str, i: usize) {
        // A Latin name written as one word (`Rakuten Mobile` → `rakutenmobile`).
        let compact: String = n
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if n.is_ascii() && compact.len() >= 5 {
            self.skeleton_words.push((fold(&compact), i, true));
        }
        let m = crate::normalize::Normalized::new(n).for_matching();
        let key = m.as_str().to_owned();
        if key.is_empty() {
            return;
        }
        let latin = key
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'!' || c == b'-' || c == b'.');
        if let Some(d) = crate::kana_twins::after_kanji_as_letters(&key) {
            self.disguises.push((d, i));
        }
        self.names.push(key);
        self.name_owner.push((i, latin));
    }

    /// Official domain `d` of brand `i`, with its first label and its look-alike fold.
    fn domain(&mut self, d: &str, i: usize) {
        let d = d.trim().trim_start_matches("www.").to_ascii_lowercase();
        let registrable = crate::domain::registrable_of(&d).0;
        if let Some(label) = registrable
            .as_deref()
            .and_then(|r| r.split('.').next().map(str::to_owned))
        {
            if label.len() >= 4 {
                self.skeleton_words.push((fold(&label), i, true));
            }
            if label.len() >= 5 {
                self.labels.push((label, i));
            }
        }
        // A public suffix itself (go.jp, where only public bodies register) is no
        // name a look-alike copies: `g0.jp` is some other registrant's domain.
        if registrable.is_some() {
            self.skeleton_official.entry(fold(&d)).or_insert(i);
        }
        self.official.insert((d, i));
    }

    /// Token `t` of brand `i`; a short one must be a whole hyphen-part.
    fn token(&mut self, t: &str, i: usize) {
        let t = t.trim().to_ascii_lowercase();
        if t.is_empty() {
            return;
        }
        self.token_owner.push((i, t.len() < 4));
        self.skeleton_tokens.push((fold(&t), i, t.len() < 4));
        self.tokens.push(t);
    }

    /// The tables of everything collected.
    fn compile(mut self) -> Result<BrandTables, String> {
        // After every real name: on a tie the real name wins (it never does, being spelt
        // otherwise, but a disguise equal to another brand's name must not take it).
        let name_disguises = self.names.len() as u32;
        for (d, i) in self.disguises {
            self.names.push(d);
            self.name_owner.push((i, false));
        }
        self.labels.sort_unstable();
        self.labels.dedup();
        let mut seen = HashSet::new();
        // An empty fold could match only empty text, which no look-alike is made of.
        let skeleton_patterns: Vec<(String, usize, bool)> = self
            .skeleton_tokens
            .into_iter()
            .chain(self.skeleton_words)
            .filter(|(p, _, _)| !p.is_empty() && seen.insert(p.clone()))
            .collect();
        Ok(BrandTables {
            names: Automaton::new(&self.names, Kind::LeftmostLongest)?,
            name_owner: owners(self.name_owner),
            name_disguises,
            official: KeyTable::new(self.official),
            tokens: Automaton::new(&self.tokens, Kind::Overlapping)?,
            token_owner: owners(self.token_owner),
            labels: KeyTable::new(self.labels),
            skeleton_official: KeyTable::new(self.skeleton_official),
            skeleton_names: Automaton::new(
                skeleton_patterns.iter().map(|(p, _, _)| p),
                Kind::Overlapping,
            )?,
            skeleton_owner: owners(skeleton_patterns.iter().map(|&(_, b, w)| (b, w))),
        })
    }
}
