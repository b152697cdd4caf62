//! Where a one-time code being handed over is recognised: a word for "code" followed by 4–8
//! digits (「認証コード:482913」, 「セキュリティ コード: 8812」, 「セキュリティ コードとして 6372
//! を使用」, 「コードを使用してください: 5832」, "code is 1234"), or digits followed by "is
//! your" / 「があなたの」 (「G-482913があなたのGoogle確認コードです」), or a word for "code"
//! followed by 4–8 letters and digits mixed (「セキュリティコード:29XK7M」). Lures ask for codes;
//! they do not hand one over.
//!
//! A hand-written scanner rather than a regex: it gives the regex's spans (a test compares the
//! two on generated and real texts), costs nothing to build, and keeps `regex` out of the
//! library.

/// Words for "code" that a delivered code follows, tried in this order.
const CODE_WORDS: &[&str] = &[
    "コード",
    "code",
    "認証番号",
    "パスワード",
    "passcode",
    "pin",
];

/// Words between the code and "your": 「は」「が」, "is".
const CODE_IS: &[&str] = &["は", "が", "is"];

/// "Your", after the code and [`CODE_IS`].
const YOUR: &[&str] = &["あなたの", "your"];

/// Where a one-time code is delivered in the matching text, if anywhere: a code of digits
/// ([`digit_code`]) or, when there is none, one of letters and digits ([`lettered_code`]).
///
/// Any text is accepted; the scan is linear in its length (the words for "code" are few).
pub(crate) fn otp_code(text: &str) -> Option<(usize, usize)> {
    digit_code(text).or_else(|| lettered_code(text))
}

/// Where a code of digits is delivered in the matching text, if anywhere: the first place, by
/// start, where either form begins.
///
/// * *word, code*: a word of [`CODE_WORDS`], white space or colons, an optional 「は」,
///   「として」, "is" or an instruction of [`CODE_PARTICLES`] (「を使用してください」),
///   white space or colons, an optional `g-`, then a run of 4–8 digits and the character after
///   it (`コード: 482913。`);
/// * *code, your*: the text's start or a character that is not `0-9a-z`, an optional `g-`, a
///   run of 4–8 digits, white space, 「は」「が」 or "is", white space, 「あなたの」 or "your"
///   (`g-482913があなたの`).
///
/// The span is the one the regex these forms were written as gave (a test compares them):
/// `(?:コード|code|認証番号|パスワード|passcode|pin)[\s:]*(?:<particle>|:)?[\s:]*(?:g-)?[0-9]{4,8}(?:[^0-9]|$)`
/// (a particle of [`CODE_PARTICLES`])
/// or `(?:^|[^0-9a-z])(?:g-)?[0-9]{4,8}\s*(?:は|が|is)\s*(?:あなたの|your)`, the first
/// form first at the same start.
///
/// Every match holds a run of 4–8 digits, and begins after the digit before that run: so the
/// text is searched for such runs, and only the stretch before each is tried, in order.
pub(crate) fn digit_code(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut after_digits = 0;
    while let Some(skip) = bytes[after_digits..].iter().position(u8::is_ascii_digit) {
        let run = after_digits + skip;
        let len = bytes[run..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if (4..=8).contains(&len) {
            if let Some(found) = match_before(text, after_digits, run) {
                return Some(found);
            }
        }
        after_digits = run + len;
    }
    None
}

/// The first match that starts from byte `from` up to the run of digits at `run`, with no
/// digit in between.
fn match_before(text: &str, from: usize, run: usize) -> Option<(usize, usize)> {
    if run == 0 {
        return code_then_your(text, 0).map(|end| (0, end));
    }
    let bytes = text.as_bytes();
    text[from..run].char_indices().find_map(|(i, c)| {
        let start = from + i;
        let end = CODE_WORDS
            .iter()
            .filter(|w| begins_with(&bytes[start..], w.as_bytes()))
            .find_map(|w| word_then_code(text, start + w.len()))
            .or_else(|| {
                (start == 0 && reaches(0, run))
                    .then(|| code_then_your(text, 0))
                    .flatten()
            })
            .or_else(|| {
                let after = start + c.len_utf8();
                (!c.is_ascii_lowercase() && reaches(after, run))
                    .then(|| code_then_your(text, after))
                    .flatten()
            })?;
        Some((start, end))
    })
}

/// Whether a code read from `at` (an optional `g-`, then digits) can be the run of digits at
/// `run`, when no digit stands from `at` to `run`: only if it starts there or right after a
/// `g-` before it. Elsewhere [`code`] would find no digit, and is not tried.
fn reaches(at: usize, run: usize) -> bool {
    at == run || at + 2 == run
}

/// `bytes.starts_with(word)`, compared in place: most tries fail on the first byte or two,
/// where a call to `memcmp` would cost more than the comparison.
fn begins_with(bytes: &[u8], word: &[u8]) -> bool {
    bytes.len() >= word.len() && bytes.iter().zip(word).all(|(a, b)| a == b)
}

/// Where a code of letters and digits is delivered, if anywhere: a word of [`CODE_WORDS`],
/// separators, a particle of [`CODE_PARTICLES`], separators, then a whole run of 4–8 ASCII letters
/// and digits (no letter or digit on either side) holding at least one of each:
/// 「コード:29xk7m」 in the matching text. The span ends with the run. A run that names
/// the card's code (`cvv2`, `cvc2`) is not a code delivered: lures ask for it.
///
/// Not a regex's scanner, unlike [`digit_code`]: the tests below are its specification. The
/// text is searched once for runs of letters and digits; only before a run that can be a code
/// is a word for "code" looked for, backwards.
fn lettered_code(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let is_code_byte = |b: &u8| b.is_ascii_digit() || b.is_ascii_lowercase();
    let mut at = 0;
    while let Some(skip) = bytes[at..].iter().position(is_code_byte) {
        let run = at + skip;
        let len = bytes[run..].iter().take_while(|b| is_code_byte(b)).count();
        let code = &bytes[run..run + len];
        let mixed = code.iter().any(u8::is_ascii_digit) && code.iter().any(u8::is_ascii_lowercase);
        let card = code.starts_with(b"cvv") || code.starts_with(b"cvc");
        // After a word for "code", a run that begins with "is" reads as "is" and a code glued
        // to it: no whole run.
        let is_glued = code.starts_with(b"is")
            && word_ending(text[..run].trim_end_matches(is_separator)).is_some();
        if (4..=8).contains(&len) && mixed && !card && !is_glued {
            if let Some(start) = code_word_before(text, run) {
                return Some((start, run + len));
            }
        }
        at = run + len;
    }
    None
}

/// Where the word for "code" begins that the code at `at` follows (see [`after_code_word`]:
/// separators, a particle of [`CODE_PARTICLES`], separators, read backwards), if one does.
fn code_word_before(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].trim_end_matches(is_separator);
    let head = CODE_PARTICLES
        .iter()
        .find_map(|w| head.strip_suffix(*w))
        .map_or(head, |h| h.trim_end_matches(is_separator));
    word_ending(head)
}

