//! Arbitrary bytes → a message (lossy UTF-8) and an optional sender → every verdict invariant.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use smishguard_core::Classifier;
use smishguard_core::RulePack;
use smishguard_tests::invariants::check_verdict;

static PACK: LazyLock<RulePack> = LazyLock::new(|| Classifier::new().pack());

fuzz_target!(|data: &[u8]| {
    // First byte: sender length (0 = no sender), taken from the end of the input.
    let (sender, body) = match data.split_first() {
        Some((&n, rest)) if n > 0 && (n as usize) <= rest.len() => {
            let (b, s) = rest.split_at(rest.len() - n as usize);
            (Some(String::from_utf8_lossy(s).into_owned()), b)
        }
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let body = String::from_utf8_lossy(body);
    let v = Classifier::new().classify(&body, sender.as_deref());
    if let Err(e) = check_verdict(&body, &v, &PACK) {
        panic!("{e}\nbody: {body:?}\nsender: {sender:?}");
    }
    // The JSON form never fails either.
    assert!(!v.to_json().starts_with("{\"error\""));
});
