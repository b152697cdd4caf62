//! The catalogue of hostile inputs: one named line each. Every case also runs through the
//! invariants every verdict must keep (spans inside the analysed text on character
//! boundaries, UTF-16 offsets, level consistent with score and thresholds, caps).
//!
//! Regression tests for what fuzzing and the property tests found are at the end.

use std::sync::LazyLock;

use smishguard_core::normalize::normalize;
use smishguard_core::RulePack;
use smishguard_core::{
    classify, Classifier, Level, PhoneKind, SenderKind, UrlFlag, Verdict, MAX_EMAILS,
    MAX_INPUT_BYTES, MAX_PHONES, MAX_URLS,
};
use smishguard_tests::invariants::check_verdict;

static PACK: LazyLock<RulePack> = LazyLock::new(|| Classifier::new().pack());

const MIB: usize = 1 << 20;

/// Classifies `text` (with `sender`), checks the invariants, returns the verdict.
fn run(text: &str, sender: Option<&str>) -> Verdict {
    let v = classify(text, sender);
    if let Err(e) = check_verdict(text, &v, &PACK) {
        let shown: String = text.chars().take(200).collect();
        panic!("{e}\ninput (first 200 chars): {shown:?}");
    }
    v
}

fn codes(v: &Verdict) -> Vec<&str> {
    v.reasons.iter().map(|r| r.code.as_str()).collect()
}

fn has_flag(v: &Verdict, flag: UrlFlag) -> bool {
    v.urls.iter().any(|u| u.flags.contains(&flag))
}

fn hosts(v: &Verdict) -> Vec<&str> {
    v.urls.iter().map(|u| u.host.as_str()).collect()
}

/// `hostile!(name, input, sender, |verdict, text| assertions)`: one case, one line.
macro_rules! hostile {
    ($name:ident, $input:expr, $sender:expr, $check:expr) => {
        #[test]
        fn $name() {
            let text: String = $input;
            let sender: Option<String> = $sender;
            let v = run(&text, sender.as_deref());
            let check: &dyn Fn(&Verdict, &str) = &$check;
            check(&v, &text);
        }
    };
}

fn s(x: &str) -> String {
    x.to_owned()
}

const LURE: &str =
    "お荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ";

