//! Where a message's quotation of other words is found: 「…」, 『…』, “…” and 〝…〟.
//!
//! A warning about scams quotes the scam (「『料金未納のため本日中に停止します』というSMSは
//! 詐欺です」): the quoted words are what the scammer says, not what the message asks. The
//! classifier sets aside the concepts and brand names inside quotation marks only in a message
//! that speaks of scams outside them, points at no link of its own there, and can be acted on
//! only through institutions (see [`drop_quoted`]). A lure keeps every word it says unquoted,
//! and a lure that gives its own link, number, address or chat ID, or asks in its own words to
//! pay, reply or go through a link, keeps its quotations too, warning words or not.
//!
//! Quotation marks are grammar, like the normalizer's tables, not vocabulary: they are here and
//! not in the rule pack. The ASCII `"` (and the full-width ＂, which normalization makes one)
//! is not read: it opens and closes alike, so a stray one (an inch mark) would pair with the
//! next.

use crate::brands::Mention;
use crate::concepts::ConceptHit;
use crate::rules::Family;

/// Opening and closing marks, as they are after normalization (NFKC leaves them as they are).
const PAIRS: [(char, char); 4] = [('「', '」'), ('『', '』'), ('“', '”'), ('〝', '〟')];

/// How many quotations are read in one message, and how many marks of one kind may be open at
/// once: beyond them the rest counts as unquoted. They bound the memory the walk keeps and the
/// checks of each concept against the quotations; a real warning quotes a few lines.
const MAX_QUOTES: usize = 64;

/// How far (in bytes of the matching text) a warning may start after a link cue or a request
/// to pay for them to be what the warning speaks of (「メール内のリンクは開かずに削除」), not
/// the message's own request: a particle and a few characters.
pub(crate) const SPOKEN_OF_GAP: usize = 12;

/// Byte ranges of `text` inside quotation marks (the marks excluded), in order of their start.
/// Each closing mark closes the nearest opening mark of its kind still open; an opening mark
/// never closed quotes nothing (a stray 「 neither swallows the rest of the message nor hides
/// the quotations after it). A quotation inside another is part of it: only the outermost are
/// returned. Linear in the length of `text`, with at most [`MAX_QUOTES`] quotations; empty
/// text has none.
pub(crate) fn ranges(text: &str) -> Vec<(usize, usize)> {
    let mut matched = Vec::new();
    let mut open: [Vec<usize>; PAIRS.len()] = Default::default();
    for (i, ch) in text.char_indices() {
        if matched.len() == MAX_QUOTES {
            break;
        }
        for (k, &(o, c)) in PAIRS.iter().enumerate() {
            if ch == o && open[k].len() < MAX_QUOTES {
                open[k].push(i + ch.len_utf8());
            } else if ch == c {
                if let Some(start) = open[k].pop() {
                    matched.push((start, i));
                }
            }
        }
    }
    matched.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(matched.len());
    for (s, e) in matched {
        if out.last().is_none_or(|&(_, end)| e > end) {
            out.push((s, e));
        }
    }
    out
}

/// Whether `start..end` lies wholly inside one of `quotes` (as [`ranges`] gives them).
pub(crate) fn inside(quotes: &[(usize, usize)], start: usize, end: usize) -> bool {
    quotes.iter().any(|&(s, e)| s <= start && end <= e)
}

