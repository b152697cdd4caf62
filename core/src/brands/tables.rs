//! The brand registry compiled into look-up tables: every part of a [`super::BrandIndex`] that
//! depends only on the brands' names, tokens and domains.
//!
//! Deriving them costs the normalization of every name, the look-alike fold of every token
//! and domain, and three automata: for the embedded pack `build.rs` runs this module and
//! stores the result as statics; a pack loaded at run time runs it at load.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use crate::automaton::{Automaton, Kind};
use crate::confusables::fold;
use crate::rules::Brand;

/// Strings with the brand owning each, sorted for binary search.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KeyTable {
    /// (key, brand), ascending by key, keys unique.
    pub(crate) entries: Cow<'static, [(Cow<'static, str>, usize)]>,
}

impl KeyTable {
    /// The table of a map.
    fn from_map(map: BTreeMap<String, usize>) -> KeyTable {
        KeyTable {
            entries: map.into_iter().map(|(k, b)| (Cow::Owned(k), b)).collect(),
        }
    }

    /// The brand owning `key`.
    pub(crate) fn get(&self, key: &str) -> Option<usize> {
        let i = self
            .entries
            .binary_search_by(|(k, _)| k.as_ref().cmp(key))
            .ok()?;
        self.entries.get(i).map(|e| e.1)
    }
}

/// The compiled names, domains and tokens of the brands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BrandTables {
    /// Every name (kanji, kana, Latin) in matching form; leftmost-longest.
    pub(crate) names: Automaton,
    /// For each name pattern: (brand, name is Latin and must be a whole word).
    pub(crate) name_owner: Cow<'static, [(usize, bool)]>,
    /// Official domains (lower case, without `www.`) and their brand.
    pub(crate) official: KeyTable,
    /// Brand tokens; overlapping.
    pub(crate) tokens: Automaton,
    /// For each token pattern: (brand, token must be a whole hyphen-part).
    pub(crate) token_owner: Cow<'static, [(usize, bool)]>,
    /// Labels of official domains (at least five letters) with their brand, sorted, for
    /// look-alikes.
    pub(crate) labels: Cow<'static, [(Cow<'static, str>, usize)]>,
    /// Look-alike folds of the official domains, with their brand.
    pub(crate) skeleton_official: KeyTable,
    /// Look-alike folds of tokens, official labels and Latin names; overlapping.
    pub(crate) skeleton_names: Automaton,
    /// For each folded name: (brand, must be a whole hyphen-part).
    pub(crate) skeleton_owner: Cow<'static, [(usize, bool)]>,
}

impl BrandTables {
    /// Compiles the brands' names, domains and tokens.
    pub(crate) fn new(brands: &[Brand]) -> Result<BrandTables, String> {
        let mut names = Vec::new();
        let mut name_owner = Vec::new();
        let mut official = BTreeMap::new();
        let mut tokens = Vec::new();
        let mut token_owner = Vec::new();
        let mut labels = Vec::new();
        let mut skeleton_official = BTreeMap::new();
        // Folded tokens first, then official labels and Latin names (which must stand as a
        // whole part): on a tie, a brand's own token wins over another brand's label.
        let mut skeleton_tokens: Vec<(String, usize, bool)> = Vec::new();
        let mut skeleton_words: Vec<(String, usize, bool)> = Vec::new();
        for (i, b) in brands.iter().enumerate() {
            for n in &b.names {
                // A Latin name written as one word (`Rakuten Mobile` → `rakutenmobile`).
                let compact: String = n
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                if n.is_ascii() && compact.len() >= 5 {
                    skeleton_words.push((fold(&compact), i, true));
                }
                let m = crate::normalize::Normalized::new(n).for_matching();
                let key = m.as_str().to_owned();
                if key.is_empty() {
                    continue;
                }
                let latin = key.bytes().all(|c| {
                    c.is_ascii_alphanumeric() || c == b' ' || c == b'!' || c == b'-' || c == b'.'
                });
                names.push(key);
                name_owner.push((i, latin));
            }
            for d in &b.domains {
                let d = d.trim().trim_start_matches("www.").to_ascii_lowercase();
                if let Some(label) = crate::domain::registrable_of(&d)
                    .0
                    .and_then(|r| r.split('.').next().map(str::to_owned))
                {
                    if label.len() >= 4 {
                        skeleton_words.push((fold(&label), i, true));
                    }
                    if label.len() >= 5 {
                        labels.push((label, i));
                    }
                }
                skeleton_official.entry(fold(&d)).or_insert(i);
                official.insert(d, i);
            }
            for t in &b.tokens {
                let t = t.trim().to_ascii_lowercase();
                if t.is_empty() {
                    continue;
                }
                token_owner.push((i, t.len() < 4));
                skeleton_tokens.push((fold(&t), i, t.len() < 4));
                tokens.push(t);
            }
        }
        labels.sort();
        labels.dedup();
        let mut seen = HashSet::new();
        // An empty fold could match only empty text, which no look-alike is made of.
        let skeleton_patterns: Vec<(String, usize, bool)> = skeleton_tokens
            .into_iter()
            .chain(skeleton_words)
            .filter(|(p, _, _)| !p.is_empty() && seen.insert(p.clone()))
            .collect();
        Ok(BrandTables {
            names: Automaton::new(&names, Kind::LeftmostLongest)?,
            name_owner: name_owner.into(),
            official: KeyTable::from_map(official),
            tokens: Automaton::new(&tokens, Kind::Overlapping)?,
            token_owner: token_owner.into(),
            labels: labels
                .into_iter()
                .map(|(l, b)| (Cow::Owned(l), b))
                .collect(),
            skeleton_official: KeyTable::from_map(skeleton_official),
            skeleton_names: Automaton::new(
                skeleton_patterns.iter().map(|(p, _, _)| p),
                Kind::Overlapping,
            )?,
            skeleton_owner: skeleton_patterns.iter().map(|&(_, b, w)| (b, w)).collect(),
        })
    }
}