/// Where the longest word of [`CODE_WORDS`] that `head` ends with begins, if any.
fn word_ending(head: &str) -> Option<usize> {
    CODE_WORDS
        .iter()
        .filter(|w| head.ends_with(*w))
        .map(|w| head.len() - w.len())
        .min()
}

/// What may stand between a word for "code" and the code besides [`CODE_PARTICLES`]: white
/// space and colons.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == ':'
}

/// The particles a word for "code" may take before the code: 「は」, 「として」, "is", and the
/// instructions that hand a code over before giving it (「コードを使用してください: 5832」,
/// 「確認コードは次のとおりです: 4829」). The long ones come first: 「は」 alone is tried after
/// 「は次のとおりです」.
const CODE_PARTICLES: &[&str] = &[
    "は次のとおりです",
    "は次の通りです",
    "は以下のとおりです",
    "は以下の通りです",
    "を入力してください",
    "をご入力ください",
    "を使用してください",
    "をご使用ください",
    "をお使いください",
    "は",
    "として",
    "is",
];

/// After a word for "code": separators, a particle of [`CODE_PARTICLES`], and separators
/// again; where the code may begin.
fn after_code_word(text: &str, at: usize) -> usize {
    let mut at = skip(text, at, is_separator);
    at += CODE_PARTICLES
        .iter()
        .find(|w| text[at..].starts_with(*w))
        .map_or(0, |w| w.len());
    skip(text, at, is_separator)
}

/// After a word for "code": separators, a particle of [`CODE_PARTICLES`], separators, the code
/// and one more character (none at the end of the text). Where that ends.
fn word_then_code(text: &str, at: usize) -> Option<usize> {
    let at = code(text, after_code_word(text, at))?;
    Some(text[at..].chars().next().map_or(at, |c| at + c.len_utf8()))
}

/// The code, white space, one of [`CODE_IS`], white space, one of [`YOUR`]: where it ends.
fn code_then_your(text: &str, at: usize) -> Option<usize> {
    let at = skip(text, code(text, at)?, char::is_whitespace);
    let at = at + CODE_IS.iter().find(|w| text[at..].starts_with(*w))?.len();
    let at = skip(text, at, char::is_whitespace);
    Some(at + YOUR.iter().find(|w| text[at..].starts_with(*w))?.len())
}

/// An optional `g-` and a run of 4–8 ASCII digits not followed by another digit: where it ends.
fn code(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let at = at + if bytes[at..].starts_with(b"g-") { 2 } else { 0 };
    let digits = bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (4..=8).contains(&digits).then_some(at + digits)
}

