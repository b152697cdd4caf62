//! Properties that hold for every message, checked on generated hostile text: Japanese,
//! emoji, combining marks, zero-width and bidi characters, full-width ASCII, NUL, lone
//! replacement characters, and URL, phone and lure fragments mixed in.

use std::sync::{Arc, LazyLock};

use proptest::prelude::*;
use proptest::sample::select;
use smishguard_core::normalize::{normalize, Normalized};
use smishguard_core::RulePack;
use smishguard_core::{classify, Classifier, UrlFlag};
use smishguard_tests::invariants::{check_normalized, check_verdict};

static PACK: LazyLock<RulePack> = LazyLock::new(|| Classifier::new().pack());

/// The default pack compiled a second time, apart from the shared process-wide one.
static OWN: LazyLock<Classifier> = LazyLock::new(|| {
    Classifier::from_json(smishguard_core::default_pack_json().as_bytes())
        .expect("the default pack loads")
});

fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range(' ', '~'),
        3 => proptest::char::range('\u{3041}', '\u{30FF}'),
        2 => proptest::char::range('\u{4E00}', '\u{9FFF}'),
        1 => proptest::char::range('\u{1F300}', '\u{1F6FF}'),
        1 => proptest::char::range('\u{0300}', '\u{036F}'),
        2 => select(vec![
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{202E}', '\u{2066}', '\u{FE0F}',
            '\u{FEFF}', '\u{20E3}', '\u{0749}', '\u{FF9E}', '\u{FF9F}', '。', '｡', '．', '・',
            'ー', '－', '①', '\u{FFFD}', '\0', '\n', '\u{3000}', 'а', 'о', 'ｈ', '：', '／',
        ]),
        2 => proptest::char::range('\u{FF01}', '\u{FF9F}'),
        1 => proptest::char::range('\u{0400}', '\u{04FF}'),
        1 => any::<char>(),
    ]
}

const FRAGMENTS: &[&str] = &[
    "https://",
    "http://",
    "hxxps://",
    "ｈｔｔｐｓ：／／",
    "docomo.ne.jp",
    "sagawa-kx.top",
    "xn--pple-43d.com",
    "bit.ly/",
    "@",
    ".com",
    ".jp",
    "/?u=",
    "090-1234-5678",
    "０１２０ー１２３ー４５６",
    "不在の為持ち帰りました",
    "こちら",
    "ご確認ください",
    "佐川急便",
    "認証コードは",
    "👨\u{200D}👩\u{200D}👧",
];

