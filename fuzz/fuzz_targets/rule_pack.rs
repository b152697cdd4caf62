//! Rule-pack parsing: `Classifier::from_json` on arbitrary bytes, and on copies of the default
//! pack with one value replaced, never panics; a pack it accepts classifies within the
//! invariants.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use smishguard_core::{default_pack_json, Classifier};
use smishguard_fuzz::replace_nth;
use smishguard_tests::invariants::check_verdict;

static DEFAULT: LazyLock<Value> =
    LazyLock::new(|| serde_json::from_str(&default_pack_json()).expect("the default pack is JSON"));

const SAMPLES: &[&str] = &[
    "お荷物のお届けにあがりましたが不在の為持ち帰りました。https://sagawa-kx.top/",
    "【三井住友カード】ご利用確認のお願い https://s.vpass.jp/abc",
    "認証コードは482913です。",
    "",
];

fuzz_target!(|data: &[u8]| {
    // 1. The bytes as a pack.
    if let Ok(c) = Classifier::from_json(data) {
        exercise(&c);
    }
    // 2. The default pack with one value replaced by one made from the bytes.
    if data.len() < 3 {
        return;
    }
    let k = u16::from_le_bytes([data[0], data[1]]) as usize;
    let payload = &data[3..];
    let text = String::from_utf8_lossy(payload).into_owned();
    let new = match data[2] % 8 {
        0 => Value::String(text),
        1 => serde_json::from_slice(payload).unwrap_or(Value::Null),
        2 => Value::from(f64::from_le_bytes(
            payload
                .get(..8)
                .and_then(|b| b.try_into().ok())
                .unwrap_or([0; 8]),
        )),
        3 => Value::Array(vec![Value::String(text)]),
        4 => Value::Bool(payload.first().is_some_and(|b| b & 1 == 1)),
        5 => Value::Object(Default::default()),
        6 => Value::Array(vec![]),
        _ => Value::from(i64::from(payload.first().copied().unwrap_or(0)) - 128),
    };
    let mut pack = DEFAULT.clone();
    let mut left = k;
    replace_nth(&mut pack, &mut left, &new);
    let Ok(bytes) = serde_json::to_vec(&pack) else {
        return;
    };
    if let Ok(c) = Classifier::from_json(&bytes) {
        exercise(&c);
    }
});

fn exercise(c: &Classifier) {
    let pack = c.pack();
    for s in SAMPLES {
        let v = c.classify(s, Some("08012345678"));
        if let Err(e) = check_verdict(s, &v, &pack) {
            panic!("{e}\nsample: {s:?}");
        }
    }
}
