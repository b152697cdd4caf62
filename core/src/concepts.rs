//! Where the concepts lures are built from are found in the text.
//!
//! A lure is told with a few ideas — someone speaks (an actor), something bad has happened or
//! will (a threat) or something good is waiting (a benefit), you must act (a demand), soon (a
//! pressure), through a link or a call (a channel) — and each idea has many wordings:
//! 不正ログイン, 不審なログイン, 身に覚えのないアクセス, 第三者による不正な利用. A list of exact
//! phrases catches the wordings it was written from; a concept catches the idea.
//!
//! A concept is data (see [`crate::rules::Concept`]): terms made of *slots* that must appear in
//! order, each within a few characters of the one before (`不正|不審な…ログイン|アクセス`), so
//! that inserted particles, adjectives and politeness do not break the match. Every
//! alternative of every slot of every term goes into one Aho–Corasick automaton, run once
//! over the matching text; terms are then assembled from the atoms found. Time is linear in
//! the text plus the atoms found, which are capped ([`MAX_ATOMS`]).

use std::borrow::Cow;

use crate::automaton::{Automaton, Kind};
use crate::rules::{Concept, Family};

/// Most atom occurrences considered per message: a hostile text made of one repeated atom
/// cannot make term assembly slow.
pub(crate) const MAX_ATOMS: usize = 2048;

/// Lists of numbers stored one after another: list `i` is `items[first[i]..first[i + 1]]`.
/// Two bytes a number rather than four: the embedded pack's lists hold about 16,000 numbers
/// (terms, slots and atoms, each fewer than 2^16), and four bytes each took 31 kB more of the
/// stripped library.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lists {
    /// Where each list starts in `items`, and where the last ends.
    pub(crate) first: Cow<'static, [u16]>,
    /// The lists' items.
    pub(crate) items: Cow<'static, [u16]>,
}

impl Lists {
    /// The lists, or an error naming `what` they hold when a number or the total does not fit
    /// in two bytes.
    fn new(lists: &[Vec<usize>], what: &str) -> Result<Lists, String> {
        let mut first = vec![0];
        let mut items = Vec::new();
        for l in lists {
            for &x in l {
                items.push(two_bytes(x, what)?);
            }
            first.push(two_bytes(items.len(), what)?);
        }
        Ok(Lists {
            first: first.into(),
            items: items.into(),
        })
    }

    /// List `i` (empty when there is none).
    #[inline]
    fn get(&self, i: usize) -> &[u16] {
        let (Some(&lo), Some(&hi)) = (self.first.get(i), self.first.get(i + 1)) else {
            return &[];
        };
        self.items.get(lo as usize..hi as usize).unwrap_or(&[])
    }
}

/// What the concepts' terms compile to: one automaton over every atom, the terms as atoms,
/// and where each atom can start a term. Derived from the terms alone; for the embedded
/// pack, by `build.rs` (stored as statics).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ConceptTables {
    /// Every distinct atom (slot alternative) in matching form; overlapping.
    pub(crate) automaton: Automaton,
    /// The concept of each term (of every concept, in order).
    pub(crate) term_concept: Cow<'static, [u16]>,
    /// The slots of each term, in order, as slot numbers (counted across all terms); a slot
    /// that must start right where the one before ends (joined by `‥`) has [`ADJACENT`] set.
    pub(crate) term_slots: Lists,
    /// The atoms that may fill each slot.
    pub(crate) slot_atoms: Lists,
    /// For each atom, the terms whose first slot it can fill.
    pub(crate) starts: Lists,
}

/// The bit of a term's slot number that joins the slot to the one before with no gap (`‥`).
/// Slot numbers are below it.
pub(crate) const ADJACENT: u16 = 1 << 15;

/// `x` in two bytes, or an error: a pack with more `what` than the two-byte tables count.
fn two_bytes(x: usize, what: &str) -> Result<u16, String> {
    u16::try_from(x).map_err(|_| format!("too many {what}"))
}

