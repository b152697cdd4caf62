//! Normalization and extraction: the maps back to the original are valid for every text,
//! normalization is idempotent, and URL, phone, e-mail and brand spans land inside the
//! original on character boundaries (checked through `classify`, the public face of extract).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use smishguard_core::normalize::{normalize, Normalized};
use smishguard_core::Classifier;
use smishguard_core::RulePack;
use smishguard_tests::invariants::{check_normalized, check_verdict};

static PACK: LazyLock<RulePack> = LazyLock::new(|| Classifier::new().pack());

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let n = Normalized::new(&text);
    if let Err(e) = check_normalized(&text, &n) {
        panic!("url text: {e}\ntext: {text:?}");
    }
    let m = n.for_matching();
    if let Err(e) = check_normalized(&text, &m) {
        panic!("matching text: {e}\ntext: {text:?}");
    }
    // Ranges picked by the input itself, including ones off the end.
    for w in data.chunks(2).take(16) {
        let (s, e) = (w[0] as usize * 3, *w.last().unwrap_or(&0) as usize * 5);
        let (a, b) = n.original_range(s, e);
        assert!(a <= b && b <= text.len(), "{s}..{e} → {a}..{b}");
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
    }
    let once = normalize(&text);
    let twice = normalize(&once);
    assert_eq!(once, twice, "normalize is not idempotent on {text:?}");

    let v = Classifier::new().classify(&text, None);
    if let Err(e) = check_verdict(&text, &v, &PACK) {
        panic!("{e}\ntext: {text:?}");
    }
});
