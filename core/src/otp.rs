//! Where a one-time code being handed over is recognised.

use std::sync::LazyLock;

use regex::Regex;

/// A one-time code being delivered: a word for "code" followed by 4–8 digits
/// (「認証コード:482913」, 「セキュリティ コード: 8812」, "code is 1234"), or digits followed by
/// "is your" / 「があなたの」 (「G-482913があなたのGoogle確認コードです」). Lures ask for codes;
/// they do not hand one over.
// A constant pattern, compiled once and covered by the tests: no input reaches it.
#[allow(clippy::expect_used)]
static OTP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:コード|code|認証番号|パスワード|passcode|pin) [\s:]* (?:は|is|:)? [\s:]* (?:g-)? [0-9]{4,8} (?:[^0-9]|$)
        | (?:^|[^0-9a-z]) (?:g-)? [0-9]{4,8} \s* (?:は|が|is) \s* (?:あなたの|your)
        ",
    )
    .expect("OTP pattern is valid")
});

/// Where a one-time code is delivered in the matching text, if anywhere.
pub(crate) fn otp_code(text: &str) -> Option<(usize, usize)> {
    OTP.find(text).map(|m| (m.start(), m.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OTP_CASES: &[(&str, &str, bool)] = &[
        ("ja_colon", "認証コード:482913", true),
        ("ja_wa", "確認コードは 1234 です", true),
        ("spaced", "セキュリティ コード: 8812", true),
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
    ];

    #[test]
    fn otp_table() {
        for &(name, text, want) in OTP_CASES {
            assert_eq!(otp_code(text).is_some(), want, "case {name}");
        }
    }
}