/// The slots of term `t` (see [`crate::rules::Concept`] for the syntax), each with whether it
/// is joined to the one before by `‥` (it must start right where that one ends) rather than by
/// `…` (within the concept's window). The first slot is joined to nothing.
pub(crate) fn term_slots_of(t: &str) -> impl Iterator<Item = (&str, bool)> {
    let joins = std::iter::once(false).chain(t.matches(['…', '‥']).map(|j| j == "‥"));
    t.split(['…', '‥']).zip(joins)
}

/// The compiled concept vocabularies.
#[derive(Debug)]
pub(crate) struct ConceptIndex {
    pub concepts: Vec<Concept>,
    tables: ConceptTables,
}

/// A concept found, at its first complete term in the matching text that counts (a threat's
/// not among the words of talk, nor a benefit's, a link cue's or a demand's; an actor's not the
/// word a threat was found at).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ConceptHit {
    pub concept: usize,
    pub start: usize,
    pub end: usize,
}

/// An atom occurrence.
#[derive(Debug, Clone, Copy)]
struct Atom {
    atom: usize,
    start: usize,
    end: usize,
}

impl ConceptTables {
    /// Compiles the concepts' terms; a term with an empty slot alternative is refused.
    pub(crate) fn new(concepts: &[Concept]) -> Result<ConceptTables, String> {
        let mut atoms: Vec<String> = Vec::new();
        let mut atom_id = std::collections::HashMap::new();
        let mut term_concept = Vec::new();
        let mut term_slots: Vec<Vec<usize>> = Vec::new();
        let mut slot_atoms: Vec<Vec<usize>> = Vec::new();
        for (ci, c) in concepts.iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                let mut slots = Vec::new();
                for (slot, adjacent) in term_slots_of(t) {
                    let mut ids = Vec::new();
                    for alt in slot.split('|') {
                        let key = crate::normalize::Normalized::new(alt)
                            .for_matching()
                            .as_str()
                            .to_owned();
                        if key.trim().is_empty() {
                            return Err(format!(
                                "concept `{}` term {ti} has an empty alternative",
                                c.id
                            ));
                        }
                        let next = atoms.len();
                        let id = *atom_id.entry(key.clone()).or_insert(next);
                        if id == next {
                            atoms.push(key);
                        }
                        ids.push(id);
                    }
                    let number = slot_atoms.len();
                    if number >= ADJACENT as usize {
                        return Err("too many term slots".to_owned());
                    }
                    slots.push(if adjacent {
                        number | ADJACENT as usize
                    } else {
                        number
                    });
                    slot_atoms.push(ids);
                }
                term_concept.push(two_bytes(ci, "concepts")?);
                term_slots.push(slots);
            }
        }
        let mut starts = vec![Vec::new(); atoms.len()];
        for (k, slots) in term_slots.iter().enumerate() {
            for &a in &slot_atoms[slots[0] & !(ADJACENT as usize)] {
                starts[a].push(k);
            }
        }
        Ok(ConceptTables {
            automaton: Automaton::new(&atoms, Kind::Overlapping)?,
            term_concept: term_concept.into(),
            term_slots: Lists::new(&term_slots, "term slots")?,
            slot_atoms: Lists::new(&slot_atoms, "slot alternatives")?,
            starts: Lists::new(&starts, "terms")?,
        })
    }
}

impl ConceptIndex {
    /// Compiles the concepts; a term with an empty slot alternative is refused.
    #[cfg(test)]
    pub(crate) fn new(concepts: Vec<Concept>) -> Result<ConceptIndex, String> {
        let tables = ConceptTables::new(&concepts)?;
        Ok(ConceptIndex::with_tables(concepts, tables))
    }

    /// The concepts with their terms already compiled (by [`ConceptTables::new`] on the same
    /// concepts).
    pub(crate) fn with_tables(concepts: Vec<Concept>, tables: ConceptTables) -> ConceptIndex {
        ConceptIndex { concepts, tables }
    }

    /// The concepts found in `text` (matching text), each once at its first complete term that
    /// counts (see [`ConceptHit`]), in
    /// order of where that term starts.
    pub(crate) fn find(&self, text: &str) -> Vec<ConceptHit> {
        self.search(text, true)
    }

