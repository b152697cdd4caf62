//! Where look-alike host names are folded to what a reader sees: UTS #39 skeletons.
//!
//! A reader does not tell `rnercari` from `mercari`, `amaz0n` from `amazon`, `аpple` (Cyrillic
//! `а`) from `apple`, or `rakuten−card` (U+2212 minus) from `rakuten-card`. Unicode catalogues
//! such look-alikes in UTS #39 (`confusables.txt`); its *skeleton* maps every character to a
//! prototype so that two strings a reader confuses get the same skeleton. The data is the one
//! of the `unicode-security` crate, compiled by `build.rs` into a table without pointers (the
//! crate's own table would add about 0.3 MB of entries and relocations to the library); the
//! skeleton here is tested to equal the crate's on every code point. [`fold`] adds what a host
//! name needs on top of it:
//!
//! * lower case after the skeleton (UTS #39 maps `0` to `O` and keeps `o`; in a host both read
//!   as `o`);
//! * the dash look-alikes a host can carry (U+2010–U+2015, U+2212, U+30FC `ー`, U+FF70, …)
//!   read as `-`: UTS #39 maps some of them to `-`, but not the prolonged-sound mark;
//! * multi-letter look-alikes. `confusables.txt` maps single code points only: it has
//!   `m` → `rn`, but neither `vv` nor `cl`; after the skeleton `rn`, `vv` and `cl` are read as
//!   `m`, `w` and `d`, so `rnercari`, `vvaon` and `clocomo` fold to `mercari`, `waon`,
//!   `docomo`.
//!
//! A fold is compared only with another fold (of a brand's token or official domain): the
//! direction of each rule does not matter as long as both sides go through the same function.

use unicode_normalization::UnicodeNormalization;
use unicode_security::{RestrictionLevel, RestrictionLevelDetection};

use crate::prototypes::{IGNORABLE, POOL, SOURCES, SPANS};

/// Letter pairs read as one letter, applied after the UTS #39 skeleton.
const MULTI_LETTER: &[(&str, &str)] = &[("rn", "m"), ("vv", "w"), ("cl", "d")];

/// Whether `c` is drawn like a hyphen in a host name.
pub(crate) fn is_dash_lookalike(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'
            ..='\u{2015}'
                | '\u{2043}'
                | '\u{2212}'
                | '\u{2E3A}'
                | '\u{2E3B}'
                | '\u{30FC}'
                | '\u{FE58}'
                | '\u{FE63}'
                | '\u{FF0D}'
                | '\u{FF70}'
    )
}

/// The UTS #39 skeleton of `s` appended to `out`: NFD, default-ignorable code points removed,
/// each code point replaced by its prototype, NFD again.
fn skeleton_into(s: &str, out: &mut String) {
    let mut mapped = String::with_capacity(s.len());
    for c in s.nfd() {
        let cp = c as u32;
        let i = IGNORABLE.partition_point(|&(_, hi)| hi < cp);
        if IGNORABLE.get(i).is_some_and(|&(lo, _)| lo <= cp) {
            continue;
        }
        match SOURCES.binary_search(&cp) {
            Ok(k) => {
                let span = SPANS[k] as usize;
                let (start, len) = (span >> 8, span & 0xFF);
                mapped.push_str(POOL.get(start..start + len).unwrap_or_default());
            }
            Err(_) => mapped.push(c),
        }
    }
    out.extend(mapped.nfd());
}

/// The look-alike fold of a host name or a part of one: UTS #39 skeleton of each label, lower
/// case, dash look-alikes as `-`, `rn`/`vv`/`cl` as `m`/`w`/`d` (see the module docs).
///
/// Dots stay label separators: a character whose prototype is a dot does not create a label.
/// Any string is accepted (the empty string folds to itself); the result is at most a few
/// times longer than the input (a skeleton prototype has at most a handful of characters).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, label) in s.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        let dashed: String = label
            .chars()
            .map(|c| if is_dash_lookalike(c) { '-' } else { c })
            .collect();
        let mut skel = String::with_capacity(dashed.len());
        skeleton_into(&dashed, &mut skel);
        for c in skel.chars() {
            // A prototype that is a dot (U+2024 one-dot leader) stays inside its label.
            let c = if c == '.' { '\u{2024}' } else { c };
            out.extend(c.to_lowercase());
        }
    }
    let mut folded = out;
    for (from, to) in MULTI_LETTER {
        if folded.contains(from) {
            folded = folded.replace(from, to);
        }
    }
    folded
}