/// The offset after the characters from `at` that satisfy `keep`.
fn skip(text: &str, at: usize, keep: impl Fn(char) -> bool) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(text.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OTP_CASES: &[(&str, &str, bool)] = &[
        ("ja_colon", "認証コード:482913", true),
        ("ja_wa", "確認コードは 1234 です", true),
        ("spaced", "セキュリティ コード: 8812", true),
        (
            "as_the_code",
            "microsoft アカウントのセキュリティ コードとして 6372 を使用してください",
            true,
        ),
        (
            "as_a_reference",
            "お問い合わせコードとしてご利用ください 1234",
            false,
        ),
        (
            "use_then_code",
            "microsoft アカウントのセキュリティ コードを使用してください: 5832",
            true,
        ),
        (
            "enter_then_code",
            "確認コードを入力してください 482913",
            true,
        ),
        ("as_follows", "確認コードは次のとおりです: 4829", true),
        (
            "enter_then_a_link",
            "認証コードを入力してください: https://a.example/1234",
            false,
        ),
        ("google", "g-482913があなたのgoogle確認コードです", true),
        ("english", "your verification code is 558201", true),
        ("digits_first", "558201 is your code", true),
        ("too_short", "コード: 12", false),
        ("phone_not_code", "090-1234-5678までご連絡", false),
        ("amount_not_code", "ご利用金額: 9800円", false),
        ("reference_not_code", "◆ご確認番号:3797829", false),
        (
            "asks_for_code",
            "認証番号をこのメッセージに返信してください",
            false,
        ),
        ("lettered", "セキュリティコード:29xk7m", true),
        ("lettered_first", "確認コードは ab12cd です", true),
        ("lettered_english", "your code is k7q2", true),
        ("letters_only", "コード: abcdef", false),
        ("lettered_too_long", "コード: ab12cd34e", false),
        ("lettered_too_short", "コード: a12", false),
        ("lettered_in_a_word", "コード:ab12cd-x", true),
        ("card_code_named", "セキュリティコード:cvv2を入力", false),
        ("lettered_glued", "クーポンコードをab12cdに", false),
        ("word_inside_a_run", "shopping2024", false),
    ];

    #[test]
    fn otp_table() {
        for &(name, text, want) in OTP_CASES {
            assert_eq!(otp_code(text).is_some(), want, "case {name}");
        }
    }

    /// The lettered form read forwards, from every word for "code": the specification the
    /// backward scan must agree with. The code is a whole run of letters and digits: a word
    /// glued to it is part of the run (「shopping2024」 holds no "pin" code).
    fn lettered_forwards(text: &str) -> Option<(usize, usize)> {
        CODE_WORDS
            .iter()
            .flat_map(|w| text.match_indices(w))
            .filter_map(|(start, w)| {
                let at = after_code_word(text, start + w.len());
                let glued = text.as_bytes()[..at]
                    .last()
                    .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
                if glued {
                    return None;
                }
                let run = text.as_bytes()[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
                    .count();
                let code = &text[at..at + run];
                let mixed = code.bytes().any(|b| b.is_ascii_digit())
                    && code.bytes().any(|b| b.is_ascii_lowercase());
                let card = code.starts_with("cvv") || code.starts_with("cvc");
                ((4..=8).contains(&run) && mixed && !card).then_some((start, at + run))
            })
            .min()
    }

    #[test]
    fn the_backward_scan_reads_as_the_forward_one() {
        const PIECES: &[&str] = &[
            "コード",
            "code",
            "passcode",
            "pin",
            "認証番号",
            "パスワード",
            "は",
            "として",
            "is",
            "を使用してください",
            "は次のとおりです",
            "次の",
            ":",
            " ",
            "\u{3000}",
            "a",
            "k7",
            "q",
            "2",
            "29",
            "x",
            "cvv",
            "を",
            "の",
            "。",
            "-",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut below = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut found = 0;
        for _ in 0..50_000 {
            let text: String = (0..1 + below(10))
                .map(|_| PIECES[below(PIECES.len())])
                .collect();
            let want = lettered_forwards(&text);
            assert_eq!(lettered_code(&text), want, "{text:?}");
            found += usize::from(want.is_some());
        }
        assert!(found > 500, "only {found} texts with a code");
    }

    #[test]
    fn lettered_span_ends_with_the_code() {
        let text = "確認コード:29xk7m。";
        assert_eq!(
            otp_code(text),
            Some(("確認".len(), text.len() - "。".len()))
        );
        // A code of digits is found first, with the span its regex gives.
        assert_eq!(
            otp_code("コード:1234 コード:ab12"),
            digit_code("コード:1234 コード:ab12")
        );
    }
}
