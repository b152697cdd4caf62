//! Where a stated period of time is recognised: a start and an end written as dates or
//! clock times with a range mark between them (「11月16日(日)0:00〜6:00」, 「12/31〜1/3」,
//! 「2:00から6:00」). Scheduled notices give one, a service paused for maintenance or over the
//! year-end holidays; a lure's alarm is about *your* account and names a deadline, not a
//! window in which everybody's service stops.
//!
//! A hand-written scanner over the matching text (digits and punctuation already ASCII): no
//! regex is built, and the text is read once for range marks, each tried with a few
//! characters either side.

/// Marks between the start and the end of a period. A hyphen counts only between two clock
/// times (「1:00-5:00」): between other numbers it is a phone number's or an amount's.
const RANGE_MARKS: &[&str] = &["〜", "~", "から", "-", "ー", "―", "－"];

/// Whether the matching text `text` states a period: a date or time, a range mark (white
/// space either side allowed), and a date or time after it. Empty text states none; the time
/// taken is linear in the text's length.
pub(crate) fn states_period(text: &str) -> bool {
    let mut from = 0;
    while let Some((at, mark)) = next_mark(text, from) {
        let before = text[..at].trim_end();
        let after = text[at + mark.len()..].trim_start();
        let clock_only = matches!(mark, "-" | "ー" | "―" | "－");
        let found = if clock_only {
            ends_with_clock(before) && starts_with_point(after, true)
        } else {
            ends_with_point(before) && starts_with_point(after, false)
        };
        if found {
            return true;
        }
        from = at + mark.len();
    }
    false
}

/// The first range mark at or after byte `from`, with its byte offset.
fn next_mark(text: &str, from: usize) -> Option<(usize, &'static str)> {
    let rest = text.get(from..)?;
    rest.char_indices().find_map(|(i, _)| {
        RANGE_MARKS
            .iter()
            .find(|m| rest[i..].starts_with(**m))
            .map(|m| (from + i, *m))
    })
}

/// The digits ending `s` and what stands before them.
fn split_trailing_digits(s: &str) -> (&str, &str) {
    let digits = s.bytes().rev().take_while(u8::is_ascii_digit).count();
    s.split_at(s.len() - digits)
}

/// Whether `s` ends with a clock time: `H:MM`.
fn ends_with_clock(s: &str) -> bool {
    let (head, minutes) = split_trailing_digits(s);
    if minutes.len() != 2 {
        return false;
    }
    let Some(head) = head.strip_suffix(':') else {
        return false;
    };
    (1..=2).contains(&split_trailing_digits(head).1.len())
}

/// Whether `s` ends with a date or a time: `H:MM`, `H時`, `M分`, `D日`, `M/D`, or one of
/// these followed by a weekday in brackets (「16日(日)」).
fn ends_with_point(s: &str) -> bool {
    let s = strip_weekday(s);
    if ends_with_clock(s) {
        return true;
    }
    for unit in ["時", "分", "日"] {
        if let Some(head) = s.strip_suffix(unit) {
            return (1..=2).contains(&split_trailing_digits(head).1.len());
        }
    }
    let (head, day) = split_trailing_digits(s);
    (1..=2).contains(&day.len())
        && head
            .strip_suffix('/')
            .is_some_and(|h| (1..=4).contains(&split_trailing_digits(h).1.len()))
}

/// `s` without a weekday in brackets at its end (「(日)」, 「(月曜日)」, 「(祝)」).
fn strip_weekday(s: &str) -> &str {
    let Some(inner) = s.strip_suffix(')') else {
        return s;
    };
    // At most four characters back: a weekday is short, and a text of many 「)〜」 must not be
    // searched back to its start at each one.
    let Some((open, _)) = inner.char_indices().rev().take(5).find(|&(_, c)| c == '(') else {
        return s;
    };
    let day = &inner[open + 1..];
    let weekday = !day.is_empty()
        && day.chars().count() <= 3
        && day.chars().all(|c| "月火水木金土日祝曜".contains(c));
    if weekday {
        inner[..open].trim_end()
    } else {
        s
    }
}

/// Whether `s` starts with a date or a time: digits followed by `:MM`, 時, 分, 日, 月 or
/// `/D` (after 翌, 翌日 or 午前/午後); with `clock` only `H:MM`.
fn starts_with_point(s: &str, clock: bool) -> bool {
    let s = ["翌日", "翌", "午前", "午後"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return false;
    }
    let rest = &s[digits..];
    let two_digits = |r: &str| {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&n) && (n == 2 || !clock)
    };
    if let Some(r) = rest.strip_prefix(':') {
        return digits <= 2 && r.bytes().take_while(u8::is_ascii_digit).count() == 2;
    }
    if clock {
        return false;
    }
    if let Some(r) = rest.strip_prefix('/') {
        return two_digits(r);
    }
    digits <= 2 && ["時", "分", "日", "月"].iter().any(|u| rest.starts_with(u))
}

#[cfg(test)]
mod tests {
    use super::states_period;

    fn matching(text: &str) -> String {
        crate::normalize::Normalized::with_matching(text)
            .1
            .as_str()
            .to_owned()
    }

    #[test]
    fn periods_of_scheduled_notices_are_read() {
        for text in [
            "11月16日(日)0:00〜6:00は三菱UFJダイレクトがご利用いただけません",
            "12/7 1:00〜5:00 メンテナンスのため",
            "12/31〜1/3はATMの一部サービスがご利用いただけません",
            "11/20 2:00〜6:00の間、サービスを停止いたします",
            "１２月３１日（木）～１月３日（日）",
            "午前2時から午前6時まで",
            "1:00-5:00の間",
            "2026/12/5 ~ 2026/12/6",
            "23時〜翌5時",
            "5日(月曜日)から7日",
            "5日 (土) 〜 7日 (月)",
        ] {
            assert!(states_period(&matching(text)), "{text}");
        }
    }

    #[test]
    fn numbers_that_are_no_period_are_not_read() {
        for text in [
            "",
            "〜",
            "本日中にお支払いください",
            "お問い合わせは03-1234-5678まで",
            "090-1234-5678",
            "1,000円〜5,000円",
            "12/31までにお支払いください",
            "3日以内にご連絡ください",
            "2026-12-05",
            "残高10万円から",
            "15時までに",
            "〜12/7",
            "12/7〜",
            "1-5の間",
            "ID:1234 から確認",
            "5日(ご相談の上)〜7日",
        ] {
            assert!(!states_period(&matching(text)), "{text}");
        }
    }

    #[test]
    fn a_text_of_many_marks_is_read_in_linear_time() {
        // Each mark is tried with a few characters either side only: a long text of marks and
        // brackets is no period and is read at once (a quadratic reading would take minutes).
        let text = "1)〜".repeat(100_000);
        assert!(!states_period(&text));
        let text = format!("{}1:00〜2:00", "(日)〜 ".repeat(100_000));
        assert!(states_period(&text));
    }
}
