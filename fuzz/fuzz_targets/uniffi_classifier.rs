//! The UniFFI `Classifier` through its Rust-side entry points (what the generated Kotlin and
//! Swift scaffolding calls):
//!
//! * `classify_batch` on an arbitrary list of messages (bodies and optional senders cut from
//!   the input) answers once per message, in order, each equal to `classify` of that message;
//! * `update_rules` with an arbitrary pack, signature and public key — random, or a real
//!   signature of the (possibly broken) pack, or a signature of other bytes — either installs
//!   exactly that pack or fails, and on failure the classifier keeps the rules it had: same
//!   version, same verdict for a probe message.
#![no_main]

use std::sync::LazyLock;

use ed25519_dalek::{Signer, SigningKey};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use smishguard_ffi::{Classifier, Message};
use smishguard_fuzz::replace_nth;

const PROBE: &str =
    "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。https://sagawa-kx.top/";

static KEY: LazyLock<SigningKey> = LazyLock::new(|| SigningKey::from_bytes(&[7u8; 32]));
static DEFAULT: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(&smishguard_core::default_pack_json()).expect("the default pack is JSON")
});

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 0 {
        batch(rest);
    } else {
        update(mode >> 1, rest);
    }
});

/// Messages separated by 0xFF (never in UTF-8); in each, a 0xFE splits body and sender.
fn batch(data: &[u8]) {
    let messages: Vec<Message> = data
        .split(|&b| b == 0xFF)
        .take(64)
        .map(|m| {
            let mut parts = m.splitn(2, |&b| b == 0xFE);
            let body = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
            let sender = parts
                .next()
                .map(|s| String::from_utf8_lossy(s).into_owned());
            Message { body, sender }
        })
        .collect();
    let c = Classifier::new().expect("the default classifier");
    let verdicts = c
        .classify_batch(messages.clone())
        .expect("classify_batch never fails");
    assert_eq!(verdicts.len(), messages.len(), "one verdict per message");
    // One by one, for the first few (each costs a classify).
    for (m, v) in messages.into_iter().zip(&verdicts).take(4) {
        let single = c.classify(m).expect("classify never fails");
        assert_eq!(&single, v, "batch and single differ");
    }
    assert!(c
        .classify_batch(Vec::new())
        .expect("empty batch")
        .is_empty());
}

fn update(mode: u8, data: &[u8]) {
    // The pack: the bytes themselves, or the default pack with one value replaced.
    let json: Vec<u8> = if mode & 1 == 0 {
        data.to_vec()
    } else {
        mutated_default(data)
    };
    let public = KEY.verifying_key().to_bytes().to_vec();
    let (signature, key) = match (mode >> 1) % 4 {
        // Random signature and key, of the lengths the bytes give.
        0 => {
            let (a, b) = data.split_at(data.len().min(64));
            (a.to_vec(), b.iter().take(32).copied().collect())
        }
        // A real signature of exactly this pack.
        1 => (KEY.sign(&json).to_bytes().to_vec(), public),
        // A real signature of other bytes.
        2 => (KEY.sign(b"another pack").to_bytes().to_vec(), public),
        // A real signature, cut short.
        _ => (KEY.sign(&json).to_bytes()[..63].to_vec(), public),
    };

    let c = Classifier::new().expect("the default classifier");
    let before_info = c.version_info();
    let before = c.classify(probe()).expect("classify never fails");
    match c.update_rules(json.clone(), signature, key) {
        Ok(info) => {
            // Only a real signature of a valid pack gets here; the pack is the one installed.
            let pack: Value = serde_json::from_slice(&json).expect("an accepted pack is JSON");
            assert_eq!(Some(info.rules.as_str()), pack["version"].as_str());
            assert_eq!(c.version_info(), info);
            let v = c.classify(probe()).expect("classify never fails");
            assert!((0.0..=1.0).contains(&v.score), "score {}", v.score);
        }
        Err(_) => {
            assert_eq!(
                c.version_info(),
                before_info,
                "a refused pack changed the version"
            );
            let after = c.classify(probe()).expect("classify never fails");
            assert_eq!(after, before, "a refused pack changed a verdict");
        }
    }
}

fn probe() -> Message {
    Message {
        body: PROBE.into(),
        sender: Some("09011112222".into()),
    }
}

/// The default pack with the `k`-th value (depth-first) replaced by one made from the bytes.
fn mutated_default(data: &[u8]) -> Vec<u8> {
    let (k, payload) = match data {
        [a, b, rest @ ..] => (u16::from_le_bytes([*a, *b]) as usize, rest),
        _ => (0, data),
    };
    let new = serde_json::from_slice(payload)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(payload).into_owned()));
    let mut pack = DEFAULT.clone();
    replace_nth(&mut pack, &mut { k }, &new);
    serde_json::to_vec(&pack).unwrap_or_default()
}
