//! The user's allow and block lists: what each does, what wins, and the "not spam" helper.

use smishguard_core::{
    allow_entry_for, AllowEntry, Classifier, Error, Level, UserListEntries, UserLists,
};

fn lists(f: impl FnOnce(&mut UserListEntries)) -> UserLists {
    let mut e = UserListEntries::default();
    f(&mut e);
    UserLists::new(&e).expect("lists compile")
}

const LURE: &str = "【ドコモ】ご利用料金が高額になっております。https://docomo-pay.xyz/";
const SHOP: &str = "【ベーカリー花】本日限定でパン詰め放題を開催します。至急ご来店ください!https://hana-bakery.shop/news";

#[test]
fn block_lists() {
    let c = Classifier::new();
    let chat = "今日何時に帰る?";
    let l = lists(|e| e.blocked_senders.push("+81 90-1111-2222".into()));
    let v = c.classify_with(chat, Some("09011112222"), &l);
    assert_eq!(v.level, Level::Dangerous);
    assert!(v.reasons.iter().any(|r| r.code == "user.blocked_sender"));
    assert!(v.score >= 0.85);

    let l = lists(|e| {
        e.blocked_domains
            .push("https://www.hana-bakery.shop/".into())
    });
    let v = c.classify_with(SHOP, None, &l);
    assert_eq!(v.level, Level::Dangerous);
    assert!(v.reasons.iter().any(|r| r.code == "user.blocked_domain"));

    let l = lists(|e| e.blocked_keywords.push("ＰＡＮ詰め放題".into()));
    let v = c.classify_with("pan詰め放題やってます", None, &l);
    assert_eq!(
        v.level,
        Level::Dangerous,
        "keywords match in normalized text"
    );
}

/// A keyword that starts with a kanji drawn like katakana (口 in 「口コミ」) is found whether the
/// message reads it as the kanji (after a kanji) or as the letter (after katakana).
#[test]
fn a_keyword_starting_with_a_kanji_twin_is_found_either_way() {
    let c = Classifier::new();
    let l = lists(|e| e.blocked_keywords.push("口コミ".into()));
    for text in [
        "人気商品口コミランキング",
        "アプリ口コミランキング",
        "この店の口コミ",
    ] {
        let v = c.classify_with(text, None, &l);
        assert!(
            v.reasons.iter().any(|r| r.code == "user.blocked_keyword"),
            "{text}"
        );
    }
}

#[test]
fn allow_lists() {
    let c = Classifier::new();
    let plain = c.classify(SHOP, Some("0312345678"));
    let l = lists(|e| e.allowed_senders.push("03-1234-5678".into()));
    let v = c.classify_with(SHOP, Some("0312345678"), &l);
    assert!(v.score < plain.score);
    assert_eq!(v.level, Level::Safe);
    assert!(v.reasons.iter().any(|r| r.code == "user.allowed_sender"));

    let l = lists(|e| e.allowed_domains.push("hana-bakery.shop".into()));
    let v = c.classify_with(SHOP, None, &l);
    assert!(v.reasons.iter().any(|r| r.code == "user.allowed_domain"));
    assert!(
        !v.reasons.iter().any(|r| r.code == "url.risky_tld"),
        "flags of an allowed domain do not count"
    );
}

#[test]
fn block_beats_allow() {
    let c = Classifier::new();
    let l = lists(|e| {
        e.allowed_senders.push("0312345678".into());
        e.blocked_keywords.push("詰め放題".into());
    });
    let v = c.classify_with(SHOP, Some("0312345678"), &l);
    assert_eq!(v.level, Level::Dangerous);
    assert!(!v.reasons.iter().any(|r| r.code == "user.allowed_sender"));
}

#[test]
fn an_allowed_sender_never_hides_a_deceptive_link() {
    let c = Classifier::new();
    let l = lists(|e| e.allowed_senders.push("DOCOMO".into()));
    let v = c.classify_with(LURE, Some("docomo"), &l);
    assert!(v.level >= Level::Suspicious, "{:?}", v.level);
    assert!(v.reasons.iter().any(|r| r.code == "user.allow_overridden"));
    // The same sender with an honest message is quiet.
    let v = c.classify_with(
        "【ドコモ】本日のメンテナンスは終了しました。",
        Some("docomo"),
        &l,
    );
    assert_eq!(v.level, Level::Safe);
}

#[test]
fn not_spam_helper() {
    let c = Classifier::new();
    let v = c.classify(SHOP, Some("+81 3-1234-5678"));
    assert_eq!(
        allow_entry_for(&v),
        Some(AllowEntry::Sender("0312345678".into()))
    );
    let v = c.classify(SHOP, None);
    assert_eq!(
        allow_entry_for(&v),
        Some(AllowEntry::Domain("hana-bakery.shop".into()))
    );
    assert_eq!(allow_entry_for(&c.classify("了解", None)), None);
    // Storing what the helper returns does what the user asked.
    let entry = allow_entry_for(&c.classify(SHOP, Some("0312345678"))).unwrap();
    let l = lists(|e| match entry {
        AllowEntry::Sender(s) => e.allowed_senders.push(s),
        AllowEntry::Domain(d) => e.allowed_domains.push(d),
    });
    assert_eq!(
        c.classify_with(SHOP, Some("0312345678"), &l).level,
        Level::Safe
    );
}

#[test]
fn bad_entries_are_refused_by_name() {
    let e = UserListEntries {
        blocked_domains: vec!["ok.jp".into(), "not a domain".into()],
        ..Default::default()
    };
    let err = UserLists::new(&e).unwrap_err();
    assert!(
        matches!(&err, Error::UserList { path, .. } if path == "blocked_domains[1]"),
        "{err}"
    );
    let e = UserListEntries {
        blocked_keywords: vec!["a".into()],
        ..Default::default()
    };
    assert!(UserLists::new(&e).is_err());
    let e = UserListEntries {
        allowed_senders: vec!["x".repeat(300)],
        ..Default::default()
    };
    assert!(UserLists::new(&e).is_err());
    let e = UserListEntries {
        allowed_senders: vec!["0".into(); 10_001],
        ..Default::default()
    };
    assert!(UserLists::new(&e).is_err());
}