/// Hostile text: characters from the classes above with fragments of real messages.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => hostile_char().prop_map(String::from),
            2 => select(FRAGMENTS).prop_map(String::from),
        ],
        0..96,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn classify_keeps_every_invariant(text in hostile_text(), sender in proptest::option::of(hostile_text())) {
        let v = classify(&text, sender.as_deref());
        if let Err(e) = check_verdict(&text, &v, &PACK) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn classify_keeps_invariants_on_any_string(text in any::<String>()) {
        let v = classify(&text, None);
        if let Err(e) = check_verdict(&text, &v, &PACK) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn normalization_is_idempotent(text in hostile_text()) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn normalized_maps_back_on_char_boundaries(text in hostile_text()) {
        let n = Normalized::new(&text);
        if let Err(e) = check_normalized(&text, &n) {
            prop_assert!(false, "url text: {}", e);
        }
        if let Err(e) = check_normalized(&text, &n.for_matching()) {
            prop_assert!(false, "matching text: {}", e);
        }
    }

    #[test]
    fn classify_is_deterministic(text in hostile_text()) {
        let c = Classifier::new();
        prop_assert_eq!(c.classify(&text, Some("08012345678")), c.classify(&text, Some("08012345678")));
        // A separately compiled classifier of the same pack agrees too.
        prop_assert_eq!(OWN.classify(&text, None), c.classify(&text, None));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn one_classifier_shared_by_eight_threads_agrees(texts in prop::collection::vec(hostile_text(), 1..12)) {
        let c = Classifier::new();
        let want: Vec<_> = texts.iter().map(|t| c.classify(t, None)).collect();
        let texts = Arc::new(texts);
        let handles: Vec<_> = (0..8)
            .map(|k| {
                let c = c.clone();
                let texts = Arc::clone(&texts);
                std::thread::spawn(move || {
                    // Each thread walks the messages from a different start.
                    let n = texts.len();
                    (0..n)
                        .map(|i| (i + k) % n)
                        .map(|i| (i, c.classify(&texts[i], None)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (i, v) in h.join().expect("a classifying thread panicked") {
                prop_assert_eq!(&v, &want[i]);
            }
        }
    }
}

/// (brand display name as written in messages, one of its official domains), from the
/// default pack.
static BRAND_DOMAINS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    Classifier::new()
        .pack()
        .brands
        .into_iter()
        .flat_map(|b| {
            let names = b.names.clone();
            b.domains
                .into_iter()
                .flat_map(move |d| names.clone().into_iter().map(move |n| (n, d.clone())))
        })
        .collect()
});

/// Whether `https://{domain}{path}` is anyone's page by the default pack's `user_pages`, read
/// as the README says: a host and the hosts under it, then a path prefix in any case, ending
/// at a segment boundary, with runs of slashes read as one.
fn is_anyones_page(domain: &str, path: &str) -> bool {
    let mut path = path.to_lowercase();
    while path.contains("//") {
        path = path.replace("//", "/");
    }
    Classifier::new()
        .pack()
        .url_lists
        .user_pages
        .iter()
        .any(|entry| {
            let (host, prefix) = entry.split_at(entry.find('/').unwrap_or(entry.len()));
            let rest = path.strip_prefix(&prefix.to_lowercase());
            (domain == host || domain.ends_with(&format!(".{host}")))
                && rest.is_some_and(|r| prefix.ends_with('/') || r.is_empty() || r.starts_with('/'))
        })
}

fn japanese_filler() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => proptest::char::range('\u{3041}', '\u{3093}').prop_map(String::from),
            2 => proptest::char::range('\u{4E00}', '\u{9FA0}').prop_map(String::from),
            1 => select(vec![
                "、", "。", "お荷物のお届けにあがりましたが不在の為持ち帰りました", "ご確認ください",
                "本日中に", "アカウントがロックされました", "下記より", "未払い料金があります",
                "【重要】", "こちら",
            ])
            .prop_map(String::from),
        ],
        0..24,
    )
    .prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn an_official_link_of_the_named_brand_never_raises_the_score(
        pick in 0..10_000usize,
        before in japanese_filler(),
        after in japanese_filler(),
        path in "[a-z0-9/]{0,12}",
    ) {
        let (name, domain) = &BRAND_DOMAINS[pick % BRAND_DOMAINS.len()];
        let text = format!("{before}{name}{after}");
        let with_link = format!("{text} https://{domain}/{path}");
        let without = classify(&text, None);
        let with = classify(&with_link, None);
        if is_anyones_page(domain, &format!("/{path}")) {
            // Anyone's page on the brand's platform is not the brand's word.
            prop_assert!(
                with.urls.iter().all(|u| u.flags.contains(&UrlFlag::UserPage)
                    && !u.flags.contains(&UrlFlag::Official)),
                "{:?} not a user page in {:?}", with.urls, with_link
            );
            return Ok(());
        }
        prop_assert!(
            with.urls.iter().all(|u| u.flags.contains(&UrlFlag::Official)),
            "{:?} not official in {:?}", with.urls, with_link
        );
        prop_assert!(
            with.score <= without.score + 1e-6,
            "score rose from {} to {} with {:?}\n{:?}\n{:?}",
            without.score, with.score, with_link, without.reasons.iter().map(|r| &r.code).collect::<Vec<_>>(),
            with.reasons.iter().map(|r| &r.code).collect::<Vec<_>>()
        );
    }
}
