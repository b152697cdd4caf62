//! The shapes a phone number is written in, and where they occur in a text.
//!
//! Four shapes, tried in this order at each place where a `+`, a `0` followed by a digit, or
//! `(0` begins (`M` is a digit or a mask, one of `Xx×●○〇*`; `-` stands for a hyphen or a white
//! space):
//!
//! ```text
//! international  + [space] 1-9 digit{0,2} [-] [(0)] [(] digit{1,4} [)] [-] M{1,4} [-] M{3,4}
//! domestic       0 digit{1,4} [- or (] M{1,4} [- or )] M{3,4}
//! run of digits  0 digit{9,10}
//! area in ( )    ( 0 digit{1,4} ) [-] M{1,4} [-] M{3,4}
//! ```
//!
//! The brackets around an area code are how numbers are printed abroad (`+1 (213) 555-0142`)
//! and on some Japanese letterheads (`(03)1234-5678`); a number so written is as callable as
//! any other, and a lure that gives one must not lose its call-back number to the bracket. As
//! in the domestic shape, each bracket of the international one is optional on its own, so
//! `+1 (213 555-0142` is read too.
//!
//! A shape is matched as a backtracking regex engine matches it (the first three shapes were
//! the regex `PHONE`, which has grown the bracketed ones too; a test compares the two on
//! generated and real texts): each repetition takes as
//! many characters as it can, then gives them back one at a time until the rest matches; the
//! first shape that matches wins; the next search starts where the match ended. So
//! `0312345678` is read `0` `3123` `45` `678` (the middle run gives back digits until the last
//! has three), and `090-1234-56789` matches as `090-1234-5678` (the caller rejects a number
//! glued to more digits).
//! Which step failed at which byte is remembered during one attempt, so an attempt costs at
//! most a few hundred steps whatever the text: linear time.

/// A set of characters.
#[derive(Debug, Clone, Copy)]
enum Class {
    Plus,
    Zero,
    Open,
    Close,
    Digit,
    NonZeroDigit,
    Space,
    /// A hyphen or a white space.
    Separator,
    /// A separator or `(`.
    SeparatorOrOpen,
    /// A separator or `)`.
    SeparatorOrClose,
    /// A digit or a mask.
    DigitOrMask,
}

impl Class {
    fn contains(self, c: char) -> bool {
        match self {
            Class::Plus => c == '+',
            Class::Zero => c == '0',
            Class::Open => c == '(',
            Class::Close => c == ')',
            Class::Digit => c.is_ascii_digit(),
            Class::NonZeroDigit => matches!(c, '1'..='9'),
            Class::Space => c.is_whitespace(),
            Class::Separator => c == '-' || c.is_whitespace(),
            Class::SeparatorOrOpen => c == '(' || Class::Separator.contains(c),
            Class::SeparatorOrClose => c == ')' || Class::Separator.contains(c),
            Class::DigitOrMask => {
                c.is_ascii_digit() || matches!(c, 'X' | 'x' | '×' | '●' | '○' | '〇' | '*')
            }
        }
    }
}

/// One step of a shape.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// From `min` to `max` characters of the class, as many as possible first.
    Run(Class, usize, usize),
    /// The text, or nothing (the text first).
    Maybe(&'static str),
}

use Class::*;
use Step::{Maybe, Run};

const MOST_PER_RUN: usize = 10;

const INTERNATIONAL: &[Step] = &[
    Run(Plus, 1, 1),
    Run(Space, 0, 1),
    Run(NonZeroDigit, 1, 1),
    Run(Digit, 0, 2),
    Run(Separator, 0, 1),
    Maybe("(0)"),
    Run(Open, 0, 1),
    Run(Digit, 1, 4),
    Run(Close, 0, 1),
    Run(Separator, 0, 1),
    Run(DigitOrMask, 1, 4),
    Run(Separator, 0, 1),
    Run(DigitOrMask, 3, 4),
];

const DOMESTIC: &[Step] = &[
    Run(Zero, 1, 1),
    Run(Digit, 1, 4),
    Run(SeparatorOrOpen, 0, 1),
    Run(DigitOrMask, 1, 4),
    Run(SeparatorOrClose, 0, 1),
    Run(DigitOrMask, 3, 4),
];

const DIGITS_ONLY: &[Step] = &[Run(Zero, 1, 1), Run(Digit, 9, MOST_PER_RUN)];

const AREA_IN_BRACKETS: &[Step] = &[
    Run(Open, 1, 1),
    Run(Zero, 1, 1),
    Run(Digit, 1, 4),
    Run(Close, 1, 1),
    Run(Separator, 0, 1),
    Run(DigitOrMask, 1, 4),
    Run(Separator, 0, 1),
    Run(DigitOrMask, 3, 4),
];

/// The most steps in a shape.
const LONGEST_SHAPE: usize = INTERNATIONAL.len();

