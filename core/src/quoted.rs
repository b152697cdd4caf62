//! Where a warning's quotation of the scam is found and set aside.
//!
//! A warning about scams quotes the scam (「『料金未納のため本日中に停止します』というSMSは
//! 詐欺です」): the quoted words are what the scammer says, not what the message asks. A
//! quotation here is words in 「」, 『』, “”, 〝〟 or ‘’ that the text then labels as speech
//! with a quotative (「…」という, などの, と求める, って…): quotation marks a lure uses for
//! emphasis or a button's name (「利用停止」となりました, 「再配達依頼」より) quote nothing.
//!
//! The message's own words are its text with its quotations blanked out. When they speak of
//! scams, ask for no reply or payment, point at no link but one a warning speaks of, ask for no
//! call when the sender is a person's number, and the message can be acted on only through
//! institutions (the classifier's `institutions_only`), the concepts and brands are those
//! found in its own words alone (see [`own_words`]). Any
//! other message keeps what was found in its whole text: a lure that gives its own link,
//! number, address or chat ID, or asks in its own words to pay, reply or go through a link,
//! tells its quotations as its own, warning words or not.
//!
//! Quotation marks are grammar, like the normalizer's tables: they are here. The words that
//! label a quotation as speech and that report speech (と, という, って, など, と before a verb
//! of saying or the medium, the name a scam goes by) grow as warnings and reports are read,
//! like any vocabulary: they are the rule pack's (`speech.quotatives`, `speech.reporting`),
//! passed in. The ASCII `"` (and the full-width ＂, which normalization makes one) is not
//! read: it opens and closes alike, so a stray one (an inch mark) would pair with the next.

use crate::concepts::ConceptHit;
use crate::rules::Family;

/// Opening and closing marks, as they are after normalization (NFKC leaves them as they are,
/// and turns the half-width ｢｣ into 「」).
const PAIRS: [(char, char); 5] = [
    ('「', '」'),
    ('『', '』'),
    ('“', '”'),
    ('〝', '〟'),
    ('‘', '’'),
];

/// How many bytes may stand between a closing mark and the words of the next quotation for the
/// two to be one list labelled once (「未納料金がある」「本日中に連絡しないと訴訟」などの): a
/// comma, や or a space (up to three bytes) and the next opening mark (three).
const LIST_GAP: usize = 6;

/// How many quotations are read in one message, and how many marks of one kind may be open at
/// once: beyond them the rest counts as unquoted. They bound the memory the walk keeps and the
/// quotations blanked; a real warning quotes a few lines.
const MAX_QUOTES: usize = 64;

/// How far (in bytes of the text) a warning may start after a link cue or a request to pay
/// for them to be what the warning speaks of (「メール内のリンクは開かずに削除」), not the
/// message's own request: a particle and a few words (「リンク先でカード情報を入力しないで」),
/// letters only (see [`warned_at`]).
pub(crate) const SPOKEN_OF_GAP: usize = 24;

/// Byte ranges of `text` inside quotation marks (the marks excluded), in order of their start.
/// Each closing mark closes the nearest opening mark of its kind still open; an opening mark
/// never closed quotes nothing (a stray 「 neither swallows the rest of the message nor hides
/// the quotations after it). A quotation inside another is part of it: only the outermost are
/// returned (marks of two kinds that cross give two ranges that overlap). Linear in the length
/// of `text`, with at most [`MAX_QUOTES`] quotations; empty text has none.
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
    matched.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(matched.len());
    for (s, e) in matched {
        if out.last().is_none_or(|&(_, end)| e > end) {
            out.push((s, e));
        }
    }
    out
}

