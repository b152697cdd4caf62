//! Where a message's quotation of other words is found: 「…」, 『…』, “…” and "…".
//!
//! A warning about scams quotes the scam (「『料金未納のため本日中に停止します』というSMSは
//! 詐欺です」): the quoted words are what the scammer says, not what the message asks. The
//! classifier reads the concepts and brand names inside quotation marks as the message's own
//! unless the message speaks of scams outside them and points at no link of its own (see
//! [`drop_quoted`]). A lure keeps every word it says unquoted, so one that adds a warning line
//! about others' scams (「国税庁を装ったSMSにご注意ください」) to its own request keeps the
//! request.
//!
//! Quotation marks are grammar, like the normalizer's tables, not vocabulary: they are here and
//! not in the rule pack.

use crate::brands::Mention;
use crate::concepts::ConceptHit;
use crate::rules::Family;

/// Opening and closing marks, as they are after normalization (NFKC leaves the corner
/// brackets and the curly quotes as they are, and maps the full-width ＂ to ").
const PAIRS: &[(char, char)] = &[('「', '」'), ('『', '』'), ('“', '”'), ('"', '"')];

/// How many quotations are read in one message: beyond it the rest counts as unquoted (a
/// message of a thousand quotes is no warning to read with care, and the walk stays linear).
const MAX_QUOTES: usize = 64;

/// Byte ranges of `text` inside quotation marks (the marks excluded), in order and
/// disjoint. A quotation is the outermost pair: a 『』 inside a 「」 is part of it. An opening
/// mark never closed quotes nothing (a lone 「 does not swallow the rest of the message).
/// Linear in the length of `text`; empty text has no quotations.
pub(crate) fn ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // The open quotation: its closing mark, where its words start, and how many of its own
    // opening marks are open inside it (a symmetric mark such as " never nests).
    let mut open: Option<(char, char, usize, usize)> = None;
    for (i, ch) in text.char_indices() {
        if out.len() == MAX_QUOTES {
            break;
        }
        open = match open {
            None => PAIRS
                .iter()
                .find(|(o, _)| *o == ch)
                .map(|&(o, c)| (o, c, i + ch.len_utf8(), 1)),
            Some((o, c, start, depth)) if ch == c => {
                if depth == 1 || o == c {
                    out.push((start, i));
                    None
                } else {
                    Some((o, c, start, depth - 1))
                }
            }
            Some((o, c, start, depth)) if ch == o => Some((o, c, start, depth + 1)),
            still => still,
        };
    }
    out
}

/// Whether `start..end` lies wholly inside one of `quotes` (as [`ranges`] gives them).
pub(crate) fn inside(quotes: &[(usize, usize)], start: usize, end: usize) -> bool {
    quotes.iter().any(|&(s, e)| s <= start && end <= e)
}