    /// The threats of `text` (matching text) that [`ConceptIndex::find`] skipped because their
    /// words were words of talk (a routine notice, a warning): what the message threatens once
    /// that talk is found to say nothing (a maintenance pause beside a disguised link). Each
    /// once, at its first complete term; none that `hits` (what `find` returned) holds.
    pub(crate) fn shadowed_threats(&self, text: &str, hits: &[ConceptHit]) -> Vec<ConceptHit> {
        let mut all = self.search(text, false);
        all.retain(|h| {
            self.concepts[h.concept].family == Family::Threat
                && hits.iter().all(|k| k.concept != h.concept)
        });
        all
    }

    /// [`ConceptIndex::find`], with talk taking the words of threats or not.
    fn search(&self, text: &str, talk_takes_words: bool) -> Vec<ConceptHit> {
        let (found, starts) = self.atoms_and_starts(text);
        let mut search = Search {
            text,
            found: &found,
            starts: &starts,
            best: vec![None; self.concepts.len()],
            words: Vec::with_capacity(4),
        };
        // Talk first (warnings, routine notices): a threat whose words are words of their
        // phrases is skipped, so that the threat is found at a later term of its own if it
        // has one. Then threats: an actor term that is the very word a threat was found at
        // (再配達) is skipped the same way, since one word does not tell two parts of a
        // story; the actor may still be found at another word, and so is a deadline that
        // shares a word with the threat. Then calls and self-service,
        // whose phrases hold link cues the same way.
        // The words of warnings (and of the warning not to share) are kept apart too: a
        // request that shares one is the warning's own, negated.
        let mut warnings = Words::default();
        let warning = |f: Family| matches!(f, Family::Warning | Family::NoShare);
        let marks = Some((&mut warnings, Mark::Every));
        self.first_terms(&mut search, warning, |_, _| false, marks);
        let mut talk = Words::default();
        let mut threats = Words::default();
        let marks = Some((&mut talk, Mark::Every));
        let other_talk = |f: Family| is_talk(f) && !warning(f);
        self.first_terms(&mut search, other_talk, |_, _| false, marks);
        talk.0.extend_from_slice(&warnings.0);
        // Every single word a threat term completes at is marked, the word each threat was
        // first found at as such: an actor yields only to the latter, a deadline to any.
        let marks = Some((&mut threats, Mark::SingleWords));
        let threat = |f: Family| f == Family::Threat;
        self.first_terms(
            &mut search,
            threat,
            |_, w| talk_takes_words && talk.cover(w),
            marks,
        );
        // The sender's own channels next, every phrase marked: a link cue that shares a word
        // of a call's phrase (はこちら in 「再配達はこちらの番号まで」) points at the number,
        // and one of a self-service phrase (専用ページ in 「会員専用ページより」) at the member
        // page, not at a link.
        let mut channels = Words::default();
        let marks = Some((&mut channels, Mark::Every));
        self.first_terms(&mut search, is_own_channel, |_, _| false, marks);
        let rest = |f: Family| !is_talk(f) && f != Family::Threat && !is_own_channel(f);
        // A benefit that is a word of a warning (還付 in 「ATMで還付金の手続きはできません」)
        // is no more offered to the reader than a threat there is aimed at them, nor a link
        // pointed at that is a word of the sender's promise. A deadline
        // that shares a word with the threat (期限 in 「有効期限は本日まで」, 「お支払い期限は
        // 本日」) is the threat's own date, not pressure added to it. A demand or a secret asked
        // for that shares a word with a warning (入力 in 「暗証番号を入力しないでください」) is
        // the warning's own request, negated; not one beside a routine notice (the lock after
        // 「パスワードの入力誤り」 may still be the lure's own request). A demand that is a word
        // of a routine notice (本人確認 in 「本人確認完了のお知らせ」) is a thing done, not asked.
        let one_word_two_parts = |f, w: &[_]| {
            (matches!(
                f,
                Family::Benefit | Family::Income | Family::Link | Family::Demand
            ) && talk.cover(w))
                || (matches!(f, Family::Demand | Family::Credential) && warnings.overlap(w))
                || (f == Family::Actor && threats.cover(w))
                || (f == Family::Link && channels.overlap(w))
                || (f == Family::Pressure && threats.overlap(w))
        };
        self.first_terms(&mut search, rest, one_word_two_parts, None);
        let best = search.best;
        let mut hits: Vec<ConceptHit> = best
            .iter()
            .enumerate()
            .filter_map(|(concept, r)| {
                r.map(|(start, end)| ConceptHit {
                    concept,
                    start,
                    end,
                })
            })
            .collect();
        hits.sort_unstable_by_key(|h| (h.start, h.concept));
        hits
    }

