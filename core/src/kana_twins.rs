//! Where kanji drawn like katakana letters are read as the letters.
//!
//! 「三井住友力ード」 and 「不正な口グイン」 read as 「カード」 and 「ログイン」 to the eye, but not to
//! a keyword filter: 力 is the kanji "power", not the katakana カ. Eight kanji are drawn like a
//! letter ([`KATAKANA_TWINS`]). Each is also an ordinary kanji beside katakana
//! (「チーム力アップ」, 「アプリ口コミ」, 「山口ー博多」), so a twin is read as its letter only where
//! the characters around it say so ([`reading`]), and named as a disguise only where no word
//! puts it.
//!
//! The reading is made on the finished matching text (see `crate::normalize`), with the
//! characters on both sides known and filler already gone (「口 グイン」 reads as 「口グイン」
//! does). A twin and its letter are both three bytes in UTF-8, so the text is rewritten in
//! place and its map to the original stands.

/// Kanji drawn like a katakana letter, and that letter.
pub(crate) const KATAKANA_TWINS: &[(char, char)] = &[
    ('力', 'カ'),
    ('口', 'ロ'),
    ('工', 'エ'),
    ('二', 'ニ'),
    ('夕', 'タ'),
    ('卜', 'ト'),
    ('八', 'ハ'),
    ('一', 'ー'),
];

/// The katakana letter the kanji `c` is drawn like, if any (see [`KATAKANA_TWINS`]).
#[inline]
pub(crate) fn katakana_twin(c: char) -> Option<char> {
    // Every twin is in U+4E00..=U+5DE5: one comparison turns away kana, ASCII and most kanji.
    if !('一'..='工').contains(&c) {
        return None;
    }
    KATAKANA_TWINS
        .iter()
        .find(|&&(k, _)| k == c)
        .map(|&(_, t)| t)
}

/// How a kanji drawn like a katakana letter reads where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// As the kanji it is.
    Kanji,
    /// As the letter, where a word may put the kanji too. Matched as the letter; no sign of a
    /// disguise.
    Letter,
    /// As the letter, where no word puts the kanji. A disguise.
    Disguise,
}

/// How the twin `c` reads between `prev` (as already read), `next` and the character `after`
/// that:
///
/// * a disguise before a long-vowel mark (or a 一 standing for one) and a letter:
///   「力ード」, 「力一ド」; not 「山口ー博多」 or 「健一ー、」, where the mark lengthens a name,
///   nor 一 or 二 ending a name that is called out (「健一ーカレー食べる？」, 「浩二ーテレビ」:
///   names end in them far more often than a lure writes 「ニー」);
/// * a letter between katakana (「ア力ウント」; 「チーム力アップ」 is a word, and reads the same
///   way without harm), starting a katakana word after something other than a kanji
///   (「な口グイン」), or 卜 ending one (「ポイン卜」: no word puts 卜 after katakana);
/// * otherwise the kanji: after a kanji (「電力エナジー」, 「人口データ」), at the very start of
///   a text (a keyword or a concept's term is read on its own, and must read as it does in a
///   message); and always before a counter's カ or ケ (「一カ月」, 「二ケ所」), a 一 before one
///   being a numeral, not a long-vowel mark (「窓口一カ所」).
pub(crate) fn reading(
    prev: Option<char>,
    c: char,
    next: Option<char>,
    after: Option<char>,
) -> Reading {
    let letter = |c: char| is_katakana(c) && !matches!(c, 'ー' | 'ヵ' | 'ヶ');
    let kana = |c: char| is_katakana(c) && !matches!(c, 'ヵ' | 'ヶ');
    let twin = |c: char| katakana_twin(c).is_some();
    if next.is_some_and(|n| matches!(n, 'カ' | 'ケ')) && after.is_some_and(is_kanji) {
        Reading::Kanji
    } else if (next == Some('ー')
        || (next == Some('一') && c != '一' && !matches!(after, Some('カ' | 'ケ'))))
        && after.is_some_and(letter)
        && !(matches!(c, '一' | '二') && prev.is_some_and(is_kanji))
    {
        Reading::Disguise
    } else {
        let inside = prev.is_some_and(kana) && next.is_some_and(|n| kana(n) || twin(n));
        let starting = prev.is_some_and(|p| !is_kanji(p) && !kana(p))
            && next.is_some_and(|n| letter(n) || twin(n));
        let ending = c == '卜' && prev.is_some_and(kana);
        if inside || starting || ending {
            Reading::Letter
        } else {
            Reading::Kanji
        }
    }
}

/// Reads the twins of `text` in place (see [`reading`]), left to right, each after the one
/// before it was read. Returns the byte ranges of those read as disguises.
pub(crate) fn read(text: &mut String) -> Vec<(usize, usize)> {
    let mut rewrites: Vec<(usize, char, Reading)> = Vec::new();
    let mut prev = None;
    let mut chars = text.char_indices();
    while let Some((j, c)) = chars.next() {
        let mut read = c;
        if let Some(letter) = katakana_twin(c) {
            let mut ahead = chars.clone().map(|(_, n)| n);
            let (next, after) = (ahead.next(), ahead.next());
            let r = reading(prev, c, next, after);
            if r != Reading::Kanji {
                rewrites.push((j, letter, r));
                read = letter;
            }
        }
        prev = Some(read);
    }
    let mut disguises = Vec::new();
    for &(j, letter, r) in &rewrites {
        let mut buf = [0u8; 4];
        // Both three bytes (U+4E00..U+5DE5 and U+30A1..U+30FC): lengths and the map stand.
        text.replace_range(j..j + 3, letter.encode_utf8(&mut buf));
        if r == Reading::Disguise {
            disguises.push((j, j + 3));
        }
    }
    disguises
}

