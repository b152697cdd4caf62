//! Where Japanese text is normalized, and mapped back to the original.
//!
//! The problem: the same lure arrives in many spellings, all rendered alike on a phone.
//!
//! * Full-width ASCII and half-width katakana: `ｈｔｔｐｓ：／／ｓａｇａｗａ．ｃｏｍ`, `ｶﾞｽ` (NFKC).
//! * Ideographic full stops between the labels of a domain: `sagawa-xx。com`, `docomo｡top`.
//! * Invisible characters inside words or URLs: zero-width space, joiners, bidi controls,
//!   variation selectors, the soft hyphen.
//! * Filler put into words to dodge keyword filters: combining marks stacked on kana
//!   (「お݉客݉様݉」), symbols or a stray Latin letter between Japanese characters
//!   (「お客*様」, 「持ちv帰りました」).
//! * Look-alike letters: Cyrillic `а` or Greek `ο` in place of Latin `a` and `o`; kanji drawn
//!   like a katakana letter in a katakana word (「三井住友力ード」, 「口グイン」).
//! * Dash look-alikes in phone numbers: `０９０ー１２３４ー５６７８`.
//!
//! [`Normalized::new`] produces the *URL text*: NFKC, invisible characters and stray combining
//! marks removed, ideographic dots between ASCII labels read as `.`, dashes between digits read
//! as `-`; case and look-alike letters are kept so that a URL's host can still be judged for them.
//! [`Normalized::for_matching`] derives the *matching text* used for phrases and brand names:
//! lower-case, look-alike letters folded to Latin, kanji read as the katakana they imitate where
//! a katakana word stands, filler between Japanese characters dropped.
//!
//! Every byte of either text knows the range of the original text it came from, so spans found
//! in normalized text are reported in the original.
//!
//! ```
//! use smishguard_core::normalize::Normalized;
//!
//! let original = "お客\u{200B}様、ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘｘ。ｃｏｍへ";
//! let n = Normalized::new(original);
//! assert_eq!(n.as_str(), "お客様、https://sagawa-xx.comへ");
//! let at = n.as_str().find("https").unwrap();
//! let (s, e) = n.original_range(at, at + "https://sagawa-xx.com".len());
//! assert_eq!(&original[s..e], "ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘｘ。ｃｏｍ");
//!
//! let m = Normalized::new("お݉客*様のАmazonアカウント").for_matching();
//! assert_eq!(m.as_str(), "お客様のamazonアカウント");
//! ```
//!
//! Cost: one pass over the text for both texts ([`Normalized::with_matching`]: each character
//! of the URL text goes on to the matching text as soon as the next one is written);
//! characters whose NFKC form is themselves (ASCII, kana, kanji, Japanese punctuation) take a
//! fast path, and stretches of them are copied whole. Memory: each text, and a few words for
//! each stretch copied and each character written otherwise.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Text derived from an original, with a map from each of its bytes back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    /// Where the text came from, piece by piece, in order (see [`Piece`]).
    map: Vec<Piece>,
    /// Length of the original text.
    original_len: u32,
    /// Original ranges of filler removed from inside words (invisible characters between
    /// letters, stray combining marks, symbols or single letters between Japanese characters).
    noise: Vec<(u32, u32)>,
    /// A kanji drawn like a katakana letter was read as a disguised letter (「力ード」; see
    /// `kana_twins.rs`). Its range is also in `noise`.
    lookalike_letter: bool,
    /// Byte positions in `text` that were rewritten from a disguised form (full-width ASCII,
    /// ideographic dot read as `.`) or next to which an invisible character was removed.
    disguised: Vec<u32>,
}

/// A character written, with the original range it came from.
type Written = (char, u32, u32);

/// A piece of a normalized text, from byte `at` to where the next piece starts (or the end),
/// and where it came from: either one original range `from..to` for all its bytes (a
/// character, or each character of a cluster), or, when `to` is [`COPIED`], characters
/// copied from `from` on, each from itself (the matching text may have lower-cased them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    at: u32,
    from: u32,
    to: u32,
}

/// The `to` of a [`Piece`] copied character by character.
const COPIED: u32 = u32::MAX;

impl Normalized {
    /// Normalizes `original` into the URL text (see the module docs).
    ///
    /// Any string is accepted; the empty string gives an empty text. Offsets are stored as
    /// `u32`: callers cap the input well below 4 GiB (see [`crate::MAX_INPUT_BYTES`]).
    pub fn new(original: &str) -> Normalized {
        UrlWriter::new(original, None).run(original).0
    }

    /// The URL text of `original` and its matching text, in one pass: the same as
    /// `Normalized::new(original)` and its [`Normalized::for_matching`].
    pub fn with_matching(original: &str) -> (Normalized, Normalized) {
        let matching = MatchingWriter::new(original.len(), original.len() as u32);
        let (url, matching) = UrlWriter::new(original, Some(matching)).run(original);
        (url, matching.unwrap_or_default())
    }

    fn empty(capacity: usize, original_len: u32) -> Normalized {
        Normalized {
            text: String::with_capacity(capacity),
            // A piece per stretch of kana and kanji or of ASCII, and per character between:
            // about one per four bytes of Japanese text, so that the map seldom grows.
            map: Vec::with_capacity((capacity / 4).max(16)),
            original_len,
            noise: Vec::new(),
            lookalike_letter: false,
            disguised: Vec::new(),
        }
    }

    #[inline]
    fn push(&mut self, c: char, start: u32, end: u32) {
        self.map.push(Piece {
            at: self.text.len() as u32,
            from: start,
            to: end,
        });
        self.text.push(c);
    }