    /// The atoms found in `text`, and every term each may start, once: the passes of a search
    /// read this list rather than looking the atom's terms up again each.
    fn atoms_and_starts(&self, text: &str) -> (Vec<Atom>, Vec<Start>) {
        let t = &self.tables;
        // Room for the atoms of most messages at once (the iterator cannot tell how many).
        let mut found: Vec<Atom> = Vec::with_capacity(32);
        found.extend(t.automaton.overlapping(text).take(MAX_ATOMS).map(|m| Atom {
            atom: m.pattern,
            start: m.start,
            end: m.end,
        }));
        let mut starts: Vec<Start> = Vec::with_capacity(found.len() * 2);
        for (i, a) in found.iter().enumerate() {
            for &term in t.starts.get(a.atom) {
                if let Some(&concept) = t.term_concept.get(term as usize) {
                    starts.push(Start {
                        atom: i as u32,
                        term: term.into(),
                        concept: concept.into(),
                    });
                }
            }
        }
        (found, starts)
    }

    /// Sets `best` for the concepts of the families `pick` takes, each at its first complete
    /// term whose family and words `skip` does not refuse. With `mark`, words of those
    /// families' terms are marked (see [`Mark`]).
    fn first_terms(
        &self,
        search: &mut Search<'_>,
        pick: impl Fn(Family) -> bool,
        skip: impl Fn(Family, &[(usize, usize)]) -> bool,
        mut mark: Option<(&mut Words, Mark)>,
    ) {
        let Search {
            text,
            found,
            starts,
            best,
            words,
        } = search;
        let text: &str = text;
        let t = &self.tables;
        for s in starts.iter() {
            let (i, concept) = (s.atom as usize, s.concept as usize);
            let family = self.concepts[concept].family;
            // Marking wants every term; finding wants the first.
            if !pick(family) || (best[concept].is_some() && mark.is_none()) {
                continue;
            }
            let window = self.concepts[concept].window as usize;
            let slots = t.term_slots.get(s.term as usize);
            let Some(end) = complete(text, &found[i..], slots, &t.slot_atoms, window, words) else {
                continue;
            };
            if skip(family, words) {
                continue;
            }
            let first = best[concept].is_none();
            if first {
                best[concept] = Some((found[i].start, end));
            }
            if let Some((m, which)) = mark.as_mut() {
                match which {
                    Mark::Every => m.mark(words, true),
                    Mark::SingleWords if words.len() == 1 => m.mark(words, first),
                    Mark::SingleWords => {}
                }
            }
        }
    }
}

/// One search of a text's concepts: the atoms found, the terms they may start, the first
/// term of each concept so far, and room for the words of the term being completed.
struct Search<'a> {
    text: &'a str,
    found: &'a [Atom],
    starts: &'a [Start],
    best: Vec<Option<(usize, usize)>>,
    words: Vec<(usize, usize)>,
}

/// A term that an atom found may start: the atom's position among those found, the term,
/// and the term's concept. Listed in order of the atoms, then of the terms.
#[derive(Clone, Copy)]
struct Start {
    atom: u32,
    term: u32,
    concept: u32,
}

/// Which words a search marks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// The words of every complete term (talk: each of its phrases).
    Every,
    /// The word of every complete term that is a single word (a threat's words), noting
    /// which of them a concept was first found at.
    SingleWords,
}

/// Words of some phrases (of talk, of threats), as byte ranges of the text: few in any
/// message (a handful of threat words, the phrases of a warning), at most one per atom found.
#[derive(Default)]
struct Words(Vec<(usize, usize, bool)>);

