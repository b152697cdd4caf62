//! Where lure phrases (and the phrases of genuine messages) are found in the text.
//!
//! Phrase groups are data (see [`crate::rules::PhraseGroup`]): each group is evidence of one
//! thing — the story of a lure category, urgency, a threat, a request for credentials, a link
//! cue, a one-time code — with one weight. All terms of all groups are compiled into one
//! Aho–Corasick automaton, run once over the matching text (lower-case, look-alikes folded,
//! filler removed: see [`crate::normalize`]). Overlapping matches are all seen, and each group
//! counts once, at its first match.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;

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

/// A one-time code being delivered: a word for "code" followed by 4–8 digits
/// (「認証コード:482913」, 「セキュリティ コード: 8812」, "code is 1234"), or digits followed by
/// "is your" / 「があなたの」 (「G-482913があなたのGoogle確認コードです」). Lures ask for codes;
/// they do not hand one over.
// A constant pattern, compiled once and covered by the tests: no input reaches it.
#[allow(clippy::expect_used)]
static OTP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:コード|code|認証番号|パスワード|passcode|pin) [\s:]* (?:は|is|:)? [\s:]* (?:g-)? [0-9]{4,8} (?:[^0-9]|$)
        | (?:^|[^0-9a-z]) (?:g-)? [0-9]{4,8} \s* (?:は|が|is) \s* (?:あなたの|your)
        ",
    )
    .expect("OTP pattern is valid")
});

/// Where a one-time code is delivered in the matching text, if anywhere.
pub(crate) fn otp_code(text: &str) -> Option<(usize, usize)> {
    OTP.find(text).map(|m| (m.start(), m.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OTP_CASES: &[(&str, &str, bool)] = &[
        ("ja_colon", "認証コード:482913", true),
        ("ja_wa", "確認コードは 1234 です", true),
        ("spaced", "セキュリティ コード: 8812", true),
        ("google", "g-482913があなたのgoogle確認コードです", true),
        ("english", "your verification code is 558201", true),
        ("digits_first", "558201 is your code", true),
        ("too_short", "コード: 12", false),
        ("phone_not_code", "090-1234-5678までご連絡", false),
        ("amount_not_code", "ご利用金額: 9800円", false),
        ("reference_not_code", "◆ご確認番号:3797829", false),
        (
            "asks_for_code",
            "認証番号をこのメッセージに返信してください",
            false,
        ),
    ];

    #[test]
    fn otp_table() {
        for &(name, text, want) in OTP_CASES {
            assert_eq!(otp_code(text).is_some(), want, "case {name}");
        }
    }
}