    /// Appends `s`, found as it is at `offset` in the original: each character maps to
    /// itself there.
    fn push_original(&mut self, s: &str, offset: usize) {
        if s.is_empty() {
            return;
        }
        self.map.push(Piece {
            at: self.text.len() as u32,
            from: offset as u32,
            to: COPIED,
        });
        self.text.push_str(s);
    }

    /// Cuts the text back to `len` bytes (a character boundary), with its map.
    fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        while self.map.last().is_some_and(|p| p.at as usize >= len) {
            self.map.pop();
        }
    }

    /// The original range of the character that byte `j` of the text (`j` < its length) is
    /// part of.
    fn range_at(&self, j: usize) -> (u32, u32) {
        let k = self.map.partition_point(|p| p.at as usize <= j);
        let Some(p) = k.checked_sub(1).and_then(|k| self.map.get(k)) else {
            return (0, 0);
        };
        if p.to != COPIED {
            return (p.from, p.to);
        }
        let mut c = j;
        while !self.text.is_char_boundary(c) {
            c -= 1;
        }
        let width = match self.text.as_bytes().get(c) {
            Some(0..0x80) | None => 1,
            Some(0x80..0xE0) => 2,
            Some(0xE0..0xF0) => 3,
            Some(_) => 4,
        };
        let start = p.from + (c as u32 - p.at);
        (start, start + width)
    }

    /// Lower-cases the ASCII letters of the text from byte `from` on.
    fn lower_ascii_from(&mut self, from: usize) {
        if let Some(tail) = self.text.get_mut(from..) {
            tail.make_ascii_lowercase();
        }
    }

    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps the byte range `start..end` of the normalized text to the range of the original
    /// it came from. Out-of-range or empty input ranges are clamped; the result is always a
    /// valid range of character boundaries of the original.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let n = self.text.len();
        if n == 0 {
            return (0, 0);
        }
        let start = start.min(n);
        let end = end.min(n).max(start);
        if start == end {
            let at = if start < n {
                self.range_at(start).0
            } else {
                self.original_len
            };
            return (at as usize, at as usize);
        }
        let s = self.range_at(start).0 as usize;
        let e = self.range_at(end - 1).1 as usize;
        (s, e.max(s))
    }

    /// Original ranges of filler removed from inside words. Non-empty means the text was
    /// written to dodge keyword filters.
    pub fn noise(&self) -> &[(u32, u32)] {
        &self.noise
    }

    /// Whether a kanji drawn like a katakana letter stands disguised as the letter
    /// (「三井住友力ード」), a spelling nobody writes but to dodge filters. Its original range
    /// is among [`Normalized::noise`]. Only the matching text reads such letters.
    pub fn lookalike_letter(&self) -> bool {
        self.lookalike_letter
    }

    /// True when any byte of `start..end` (normalized text) was rewritten from a disguised
    /// form (full-width ASCII, ideographic dot) or had an invisible character removed beside it.
    pub fn disguised_within(&self, start: usize, end: usize) -> bool {
        let i = self.disguised.partition_point(|&p| (p as usize) < start);
        self.disguised.get(i).is_some_and(|&p| (p as usize) < end)
    }

    /// Derives the matching text: lower-case, look-alike letters folded to Latin, filler
    /// between Japanese characters dropped (and recorded as noise), spaces between Japanese
    /// characters dropped, kanji drawn like katakana read as the letters where a katakana word
    /// stands (see `kana_twins.rs`; a disguise is recorded as noise). The map still
    /// points into the original.
    pub fn for_matching(&self) -> Normalized {
        let mut m = MatchingWriter::new(self.text.len(), self.original_len);
        for (j, c) in self.text.char_indices() {
            let start = self.range_at(j).0;
            let end = self.range_at(j + c.len_utf8() - 1).1;
            m.feed((c, start, end));
        }
        m.finish(&self.noise)
    }
}

/// Writes the URL text, and hands each of its characters, once final, to the matching text.
struct UrlWriter {
    out: Normalized,
    /// The last character of the text: not final while `pending` may still rewrite it.
    last: Option<Written>,
    /// The last character, when its reading waits for the next one (see [`UrlWriter::emit`]).
    pending: Option<Pending>,
    matching: Option<MatchingWriter>,
}

impl UrlWriter {
    fn new(original: &str, matching: Option<MatchingWriter>) -> UrlWriter {
        UrlWriter {
            out: Normalized::empty(original.len(), original.len() as u32),
            last: None,
            pending: None,
            matching,
        }
    }