impl Words {
    /// Marks `words`; `found` when they are where a concept was found (every phrase of talk
    /// or of the sender's channels, a threat's first word).
    fn mark(&mut self, words: &[(usize, usize)], found: bool) {
        self.0.extend(words.iter().map(|&(s, e)| (s, e, found)));
    }

    /// Whether some one of `words` shares a character with any marked word.
    fn overlap(&self, words: &[(usize, usize)]) -> bool {
        words
            .iter()
            .any(|&(s, e)| self.0.iter().any(|&(ms, me, _)| s < me && ms < e))
    }

    /// Whether every one of `words` lies within a marked word where a concept was found.
    fn cover(&self, words: &[(usize, usize)]) -> bool {
        self.0.iter().any(|&(_, _, found)| found)
            && words.iter().all(|&(s, e)| {
                self.0
                    .iter()
                    .any(|&(ms, me, found)| found && ms <= s && e <= me)
            })
    }
}

/// Families whose phrases are talk rather than alarm: a threat word that is a word of a
/// warning about scams (「不審なSMSにご注意」), of a routine notice (「通信速度制限」) or of the
/// warning not to share a code or link (「第三者に教えないで」), or of a shop's mail
/// (「配信停止はこちら」: stopping the newsletter) is not aimed at the reader.
/// Only the words of their terms count, not the gaps between them, so a threat between the
/// words of a receipt (「お支払いの停止手続きが完了しました」) stays one; and only these
/// families: a self-service pointer is a sentence that may hold a real threat.
pub(crate) fn is_talk(f: Family) -> bool {
    matches!(
        f,
        Family::Warning | Family::Reminder | Family::NoShare | Family::Promotional
    )
}

/// Families that name a channel of the sender's own (a number to call, the member page or
/// app), whose words are no link cue.
fn is_own_channel(f: Family) -> bool {
    matches!(f, Family::Call | Family::SelfService)
}

/// Whether the term of `slots` completes from `found[0]` (which fills its first slot): each
/// later slot is filled by an atom starting at or after the previous slot's end and at most
/// `window` characters after it (right at it, for a slot joined by `‥`). Returns the end of
/// the last slot. Atoms are in order of their end, so the search stops at the first atom too
/// far away. `words` gets the range of the atom filling each slot.
fn complete(
    text: &str,
    found: &[Atom],
    slots: &[u16],
    slot_atoms: &Lists,
    window: usize,
    words: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    words.clear();
    words.push((found[0].start, found[0].end));
    let mut end = found[0].end;
    let mut from = 1;
    'slots: for &slot in slots.get(1..).unwrap_or_default() {
        let atoms = slot_atoms.get((slot & !ADJACENT) as usize);
        let window = if slot & ADJACENT == 0 { window } else { 0 };
        for (j, a) in found.iter().enumerate().skip(from) {
            if a.start < end {
                continue;
            }
            // Atoms come in order of their end: once one starts this far away (bytes, with
            // room for a long atom), no later one can start within the window.
            if a.start > end + window * 4 + 64 {
                return None;
            }
            // A gap of more than four bytes a character cannot be within the window; then the
            // slot's atom (a few numbers compared); then the gap, measured in characters, and
            // only on the short stretch between.
            if a.start - end <= window.saturating_mul(4)
                && u16::try_from(a.atom).is_ok_and(|atom| atoms.contains(&atom))
                && within_chars(text.get(end..a.start), window)
            {
                words.push((a.start, a.end));
                end = a.end;
                from = j + 1;
                continue 'slots;
            }
        }
        return None;
    }
    Some(end)
}