/// `s` with every twin that touches katakana, or another such twin, written as its letter;
/// none when nothing changes. A keyword the user gives is read on its own, where a twin
/// starting it (「口コミ」) has no character before it: in a message it may read either way,
/// so the keyword is looked for in both spellings.
pub(crate) fn as_letters(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let kana = |c: &char| is_katakana(*c) && !matches!(c, 'ヵ' | 'ヶ');
    let mut out: Vec<char> = chars.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..out.len() {
            let Some(letter) = katakana_twin(out[i]) else {
                continue;
            };
            let beside = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|k| out.get(k))
                .any(kana);
            if beside {
                out[i] = letter;
                changed = true;
            }
        }
    }
    (out != chars).then(|| out.into_iter().collect())
}

/// A name (in matching form) with each twin that follows a kanji written as its letter
/// (「東京電力」 → 「東京電カ」), or none when it has none. [`read`] reads a twin as the letter
/// only in katakana words, so a brand's name matches either spelling there; after a kanji it
/// keeps the kanji, and the brand table carries this spelling as a disguise of its own.
pub(crate) fn after_kanji_as_letters(name: &str) -> Option<String> {
    let mut prev = None;
    let mut changed = false;
    let out: String = name
        .chars()
        .map(|c| {
            let after_kanji = prev.is_some_and(is_kanji);
            prev = Some(c);
            match katakana_twin(c) {
                Some(k) if after_kanji => {
                    changed = true;
                    k
                }
                _ => c,
            }
        })
        .collect();
    changed.then_some(out)
}

/// A kanji (CJK unified ideographs, their extension A and the compatibility block, or the
/// iteration mark 々).
#[inline]
pub(crate) fn is_kanji(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3005)
}

/// Katakana, the long-vowel mark included.
#[inline]
pub(crate) fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC | 0x31F0..=0x31FF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (what, text, as read, disguises)
    const READINGS: &[(&str, &str, &str, usize)] = &[
        ("long_vowel", "三井住友力ード", "三井住友カード", 1),
        ("one_for_long_vowel", "三井住友力一ド", "三井住友カード", 1),
        (
            "between_katakana",
            "ア力ウントのメ一ル",
            "アカウントのメール",
            0,
        ),
        ("word_start", "不正な口グイン", "不正なログイン", 0),
        (
            "word_end_to",
            "ア力ウン卜をヤマ卜運輸",
            "アカウントをヤマト運輸",
            0,
        ),
        (
            "name_lengthened",
            "新山口ー博多、健一ー、窓口ーー",
            "新山口ー博多、健一ー、窓口ーー",
            0,
        ),
        (
            "name_called_out",
            "健一ーカレー、浩二ーテレビ",
            "健一ーカレー、浩二ーテレビ",
            0,
        ),
        (
            "after_kanji",
            "電力エナジーと人口データ",
            "電力エナジーと人口データ",
            0,
        ),
        (
            "counters",
            "あと一カ月、二ケ所、一ヶ月",
            "あと一カ月、二ケ所、一ヶ月",
            0,
        ),
        (
            "counter_after_a_twin",
            "窓口一カ所、電力一カ月分、人口一ケ所",
            "窓口一カ所、電力一カ月分、人口一ケ所",
            0,
        ),
        ("text_start", "口コミ", "口コミ", 0),
        (
            "numeral_after_katakana",
            "スマホ一つ、ポイント二倍",
            "スマホ一つ、ポイント二倍",
            0,
        ),
    ];

    #[test]
    fn readings() {
        for &(what, text, want, disguises) in READINGS {
            let mut t = text.to_owned();
            let d = read(&mut t);
            assert_eq!(t, want, "{what}");
            assert_eq!(d.len(), disguises, "{what}: {d:?}");
        }
    }

    #[test]
    fn every_twin_and_its_letter_are_three_bytes() {
        for &(k, l) in KATAKANA_TWINS {
            assert_eq!((k.len_utf8(), l.len_utf8()), (3, 3));
            assert_eq!(katakana_twin(k), Some(l));
        }
    }

    #[test]
    fn a_kanji_after_a_kanji_is_disguised_as_its_letter() {
        assert_eq!(
            after_kanji_as_letters("東京電力").as_deref(),
            Some("東京電カ")
        );
        assert_eq!(
            after_kanji_as_letters("中部電力ミライズ").as_deref(),
            Some("中部電カミライズ")
        );
        // No twin, or one that starts the name: the matching text reads it already.
        assert_eq!(after_kanji_as_letters("三井住友カード"), None);
        assert_eq!(after_kanji_as_letters("口座"), None);
        assert_eq!(after_kanji_as_letters("sagawa"), None);
    }

    #[test]
    fn a_keyword_in_both_spellings() {
        assert_eq!(as_letters("口コミ").as_deref(), Some("ロコミ"));
        assert_eq!(as_letters("一口サイズ").as_deref(), Some("ーロサイズ"));
        assert_eq!(as_letters("電力"), None);
    }
}