    /// Writes the whole text; returns the URL text and, when asked for, the matching text.
    fn run(mut self, original: &str) -> (Normalized, Option<Normalized>) {
        let mut buf = String::new();
        let mut iter = original.char_indices().peekable();
        // A character read ahead but not written (see `stretch`).
        let mut carry = None;
        while let Some((i, c)) = carry.take().or_else(|| iter.next()) {
            // A stable character not followed by a mark: neither invisible nor a mark, its
            // own NFKC form, and a cluster of one.
            if is_stable(c) && iter.peek().is_none_or(|&(_, n)| is_plain(n)) {
                match Stretch::of(c).filter(|_| self.stretch_ready()) {
                    Some(kind) => carry = self.stretch(original, &mut iter, (i, c), kind),
                    None => self.emit(c, i, i + c.len_utf8(), false),
                }
                continue;
            }
            if is_invisible(c) {
                let next = iter.peek().map(|&(_, n)| n);
                self.invisible(c, i, next);
                continue;
            }
            // A cluster: the character and the marks that modify it.
            let mut end = i + c.len_utf8();
            let mut simple = true;
            while let Some(&(j, n)) = iter.peek() {
                // Variation selectors are marks too, but invisible ones: they are judged as
                // invisible characters (an emoji's U+FE0F is not filler), not as part of a cluster.
                if !is_plain(n)
                    && ((is_combining_mark(n) && !is_invisible(n))
                        || n == '\u{FF9E}'
                        || n == '\u{FF9F}')
                {
                    simple = false;
                    end = j + n.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            if !is_plain(c) && is_combining_mark(c) {
                // Marks with nothing to modify (at the start, or after an invisible character
                // as in the keycap `1\u{FE0F}\u{20E3}`) render as nothing: dropped, and not
                // counted as filler, since keycap emoji are written that way.
                continue;
            }
            if simple && (is_stable(c) || is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes) {
                // Their NFKC form is themselves: no table look-up.
                self.emit(c, i, end, false);
                continue;
            }
            buf.clear();
            buf.extend(original[i..end].nfkc());
            let mut dropped_mark = false;
            for o in buf.chars() {
                if is_combining_mark(o) {
                    // Marks that composed are gone by now; what is left is filler.
                    dropped_mark = true;
                    continue;
                }
                let widened = o.is_ascii() && !c.is_ascii() && (c as u32) >= 0xFF01;
                self.emit(o, i, end, widened);
            }
            if dropped_mark {
                self.out.noise.push((i as u32, end as u32));
            }
        }
        let matching = self.matching.take().map(|mut m| {
            if let Some(last) = self.last {
                m.feed(last);
            }
            m.finish(&self.out.noise)
        });
        (self.out, matching)
    }

    /// An invisible character `c` at `i`, before `next`: removed, and noted as filler inside a
    /// word or as a disguise inside something URL-like (`d-pay\u{200B}-cancel`).
    fn invisible(&mut self, c: char, i: usize, next: Option<char>) {
        let prev = self.last.map(|l| l.0);
        let prev_is_word = prev.is_some_and(char::is_alphanumeric);
        let next_is_word = next.is_some_and(|n| n.is_alphanumeric() || is_invisible(n));
        if prev_is_word && next_is_word && !is_emoji_glue(c) {
            self.out.noise.push((i as u32, (i + c.len_utf8()) as u32));
        }
        let prev_graphic = prev.is_some_and(|p| p.is_ascii_graphic() || p.is_alphanumeric());
        let next_graphic =
            next.is_some_and(|n| n.is_ascii_graphic() || n.is_alphanumeric() || is_invisible(n));
        if prev_graphic && next_graphic && !is_emoji_glue(c) {
            self.out.disguised.push(self.out.text.len() as u32);
        }
    }

    /// Appends `c` (from the original range `start..end`), reading in context the character
    /// before it: a character whose reading depends on the next one is decided only when the
    /// next character actually written is known (never on a character that is then removed),
    /// which keeps normalization idempotent. The character before `c` is then final, and goes
    /// on to the matching text.
    fn emit(&mut self, c: char, start: usize, end: usize, disguised: bool) {
        if let Some(p) = self.pending.take() {
            if p.accepts(c) {
                self.rewrite_last(p);
            }
        }
        if let Some(last) = self.last {
            if let Some(m) = &mut self.matching {
                m.feed(last);
            }
        }
        self.pending = contextual(self.last.map(|l| l.0), c, self.out.text.len());
        if disguised {
            self.out.disguised.push(self.out.text.len() as u32);
        }
        let (start, end) = (start as u32, end as u32);
        self.out.push(c, start, end);
        self.last = Some((c, start, end));
    }

    /// Whether a [`Stretch`] can now be written in bulk ([`UrlWriter::stretch`]): nothing
    /// pending, a last character that is no filler, and the matching text waiting on a
    /// character with no filler after it.
    fn stretch_ready(&self) -> bool {
        self.pending.is_none()
            && self.last.is_some_and(|l| !is_filler_symbol(l.0))
            && self
                .matching
                .as_ref()
                .is_none_or(|m| m.fillers.is_empty() && m.head.is_some())
    }

    /// Writes `first` (a cluster of one, of the stretch `kind`) and the characters of the same
    /// kind right after it, when [`UrlWriter::stretch_ready`]: the same as [`UrlWriter::emit`]
    /// for each, with their bytes copied. Returns a character read but not written because a
    /// mark follows it (it starts a cluster).
    fn stretch(
        &mut self,
        original: &str,
        iter: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
        first: (usize, char),
        kind: Stretch,
    ) -> Option<(usize, char)> {
        let (i, c) = first;
        let mut end = i + c.len_utf8();
        let mut carry = None;
        while let Some(&(j, n)) = iter.peek() {
            if Stretch::of(n) != Some(kind) {
                break;
            }
            iter.next();
            if iter.peek().is_some_and(|&(_, m)| !is_plain(m)) {
                carry = Some((j, n));
                break;
            }
            end = j + n.len_utf8();
        }
        if let Some(stretch) = original.get(i..end) {
            self.write_stretch(stretch, i, kind);
        }
        carry
    }

    /// Writes `stretch`, characters of one [`Stretch`] kind from `start` in the original, as
    /// [`UrlWriter::emit`] would one by one: each goes into the URL text; the matching text
    /// takes the characters that were waiting (its head, then the last character written,
    /// each decided on the character after it) and the stretch but its last two (which stay:
    /// no letter is dropped beside a letter, no quiet character ever), and waits on the
    /// stretch's next-to-last character.
    fn write_stretch(&mut self, stretch: &str, start: usize, kind: Stretch) {
        let at = |k: usize, q: char| (q, (start + k) as u32, (start + k + q.len_utf8()) as u32);
        let mut back = stretch.char_indices().rev();
        let (Some((kn, qn)), Some(last)) = (back.next(), self.last) else {
            return;
        };
        if let Some(m) = &mut self.matching {
            if let Some(head) = m.head {
                m.write(head, Some(last.0));
            }
            m.head = Some(last);
            if let (Some((k1, q1)), Some(s1)) = (back.next(), stretch.chars().next()) {
                m.write(last, Some(s1));
                let middle = stretch.get(..k1).unwrap_or_default();
                m.out.push_original(middle, start);
                if let Some(p) = middle.chars().next_back() {
                    let folded = if kind == Stretch::Ascii {
                        m.out.lower_ascii_from(m.out.text.len() - middle.len());
                        p.to_ascii_lowercase()
                    } else {
                        p
                    };
                    m.prev = Some(folded);
                }
                m.head = Some(at(k1, q1));
            }
        }
        self.out.push_original(stretch, start);
        self.last = Some(at(kn, qn));
    }

    /// Rewrites the last character of the text (the pending one) as `p.to`.
    fn rewrite_last(&mut self, p: Pending) {
        let out = &mut self.out;
        let at = p.at as usize;
        let (start, end) = out.range_at(at);
        let old_len = out.text.len();
        out.truncate(at);
        // Positions recorded after the pending character (an invisible character removed
        // right after it) move back with the text.
        let shrink = (old_len - at - p.to.len_utf8()) as u32;
        for d in out.disguised.iter_mut().rev() {
            if (*d as usize) <= at {
                break;
            }
            *d -= shrink;
        }
        let k = out.disguised.partition_point(|&d| (d as usize) < at);
        out.disguised.insert(k, at as u32);
        out.push(p.to, start, end);
        self.last = Some((p.to, start, end));
    }
}

/// Characters written in bulk, a stretch of one kind at a time (see [`UrlWriter::stretch`]):
/// neither reads the character before it, and neither is dropped from the matching text
/// beside one of its own kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stretch {
    /// [Quiet](is_quiet) characters: written as they are into both texts.
    Quiet,
    /// ASCII but filler symbols: lower-cased in the matching text.
    Ascii,
}

impl Stretch {
    fn of(c: char) -> Option<Stretch> {
        if c.is_ascii() {
            (!is_filler_symbol(c)).then_some(Stretch::Ascii)
        } else {
            is_quiet(c).then_some(Stretch::Quiet)
        }
    }
}

/// Whether `c` is [stable](is_stable), not ASCII, no look-alike and never read in context
/// (see [`contextual`]): kana, kanji and most Japanese punctuation. Such a character goes into
/// both texts as it is, whatever stands around it.
#[inline]
fn is_quiet(c: char) -> bool {
    // Kana and kanji, most of any message, in one comparison or two.
    if matches!(c as u32, 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF) {
        return true;
    }
    !c.is_ascii()
        && is_stable(c)
        && !matches!(
            c,
            '・' | '。'
                | '｡'
                | '．'
                | '‐'
                | '‑'
                | '‒'
                | '–'
                | '—'
                | '―'
                | '−'
                | 'ー'
                | '－'
                | 'ｰ'
                | '─'
                | '━'
        )
        && fold_lookalike(c).is_none()
}

/// Whether `c`, written at `at` after `prev`, is read differently depending on the character
/// after it: an ideographic full stop after an ASCII letter or digit may be a dot
/// (`sagawa。com`), a dash look-alike after a digit a hyphen (`090ー1234`).
#[inline]
fn contextual(prev: Option<char>, c: char, at: usize) -> Option<Pending> {
    if c.is_ascii() {
        return None;
    }
    let prev = prev?;
    let need = match c {
        '・' if prev.is_ascii_alphabetic() => Need::Letter,
        '。' | '｡' | '．' if prev.is_ascii_alphanumeric() => Need::LetterOrDigit,
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | 'ー' | '－' | 'ｰ' | '─' | '━'
            if prev.is_ascii_digit() =>
        {
            Need::Digit
        }
        _ => return None,
    };
    let to = if need == Need::Digit { '-' } else { '.' };
    Some(Pending {
        at: at as u32,
        to,
        need,
    })
}

/// Writes the matching text from the URL text's characters, fed in order once final.
struct MatchingWriter {
    out: Normalized,
    /// The last character written.
    prev: Option<char>,
    /// The first character fed whose fate waits for the next character that is not filler
    /// (a run of filler, 「番号***が」, sits between the same two characters as a single one)…
    head: Option<Written>,
    /// …and the filler fed after it.
    fillers: Vec<Written>,
    /// The last lone bar or plus between Japanese characters, and whether it was counted as
    /// filler.
    last_lone_mark: Option<(u32, u32, bool)>,
}

impl MatchingWriter {
    fn new(capacity: usize, original_len: u32) -> MatchingWriter {
        MatchingWriter {
            out: Normalized::empty(capacity, original_len),
            prev: None,
            head: None,
            fillers: Vec::new(),
            last_lone_mark: None,
        }
    }

