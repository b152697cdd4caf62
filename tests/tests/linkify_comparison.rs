//! Our link scanner against `linkify` (configured at its most permissive for SMS: links without
//! a scheme allowed, e-mail addresses found) on the extraction cases that matter in Japanese
//! SMS. Each row says which links (and e-mail addresses) a reader means; the test asserts that
//! our scanner finds exactly those on every row, and that linkify misreads exactly the rows
//! listed in `LINKIFY_MISREADS` — the measured reason, recorded in the README's URL section,
//! why links are found by our scanner. Run with `--nocapture` to print the comparison.

use linkify::{LinkFinder, LinkKind};
use smishguard_core::classify;

/// (name, message, links and e-mail addresses meant, as written in the message)
#[rustfmt::skip]
const CASES: &[(&str, &str, &[&str])] = &[
    // Japanese glued to links.
    ("glued_both", "こちらhttps://example.com/loginへ", &["https://example.com/login"]),
    ("path_then_kuten", "https://a.jp/login。お早めに", &["https://a.jp/login"]),
    ("label_glued", "URL:https://a.co.jp/", &["https://a.co.jp/"]),
    ("bare_glued", "詳細はbit.ly/3xYz9へ", &["bit.ly/3xYz9"]),
    ("brackets", "【佐川急便】https://sagawa-xx.top/track（再配達）", &["https://sagawa-xx.top/track"]),
    ("bare_path", "amazon-co-jp.top/verify から", &["amazon-co-jp.top/verify"]),
    // IDN hosts.
    ("idn_japanese", "https://日本語.jp/へ", &["https://日本語.jp/"]),
    ("idn_cyrillic", "https://аpple.com/id を確認", &["https://аpple.com/id"]),
    // E-mail addresses in Japanese text.
    ("email_glued", "連絡はinfo@example.co.jpまで", &["info@example.co.jp"]),
    ("email_kuten", "お問い合わせ:support@sagawa-exp.co.jp。", &["support@sagawa-exp.co.jp"]),
    // Forms the browser repairs, and disguises.
    ("backslashes", "ご確認 https:\\\\evil-bank.top\\login", &["https:\\\\evil-bank.top\\login"]),
    ("one_slash", "ご確認 https:/evil-bank.top/login", &["https:/evil-bank.top/login"]),
    ("hex_ip", "ご確認ください http://0x7f.1/login", &["http://0x7f.1/login"]),
    ("decimal_ip", "http://2130706433/ へ", &["http://2130706433/"]),
    ("bare_ip_path", "保護アプリ→ 45.77.132.9/protect.apk", &["45.77.132.9/protect.apk"]),
    ("minus_sign", "確認 https://rakuten−card.co.jp.secure.cn/", &["https://rakuten−card.co.jp.secure.cn/"]),
    ("fullwidth", "ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘｘ．ｃｏｍ", &["ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘｘ．ｃｏｍ"]),
    ("ideographic_dot", "sagawa-xx。com/track", &["sagawa-xx。com/track"]),
    // Plain cases both should get right.
    ("plain", "see https://example.com/a?b=c now", &["https://example.com/a?b=c"]),
    ("trailing_period", "Visit http://a.com.", &["http://a.com"]),
    ("paren", "(http://a.com/x)", &["http://a.com/x"]),
    ("not_version", "ver.2.0 と 3.5GB", &[]),
    ("email_ascii", "mail info@example.com now", &["info@example.com"]),
];

/// The rows linkify reads differently from what a reader means (measured with linkify 0.10).
const LINKIFY_MISREADS: &[&str] = &[
    "glued_both",
    "path_then_kuten",
    "bare_glued",
    "brackets",
    "idn_japanese",
    "email_glued",
    "email_kuten",
    "backslashes",
    "one_slash",
    "hex_ip",
    "decimal_ip",
    "fullwidth",
    "ideographic_dot",
];

fn ours(text: &str) -> Vec<String> {
    let v = classify(text, None);
    let mut spans: Vec<_> = v
        .urls
        .iter()
        .map(|u| u.span)
        .chain(v.emails.iter().copied())
        .collect();
    spans.sort_by_key(|s| s.start);
    spans
        .iter()
        .map(|s| text[s.start..s.end].to_owned())
        .collect()
}

fn linkify(text: &str) -> Vec<String> {
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder.kinds(&[LinkKind::Url, LinkKind::Email]);
    finder.links(text).map(|l| l.as_str().to_owned()).collect()
}

#[test]
fn our_scanner_reads_every_case() {
    let mut failures = Vec::new();
    for &(name, text, want) in CASES {
        let got = ours(text);
        if got != want {
            failures.push(format!("{name}: {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn linkify_misreads_the_recorded_cases() {
    let mut misread = Vec::new();
    for &(name, text, want) in CASES {
        let got = linkify(text);
        let ok = got == want;
        println!(
            "{name:18} {}  linkify {got:?}",
            if ok { "same" } else { "MISREAD" }
        );
        if !ok {
            misread.push(name);
        }
    }
    println!(
        "linkify reads {} of {} cases as meant; our scanner {} of {}",
        CASES.len() - misread.len(),
        CASES.len(),
        CASES.len(),
        CASES.len()
    );
    assert_eq!(misread, LINKIFY_MISREADS);
}
