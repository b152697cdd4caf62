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
//! * Look-alike letters: Cyrillic `а` or Greek `ο` in place of Latin `a` and `o`.
//! * Dash look-alikes in phone numbers: `０９０ー１２３４ー５６７８`.
//!
//! [`Normalized::new`] produces the *URL text*: NFKC, invisible characters and stray combining
//! marks removed, ideographic dots between ASCII labels read as `.`, dashes between digits read
//! as `-`; case and look-alike letters are kept so that a URL's host can still be judged for them.
//! [`Normalized::for_matching`] derives the *matching text* used for phrases and brand names:
//! lower-case, look-alike letters folded to Latin, filler between Japanese characters dropped.
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
//! Cost: one pass over the text; characters whose NFKC form is themselves (ASCII, kana,
//! kanji) take a fast path. Memory: the text plus two `u32` per byte of it.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Text derived from an original, with a map from each of its bytes back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    /// For each byte of `text`: start of the original range it came from.
    starts: Vec<u32>,
    /// For each byte of `text`: end of the original range it came from.
    ends: Vec<u32>,
    /// Length of the original text.
    original_len: u32,
    /// Original ranges of filler removed from inside words (invisible characters between
    /// letters, stray combining marks, symbols or single letters between Japanese characters).
    noise: Vec<(u32, u32)>,
    /// Byte positions in `text` that were rewritten from a disguised form (full-width ASCII,
    /// ideographic dot read as `.`) or next to which an invisible character was removed.
    disguised: Vec<u32>,
}

impl Normalized {
    /// Normalizes `original` into the URL text (see the module docs).
    ///
    /// Any string is accepted; the empty string gives an empty text. Offsets are stored as
    /// `u32`: callers cap the input well below 4 GiB (see [`crate::MAX_INPUT_BYTES`]).
    pub fn new(original: &str) -> Normalized {
        let mut out = Normalized {
            text: String::with_capacity(original.len()),
            starts: Vec::with_capacity(original.len()),
            ends: Vec::with_capacity(original.len()),
            original_len: original.len() as u32,
            noise: Vec::new(),
            disguised: Vec::new(),
        };
        let mut buf = String::new();
        let mut pending: Option<Pending> = None;
        let mut iter = original.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if is_invisible(c) {
                let prev_is_word = out
                    .text
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let next_is_word = iter
                    .peek()
                    .is_some_and(|&(_, n)| n.is_alphanumeric() || is_invisible(n));
                if prev_is_word && next_is_word && !is_emoji_glue(c) {
                    out.noise.push((i as u32, (i + c.len_utf8()) as u32));
                }
                // Inside something URL-like (`d-pay\u{200B}-cancel`): a disguise.
                let prev_graphic = out
                    .text
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_graphic() || p.is_alphanumeric());
                let next_graphic = iter.peek().is_some_and(|&(_, n)| {
                    n.is_ascii_graphic() || n.is_alphanumeric() || is_invisible(n)
                });
                if prev_graphic && next_graphic && !is_emoji_glue(c) {
                    out.disguised.push(out.text.len() as u32);
                }
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
            if simple && (c.is_ascii() || is_kana_or_kanji(c)) {
                // Their NFKC form is themselves: no table look-up.
                out.emit(&mut pending, c, i, end, false);
                continue;
            }
            if simple && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes {
                out.emit(&mut pending, c, i, end, false);
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
                out.emit(&mut pending, o, i, end, widened);
            }
            if dropped_mark {
                out.noise.push((i as u32, end as u32));
            }
        }
        out
    }

    /// Appends `c` (from the original range `start..end`), reading in context the character
    /// before it: a character whose reading depends on the next one is decided only when the
    /// next character actually written is known (never on a character that is then removed),
    /// which keeps normalization idempotent.
    fn emit(
        &mut self,
        pending: &mut Option<Pending>,
        c: char,
        start: usize,
        end: usize,
        disguised: bool,
    ) {
        if let Some(p) = pending.take() {
            if p.accepts(c) {
                self.rewrite_last(p);
            }
        }
        if let Some(p) = self.contextual(c) {
            *pending = Some(p);
        }
        if disguised {
            self.disguised.push(self.text.len() as u32);
        }
        self.push(c, start, end);
    }

    /// Rewrites the last character of the text (the pending one) as `p.to`.
    fn rewrite_last(&mut self, p: Pending) {
        let at = p.at as usize;
        let (start, end) = (self.starts[at], self.ends[at]);
        let old_len = self.text.len();
        self.text.truncate(at);
        self.starts.truncate(at);
        self.ends.truncate(at);
        // Positions recorded after the pending character (an invisible character removed
        // right after it) move back with the text.
        let shrink = (old_len - at - p.to.len_utf8()) as u32;
        for d in self.disguised.iter_mut().rev() {
            if (*d as usize) <= at {
                break;
            }
            *d -= shrink;
        }
        let k = self.disguised.partition_point(|&d| (d as usize) < at);
        self.disguised.insert(k, at as u32);
        self.push(p.to, start as usize, end as usize);
    }

    /// Whether `c`, written after the current text, is read differently depending on the
    /// character after it: an ideographic full stop after an ASCII letter or digit may be a dot
    /// (`sagawa。com`), a dash look-alike after a digit a hyphen (`090ー1234`).
    fn contextual(&self, c: char) -> Option<Pending> {
        let prev = self.text.chars().next_back()?;
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
            at: self.text.len() as u32,
            to,
            need,
        })
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        let n = c.len_utf8();
        self.text.push(c);
        self.starts.extend(std::iter::repeat_n(start as u32, n));
        self.ends.extend(std::iter::repeat_n(end as u32, n));
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
                self.starts[start]
            } else {
                self.original_len
            };
            return (at as usize, at as usize);
        }
        let s = self.starts[start] as usize;
        let e = self.ends[end - 1] as usize;
        (s, e.max(s))
    }

    /// Original ranges of filler removed from inside words. Non-empty means the text was
    /// written to dodge keyword filters.
    pub fn noise(&self) -> &[(u32, u32)] {
        &self.noise
    }

    /// True when any byte of `start..end` (normalized text) was rewritten from a disguised
    /// form (full-width ASCII, ideographic dot) or had an invisible character removed beside it.
    pub fn disguised_within(&self, start: usize, end: usize) -> bool {
        let i = self.disguised.partition_point(|&p| (p as usize) < start);
        self.disguised.get(i).is_some_and(|&p| (p as usize) < end)
    }

    /// Derives the matching text: lower-case, look-alike letters folded to Latin, filler
    /// between Japanese characters dropped (and recorded as noise), spaces between Japanese
    /// characters dropped. The map still points into the original.
    pub fn for_matching(&self) -> Normalized {
        let mut out = Normalized {
            text: String::with_capacity(self.text.len()),
            starts: Vec::with_capacity(self.text.len()),
            ends: Vec::with_capacity(self.text.len()),
            original_len: self.original_len,
            noise: self.noise.clone(),
            disguised: Vec::new(),
        };
        let chars: Vec<(usize, char)> = self.text.char_indices().collect();
        for (k, &(j, c)) in chars.iter().enumerate() {
            let prev = out.text.chars().next_back();
            // The next character that is not itself filler: a run of filler (「番号***が」)
            // sits between the same two characters as a single one.
            let next = chars[k + 1..]
                .iter()
                .map(|&(_, n)| n)
                .find(|&n| !is_filler_symbol(n));
            let between_japanese = prev.is_some_and(is_japanese) && next.is_some_and(is_japanese);
            if between_japanese {
                let filler = is_filler_symbol(c)
                    || (c.is_ascii_alphabetic()
                        && prev.is_some_and(is_kanji_or_hiragana)
                        && next.is_some_and(is_kanji_or_hiragana));
                if filler {
                    out.noise.push((self.starts[j], self.ends[j]));
                    continue;
                }
                if c == ' ' {
                    continue;
                }
            }
            let folded = fold_lookalike(c).unwrap_or_else(|| c.to_ascii_lowercase());
            let start = self.starts[j] as usize;
            let end = self.ends[j + c.len_utf8() - 1] as usize;
            out.push(folded, start, end);
        }
        out.noise.sort_unstable();
        out
    }
}

