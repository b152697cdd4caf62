//! URL judgement: URL-shaped messages built from the bytes (a scheme or none, user info, IDN
//! and full-width forms, Japanese glued around) go through `classify`; the verdict's URLs must
//! satisfy every invariant and the judged host must come from the URL.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use smishguard_core::Classifier;
use smishguard_core::RulePack;
use smishguard_tests::invariants::check_verdict;

static PACK: LazyLock<RulePack> = LazyLock::new(|| Classifier::new().pack());

const SCHEMES: &[&str] = &[
    "https://",
    "http://",
    "",
    "hxxps://",
    "ｈｔｔｐｓ：／／",
    "HTTPS://",
];
const BEFORE: &[&str] = &[
    "",
    "こちら",
    "【佐川急便】お荷物の確認は",
    "URL:",
    "ドコモ ",
];
const AFTER: &[&str] = &["", "へ", "。お早めに", " ", "）"];
const PARTS: &[&str] = &[
    "docomo.ne.jp",
    "@",
    ".",
    "。",
    "．",
    "xn--",
    "аpple",
    "-",
    "/",
    "?",
    "#",
    ":",
    "\u{200B}",
    "sagawa-exp.co.jp",
    ".top",
    ".com",
    "日本語",
    "[",
    "]",
    "(",
    ")",
    "%",
    "1",
    "0x7f",
    "smbc",
    "bit.ly",
];

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let mut url = String::new();
    url.push_str(BEFORE[head as usize % BEFORE.len()]);
    url.push_str(SCHEMES[(head as usize / 8) % SCHEMES.len()]);
    // Bytes below 0x80 are literal characters; others pick a part.
    for &b in rest {
        if b < 0x80 {
            url.push(b as char);
        } else {
            url.push_str(PARTS[(b as usize - 0x80) % PARTS.len()]);
        }
    }
    url.push_str(AFTER[(head as usize / 64) % AFTER.len()]);

    let v = Classifier::new().classify(&url, None);
    if let Err(e) = check_verdict(&url, &v, &PACK) {
        panic!("{e}\nurl: {url:?}");
    }
    for u in &v.urls {
        assert!(!u.url.is_empty(), "empty URL in {url:?}");
        assert!(
            u.host_ascii.is_ascii(),
            "host_ascii {:?} of {url:?}",
            u.host_ascii
        );
        if let Some(reg) = &u.registrable_domain {
            assert!(
                u.host_ascii.ends_with(reg.as_str()),
                "registrable {reg:?} not a suffix of {:?}",
                u.host_ascii
            );
        }
    }
});
