//! Spans in the original text, in UTF-8 bytes and UTF-16 code units.
//!
//! Kotlin, Java, Swift's `NSString`/`NSRange` and JavaScript index strings in UTF-16 code
//! units; Rust and C in bytes. Every span we report carries both, computed from the original
//! text (never the normalized one): a character outside the Basic Multilingual Plane (most
//! emoji) is 4 bytes and 2 UTF-16 units, a kana 3 bytes and 1 unit.

use crate::verdict::Span;

/// Converts byte offsets of one text to UTF-16 offsets, in O(1) amortised per query after an
/// O(n / 64) index.
#[derive(Debug)]
pub(crate) struct SpanMaker<'a> {
    text: &'a str,
    /// UTF-16 offset at every 64th byte boundary that is a char boundary at or before it.
    checkpoints: Vec<(u32, u32)>,
}

const STEP: usize = 64;

impl<'a> SpanMaker<'a> {
    pub(crate) fn new(text: &'a str) -> SpanMaker<'a> {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut units = 0u32;
        let mut next = 0usize;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i as u32, units));
                next = i + STEP;
            }
            units += c.len_utf16() as u32;
        }
        if checkpoints.is_empty() {
            checkpoints.push((0, 0));
        }
        SpanMaker { text, checkpoints }
    }

    /// UTF-16 offset of byte offset `byte` (clamped to the text, moved back to a char boundary).
    pub(crate) fn utf16(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let k = self
            .checkpoints
            .partition_point(|&(b, _)| (b as usize) <= byte);
        let (b0, u0) = self.checkpoints[k.saturating_sub(1)];
        let tail = self.text.get(b0 as usize..byte).unwrap_or("");
        u0 as usize + tail.encode_utf16().count()
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
    fn empty_text() {
        let m = SpanMaker::new("");
        assert_eq!(m.span(0, 0), Span::default());
    }
}