#[rustfmt::skip]
mod catalogue {
use super::*;

// --- size and count ------------------------------------------------------------------------
hostile!(empty_message, s(""), None, |v, _| { assert_eq!(v.level, Level::Safe); assert!(v.reasons.is_empty() && v.urls.is_empty() && !v.truncated) });
hostile!(one_mib_of_text, "あ".repeat(MIB / 3 + 1), None, |v, _| { assert!(v.truncated); assert_eq!(v.level, Level::Safe) });
hostile!(one_mib_after_a_lure, format!("{LURE}{}", "x".repeat(MIB)), None, |v, _| { assert!(v.truncated); assert_eq!(v.level, Level::Dangerous) });
hostile!(lure_past_the_cap_is_not_seen, format!("{}{LURE}", " ".repeat(MAX_INPUT_BYTES)), None, |v, _| { assert!(v.truncated); assert!(v.urls.is_empty()) });
hostile!(cap_cuts_on_a_char_boundary, format!("a{}", "あ".repeat(MAX_INPUT_BYTES / 3 + 10)), None, |v, _| assert!(v.truncated));
hostile!(hundred_thousand_urls, (0..100_000).map(|i| format!("https://a{i}.top/ ")).collect(), None, |v, _| { assert_eq!(v.urls.len(), MAX_URLS); assert!(v.truncated) });
hostile!(hundred_thousand_bare_domains, "a.com ".repeat(100_000), None, |v, _| assert_eq!(v.urls.len(), MAX_URLS));
hostile!(ten_thousand_phones, "090-1234-5678 ".repeat(10_000), None, |v, _| assert_eq!(v.phones.len(), MAX_PHONES));
hostile!(thousands_of_emails, (0..5_000).map(|i| format!("u{i}@example.com ")).collect(), None, |v, _| assert_eq!(v.emails.len(), MAX_EMAILS));
hostile!(ten_thousand_masked_links, "https://~ ".repeat(10_000), None, |v, _| { assert!(v.urls.is_empty()); assert_eq!(codes(v).iter().filter(|c| **c == "link.masked").count(), 1) });
hostile!(a_million_combining_marks, format!("a{}", "\u{0301}".repeat(1_000_000)), None, |v, _| { assert!(v.truncated); assert!(v.urls.is_empty()) });
hostile!(ten_thousand_emoji_zwj_sequences, "👨\u{200D}👩\u{200D}👧\u{200D}👦".repeat(10_000), None, |v, _| { assert!(v.truncated); assert_eq!(v.level, Level::Safe); assert!(!codes(v).contains(&"text.obfuscation")) });
hostile!(one_mib_of_dots, ".".repeat(MIB), None, |v, _| { assert!(v.truncated); assert!(v.urls.is_empty()) });
hostile!(one_mib_of_scheme_separators, "://".repeat(MIB / 3), None, |v, _| assert!(v.urls.is_empty()));
hostile!(masked_link_chain, "http://a:".repeat(20_000), None, |v, _| { assert!(v.urls.is_empty()); assert!(codes(v).contains(&"link.masked")) });
hostile!(closing_brackets_after_a_url, format!("https://a.jp/{}", ")".repeat(60_000)), None, |v, _| assert_eq!(v.urls[0].url, "https://a.jp/"));
hostile!(long_idn_label, format!("https://{}.jp/", "日本語".repeat(20_000)), None, |v, _| assert!(v.truncated));
hostile!(dots_after_a_domain, format!("sagawa-kx.top{}", ".".repeat(60_000)), None, |v, _| assert_eq!(hosts(v), ["sagawa-kx.top"]));
hostile!(a_mib_long_sender, s(LURE), Some("0".repeat(MIB)), |v, _| assert_eq!(v.sender.as_ref().map(|s| s.kind), Some(SenderKind::Unknown)));

// --- invisible and control characters ------------------------------------------------------
hostile!(nul_bytes, format!("\0お荷物\0のお届け\0{LURE}\0"), None, |v, _| assert_eq!(hosts(v), ["sagawa-kx.top"]));
hostile!(nul_sender, s(LURE), Some(s("\0\0\0")), |v, _| assert_eq!(v.sender.as_ref().map(|s| s.kind), Some(SenderKind::Unknown)));
hostile!(rtl_override_inside_a_domain, s("https://saga\u{202E}wa-kx.top/"), None, |v, _| { assert_eq!(hosts(v), ["sagawa-kx.top"]); assert!(has_flag(v, UrlFlag::Obfuscated)) });
hostile!(rtl_override_reversing_text, s("\u{202E}pot.xk-awagas//:sptth \u{202C}"), None, |v, _| assert!(v.urls.is_empty()));
hostile!(zero_width_space_inside_a_lure_word, s("不\u{200B}在の為持ち帰りました。https://sagawa-kx.top/"), None, |v, _| assert!(codes(v).contains(&"text.obfuscation")));
hostile!(replacement_chars_from_lone_surrogates, String::from_utf8_lossy(b"\xED\xA0\x80https://sagawa-kx.top/\xED\xBF\xBF").into_owned(), None, |v, _| assert_eq!(hosts(v), ["sagawa-kx.top"]));
hostile!(replacement_char_inside_a_host, s("https://saga\u{FFFD}wa-kx.top/"), None, |v, _| assert!(!hosts(v).contains(&"sagawa-kx.top")));
hostile!(emoji_variation_selector_is_not_filler, s("ありがとう❤\u{FE0F}また明日☺\u{FE0F}"), None, |v, _| assert!(!codes(v).contains(&"text.obfuscation")));
hostile!(variation_selector_inside_a_word_is_filler, s("不\u{FE00}在の為持ち帰りました"), None, |v, _| assert!(codes(v).contains(&"text.obfuscation")));
hostile!(keycap_emoji_are_not_filler, s("1\u{FE0F}\u{20E3}お知らせ2\u{FE0F}\u{20E3}"), None, |v, _| assert!(!codes(v).contains(&"text.obfuscation")));

// --- disguised URLs ------------------------------------------------------------------------
hostile!(cyrillic_homoglyph_domain, s("Apple IDがロックされました https://аpple.com/verify"), None, |v, _| { assert!(has_flag(v, UrlFlag::Idn) && has_flag(v, UrlFlag::Homoglyph)); assert!(v.level >= Level::Suspicious) });
hostile!(punycode_of_a_homoglyph_brand, s("https://xn--pple-43d.com/"), None, |v, _| { assert!(has_flag(v, UrlFlag::Idn) && has_flag(v, UrlFlag::Homoglyph)); assert_eq!(hosts(v), ["аpple.com"]) });
hostile!(official_domain_as_user_info, s("【ドコモ】料金未払い https://docomo.ne.jp@evil.example/"), None, |v, _| { assert!(has_flag(v, UrlFlag::UserInfo) && !has_flag(v, UrlFlag::Official)); assert_eq!(hosts(v), ["evil.example"]); assert!(v.urls[0].official_brand.is_none()) });
hostile!(url_split_by_a_space, s("https://sagawa-kx .top/ 不在の為持ち帰りました"), None, |v, _| { assert!(!hosts(v).contains(&"sagawa-kx.top")); assert!(codes(v).contains(&"link.masked")) });
hostile!(url_split_by_a_newline, s("不在の為持ち帰りました https://sagawa-\nkx.top/"), None, |v, _| assert_eq!(hosts(v), ["kx.top"]));
hostile!(fullwidth_dot_in_a_domain, s("不在の為持ち帰りました https://sagawa-kx．top/"), None, |v, _| { assert_eq!(hosts(v), ["sagawa-kx.top"]); assert!(has_flag(v, UrlFlag::Obfuscated)) });
hostile!(ideographic_dot_and_zero_width_in_a_domain, s("https://sagawa-kx。\u{200B}top/"), None, |v, _| { assert_eq!(hosts(v), ["sagawa-kx.top"]); assert!(has_flag(v, UrlFlag::Obfuscated)) });
hostile!(fullwidth_scheme_and_host, s("ｈｔｔｐｓ：／／ｓａｇａｗａ－ｋｘ．ｔｏｐ／"), None, |v, t| { assert_eq!(hosts(v), ["sagawa-kx.top"]); assert_eq!(&t[v.urls[0].span.start..v.urls[0].span.end], t) });
hostile!(host_rejected_by_idna_still_has_an_ascii_form, s("https://amazo日本語n-primespoti.fi,jp-update.top"), None, |v, _| assert_eq!(v.urls[0].host_ascii, "xn--amazon-primespoti-qo59as7mf90s.fi,jp-update.top"));
hostile!(non_ascii_in_an_ip_literal, s("https://[u-sohcaikai2\u{200B}日本語.comsmbc"), None, |v, _| { assert!(v.urls[0].host_ascii.is_ascii()); assert!(!has_flag(v, UrlFlag::IpHost)) });
hostile!(dots_leading_a_domain, s("続きは...sagawa-kx.top/"), None, |v, _| assert_eq!(hosts(v), ["sagawa-kx.top"]));
hostile!(only_a_url, s("https://sagawa-kx.top/"), None, |v, t| { assert_eq!(v.urls.len(), 1); assert_eq!((v.urls[0].span.start, v.urls[0].span.end), (0, t.len())) });
hostile!(only_a_phone_number, s("090-1234-5678"), None, |v, t| { assert_eq!(v.phones.len(), 1); assert_eq!(v.phones[0].kind, PhoneKind::Mobile); assert_eq!(v.phones[0].span.end, t.len()) });
hostile!(only_an_official_url, s("https://www.docomo.ne.jp/"), None, |v, _| { assert!(has_flag(v, UrlFlag::Official)); assert_eq!(v.level, Level::Safe) });
hostile!(emoji_before_a_url_utf16_spans, s("😀😀https://sagawa-kx.top/"), None, |v, _| assert_eq!((v.urls[0].span.start, v.urls[0].span.start_utf16), (8, 4)));
}