/// Drops the concepts and brand names found inside quotation marks of `text` when the
/// message speaks of scams outside them (a concept of the warning family) and points at no
/// link of its own there (no concept of the link family: 「下記」「こちら」「URLから」): the
/// message is then a warning, and what it quotes is the scam's wording and the name the scam
/// takes. The warning concepts stay wherever they are. A message that asks the reader, in its
/// own words, to go through a link keeps everything it quotes: 「『未払いの税金がある』という
/// SMSは詐欺ではありません。下記URLからお支払いください」 tells the quoted story as its own.
pub(crate) fn drop_quoted(
    text: &str,
    hits: &mut Vec<ConceptHit>,
    mentions: &mut Vec<Mention>,
    family: impl Fn(&ConceptHit) -> Family,
) {
    if !hits.iter().any(|h| family(h) == Family::Warning) {
        return;
    }
    let quotes = ranges(text);
    let unquoted = |want: Family| {
        hits.iter()
            .any(|h| family(h) == want && !inside(&quotes, h.start, h.end))
    };
    if quotes.is_empty() || !unquoted(Family::Warning) || unquoted(Family::Link) {
        return;
    }
    hits.retain(|h| family(h) == Family::Warning || !inside(&quotes, h.start, h.end));
    mentions.retain(|m| !inside(&quotes, m.start, m.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        ranges(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn corner_brackets_and_quotes() {
        assert_eq!(
            quoted("「料金未納です」というSMSや『至急』の電話、\"click\"に注意"),
            ["料金未納です", "至急", "click"]
        );
        assert_eq!(quoted("“停止します”と"), ["停止します"]);
    }

    #[test]
    fn the_outermost_pair_is_the_quotation() {
        assert_eq!(quoted("「『再配達』はこちら」と"), ["『再配達』はこちら"]);
        assert_eq!(quoted("「a「b」c」"), ["a「b」c"]);
    }

    #[test]
    fn a_mark_never_closed_quotes_nothing() {
        assert!(quoted("「お荷物をお届けできませんでした。下記URLより").is_empty());
        assert!(quoted("」閉じだけ「").is_empty());
        assert!(quoted("").is_empty());
    }

    #[test]
    fn a_quotation_contains_what_lies_in_it() {
        let text = "「停止」と";
        let q = ranges(text);
        let s = text.find('停').unwrap();
        assert!(inside(&q, s, s + "停止".len()));
        assert!(!inside(&q, 0, text.len()));
    }

    /// Runs [`drop_quoted`] on hits of the families given, each found at its words in
    /// `text`, and a brand named at `brand`; returns the families kept and whether the brand
    /// was. `text` is written as the matching text is, in lower case.
    fn kept(text: &str, found: &[(&str, Family)], brand: &str) -> (Vec<Family>, bool) {
        let at = |w: &str| text.find(w).map(|s| (s, s + w.len())).unwrap();
        let mut hits: Vec<ConceptHit> = (0..found.len())
            .map(|k| {
                let (start, end) = at(found[k].0);
                ConceptHit {
                    concept: k,
                    start,
                    end,
                }
            })
            .collect();
        let (start, end) = at(brand);
        let mut mentions = vec![Mention {
            brand: 0,
            start,
            end,
            disguised: false,
        }];
        drop_quoted(text, &mut hits, &mut mentions, |h| found[h.concept].1);
        let families = hits.iter().map(|h| found[h.concept].1).collect();
        (families, !mentions.is_empty())
    }

    #[test]
    fn a_warning_drops_what_it_quotes() {
        let text = "「ゆうちょ銀行です。口座を停止しました」というsmsは詐欺です";
        let found = [("停止", Family::Threat), ("というsms", Family::Warning)];
        let (families, brand) = kept(text, &found, "ゆうちょ銀行");
        assert_eq!(families, [Family::Warning]);
        assert!(!brand, "the name the scam takes is no speaker");
    }

    #[test]
    fn talk_of_scams_only_inside_quotes_drops_nothing() {
        let text = "「詐欺ではありません。口座を停止しました」ゆうちょ銀行";
        let found = [("詐欺", Family::Warning), ("停止", Family::Threat)];
        let (families, brand) = kept(text, &found, "ゆうちょ銀行");
        assert_eq!(families, [Family::Warning, Family::Threat]);
        assert!(brand);
    }

    #[test]
    fn a_link_pointed_at_in_its_own_words_keeps_the_quoted_story() {
        let text = "「未払いの税金がある」というsmsは本物です。下記urlからお支払いください";
        let found = [
            ("未払い", Family::Threat),
            ("というsms", Family::Warning),
            ("下記", Family::Link),
        ];
        let (families, _) = kept(text, &found, "sms");
        assert_eq!(families, [Family::Threat, Family::Warning, Family::Link]);
    }

    #[test]
    fn quotations_are_bounded() {
        let text = "「a」".repeat(MAX_QUOTES * 4);
        assert_eq!(ranges(&text).len(), MAX_QUOTES);
    }
}