/// The quotations of `text` (as [`ranges`] gives them) that the text labels as speech: one of
/// `quotatives` (the pack's `speech.quotatives`: the quotative particle and its compounds,
/// 「…」という, といった, との; と before a verb of saying, writing, asking or sending or the
/// medium, と求める, とSMSで; って; the scam named, は詐欺です; the name a scam goes by, を名乗る;
/// lists, など, のような) right after the closing mark, or after a later quotation of the same
/// list. A bare と is no quotative: it also ends a result (「利用停止」となりました).
pub(crate) fn labelled(text: &str, quotatives: &[String]) -> Vec<(usize, usize)> {
    let quotes = ranges(text);
    let mut labelled = vec![false; quotes.len()];
    // From the last: a quotation followed closely by a labelled one is labelled with it.
    for k in (0..quotes.len()).rev() {
        let (_, end) = quotes[k];
        let after = text[end..]
            .chars()
            .next()
            .map_or(end, |c| end + c.len_utf8());
        let rest = text[after..].trim_start();
        labelled[k] = quotatives.iter().any(|q| rest.starts_with(q.as_str()))
            || quotes.get(k + 1).is_some_and(|&(next, _)| {
                labelled[k + 1] && next.saturating_sub(after) <= LIST_GAP
            });
    }
    quotes
        .into_iter()
        .zip(labelled)
        .filter_map(|(q, l)| l.then_some(q))
        .collect()
}

/// Within how many characters after some words a verb of saying must stand for the words to
/// be reported speech (the rest of the verb form between: 「使われ|ているなどと」).
const REPORTED_WITHIN: usize = 8;

/// Whether the words of `text` ending at byte `end` are reported speech: one of `reporting`
/// (the pack's `speech.reporting`, words that report what someone said) stands within
/// [`REPORTED_WITHIN`] characters after them (「あなたの口座が犯罪に使われているなどと電話を
/// かけ」, 「…事件に使われたと警察から電話が」). Work bounded by the window and the list;
/// `false` when `end` is not a character boundary of `text`.
pub(crate) fn reported_after(text: &str, end: usize, reporting: &[String]) -> bool {
    let Some(after) = text.get(end..) else {
        return false;
    };
    let near = after
        .char_indices()
        .nth(REPORTED_WITHIN)
        .map_or(after, |(i, _)| &after[..i]);
    reporting.iter().any(|m| near.contains(m.as_str()))
}

/// The most bytes read after a quotation's closing mark for the words that disown it: the
/// rest of a list of quotations and a clause (「…」「…」とSMSでお願いすることは一切ございません).
const DISOWN_SPAN: usize = 150;

/// What ends a sentence, after normalization (the full-width ！ and ？ are ASCII by then).
const SENTENCE_ENDS: [char; 4] = ['。', '!', '?', '\n'];

/// The words after the quotation among `quotes` (as [`labelled`] gives them) that holds the
/// last character before `end` in `text`, the end of a phrase (a phrase whose last words, the
/// request, are quoted, though it began in the warning's own: 還付金 in 「還付金詐欺に注意!
/// 「…こちらから手続きを」」), up to the end of the sentence after its own (。, !, ? or a line
/// break ends one) and at most [`DISOWN_SPAN`] bytes: where a message says what it makes of
/// the words it quotes, in the quoting sentence (「…」というSMSは当行からのものではありません)
/// or, as a chat tells it, in the next (『…』って来たよ。怪しすぎるから無視した). `None` when
/// the phrase ends in no quotation of `quotes`. Constant work past the search of `quotes`.
pub(crate) fn after_quotation<'t>(
    text: &'t str,
    quotes: &[(usize, usize)],
    end: usize,
) -> Option<&'t str> {
    let &(_, close) = quotes.iter().find(|&&(s, e)| s < end && end <= e)?;
    let mut to = (close + DISOWN_SPAN).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let rest = text.get(close..to)?;
    let sentences = rest.find(SENTENCE_ENDS).map_or(rest, |i| {
        // The next sentence starts past the run of terminators that ends this one (「!\n」).
        let next = rest[i..]
            .find(|ch: char| !SENTENCE_ENDS.contains(&ch))
            .map_or(rest.len(), |j| i + j);
        rest[next..]
            .find(SENTENCE_ENDS)
            .map_or(rest, |j| &rest[..next + j])
    });
    Some(sentences)
}