/// The shapes, in the order they are tried at one place.
const SHAPES: &[&[Step]] = &[INTERNATIONAL, DOMESTIC, DIGITS_ONLY, AREA_IN_BRACKETS];

/// The byte ranges of the phone-number shapes in `t`, left to right, not overlapping.
pub(crate) fn find_iter(t: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let bytes = t.as_bytes();
        while let Some(skip) = bytes
            .get(from..)?
            .iter()
            .position(|&b| matches!(b, b'+' | b'0' | b'('))
        {
            let start = from + skip;
            from = start + 1;
            // A shape starts with `+`, with `0` and a digit, or with `(0`.
            let next = bytes.get(from);
            if (bytes[start] == b'0' && !next.is_some_and(u8::is_ascii_digit))
                || (bytes[start] == b'(' && next != Some(&b'0'))
            {
                continue;
            }
            let found = SHAPES.iter().find_map(|shape| {
                let mut attempt = Attempt {
                    shape,
                    t,
                    origin: start,
                    failed: [0; LONGEST_SHAPE],
                };
                attempt.from(0, start)
            });
            if let Some(end) = found {
                from = end;
                return Some((start, end));
            }
        }
        None
    })
}

/// One shape tried at one place. The ways to try it share their tails: which step failed at
/// which byte (of the first 64) is remembered, so that no tail is tried twice.
struct Attempt<'a> {
    shape: &'a [Step],
    t: &'a str,
    origin: usize,
    /// Bit `b` of `failed[i]`: step `i` cannot match from byte `origin + b` (for `b` < 64).
    failed: [u64; LONGEST_SHAPE],
}

impl Attempt<'_> {
    /// Where the steps from `i` on, matched from byte `at`, end, trying the choices in order.
    fn from(&mut self, i: usize, at: usize) -> Option<usize> {
        let Some(&step) = self.shape.get(i) else {
            return Some(at);
        };
        let offset = at - self.origin;
        let known = i < self.failed.len() && offset < 64;
        if known && self.failed[i] >> offset & 1 == 1 {
            return None;
        }
        let end = self.step(step, i, at);
        if end.is_none() && known {
            self.failed[i] |= 1 << offset;
        }
        end
    }

    fn step(&mut self, step: Step, i: usize, at: usize) -> Option<usize> {
        let tail = self.t.get(at..)?;
        match step {
            Maybe(text) => tail
                .starts_with(text)
                .then(|| self.from(i + 1, at + text.len()))
                .flatten()
                .or_else(|| self.from(i + 1, at)),
            Run(class, min, max) => {
                // ends[k]: the byte offset after k characters of the class.
                let mut ends = [at; MOST_PER_RUN + 1];
                let mut taken = 0;
                for (j, c) in tail.char_indices() {
                    if taken == max || !class.contains(c) {
                        break;
                    }
                    taken += 1;
                    ends[taken] = at + j + c.len_utf8();
                }
                (min..=taken).rev().find_map(|k| self.from(i + 1, ends[k]))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, text, the matches)
    #[allow(clippy::type_complexity)]
    const CASES: &[(&str, &str, &[&str])] = &[
        ("mobile", "090-1234-5678", &["090-1234-5678"]),
        ("greedy_split", "0312345678", &["0312345678"]),
        ("twelve_digits", "090123456789", &["090123456789"]),
        ("glued_digit", "090-1234-56789", &["090-1234-5678"]),
        ("brackets", "03(1234)5678", &["03(1234)5678"]),
        ("masked", "050-6879-●●●●", &["050-6879-●●●●"]),
        ("international", "+81 90 1234 5678", &["+81 90 1234 5678"]),
        (
            "international_zero",
            "+81-(0)90-1234-5678",
            &["+81-(0)90-1234-5678"],
        ),
        (
            "two",
            "0120-00-0000 または 03-1234-5678",
            &["0120-00-0000", "03-1234-5678"],
        ),
        ("too_short", "03-12", &[]),
        ("plus_zero", "+0 90 1234 5678", &[]),
        (
            "area_in_brackets_abroad",
            "+1 (213) 555-0142",
            &["+1 (213) 555-0142"],
        ),
        ("area_in_brackets", "(03)1234-5678", &["(03)1234-5678"]),
        (
            "area_in_brackets_spaced",
            "(03) 1234 5678",
            &["(03) 1234 5678"],
        ),
        ("bracket_without_zero", "(3)1234-5678", &[]),
        (
            "abroad_one_bracket",
            "+1 (213 555-0142",
            &["+1 (213 555-0142"],
        ),
        ("bracketed_aside", "(詳細)0312345678", &["0312345678"]),
        (
            "ideographic_space",
            "090\u{3000}1234\u{3000}5678",
            &["090\u{3000}1234\u{3000}5678"],
        ),
    ];

    #[test]
    fn shape_table() {
        for &(name, text, want) in CASES {
            let got: Vec<&str> = find_iter(text).map(|(s, e)| &text[s..e]).collect();
            assert_eq!(got, want, "case {name}");
        }
    }
}