    /// Takes the next character of the URL text.
    #[inline]
    fn feed(&mut self, w: Written) {
        if is_filler_symbol(w.0) {
            if self.head.is_none() {
                self.head = Some(w);
            } else {
                self.fillers.push(w);
            }
            return;
        }
        self.resolve(Some(w.0));
        self.head = Some(w);
    }

    /// Writes the characters waiting, `next` being the character after them.
    #[inline]
    fn resolve(&mut self, next: Option<char>) {
        if let Some(h) = self.head.take() {
            self.write(h, next);
        }
        if !self.fillers.is_empty() {
            let mut fillers = std::mem::take(&mut self.fillers);
            if let [(SEPARATOR_BAR | JOINING_PLUS, start, end)] = fillers[..] {
                if !self.lone_mark_is_filler(start, end, next) {
                    fillers[0] = (' ', start, end);
                }
            }
            for &f in &fillers {
                self.write(f, next);
            }
            fillers.clear();
            self.fillers = fillers;
        }
    }

    /// Whether a lone bar or plus at `start..end`, before `next`, is filler. A lone bar is how
    /// titles separate their parts (「法律事務所|未払い料金」, 「ニュースレター|日銀」), a lone
    /// plus how a menu or a bill joins two things (「カット+カラー」, 「本体+送料」): a space, not
    /// filler wedged into a word; unless the last one stood at most [`BAR_GAP`] bytes before
    /// it (「ア|マ|ゾ|ン」, 「未+払+い」), and then both are filler.
    fn lone_mark_is_filler(&mut self, start: u32, end: u32, next: Option<char>) -> bool {
        if !(self.prev.is_some_and(is_japanese) && next.is_some_and(is_japanese)) {
            return false;
        }
        let filler = match self.last_lone_mark {
            Some((s, e, counted)) if start.saturating_sub(e) <= BAR_GAP => {
                if !counted {
                    self.out.noise.push((s, e));
                }
                true
            }
            _ => false,
        };
        self.last_lone_mark = Some((start, end, filler));
        filler
    }