/// `text` with the bytes of `quotes` (in order of their start, on character boundaries)
/// blanked out: each quoted character becomes as many spaces as it has bytes, so every offset
/// still points where it did. Ranges that overlap (marks of two kinds that cross) are blanked
/// as their union.
pub(crate) fn blanked(text: &str, quotes: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(s, e) in quotes {
        let s = s.max(at);
        if e <= s {
            continue;
        }
        out.push_str(&text[at..s]);
        out.extend(std::iter::repeat_n(' ', e - s));
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether a concept for which `warning` holds is found over `start..end` of `text` or starts
/// at most [`SPOKEN_OF_GAP`] bytes after it with nothing but letters between as the message
/// was written (`letters_between(words, warning)`, ranges in `text`: the matching text drops
/// the spaces a message may separate its clauses with). A mark, a space or a comma ends the
/// clause, and a warning after it is a clause of its own (「お支払いください、詐欺にご注意
/// ください」, 「お支払いください 詐欺に注意」). The concepts are
/// searched again (`find`) in that stretch alone: a search keeps each concept at its first
/// place only, and a warning may be said twice.
fn warned_at(
    text: &str,
    find: impl Fn(&str) -> Vec<ConceptHit>,
    warning: impl Fn(&ConceptHit) -> bool,
    letters_between: impl Fn((usize, usize), (usize, usize)) -> bool,
    start: usize,
    end: usize,
) -> bool {
    // Room for the gap and the longest warning words after it.
    let mut to = (end + 4 * SPOKEN_OF_GAP).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let Some(stretch) = text.get(start..to) else {
        return false;
    };
    let len = end - start;
    find(stretch).iter().any(|w| {
        warning(w)
            && w.start <= len + SPOKEN_OF_GAP
            && (w.start < len || letters_between((start, end), (start + w.start, start + w.end)))
    })
}

/// What the message says in its own words, when it is a warning that quotes the scam: `text`
/// (matching text) with its labelled quotations blanked out, and the concepts `find` finds
/// there, provided those own words
/// - speak of scams (a concept of the warning family),
/// - ask for no reply and no payment, and point at no link (a concept of those families),
///   but for one a warning speaks of over it or right after it in the same clause
///   (「メール内のリンクは開かずに削除してください」, 「お金を振り込まないでください」; see
///   [`warned_at`] for `letters_between`),
/// - ask for no call when the sender is a person's number or address (`person_sender`): the
///   call would go to it (a friend asking about a message they got asks for none).
///
/// Quotations are those `quotatives` (the pack's `speech.quotatives`) label. The caller asks
/// only of a message whose every way to act is an institution's (the classifier's
/// `institutions_only`). `None` when any of these fails, or nothing is quoted: the message's
/// whole text is then its own. Only a message that holds a warning in `hits` (the whole
/// text's concepts) is walked for quotations; `find` runs again only on one that quotes
/// something (once on its own words, and on a short stretch and once more for each place a
/// warning speaks of, up to [`MAX_SPOKEN_OF`]).
pub(crate) fn own_words(
    text: &str,
    hits: &[ConceptHit],
    quotatives: &[String],
    family: impl Fn(&ConceptHit) -> Family,
    person_sender: bool,
    find: impl Fn(&str) -> Vec<ConceptHit>,
    letters_between: impl Fn((usize, usize), (usize, usize)) -> bool,
) -> Option<(String, Vec<ConceptHit>)> {
    let warning = |h: &ConceptHit| family(h) == Family::Warning;
    if !hits.iter().any(warning) {
        return None;
    }
    let quotes = labelled(text, quotatives);
    if quotes.is_empty() {
        return None;
    }
    let own = blanked(text, &quotes);
    let own_hits = find(&own);
    let asks_reply_or_call = |h: &ConceptHit| match family(h) {
        Family::Reply => true,
        Family::Call => person_sender,
        _ => false,
    };
    if !own_hits.iter().any(warning)
        || own_hits.iter().any(asks_reply_or_call)
        || points_or_asks_to_pay(&own, own_hits.clone(), &find, &family, &letters_between)
    {
        return None;
    }
    Some((own, own_hits))
}

/// How many places of a link cue or a request to pay a warning may speak of: a message with
/// more counts as asking.
const MAX_SPOKEN_OF: usize = 8;

/// Whether `own` (whose concepts `hits` holds) points at a link or asks to pay in a place no
/// warning speaks of. A search keeps each concept at its first place, so each place a warning
/// speaks of (「メール内のリンクは開かずに削除」) is blanked in turn and the words searched
/// again; past [`MAX_SPOKEN_OF`] such places the message counts as asking.
fn points_or_asks_to_pay(
    own: &str,
    mut hits: Vec<ConceptHit>,
    find: impl Fn(&str) -> Vec<ConceptHit>,
    family: impl Fn(&ConceptHit) -> Family,
    letters_between: impl Fn((usize, usize), (usize, usize)) -> bool,
) -> bool {
    let warning = |h: &ConceptHit| family(h) == Family::Warning;
    let pointer_or_payment = |h: &ConceptHit| matches!(family(h), Family::Link | Family::Payment);
    let mut probe = own.to_owned();
    for _ in 0..=MAX_SPOKEN_OF {
        let Some(h) = hits.iter().find(|h| pointer_or_payment(h)) else {
            return false;
        };
        if !warned_at(&probe, &find, warning, &letters_between, h.start, h.end) {
            return true;
        }
        probe = blanked(&probe, &[(h.start, h.end)]);
        hits = find(&probe);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        ranges(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    /// The embedded pack's words of speech, as the classifier passes them.
    fn speech() -> crate::rules::Speech {
        crate::embedded::speech()
    }

    /// [`labelled`] with the embedded pack's quotatives.
    fn labelled(text: &str) -> Vec<(usize, usize)> {
        super::labelled(text, &speech().quotatives)
    }

    /// [`reported_after`] with the embedded pack's reporting words.
    fn reported_after(text: &str, end: usize) -> bool {
        super::reported_after(text, end, &speech().reporting)
    }

    fn labels(text: &str) -> Vec<&str> {
        labelled(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn words_followed_by_a_verb_of_saying_are_reported() {
        let text = "あなたの口座が犯罪に使われているなどと電話をかける詐欺";
        let end = text
            .find("使われ")
            .map(|i| i + "使われ".len())
            .expect("words");
        assert!(reported_after(text, end));
        // Too far after the words, or no verb of saying: told.
        let far = "あなたの口座が犯罪に使われています。至急ご連絡ください。などと";
        let end = far
            .find("使われ")
            .map(|i| i + "使われ".len())
            .expect("words");
        assert!(!reported_after(far, end));
        assert!(!reported_after(
            "犯罪に使われています",
            "犯罪に使われ".len()
        ));
        // Not a character boundary, or past the end: nothing is reported.
        assert!(!reported_after(text, 1));
        assert!(!reported_after(text, text.len() + 1));
    }

    #[test]
    fn the_words_after_a_quotation_run_to_the_end_of_the_next_sentence() {
        let text = "「暗証番号を返信して」というsmsが来た。怪しいので無視した。今度話すね";
        let quotes = labelled(text);
        let at = text.find("暗証番号").unwrap();
        assert_eq!(
            after_quotation(text, &quotes, at + 6),
            Some("」というsmsが来た。怪しいので無視した")
        );
        // A line break ends a sentence too; with no second end, the words run to the text's.
        let text = "「暗証番号を返信して」というsms!\n当行からではありません";
        let quotes = labelled(text);
        assert_eq!(
            after_quotation(text, &quotes, at + 6),
            Some("」というsms!\n当行からではありません")
        );
        // A phrase that ends outside every quotation is after none.
        let outside = text.find("当行").unwrap();
        assert_eq!(after_quotation(text, &quotes, outside + 3), None);
        // A phrase that began before the quotation and ends in it is after it.
        let text = "還付金詐欺に注意!「こちらから手続きを」というメールは詐欺です。";
        let quotes = labelled(text);
        let end = text.find("手続き").unwrap();
        assert_eq!(
            after_quotation(text, &quotes, end),
            Some("」というメールは詐欺です。")
        );
        // A long clause is cut at the span, on a character boundary.
        let long = format!("「返信して」という{}", "あ".repeat(100));
        let quotes = labelled(&long);
        let after = after_quotation(&long, &quotes, 6).unwrap();
        assert!(after.len() <= DISOWN_SPAN && after.starts_with("」という"));
        assert!(after.len() > DISOWN_SPAN - 3, "{}", after.len());
    }

    #[test]
    fn corner_brackets_and_quotes() {
        assert_eq!(
            quoted("「料金未納です」というSMSや『至急』の電話、〝click〟‘停止’に注意"),
            ["料金未納です", "至急", "click", "停止"]
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
    fn only_quotations_labelled_as_speech_count() {
        assert_eq!(
            labels("「未納料金がある」「本日中に連絡しないと訴訟」などのSMSは詐欺です"),
            ["未納料金がある", "本日中に連絡しないと訴訟"]
        );
        assert_eq!(
            labels("「口座が凍結されました」と求めるSMS"),
            ["口座が凍結されました"]
        );
        assert_eq!(
            labels("今日「荷物を持ち帰りました」ってSMSが来た"),
            ["荷物を持ち帰りました"]
        );
        // Emphasis and a button's name are no quotation.
        assert!(labels("口座は「利用停止」となりました。「本日中」にご確認を").is_empty());
        assert!(labels("「再配達依頼」よりお手続きください").is_empty());
    }

    #[test]
    fn blanking_keeps_every_offset() {
        let text = "「停止」というsms";
        let own = blanked(text, &labelled(text));
        assert_eq!(own.len(), text.len());
        assert_eq!(&own[own.find("という").unwrap()..], "というsms");
        assert!(!own.contains("停止"));
    }

    /// A concept search over `found` (word, family): each word is found at its first place
    /// in the text searched, as the concept index finds each concept once.
    fn search<'a>(found: &'a [(&'a str, Family)]) -> impl Fn(&str) -> Vec<ConceptHit> + 'a {
        move |t: &str| {
            (0..found.len())
                .filter_map(|k| {
                    t.find(found[k].0).map(|start| ConceptHit {
                        concept: k,
                        start,
                        end: start + found[k].0.len(),
                    })
                })
                .collect()
        }
    }

    /// Runs [`own_words`] on `text` (written as the matching text is, in lower case) with the
    /// concepts `found`, from a sender that is a person's number or not; returns the families
    /// found in its own words and the own words, or `None` when the whole text is its own.
    fn own_from(
        text: &str,
        found: &[(&str, Family)],
        person_sender: bool,
    ) -> Option<(Vec<Family>, String)> {
        let find = search(found);
        let hits = find(text);
        let family = |h: &ConceptHit| found[h.concept].1;
        let letters = |(_, e): (usize, usize), (s, _): (usize, usize)| {
            text[e..s].chars().all(char::is_alphanumeric)
        };
        own_words(
            text,
            &hits,
            &speech().quotatives,
            family,
            person_sender,
            &find,
            letters,
        )
        .map(|(own, h)| (h.iter().map(|h| found[h.concept].1).collect(), own))
    }

    /// [`own_from`] a sender ID; returns the families and whether `brand` is written in the own
    /// words. (Whether every way to act is an institution's is the caller's check: see the
    /// classifier's tests.)
    fn own(text: &str, found: &[(&str, Family)], brand: &str) -> Option<(Vec<Family>, bool)> {
        own_from(text, found, false).map(|(families, own)| (families, own.contains(brand)))
    }

    const WARNING: &str = "「ゆうちょ銀行です。口座を停止しました」というsmsは詐欺です";
    const FOUND: [(&str, Family); 2] = [("停止", Family::Threat), ("詐欺です", Family::Warning)];

    #[test]
    fn a_warning_sets_aside_what_it_quotes() {
        let (families, brand) = own(WARNING, &FOUND, "ゆうちょ銀行").unwrap();
        assert_eq!(families, [Family::Warning]);
        assert!(!brand, "the name the scam takes is no speaker");
    }

    #[test]
    fn words_said_again_unquoted_are_its_own() {
        let text = "「口座を停止しました」というsmsは詐欺です。お客様の口座を停止しました";
        let (families, _) = own(text, &FOUND, "口座").unwrap();
        assert_eq!(families, [Family::Threat, Family::Warning]);
    }

    #[test]
    fn talk_of_scams_only_inside_quotes_keeps_everything() {
        let text = "「詐欺ではありません。口座を停止しました」というsms。ゆうちょ銀行";
        let found = [("詐欺", Family::Warning), ("停止", Family::Threat)];
        assert_eq!(own(text, &found, "ゆうちょ銀行"), None);
    }

    #[test]
    fn emphasis_quotes_nothing() {
        let text = "フィッシング詐欺にご注意ください。お客様の口座は「利用停止」となりました";
        let found = [("詐欺", Family::Warning), ("停止", Family::Threat)];
        assert_eq!(own(text, &found, "口座"), None);
    }

    #[test]
    fn a_request_in_its_own_words_keeps_the_quoted_story() {
        for (text, request) in [
            (
                "「未払いの税金がある」というsmsは詐欺ではありません。下記urlからお支払いください",
                ("下記", Family::Link),
            ),
            (
                "「未払いの税金がある」というsmsは詐欺ではありません。「1」と返信してください",
                ("と返信", Family::Reply),
            ),
            (
                "「受信料が未払いです」という詐欺にご注意。口座へお振込みください",
                ("お振込みください", Family::Payment),
            ),
        ] {
            let found = [("未払", Family::Threat), ("詐欺", Family::Warning), request];
            assert_eq!(own(text, &found, "sms"), None, "{text}");
        }
    }

    #[test]
    fn a_request_a_warning_speaks_of_is_no_request() {
        let text = "「口座を停止しました」などのメールにご注意。メール内のリンクは開かずに削除してください";
        let found = [
            ("停止", Family::Threat),
            ("ご注意", Family::Warning),
            ("のリンク", Family::Link),
            ("開かずに削除", Family::Warning),
        ];
        let (families, _) = own(text, &found, "メール").unwrap();
        assert_eq!(families, [Family::Warning, Family::Link, Family::Warning]);
        // A warning in the next sentence does not speak of the request before it.
        let text =
            "「口座を停止しました」などのメールにご注意。本日中にお支払いください。偽のsmsにご注意";
        let found = [
            ("停止", Family::Threat),
            ("ご注意", Family::Warning),
            ("お支払いください", Family::Payment),
            ("偽の", Family::Warning),
        ];
        assert_eq!(own(text, &found, "メール"), None);
    }

    #[test]
    fn a_call_back_to_a_persons_number_is_a_request() {
        let text = "「口座を停止しました」というsmsは詐欺です。至急折り返しお電話ください";
        let found = [
            ("停止", Family::Threat),
            ("詐欺です", Family::Warning),
            ("お電話ください", Family::Call),
        ];
        // From a mobile number the call goes to the sender.
        assert!(own_from(text, &found, true).is_none());
        // From a sender ID it goes nowhere the message gives.
        assert!(own_from(text, &found, false).is_some());
    }

    #[test]
    fn a_warning_after_a_comma_or_a_space_speaks_of_no_request() {
        for gap in ["、", " "] {
            let text = format!(
                "「口座を停止しました」というご案内です。本日中にお支払いください{gap}詐欺にご注意"
            );
            let found = [
                ("停止", Family::Threat),
                ("詐欺に", Family::Warning),
                ("お支払いください", Family::Payment),
            ];
            assert_eq!(own(&text, &found, "口座"), None, "{gap:?}");
        }
    }

    #[test]
    fn crossing_quotations_are_blanked_whole() {
        let text = "「a『b」c』d";
        let own = blanked(text, &ranges(text));
        assert_eq!(own.len(), text.len());
        assert!(!own.contains(['a', 'b', 'c']), "{own}");
        assert!(own.ends_with("』d"));
    }

    #[test]
    fn a_second_place_no_warning_speaks_of_is_a_request() {
        let text = "「口座を停止しました」などのメールにご注意。メール内のリンクは開かずに削除してください。解除はリンクから";
        let found = [
            ("停止", Family::Threat),
            ("ご注意", Family::Warning),
            ("リンク", Family::Link),
            ("開かずに削除", Family::Warning),
        ];
        assert_eq!(own(text, &found, "メール"), None);
    }

    #[test]
    fn quotations_are_bounded() {
        let text = "「a」".repeat(MAX_QUOTES * 4);
        assert_eq!(ranges(&text).len(), MAX_QUOTES);
    }
}