// --- regressions found by property tests and fuzzing ---------------------------------------

/// (name, text, URL text): normalization reads context-dependent characters on what is
/// written next, so a second pass gives the same text.
const IDEMPOTENT: &[(&str, &str, &str)] = &[
    ("dot_before_removed_zero_width", "a。\u{200B}b", "a.b"),
    ("dot_before_circled_digit", "a。①", "a.1"),
    ("dash_before_removed_mark", "1ー\u{FF9E}2", "1-2"),
    ("mark_after_removed_invisible", "a\u{200B}\u{0301}", "a"),
    ("keycap", "1\u{FE0F}\u{20E3}", "1"),
    ("leading_mark", "\u{0301}a", "a"),
];

#[test]
fn normalization_regressions() {
    for &(name, input, want) in IDEMPOTENT {
        let once = normalize(input);
        assert_eq!(once, want, "case {name}");
        assert_eq!(normalize(&once), once, "case {name}: second pass");
    }
}

/// The sender copied into the verdict is capped in bytes (not characters), at a boundary.
#[test]
fn sender_copy_is_capped_in_bytes() {
    let sender = "あ".repeat(300);
    let v = smishguard_core::classify("了解", Some(&sender));
    let s = v.sender.expect("a sender was given");
    assert!(
        s.raw.len() <= smishguard_core::MAX_SENDER_BYTES,
        "{} bytes",
        s.raw.len()
    );
    assert!(sender.starts_with(&s.raw));
    assert_eq!(s.kind, smishguard_core::SenderKind::Unknown);
}