    /// Writes `c`, or drops it as filler between Japanese characters.
    #[inline]
    fn write(&mut self, (c, start, end): Written, next: Option<char>) {
        let prev = self.prev;
        // Only filler symbols, letters and spaces can go; and only between Japanese characters.
        let droppable = c == ' ' || c.is_ascii_alphabetic() || is_filler_symbol(c);
        if droppable && prev.is_some_and(is_japanese) && next.is_some_and(is_japanese) {
            // A letter wedged into a word is filler (「持ちv帰り」, 「暗証B番号」, 「お客Aさま」,
            // 「ごXりよう」); a capital is a word of its own after hiragana and before a
            // particle (「とかXで」) or before a suffix that names something by a letter
            // (「取引先A社」, 「A棟」).
            let letter_word = (c.is_ascii_uppercase()
                && next.is_some_and(|n| {
                    is_letter_suffix(n) || (is_particle(n) && prev.is_some_and(is_hiragana))
                }))
                || prev.is_some_and(|p| {
                    is_hiragana(p) && next.is_some_and(|n| begins_letter_word(p, c, n))
                });
            let filler = is_filler_symbol(c)
                || (c.is_ascii_alphabetic()
                    && prev.is_some_and(is_kanji_or_hiragana)
                    && next.is_some_and(is_kanji_or_hiragana)
                    && !letter_word);
            if filler {
                self.out.noise.push((start, end));
                return;
            }
            if c == ' ' {
                return;
            }
        }
        let folded = fold_lookalike(c).unwrap_or_else(|| c.to_ascii_lowercase());
        self.out.push(folded, start, end);
        self.prev = Some(folded);
    }

    /// The matching text, with the URL text's `noise` besides its own.
    fn finish(mut self, noise: &[(u32, u32)]) -> Normalized {
        self.resolve(None);
        for (s, e) in crate::kana_twins::read(&mut self.out.text) {
            let (s, e) = self.out.original_range(s, e);
            self.out.noise.push((s as u32, e as u32));
            self.out.lookalike_letter = true;
        }
        self.out.noise.extend_from_slice(noise);
        self.out.noise.sort_unstable();
        self.out
    }
}

/// The bar (full-width 「｜」 once folded): filler in a run or between single characters, a
/// separator alone (see `MatchingWriter::lone_mark_is_filler`).
const SEPARATOR_BAR: char = '|';

/// The plus, which joins two words when it stands alone (see `MatchingWriter::lone_mark_is_filler`).
const JOINING_PLUS: char = '+';

/// The most bytes between two lone bars for both to be filler: one kana or kanji.
const BAR_GAP: u32 = 3;

/// Whether `c` is a kanji suffix that makes a name of a capital letter before it (「A社」,
/// 「B型」, 「C組」, 「A棟」), as seats, rows, sides and tiers are named too (「12番E席」,
/// 「B列」, 「A面」, 「B賞」). Not 便 or 判: a capital wedged into 郵便 or 裁判所 is filler.
#[inline]
fn is_letter_suffix(c: char) -> bool {
    "社型組氏班級線棟館号室区席列面賞".contains(c)
}

/// Whether the letter `c` before `next` begins a service's name rather than being wedged into
/// a word, when a particle or other kana stands before it: docomo's payment service is d払い
/// (「残高はd払いアプリで」), written after a particle as often as not; and a small e before
/// hiragana is the prefix services take for "electronic" (「はぴeみる電」, 「郵便局のeお届け
/// 通知」), and so is one after a particle before a kanji (Japan Post's 「…はe転居で」), but not
/// one after the honorific お or ご (「おe客様」, 「ごe利用」). After a kanji either letter is
/// wedged in (「お支d払い」).
#[inline]
fn begins_letter_word(prev: char, c: char, next: char) -> bool {
    (c == 'd' && next == '払') || (c == 'e' && (is_hiragana(next) || is_particle(prev)))
}

/// Whether `c` is a one-letter particle (「Xで」, 「Aが」, 「Bの」).
#[inline]
fn is_particle(c: char) -> bool {
    "でがをにのはともへや".contains(c)
}

/// Whether `c` is hiragana.
#[inline]
fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}')
}