/// ASCII symbols wedged between Japanese characters to break keywords (「お客*様」).
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
pub fn is_japanese(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3005..=0x3007
        | 0xFF66..=0xFF9F | 0x31F0..=0x31FF)
}

/// Below the first combining mark (U+0300), or hiragana, katakana and kanji: characters that
/// are certainly not combining marks, so the mark table need not be consulted.
fn is_plain(c: char) -> bool {
    (c as u32) < 0x300 || is_kana_or_kanji(c)
}

/// Hiragana, katakana (without the prolonged-sound mark and the middle dot) and the common
/// kanji block: NFKC leaves each of them unchanged.
fn is_kana_or_kanji(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF)
}

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

/// A character written whose reading waits for the next character (see `Normalized::emit`).
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
        ("filler_run", "番号***が無効", "番号が無効", 3),
        ("latin_filler", "持ちv帰りました", "持ち帰りました", 1),
        ("katakana_prefix_kept", "dアカウント", "dアカウント", 0),
        ("space_between_japanese", "お 荷 物", "お荷物", 0),
        ("zero_width_noise", "不\u{200B}在", "不在", 1),
        ("combining_noise", "お\u{0749}客様", "お客様", 1),
        ("ascii_words_kept", "au ID", "au id", 0),
        ("fullwidth_letters", "ＡＭＡＺＯＮ", "amazon", 0),
    ];

    #[test]
    fn matching_text_table() {
        for &(name, input, want, noise) in MATCHING {
            let m = Normalized::new(input).for_matching();
            assert_eq!(m.as_str(), want, "case {name}");
            assert_eq!(m.noise().len(), noise, "case {name}: noise {:?}", m.noise());
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
            if is_kana_or_kanji(c) {
                assert!(c.to_string().nfkc().eq(std::iter::once(c)), "{c:?}");
            }
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