/// Whether a host label is written to deceive: a non-ASCII label that mixes scripts beyond
/// what UTS #39 calls *highly restrictive* (Latin with Japanese is fine, Latin with Cyrillic is
/// not, nor a character outside the identifier profile such as `−`), or whose fold is plain
/// ASCII (`раураl` in Cyrillic, `ɑpple`, `rakutenーcard`: it reads as a Latin name). ASCII
/// labels are never deceptive here (digit swaps are judged against brands, not alone).
pub(crate) fn is_deceptive_label(label: &str) -> bool {
    if label.is_ascii() {
        return false;
    }
    label.detect_restriction_level() > RestrictionLevel::HighlyRestrictive || fold(label).is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (written, fold)
    const FOLDS: &[(&str, &str)] = &[
        ("mercari", "mercari"),
        ("rnercari", "mercari"),
        ("amaz0n", "amazon"),
        ("paypa1", "paypal"),
        ("paypaI", "paypal"),
        ("vvaon", "waon"),
        ("clocomo", "docomo"),
        ("аpple", "apple"),
        ("ɑpple", "apple"),
        ("rakuten\u{2212}card", "rakuten-card"),
        ("rakuten\u{30FC}card", "rakuten-card"),
        ("rakuten\u{2010}card", "rakuten-card"),
        ("rakuten\u{FF0D}card", "rakuten-card"),
        ("a.b", "a.b"),
        ("", ""),
    ];

    #[test]
    fn fold_table() {
        for &(written, want) in FOLDS {
            assert_eq!(fold(written), want, "{written}");
        }
    }

    /// The compiled table gives the skeleton of `unicode-security` for every code point, alone
    /// and after a Latin letter (where combining marks reorder), and for mixed strings.
    #[test]
    fn skeleton_is_the_crates() {
        use unicode_security::confusable_detection::skeleton;
        let ours = |s: &str| {
            let mut out = String::new();
            skeleton_into(s, &mut out);
            out
        };
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(
                ours(&s),
                skeleton(&s).collect::<String>(),
                "U+{:04X}",
                c as u32
            );
        }
        for c in ('\u{300}'..='\u{36F}').chain('\u{1DC0}'..='\u{1DFF}') {
            let s = format!("a\u{323}{c}bé");
            assert_eq!(ours(&s), skeleton(&s).collect::<String>(), "{s:?}");
        }
        for s in [
            "раураl",
            "ｒａｋｕｔｅｎ",
            "Ǆemal",
            "ﬃ",
            "日本語ーカ",
            "a\u{200B}b",
        ] {
            assert_eq!(ours(s), skeleton(s).collect::<String>(), "{s:?}");
        }
    }

    #[test]
    fn fold_keeps_labels() {
        // U+2024 ONE DOT LEADER has the prototype `.`: it must not split the label.
        assert_eq!(fold("a\u{2024}b.jp").split('.').count(), 2);
    }

    /// (label, deceptive)
    const LABELS: &[(&str, bool)] = &[
        ("apple", false),
        ("amaz0n", false),
        ("аpple", true),
        ("раураl", true),
        ("ɑpple", true),
        ("rakuten\u{2212}card", true),
        ("rakuten\u{30FC}card", true),
        ("日本語", false),
        ("ラーメン", false),
        ("東京abc", false),
        ("münchen", false),
    ];

    #[test]
    fn deceptive_labels() {
        for &(label, want) in LABELS {
            assert_eq!(is_deceptive_label(label), want, "{label}");
        }
    }
}
