//! Where the sender of a message is classified.
//!
//! In Japan genuine bulk SMS from carriers, banks and services come from short codes or
//! registered alphanumeric IDs; lures mostly come from ordinary mobile numbers (phones hijacked
//! by malware), from abroad, or from e-mail addresses through iMessage. A brand's message from
//! a personal mobile number is strong evidence of a lure.

use crate::extract::classify_number;
use crate::verdict::{PhoneKind, SenderKind};

/// Classifies a sender string. Empty, over-long ([`crate::MAX_SENDER_BYTES`]) or unreadable
/// senders are `Unknown`; a number written with Japan's international prefix (`010-852-…`) is
/// read as written with `+`; this never fails.
pub(crate) fn sender_kind(raw: &str) -> SenderKind {
    let Some(n) = readable(raw) else {
        return SenderKind::Unknown;
    };
    let n = n.as_str();
    if n.contains('@') {
        return if address_domain(n).is_some() {
            SenderKind::Email
        } else {
            SenderKind::Unknown
        };
    }
    let compact: String = n
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '(' | ')'))
        .collect();
    if compact.starts_with('+')
        || compact.bytes().all(|b| b.is_ascii_digit()) && !compact.is_empty()
    {
        if let Some((_, kind)) = classify_number(&compact) {
            return match kind {
                PhoneKind::Mobile => SenderKind::DomesticMobile,
                PhoneKind::IpPhone => SenderKind::IpPhone,
                PhoneKind::International => SenderKind::International,
                _ => SenderKind::DomesticLandline,
            };
        }
        if compact.starts_with('+') {
            return SenderKind::International;
        }
        // Dialled from Japan, a number abroad opens with 010, which is a "+" (a Japanese
        // number written so stays domestic). 00 is left alone: in Japan it opens carriers'
        // free-dial prefixes (0066-…, 00531-…) as often as a country code.
        if let Some(rest) = dialled_abroad(&compact) {
            return sender_kind(&format!("+{rest}"));
        }
        if (3..=8).contains(&compact.len()) {
            return SenderKind::ShortCode;
        }
        return SenderKind::Unknown;
    }
    if n.chars().any(char::is_alphabetic) && n.chars().count() <= 20 {
        return SenderKind::Alphanumeric;
    }
    SenderKind::Unknown
}

/// The digits after Japan's international call prefix 010 that `compact` (digits only) opens
/// with, when a country code and a national number follow (ten digits or more: a Korean mobile
/// written at home, 010-1234-5678, leaves eight).
fn dialled_abroad(compact: &str) -> Option<&str> {
    let rest = compact.strip_prefix("010")?;
    (rest.len() >= 10 && !rest.starts_with('0')).then_some(rest)
}

/// The domain of an e-mail address `n` (normalized, trimmed), lower-case, when it is a domain
/// we accept (see [`crate::domain::is_bare_domain`]).
fn address_domain(n: &str) -> Option<String> {
    let domain = n.rsplit('@').next()?.to_ascii_lowercase();
    crate::domain::is_bare_domain(&domain).then_some(domain)
}

/// The domain of the sender `raw` when it is an e-mail address (`SenderKind::Email`),
/// lower-case; `None` for any other sender. Work bounded by the sender's length.
pub(crate) fn email_domain(raw: &str) -> Option<String> {
    let n = readable(raw)?;
    if n.contains('@') {
        address_domain(&n)
    } else {
        None
    }
}

/// The sender `raw` normalized and trimmed, or `None` when it is empty or over-long
/// ([`crate::MAX_SENDER_BYTES`]): what [`sender_kind`] and [`email_domain`] read.
fn readable(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() || s.len() > crate::MAX_SENDER_BYTES {
        return None;
    }
    let n = crate::normalize::normalize(s);
    let trimmed = n.trim();
    Some(if trimmed.len() == n.len() {
        n
    } else {
        trimmed.to_owned()
    })
}

/// The sender in a form comparable with the registry's `senders` (lower-case, no spaces or
/// hyphens, +81 read as 0).
pub(crate) fn sender_key(raw: &str) -> String {
    let n = crate::normalize::normalize(raw.trim());
    let mut k: String = n
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(rest) = k.strip_prefix("+81") {
        k = format!("0{}", rest.trim_start_matches('0'));
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENDERS: &[(&str, &str, SenderKind)] = &[
        ("short_code", "157", SenderKind::ShortCode),
        ("short_code_5", "23733", SenderKind::ShortCode),
        ("mobile", "090-1234-5678", SenderKind::DomesticMobile),
        (
            "mobile_plus81",
            "+81 80 1234 5678",
            SenderKind::DomesticMobile,
        ),
        (
            "mobile_fullwidth",
            "０８０１２３４５６７８",
            SenderKind::DomesticMobile,
        ),
        ("landline", "0312345678", SenderKind::DomesticLandline),
        ("ip_phone", "050-1234-5678", SenderKind::IpPhone),
        ("ip_phone_plus81", "+81 50 1234 5678", SenderKind::IpPhone),
        ("toll_free", "0120-123-456", SenderKind::DomesticLandline),
        ("international", "+8613912345678", SenderKind::International),
        ("international_odd", "+63 9123", SenderKind::International),
        (
            "international_dialled_from_japan",
            "010-852-6473-2819",
            SenderKind::International,
        ),
        (
            "free_dial_0066_not_abroad",
            "0066-33-123456",
            SenderKind::Unknown,
        ),
        (
            "korean_mobile_at_home",
            "010-9876-5432",
            SenderKind::Unknown,
        ),
        (
            "japanese_mobile_dialled_back_home",
            "010-81-90-1234-5678",
            SenderKind::DomesticMobile,
        ),
        (
            "navi_dial_like_00",
            "0077-78-1234",
            SenderKind::DomesticLandline,
        ),
        ("alpha", "Amazon", SenderKind::Alphanumeric),
        ("alpha_japanese", "三井住友カード", SenderKind::Alphanumeric),
        ("email", "xkq3@icloud.com", SenderKind::Email),
        ("empty", "", SenderKind::Unknown),
        ("spaces", "   ", SenderKind::Unknown),
        ("long_digits", "123456789012345", SenderKind::Unknown),
    ];

    #[test]
    fn sender_table() {
        for &(name, raw, want) in SENDERS {
            assert_eq!(sender_kind(raw), want, "case {name}");
        }
        assert_eq!(sender_kind(&"a".repeat(1000)), SenderKind::Unknown);
    }

    #[test]
    fn keys() {
        assert_eq!(sender_key("+81 90-1234-5678"), "09012345678");
        assert_eq!(sender_key("SMBC"), "smbc");
    }
}