/// Drops the concepts and brand names found inside quotation marks of `text` when the message
/// is a warning that quotes the scam:
/// - it speaks of scams outside them (a concept of the warning family);
/// - it can be acted on only through institutions (`institutions_only`: every link on an
///   official domain, every number a free dial, a navi dial, a service number or a brand's
///   own, no masked link and no e-mail address, wherever they are written);
/// - outside the quotation marks it asks for no reply, no payment and points at no link, but
///   for those a warning over them or right after speaks of (「メール内のリンクは開かずに削除
///   してください」, 「お金を振り込まないでください」).
///
/// What it quotes is then the scam's wording and the name the scam takes; the warning
/// concepts stay wherever they are. Any other message keeps everything: a lure that labels a
/// quoted story and gives its own link, number or chat ID, or points at a cut link
/// (「『未払いの税金がある』というSMSは詐欺ではありません。下記URLからお支払いください」), tells
/// the quoted story as its own.
///
/// `warned_at(start, end)` says whether a warning is found over the words at `start..end` or
/// starts at most [`SPOKEN_OF_GAP`] bytes after them: the concepts found hold only the first
/// place of each, and a warning may be said twice.
pub(crate) fn drop_quoted(
    text: &str,
    hits: &mut Vec<ConceptHit>,
    mentions: &mut Vec<Mention>,
    family: impl Fn(&ConceptHit) -> Family,
    warned_at: impl Fn(usize, usize) -> bool,
    institutions_only: bool,
) {
    let warning = |h: &ConceptHit| family(h) == Family::Warning;
    if !institutions_only || !hits.iter().any(warning) {
        return;
    }
    let quotes = ranges(text);
    if quotes.is_empty() {
        return;
    }
    let unquoted = |h: &ConceptHit| !inside(&quotes, h.start, h.end);
    // A warning over the words or right after them speaks of them (「リンクは開かずに削除」,
    // 「お金を振り込まないでください」).
    let own_request = |h: &ConceptHit| match family(h) {
        Family::Reply => true,
        Family::Link | Family::Payment => !warned_at(h.start, h.end),
        _ => false,
    };
    let speaks_of_scams = hits.iter().any(|h| warning(h) && unquoted(h));
    if !speaks_of_scams || hits.iter().any(|h| unquoted(h) && own_request(h)) {
        return;
    }
    hits.retain(|h| warning(h) || unquoted(h));
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
            quoted("「料金未納です」というSMSや『至急』の電話、〝click〟に注意"),
            ["料金未納です", "至急", "click"]
        );
        assert_eq!(quoted("“停止します”と"), ["停止します"]);
        // An ASCII quote opens and closes alike: it is not read.
        assert!(quoted("5\"の画面で\"停止\"").is_empty());
    }

    #[test]
    fn the_outermost_pair_is_the_quotation() {
        assert_eq!(quoted("「『再配達』はこちら」と"), ["『再配達』はこちら"]);
        assert_eq!(quoted("「a「b」c」"), ["a「b」c"]);
    }

    #[test]
    fn a_mark_never_closed_quotes_nothing_and_hides_nothing() {
        assert!(quoted("「お荷物をお届けできませんでした。下記URLより").is_empty());
        assert!(quoted("」閉じだけ「").is_empty());
        assert!(quoted("").is_empty());
        // A stray opening mark before a quotation leaves the quotation whole.
        assert_eq!(
            quoted("「重要 「未納料金があります」というSMS"),
            ["未納料金があります"]
        );
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
    /// `text`, and a brand named at `brand`, the channels answered for by institutions or not;
    /// returns the families kept and whether the brand was. `text` is written as the matching
    /// text is, in lower case.
    fn kept(
        text: &str,
        found: &[(&str, Family)],
        brand: &str,
        institutions_only: bool,
    ) -> (Vec<Family>, bool) {
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
        let family = |h: &ConceptHit| found[h.concept].1;
        // Every place of every warning listed, as the concept search would find them.
        let warned_at = |s: usize, e: usize| {
            found.iter().filter(|f| f.1 == Family::Warning).any(|f| {
                text.match_indices(f.0)
                    .any(|(w, m)| w + m.len() > s && w <= e + SPOKEN_OF_GAP)
            })
        };
        drop_quoted(
            text,
            &mut hits,
            &mut mentions,
            family,
            warned_at,
            institutions_only,
        );
        let families = hits.iter().map(|h| found[h.concept].1).collect();
        (families, !mentions.is_empty())
    }

    const WARNING: &str = "「ゆうちょ銀行です。口座を停止しました」というsmsは詐欺です";

    #[test]
    fn a_warning_drops_what_it_quotes() {
        let found = [("停止", Family::Threat), ("というsms", Family::Warning)];
        let (families, brand) = kept(WARNING, &found, "ゆうちょ銀行", true);
        assert_eq!(families, [Family::Warning]);
        assert!(!brand, "the name the scam takes is no speaker");
    }

    #[test]
    fn a_channel_no_institution_answers_for_keeps_the_quotation() {
        // A number, link or address of the message's own that is not an institution's.
        let found = [("停止", Family::Threat), ("というsms", Family::Warning)];
        let (families, brand) = kept(WARNING, &found, "ゆうちょ銀行", false);
        assert_eq!(families, [Family::Threat, Family::Warning]);
        assert!(brand);
    }

    #[test]
    fn talk_of_scams_only_inside_quotes_drops_nothing() {
        let text = "「詐欺ではありません。口座を停止しました」ゆうちょ銀行";
        let found = [("詐欺", Family::Warning), ("停止", Family::Threat)];
        let (families, brand) = kept(text, &found, "ゆうちょ銀行", true);
        assert_eq!(families, [Family::Warning, Family::Threat]);
        assert!(brand);
    }

    #[test]
    fn a_link_pointed_at_or_a_reply_asked_in_its_own_words_keeps_the_quoted_story() {
        let text = "「未払いの税金がある」というsmsは本物です。下記urlからお支払いください";
        let found = [
            ("未払い", Family::Threat),
            ("というsms", Family::Warning),
            ("下記", Family::Link),
        ];
        let (families, _) = kept(text, &found, "sms", true);
        assert_eq!(families, [Family::Threat, Family::Warning, Family::Link]);
        let text = "「未払いの税金がある」というsmsは本物です。「1」と返信してください";
        let found = [
            ("未払い", Family::Threat),
            ("というsms", Family::Warning),
            ("と返信", Family::Reply),
        ];
        let (families, _) = kept(text, &found, "sms", true);
        assert_eq!(families, [Family::Threat, Family::Warning, Family::Reply]);
    }

    #[test]
    fn a_payment_asked_in_its_own_words_keeps_the_quoted_story() {
        let text = "「受信料が未払いです」という詐欺にご注意。口座へお振込みください";
        let found = [
            ("未払い", Family::Threat),
            ("という詐欺", Family::Warning),
            ("お振込みください", Family::Payment),
        ];
        let (families, _) = kept(text, &found, "口座", true);
        assert_eq!(families, [Family::Threat, Family::Warning, Family::Payment]);
        // Told not to pay, it is a warning still.
        let text = "「受信料が未払いです」という詐欺にご注意。お金を振り込まないでください";
        let found = [
            ("未払い", Family::Threat),
            ("という詐欺", Family::Warning),
            ("振り込まないでください", Family::Payment),
            ("振り込まないで", Family::Warning),
        ];
        let (families, _) = kept(text, &found, "お金", true);
        assert_eq!(
            families,
            [Family::Warning, Family::Payment, Family::Warning]
        );
    }

    #[test]
    fn a_link_the_warning_speaks_of_is_no_pointer() {
        let text = "「口座を停止しました」などのメールにご注意。メール内のリンクは開かずに削除してください";
        let found = [
            ("停止", Family::Threat),
            ("などのメール", Family::Warning),
            ("のリンク", Family::Link),
            ("開かずに削除", Family::Warning),
        ];
        let (families, _) = kept(text, &found, "メール", true);
        assert_eq!(families, [Family::Warning, Family::Link, Family::Warning]);
    }

    #[test]
    fn quotations_are_bounded() {
        let text = "「a」".repeat(MAX_QUOTES * 4);
        assert_eq!(ranges(&text).len(), MAX_QUOTES);
        let text = "「".repeat(MAX_QUOTES * 4) + &"」".repeat(MAX_QUOTES * 4);
        assert_eq!(ranges(&text).len(), 1);
    }
}