/// ASCII symbols wedged between Japanese characters to break keywords (「お客*様」).
#[inline]
fn is_filler_symbol(c: char) -> bool {
    matches!(c, '*' | '`' | '^' | '|' | '_' | '#' | '+')
}

/// Normalizes `text` into its URL text (see [`Normalized::new`]) and returns only the string.
pub fn normalize(text: &str) -> String {
    Normalized::new(text).text
}

/// Characters that render as nothing: zero-width, joiners, bidi controls, variation
/// selectors, fillers, tags, the soft hyphen and the BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
}

/// Zero-width joiner and emoji variation selector: legitimate inside emoji sequences.
fn is_emoji_glue(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE0F}')
}

/// Kana, kanji and the marks that live among them.
#[inline]
pub fn is_japanese(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3005..=0x3007
        | 0xFF66..=0xFF9F | 0x31F0..=0x31FF)
}

/// Below the first combining mark (U+0300), or [stable](is_stable): characters that are
/// certainly not combining marks, so the mark table need not be consulted.
#[inline]
fn is_plain(c: char) -> bool {
    (c as u32) < 0x300 || is_stable(c)
}

/// ASCII and the characters Japanese messages are mostly written in — hiragana, katakana, the
/// common kanji block, Japanese punctuation (、。「」【】), dashes, arrows, box drawing and
/// shapes (━●■★): NFKC leaves each of them unchanged, and none is a mark or invisible.
#[inline]
fn is_stable(c: char) -> bool {
    c.is_ascii()
        || matches!(c as u32,
            0x3041..=0x3096 | 0x30A0..=0x30FE | 0x4E00..=0x9FFF | 0x3001..=0x3029
            | 0x2010 | 0x2012..=0x2016 | 0x2018..=0x2023 | 0x203B | 0x2212 | 0x00D7
            | 0x2190..=0x21FF | 0x2500..=0x26FF)
}

#[inline]
fn is_kanji_or_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x309F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x3005)
}

/// Full-width ASCII to ASCII (for looking ahead before NFKC has run on the next character).
fn fold_width(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        _ => c,
    }
}

/// A character written whose reading waits for the next character (see `UrlWriter::emit`).
#[derive(Debug, Clone, Copy)]
struct Pending {
    /// Its byte offset in the text.
    at: u32,
    /// What it reads as when the next character fits.
    to: char,
    /// What the next character must be.
    need: Need,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    Letter,
    LetterOrDigit,
    Digit,
}

impl Pending {
    fn accepts(self, next: char) -> bool {
        let next = fold_width(next);
        match self.need {
            Need::Letter => next.is_ascii_alphabetic(),
            Need::LetterOrDigit => next.is_ascii_alphanumeric(),
            Need::Digit => next.is_ascii_digit(),
        }
    }
}

/// Look-alike letters from Cyrillic, Greek and Latin extensions that render like a Latin
/// letter, with the letter they imitate (lower-case). Upper- and lower-case forms both listed.
const LOOKALIKES: &[(char, char)] = &[
    ('а', 'a'),
    ('А', 'a'),
    ('в', 'b'),
    ('В', 'b'),
    ('е', 'e'),
    ('Е', 'e'),
    ('ё', 'e'),
    ('һ', 'h'),
    ('Н', 'h'),
    ('і', 'i'),
    ('І', 'i'),
    ('ј', 'j'),
    ('Ј', 'j'),
    ('к', 'k'),
    ('К', 'k'),
    ('ӏ', 'l'),
    ('м', 'm'),
    ('М', 'm'),
    ('о', 'o'),
    ('О', 'o'),
    ('р', 'p'),
    ('Р', 'p'),
    ('ԛ', 'q'),
    ('ѕ', 's'),
    ('Ѕ', 's'),
    ('с', 'c'),
    ('С', 'c'),
    ('т', 't'),
    ('Т', 't'),
    ('у', 'y'),
    ('У', 'y'),
    ('х', 'x'),
    ('Х', 'x'),
    ('ԁ', 'd'),
    ('ԝ', 'w'),
    ('α', 'a'),
    ('Α', 'a'),
    ('β', 'b'),
    ('Β', 'b'),
    ('ε', 'e'),
    ('Ε', 'e'),
    ('Η', 'h'),
    ('ι', 'i'),
    ('Ι', 'i'),
    ('κ', 'k'),
    ('Κ', 'k'),
    ('Μ', 'm'),
    ('ν', 'v'),
    ('Ν', 'n'),
    ('ο', 'o'),
    ('Ο', 'o'),
    ('ρ', 'p'),
    ('Ρ', 'p'),
    ('τ', 't'),
    ('Τ', 't'),
    ('υ', 'u'),
    ('Υ', 'y'),
    ('χ', 'x'),
    ('Χ', 'x'),
    ('Ζ', 'z'),
    ('ı', 'i'),
    ('ɑ', 'a'),
    ('ɡ', 'g'),
    ('ο', 'o'),
    ('ℓ', 'l'),
];

/// The highest look-alike in [`LOOKALIKES`]: every character above (kana and kanji among
/// them) is looked up in one comparison.
const LOOKALIKE_MAX: char = {
    let mut max = '\0';
    let mut i = 0;
    while i < LOOKALIKES.len() {
        if LOOKALIKES[i].0 > max {
            max = LOOKALIKES[i].0;
        }
        i += 1;
    }
    max
};

