//! Spans in the original text, in UTF-8 bytes and UTF-16 code units.
//!
//! Kotlin, Java, Swift's `NSString`/`NSRange` and JavaScript index strings in UTF-16 code
//! units; Rust and C in bytes. Every span we report carries both, computed from the original
//! text (never the normalized one): a character outside the Basic Multilingual Plane (most
//! emoji) is 4 bytes and 2 UTF-16 units, a kana 3 bytes and 1 unit.

use crate::verdict::Span;

/// Converts byte offsets of one text to UTF-16 offsets, in O(1) per query (at most [`STEP`]
/// bytes counted) after an O(n) index.
///
/// Counted byte by byte: every byte that starts a character is one UTF-16 unit, and one that
/// starts a four-byte character (outside the Basic Multilingual Plane) one more. Up to a
/// character boundary, that is the UTF-16 length.
#[derive(Debug)]
pub(crate) struct SpanMaker<'a> {
    text: &'a str,
    /// The UTF-16 units of the bytes before every [`STEP`]th byte.
    checkpoints: Vec<u32>,
}

const STEP: usize = 32;

/// The UTF-16 units that the characters starting in `bytes` take.
fn units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// [`units`], eight bytes at a time: in each byte, bit 7 set and bit 6 clear marks a
/// continuation byte (no unit), bits 7 to 4 all set a four-byte leader (two).
fn units_by_word(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let words = bytes.chunks_exact(8);
    let mut total = units(words.remainder());
    for word in words {
        let mut b = [0; 8];
        b.copy_from_slice(word);
        let x = u64::from_le_bytes(b);
        let continuation = marked(x & !(x << 1) & HIGH);
        let four = marked(x & (x << 1) & (x << 2) & (x << 3) & HIGH);
        total += 8 - continuation + four;
    }
    total
}

/// How many bytes of `m` have their bit 7 set, when no other bit is: each mark moved to its
/// byte's bit 0, and the eight bytes summed into the top one by a multiplication (the sum is
/// at most 8). Without a population-count instruction (x86-64's baseline has none),
/// `count_ones` costs a dozen operations.
fn marked(m: u64) -> usize {
    ((m >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

impl<'a> SpanMaker<'a> {
    pub(crate) fn new(text: &'a str) -> SpanMaker<'a> {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut total = 0;
        checkpoints.push(0);
        for block in text.as_bytes().chunks_exact(STEP) {
            total += units_by_word(block) as u32;
            checkpoints.push(total);
        }
        SpanMaker { text, checkpoints }
    }

    /// UTF-16 offset of byte offset `byte` (clamped to the text, moved back to a char boundary).
    pub(crate) fn utf16(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let k = byte / STEP;
        let before = self.checkpoints.get(k).copied().unwrap_or_default() as usize;
        before + units_by_word(self.text.as_bytes().get(k * STEP..byte).unwrap_or_default())
    }

    /// The span of original bytes `start..end`.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            start_utf16: self.utf16(start),
            end_utf16: self.utf16(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_agree_with_std() {
        let text = "😀a不在😀😀ｈｔｔｐ x".repeat(20);
        let m = SpanMaker::new(&text);
        for (i, _) in text.char_indices() {
            assert_eq!(m.utf16(i), text[..i].encode_utf16().count(), "at {i}");
        }
        assert_eq!(m.utf16(text.len()), text.encode_utf16().count());
    }

    #[test]
    fn words_count_as_bytes_do() {
        let text = "😀a不在😀😀ｈｔｔｐ x\u{80}é\u{10FFFF}".repeat(8);
        let bytes = text.as_bytes();
        for start in 0..40 {
            for end in start..bytes.len() {
                assert_eq!(units_by_word(&bytes[start..end]), units(&bytes[start..end]));
            }
        }
    }

    #[test]
    fn empty_text() {
        let m = SpanMaker::new("");
        assert_eq!(m.span(0, 0), Span::default());
    }
}
