//! Where lure phrases (and the phrases of genuine messages) are found in the text.
//!
//! Phrase groups are data (see [`crate::rules::PhraseGroup`]): each group is evidence of one
//! thing — the story of a lure category, urgency, a threat, a request for credentials, a link
//! cue, a one-time code — with one weight. All terms of all groups are compiled into one
//! Aho–Corasick automaton, run once over the matching text (lower-case, look-alikes folded,
//! filler removed: see [`crate::normalize`]). Overlapping matches are all seen, and each group
//! counts once, at its first match.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::rules::PhraseGroup;

/// The compiled phrase table.
#[derive(Debug)]
pub(crate) struct PhraseIndex {
    pub groups: Vec<PhraseGroup>,
    automaton: AhoCorasick,
    /// For each pattern, its group.
    owner: Vec<usize>,
}

/// A group that matched, at its first match in the matching text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub group: usize,
    pub start: usize,
    pub end: usize,
}

impl PhraseIndex {
    pub(crate) fn new(groups: Vec<PhraseGroup>) -> Result<PhraseIndex, String> {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        for (i, g) in groups.iter().enumerate() {
            for t in &g.terms {
                let key = crate::normalize::Normalized::new(t)
                    .for_matching()
                    .as_str()
                    .to_owned();
                if key.is_empty() {
                    continue;
                }
                patterns.push(key);
                owner.push(i);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|e| e.to_string())?;
        Ok(PhraseIndex {
            groups,
            automaton,
            owner,
        })
    }

    /// The groups found in `text` (matching text), each once at its first match, in order of
    /// first match.
    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let mut seen = vec![false; self.groups.len()];
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let g = self.owner[m.pattern().as_usize()];
            if !seen[g] {
                seen[g] = true;
                hits.push(Hit {
                    group: g,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
        hits
    }
}