/// The Latin letter a look-alike imitates, if `c` is one.
pub fn fold_lookalike(c: char) -> Option<char> {
    if c.is_ascii() || c > LOOKALIKE_MAX {
        return None;
    }
    LOOKALIKES.iter().find(|&&(l, _)| l == c).map(|&(_, a)| a)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, original, URL text)
    const URL_TEXT: &[(&str, &str, &str)] = &[
        ("empty", "", ""),
        ("ascii_kept", "Hello http://A.com", "Hello http://A.com"),
        (
            "fullwidth_url",
            "ｈｔｔｐｓ：／／ａｂｃ．ｊｐ",
            "https://abc.jp",
        ),
        ("halfwidth_kana", "ｵﾆﾓﾂ", "オニモツ"),
        ("halfwidth_voiced", "ｶﾞｽ料金", "ガス料金"),
        ("zero_width_removed", "不\u{200B}在", "不在"),
        ("bidi_removed", "abc\u{202E}def", "abcdef"),
        ("bom_removed", "\u{FEFF}お知らせ", "お知らせ"),
        ("variation_selector", "葛\u{E0100}飾", "葛飾"),
        ("combining_filler", "お\u{0749}客\u{0749}様", "お客様"),
        (
            "ideographic_dot_in_domain",
            "sagawa-xx。com",
            "sagawa-xx.com",
        ),
        ("halfwidth_ideographic_dot", "docomo｡top", "docomo.top"),
        ("sentence_dot_kept", "ください。http", "ください。http"),
        (
            "dot_before_japanese_kept",
            "abc.com。お早めに",
            "abc.com。お早めに",
        ),
        (
            "fullwidth_digits_phone",
            "０９０ー１２３４ー５６７８",
            "090-1234-5678",
        ),
        ("choonpu_in_word_kept", "コード", "コード"),
        ("ideographic_space", "お知らせ\u{3000}重要", "お知らせ 重要"),
        ("circled_digit", "①確認", "1確認"),
        ("emoji_zwj_kept_quiet", "👨\u{200D}👩", "👨👩"),
        ("cyrillic_kept_in_url_text", "аpple.com", "аpple.com"),
        ("nakaguro_between_letters", "amazon・co・jp", "amazon.co.jp"),
        (
            "nakaguro_in_japanese_kept",
            "ID・パスワード",
            "ID・パスワード",
        ),
    ];

    #[test]
    fn url_text_table() {
        for &(name, input, want) in URL_TEXT {
            assert_eq!(normalize(input), want, "case {name}");
        }
    }

    /// (name, original, matching text, noise count)
    const MATCHING: &[(&str, &str, &str, usize)] = &[
        ("lowercase", "SoftBank", "softbank", 0),
        ("cyrillic_folded", "Аmazon", "amazon", 0),
        ("greek_folded", "Αpple", "apple", 0),
        ("asterisk_filler", "お客*様", "お客様", 1),
        // The bar is dropped either way; alone it is no filler, so it counts no noise.
        ("lone_bar_separates", "事務所｜未払い", "事務所未払い", 0),
        ("title_bars_separate", "日経｜朝刊｜日銀", "日経朝刊日銀", 0),
        ("lone_plus_joins", "カット+カラー", "カットカラー", 0),
        ("plus_between_characters", "未+払+い", "未払い", 2),
        (
            "bars_between_characters",
            "三|井|住|友カード",
            "三井住友カード",
            3,
        ),
        ("bar_run_is_filler", "未||払い", "未払い", 2),
        ("filler_run", "番号***が無効", "番号が無効", 3),
        ("latin_filler", "持ちv帰りました", "持ち帰りました", 1),
        ("capital_letter_word", "取引先A社とXで", "取引先a社とxで", 0),
        ("capital_filler", "暗証B番号", "暗証番号", 1),
        ("seat_letter_word", "12番E席", "12番e席", 0),
        ("electronic_prefix", "【はぴeみる電】", "【はぴeみる電】", 0),
        ("letter_wedged_after_kanji", "料金e明細", "料金明細", 1),
        ("e_wedged_before_kanji", "おe客様", "お客様", 1),
        ("e_wedged_after_go", "ごe利用", "ご利用", 1),
        (
            "electronic_prefix_after_particle",
            "はe転居を",
            "はe転居を",
            0,
        ),
        ("capital_wedged_into_a_court", "裁K判所", "裁判所", 1),
        ("capital_filler_before_kana", "お客Aさま", "お客さま", 1),
        ("capital_filler_between_kana", "ごXりよう", "ごりよう", 1),
        ("katakana_prefix_kept", "dアカウント", "dアカウント", 0),
        ("space_between_japanese", "お 荷 物", "お荷物", 0),
        ("zero_width_noise", "不\u{200B}在", "不在", 1),
        ("combining_noise", "お\u{0749}客様", "お客様", 1),
        (
            "service_letter",
            "残高はd払いアプリ",
            "残高はd払いアプリ",
            0,
        ),
        ("letter_wedged_before_harai", "お支x払い", "お支払い", 1),
        (
            "service_letter_wedged_after_kanji",
            "お支d払い",
            "お支払い",
            1,
        ),
        ("ascii_words_kept", "au ID", "au id", 0),
        ("fullwidth_letters", "ＡＭＡＺＯＮ", "amazon", 0),
        (
            "kanji_before_long_vowel",
            "三井住友力ード",
            "三井住友カード",
            1,
        ),
        (
            "kanji_between_katakana",
            "ア力ウントのメ一ル",
            "アカウントのメール",
            0,
        ),
        (
            "kanji_starting_a_word",
            "不正な口グイン",
            "不正なログイン",
            0,
        ),
        (
            "kanji_after_filler",
            "不正な口 グインと力*ード",
            "不正なログインとカード",
            2,
        ),
        (
            "kanji_in_a_compound_read_as_letter",
            "チーム力アップ",
            "チームカアップ",
            0,
        ),
        (
            "kanji_after_kanji_kept",
            "電力エナジーと新口座",
            "電力エナジーと新口座",
            0,
        ),
        (
            "kanji_before_kanji_kept",
            "電力一覧の工事、スマホ一つ",
            "電力一覧の工事、スマホ一つ",
            0,
        ),
        ("name_lengthened_kept", "新山口ー博多", "新山口ー博多", 0),
        ("counter_kept", "サービス一ヶ月", "サービス一ヶ月", 0),
        (
            "katakana_twin_kept",
            "カードのログイン",
            "カードのログイン",
            0,
        ),
    ];

    #[test]
    fn matching_text_table() {
        for &(name, input, want, noise) in MATCHING {
            let m = Normalized::new(input).for_matching();
            assert_eq!(m.as_str(), want, "case {name}");
            assert_eq!(m.noise().len(), noise, "case {name}: noise {:?}", m.noise());
        }
    }

    #[test]
    fn a_lookalike_letter_is_told_from_filler() {
        for (input, lookalike) in [
            ("三井住友力ード", true),
            ("不正な口 グインと力*ード", true),
            ("お客*様", false),
            ("ア力ウントのメ一ル", false),
            ("窓口一カ所", false),
        ] {
            let m = Normalized::new(input).for_matching();
            assert_eq!(m.lookalike_letter(), lookalike, "{input}");
        }
    }

    /// The one-pass pair is the URL text and the matching text derived from it, map and noise
    /// included: on every table input, and on inputs where a character is rewritten after it
    /// was written (`abc。com`, `090ー1234`) or filler runs wait for the next character.
    #[test]
    fn one_pass_equals_two() {
        let extra = [
            "abc。\u{200B}com",
            "090ー1234ー5678",
            "番号***が無効",
            "お客*様*",
            "*お客",
            "a・b・c",
            "ｈｔｔｐｓ：／／ａ．ｊｐ。お知らせ",
            "お客様のSoftBank IDは https://Example.COM/Path で確認を",
            "持ちv帰りました au ID お 荷 物 abc。com 090ー1234 a*b",
            "お 荷 物 x",
            "持ちv帰り\u{0749}ました",
            "1。",
        ];
        let inputs = URL_TEXT
            .iter()
            .map(|c| c.1)
            .chain(MATCHING.iter().map(|c| c.1));
        for input in inputs.chain(extra) {
            let (url, matching) = Normalized::with_matching(input);
            let (want_url, want) = (
                Normalized::new(input),
                Normalized::new(input).for_matching(),
            );
            for (got, want) in [(&url, &want_url), (&matching, &want)] {
                assert_eq!(got.as_str(), want.as_str(), "{input:?}");
                for j in 0..=got.as_str().len() + 1 {
                    assert_eq!(
                        got.original_range(j, j + 1),
                        want.original_range(j, j + 1),
                        "{input:?} at {j}"
                    );
                }
                assert_eq!(got.noise, want.noise, "{input:?}");
                assert_eq!(got.disguised, want.disguised, "{input:?}");
            }
        }
    }

    /// (name, original, needle in normalized text, expected original slice)
    const SPANS: &[(&str, &str, &str, &str)] = &[
        (
            "fullwidth_url_span",
            "こちらｈｔｔｐｓ：／／ａ．ｊｐへ",
            "https://a.jp",
            "ｈｔｔｐｓ：／／ａ．ｊｐ",
        ),
        ("after_emoji", "😀😀 不在の為", "不在", "不在"),
        (
            "zero_width_inside",
            "不\u{200B}在の為",
            "不在の為",
            "不\u{200B}在の為",
        ),
        ("halfwidth_kana_span", "ｵﾆﾓﾂ確認", "オニモツ", "ｵﾆﾓﾂ"),
        ("voiced_cluster", "ｶﾞｽ", "ガ", "ｶﾞ"),
    ];

    #[test]
    fn span_table() {
        for &(name, input, needle, want) in SPANS {
            let n = Normalized::new(input);
            let at = n
                .as_str()
                .find(needle)
                .unwrap_or_else(|| panic!("case {name}: {needle} not in {}", n.as_str()));
            let (s, e) = n.original_range(at, at + needle.len());
            assert_eq!(&input[s..e], want, "case {name}");
        }
    }

    #[test]
    fn disguised_positions() {
        let n = Normalized::new("see abc。com and xyz.com");
        let t = n.as_str();
        let a = t.find("abc.com").unwrap();
        let x = t.find("xyz.com").unwrap();
        assert!(n.disguised_within(a, a + 7));
        assert!(!n.disguised_within(x, x + 7));
    }

    /// The fast paths agree with the table they skip, for every character they cover.
    #[test]
    fn fast_paths_agree_with_the_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if is_plain(c) {
                assert!(!is_combining_mark(c), "{c:?}");
            }
            if is_stable(c) {
                assert!(c.to_string().nfkc().eq(std::iter::once(c)), "{c:?}");
                assert!(!is_invisible(c), "{c:?}");
            }
        }
    }

    /// A quiet character is read the same after anything, and is written as it is into the
    /// matching text.
    #[test]
    fn quiet_characters_are_never_read_in_context() {
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| is_quiet(c))
        {
            for prev in ['a', 'Z', '1', 'あ', '。'] {
                assert!(
                    contextual(Some(prev), c, 0).is_none(),
                    "{c:?} after {prev:?}"
                );
            }
            assert!(!is_filler_symbol(c) && c.to_ascii_lowercase() == c, "{c:?}");
        }
    }

    #[test]
    fn normalization_is_idempotent_on_samples() {
        for &(_, input, _) in URL_TEXT {
            let once = normalize(input);
            assert_eq!(normalize(&once), once);
        }
    }
}