/// Whether `gap` (`None`: no such stretch) is at most `window` characters long. A character is
/// one to four bytes: only a stretch between `window` and `4 × window` bytes is counted.
fn within_chars(gap: Option<&str>, window: usize) -> bool {
    let Some(gap) = gap else {
        return false;
    };
    if gap.len() <= window {
        return true;
    }
    gap.len() <= window.saturating_mul(4) && gap.chars().nth(window).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::rules::Family;

    fn index(terms: &[&str], window: u32) -> ConceptIndex {
        ConceptIndex::new(vec![Concept {
            id: "t".into(),
            family: Family::Threat,
            category: None,
            weight: None,
            category_weight: 1.0,
            window,
            mobile_lines: false,
            own_lines: false,
            payment_instrument: false,
            means_of_payment: false,
            complete: false,
            alarm: false,
            names_link: false,
            ja: String::new(),
            en: String::new(),
            terms: terms.iter().map(|t| t.to_string()).collect(),
        }])
        .expect("compiles")
    }

    fn concept(id: &str, family: Family, terms: &[&str]) -> Concept {
        Concept {
            id: id.into(),
            family,
            category: None,
            weight: None,
            category_weight: 1.0,
            window: 10,
            mobile_lines: false,
            own_lines: false,
            payment_instrument: false,
            means_of_payment: false,
            complete: false,
            alarm: false,
            names_link: false,
            ja: String::new(),
            en: String::new(),
            terms: terms.iter().map(|t| t.to_string()).collect(),
        }
    }

    /// The ids of the concepts `index` finds in `text`, in order.
    fn ids<'a>(index: &'a ConceptIndex, text: &str) -> Vec<&'a str> {
        index
            .find(text)
            .iter()
            .map(|h| index.concepts[h.concept].id.as_str())
            .collect()
    }

    #[test]
    fn lists_past_two_bytes_are_refused() {
        // One atom given 70,000 times in a slot: a single state, but more alternatives than the
        // two-byte lists count. Refused, not truncated.
        let term = vec!["あ"; 70_000].join("|");
        let err = ConceptTables::new(&[concept("big", Family::Threat, &[term.as_str()])])
            .expect_err("refused");
        assert!(err.contains("too many"), "{err}");
        // Under the limit it compiles.
        let term = vec!["あ"; 1_000].join("|");
        assert!(ConceptTables::new(&[concept("big", Family::Threat, &[term.as_str()])]).is_ok());
    }

    #[test]
    fn a_threat_inside_talk_about_scams_is_dropped() {
        let index = ConceptIndex::new(vec![
            concept("threat", Family::Threat, &["不審", "停止"]),
            concept("warning", Family::Warning, &["不審な…sms|メール"]),
            concept("actor", Family::Actor, &["銀行"]),
        ])
        .expect("compiles");
        let ids = |text: &str| ids(&index, text);
        // 「不審なSMS」 is what a warning is about; only the bank's name stays beside it.
        assert_eq!(ids("銀行を名乗る不審なsmsにご注意"), ["actor", "warning"]);
        // An alarm raised outside the talk stays a threat.
        assert_eq!(ids("不審なログインがありました"), ["threat"]);
    }

    #[test]
    fn a_threat_inside_a_routine_notice_is_dropped_but_not_inside_a_pointer() {
        let index = ConceptIndex::new(vec![
            concept("threat", Family::Threat, &["制限", "停止"]),
            concept(
                "usage",
                Family::Reminder,
                &["速度制限", "手続き…完了しました"],
            ),
            concept("app", Family::SelfService, &["アプリ…確認"]),
        ])
        .expect("compiles");
        let ids = |text: &str| ids(&index, text);
        assert_eq!(ids("通信速度制限が開始されます"), ["usage"]);
        // A threat between the words of a routine phrase is not one of its words.
        assert_eq!(ids("手続き停止が完了しました"), ["usage", "threat"]);
        // A threat of its own after the routine phrase is still found.
        assert_eq!(
            ids("通信速度制限および回線停止となります"),
            ["usage", "threat"]
        );
        // A pointer to the app does not excuse the threat it spans.
        assert_eq!(ids("アプリを停止しました。確認"), ["app", "threat"]);
    }

    fn found(terms: &[&str], text: &str) -> Option<&'static str> {
        let idx = index(terms, 8);
        let m = crate::normalize::Normalized::new(text).for_matching();
        let text: &'static str = Box::leak(m.as_str().to_owned().into_boxed_str());
        idx.find(text).first().map(|h| &text[h.start..h.end])
    }

    const ACCESS: &[&str] = &["不正|不審な|身に覚えのない…ログイン|アクセス"];

    /// (name, terms, text, the matched stretch or None)
    const CASES: &[(&str, &[&str], &str, Option<&str>)] = &[
        (
            "single",
            &["凍結"],
            "口座を一時凍結しています",
            Some("凍結"),
        ),
        (
            "adjacent",
            ACCESS,
            "不正ログインを確認",
            Some("不正ログイン"),
        ),
        (
            "particle_between",
            ACCESS,
            "不審なログインがありました",
            Some("不審なログイン"),
        ),
        (
            "inserted_words",
            ACCESS,
            "身に覚えのない端末からのアクセス",
            Some("身に覚えのない端末からのアクセス"),
        ),
        ("order_matters", ACCESS, "ログインは不正です", None),
        (
            "too_far",
            ACCESS,
            "不正な手段で入手した情報を使って何度も何度もログイン",
            None,
        ),
        ("full_width_input", &["url"], "ＵＲＬはこちら", Some("url")),
        (
            "gap_of_words",
            ACCESS,
            "不正、いえ不審なアクセス",
            Some("不正、いえ不審なアクセス"),
        ),
        (
            "three_slots",
            &["住所…不備…更新"],
            "住所に不備があり更新を",
            Some("住所に不備があり更新"),
        ),
        ("no_atom", ACCESS, "お元気ですか", None),
    ];

    #[test]
    fn term_table() {
        for &(name, terms, text, want) in CASES {
            assert_eq!(found(terms, text), want, "case {name}");
        }
    }

    #[test]
    fn empty_alternative_is_refused() {
        let e = ConceptIndex::new(vec![Concept {
            id: "bad".into(),
            family: Family::Threat,
            category: None,
            weight: None,
            category_weight: 1.0,
            window: 8,
            mobile_lines: false,
            own_lines: false,
            payment_instrument: false,
            means_of_payment: false,
            complete: false,
            alarm: false,
            names_link: false,
            ja: String::new(),
            en: String::new(),
            terms: vec!["停止||凍結".into()],
        }])
        .expect_err("refused");
        assert!(e.contains("bad"), "{e}");
    }

    #[test]
    fn gaps_are_counted_in_characters() {
        for gap in ["", "a", "のの", "ののの", "abcd", "😀😀😀", "aのa😀"] {
            for window in 0..6 {
                let want = gap.chars().count() <= window;
                assert_eq!(within_chars(Some(gap), window), want, "{gap:?} {window}");
            }
        }
        assert!(!within_chars(None, 8));
    }

    /// A slot joined by `‥` starts where the one before ends; one joined by `…` anywhere in
    /// the window; both in one term.
    #[test]
    fn a_slot_joined_by_two_dots_follows_at_once() {
        let joined = ["受取|申請‥はこちら|は下記"];
        assert_eq!(found(&joined, "受取はこちら"), Some("受取はこちら"));
        assert_eq!(found(&joined, "申請は下記より"), Some("申請は下記"));
        assert_eq!(found(&joined, "受取場所の変更は下記"), None);
        let windowed = ["受取|申請…はこちら|は下記"];
        assert_eq!(
            found(&windowed, "受取場所の変更は下記"),
            Some("受取場所の変更は下記")
        );
        let both = ["返金|還付…手続き‥はこちら"];
        assert_eq!(
            found(&both, "返金のお手続きはこちら"),
            Some("返金のお手続きはこちら")
        );
        assert_eq!(found(&both, "返金のお手続きについてはこちら"), None);
    }

    #[test]
    fn term_slots_tell_their_joins() {
        let slots: Vec<_> = term_slots_of("a|b…c‥d|e").collect();
        assert_eq!(slots, [("a|b", false), ("c", false), ("d|e", true)]);
        // An empty slot stays a slot (and is refused when compiled).
        assert_eq!(term_slots_of("a‥").count(), 2);
        assert!(ConceptIndex::new(vec![concept("t", Family::Threat, &["a‥"])]).is_err());
        assert!(ConceptIndex::new(vec![concept("t", Family::Threat, &["‥a"])]).is_err());
    }

    #[test]
    fn repeated_atoms_stay_bounded() {
        let idx = index(ACCESS, 8);
        let text = "不正".repeat(100_000);
        assert!(idx.find(&text).is_empty());
    }
}
