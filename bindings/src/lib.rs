//! # smishguard-ffi
//!
//! smishguard for apps: the classifier of [`smishguard_core`] exported to Kotlin (Android,
//! JVM) and Swift (iOS) through UniFFI, and to everything else through a plain C API
//! ([`capi`], header `include/smishguard.h`).
//!
//! ## Why the surface is coarse
//!
//! One call from Kotlin through JNA costs tens of microseconds, more than classifying a
//! typical SMS. So the exported API is a handful of calls that each do a whole job:
//!
//! * [`Classifier`]: built once (default rules, or a rule pack given as JSON bytes), shared by
//!   every thread, never mutated;
//! * [`Classifier::classify`]: one message in, one complete [`Verdict`] out (reasons with
//!   UTF-16 spans, URLs with flags, advice, and the iOS and Android decisions of [`platform`]);
//! * [`Classifier::classify_batch`]: many messages in one crossing (an inbox scan);
//! * [`Classifier::version_info`] / [`library_version`];
//! * rule updates without an app release: [`Classifier::from_signed_rule_pack`] and
//!   [`Classifier::update_rules`] (Ed25519-signed packs; a pack that fails leaves the
//!   classifier with the rules it had);
//! * the user's own lists: [`UserLists`], [`Classifier::classify_with_lists`], and
//!   [`Classifier::allow_entry_for`] for a "not spam" button.
//!
//! ## Failure
//!
//! Building from a bad rule pack returns [`SmishGuardError::InvalidRulePack`] with the core's
//! human text. Classifying cannot fail, except through a bug: every exported call catches
//! panics and returns [`SmishGuardError::Internal`] (UniFFI's own panic handling would still
//! crash a Swift app on a non-throwing call). Keep `panic = "unwind"` in the release profile.
//!
//! ## Memory
//!
//! [`Classifier::new`] shares the process-wide compilation of the embedded rules (the core's
//! `Classifier` is an `Arc`): an iOS message-filter extension that builds one per query pays
//! no copy, but building one per process and keeping it is still the pattern to follow.
#![deny(missing_docs)]
#![deny(missing_debug_implementations)]
#![deny(unsafe_op_in_unsafe_fn)]

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use smishguard_core as sg;

pub mod capi;
mod error;
pub mod platform;
mod records;

pub use error::SmishGuardError;
pub use platform::{AndroidRecommendation, IosFilterAction, IosFilterDecision, IosFilterSubAction};
pub use records::{
    Advice, AllowEntry, BrandMention, Category, Kind, Level, Message, PhoneFinding, Reason,
    TextSpan, UrlFinding, UrlFlag, UserListEntries, Verdict, VersionInfo,
};

uniffi::setup_scaffolding!();

/// The version of this library (the crate version, semver).
pub const LIBRARY_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Classifies SMS messages with one rule pack. Thread-safe: build once, share everywhere.
/// [`Classifier::update_rules`] swaps the pack in place, all or nothing.
#[derive(Debug, uniffi::Object)]
pub struct Classifier {
    rules: RwLock<Arc<Rules>>,
}

/// One compiled pack and what the platform mappings need from it.
#[derive(Debug)]
struct Rules {
    inner: sg::Classifier,
    /// Sector of each brand id, for the iOS sub-action (built once from the pack).
    sectors: HashMap<String, sg::Category>,
}

/// The user's allow and block lists, compiled once; pass to
/// [`Classifier::classify_with_lists`]. Block beats allow, and an allowed sender never hides a
/// deceptive link (see the README's list semantics).
#[derive(Debug, uniffi::Object)]
pub struct UserLists {
    inner: sg::UserLists,
}

#[uniffi::export]
impl UserLists {
    /// Compiles the lists. Fails with [`SmishGuardError::InvalidUserList`] naming the first
    /// unusable entry (empty, over 256 bytes, more than 10,000 in a list, not a domain).
    #[uniffi::constructor]
    pub fn new(entries: UserListEntries) -> Result<Arc<Self>, SmishGuardError> {
        let inner = error::catch_panic(|| sg::UserLists::new(&entries.into()))??;
        Ok(Arc::new(UserLists { inner }))
    }
}

#[uniffi::export]
impl Classifier {
    /// The classifier of the embedded default rules (compiled once per process, then shared).
    #[uniffi::constructor]
    pub fn new() -> Result<Arc<Self>, SmishGuardError> {
        error::catch_panic(|| Arc::new(Classifier::wrap(sg::Classifier::new())))
    }

    /// A classifier of a rule pack given as JSON bytes (the format of the default pack).
    /// Fails with [`SmishGuardError::InvalidRulePack`] saying where and why.
    #[uniffi::constructor]
    pub fn from_rule_pack(json: Vec<u8>) -> Result<Arc<Self>, SmishGuardError> {
        let inner = error::catch_panic(|| sg::Classifier::from_json(&json))??;
        Ok(Arc::new(Classifier::wrap(inner)))
    }

    /// A classifier of a signed rule pack: `signature` is the 64-byte Ed25519 signature of
    /// exactly `json`, `public_key` the publisher's 32-byte key shipped with the app. Fails
    /// with [`SmishGuardError::InvalidSignature`] before anything is parsed when it does not
    /// verify, then as [`Classifier::from_rule_pack`].
    #[uniffi::constructor]
    pub fn from_signed_rule_pack(
        json: Vec<u8>,
        signature: Vec<u8>,
        public_key: Vec<u8>,
    ) -> Result<Arc<Self>, SmishGuardError> {
        let inner = error::catch_panic(|| {
            sg::Classifier::from_signed_json(&json, &signature, &public_key)
        })??;
        Ok(Arc::new(Classifier::wrap(inner)))
    }

    /// Replaces the rules with a signed pack (as [`Classifier::from_signed_rule_pack`]) and
    /// returns the new versions. All or nothing: on any error the classifier keeps the rules
    /// it had, and calls running meanwhile finish with the old rules.
    pub fn update_rules(
        &self,
        json: Vec<u8>,
        signature: Vec<u8>,
        public_key: Vec<u8>,
    ) -> Result<VersionInfo, SmishGuardError> {
        let inner = error::catch_panic(|| {
            sg::Classifier::from_signed_json(&json, &signature, &public_key)
        })??;
        let rules = Arc::new(Rules::new(inner));
        match self.rules.write() {
            Ok(mut slot) => *slot = rules,
            Err(poisoned) => *poisoned.into_inner() = rules,
        }
        Ok(self.version_info())
    }

    /// Classifies one message.
    pub fn classify(&self, message: Message) -> Result<Verdict, SmishGuardError> {
        let rules = self.current();
        error::catch_panic(|| rules.verdict(&message, None))
    }

    /// Classifies many messages in one call; the result is in the same order, and equal to
    /// classifying them one by one.
    pub fn classify_batch(&self, messages: Vec<Message>) -> Result<Vec<Verdict>, SmishGuardError> {
        let rules = self.current();
        error::catch_panic(|| messages.iter().map(|m| rules.verdict(m, None)).collect())
    }

    /// Classifies one message under the user's lists.
    pub fn classify_with_lists(
        &self,
        message: Message,
        lists: Arc<UserLists>,
    ) -> Result<Verdict, SmishGuardError> {
        let rules = self.current();
        error::catch_panic(|| rules.verdict(&message, Some(&lists.inner)))
    }

    /// Classifies many messages under the user's lists, in one call.
    pub fn classify_batch_with_lists(
        &self,
        messages: Vec<Message>,
        lists: Arc<UserLists>,
    ) -> Result<Vec<Verdict>, SmishGuardError> {
        let rules = self.current();
        error::catch_panic(|| {
            messages
                .iter()
                .map(|m| rules.verdict(m, Some(&lists.inner)))
                .collect()
        })
    }

    /// What to store when the user says this message is not spam: its sender (normalized)
    /// when it has one, else the registrable domain of its first non-official link; null when
    /// there is nothing to remember. Add it to [`UserListEntries`] and rebuild [`UserLists`].
    pub fn allow_entry_for(&self, message: Message) -> Result<Option<AllowEntry>, SmishGuardError> {
        let rules = self.current();
        error::catch_panic(|| {
            let v = rules
                .inner
                .classify(&message.body, message.sender.as_deref());
            sg::allow_entry_for(&v).map(AllowEntry::from)
        })
    }

    /// The library and rule-pack versions.
    pub fn version_info(&self) -> VersionInfo {
        VersionInfo {
            library: LIBRARY_VERSION.to_owned(),
            rules: self.current().inner.rules_version().to_owned(),
        }
    }
}

impl Classifier {
    fn wrap(inner: sg::Classifier) -> Classifier {
        Classifier {
            rules: RwLock::new(Arc::new(Rules::new(inner))),
        }
    }

    /// The rules in force (a clone of the `Arc`: the lock is held only for that).
    fn current(&self) -> Arc<Rules> {
        match self.rules.read() {
            Ok(r) => Arc::clone(&r),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }
}

impl Rules {
    fn new(inner: sg::Classifier) -> Rules {
        let sectors = inner
            .brand_sectors()
            .map(|(id, sector)| (id.to_owned(), sector))
            .collect();
        Rules { inner, sectors }
    }

    fn verdict(&self, m: &Message, lists: Option<&sg::UserLists>) -> Verdict {
        let v = match lists {
            Some(l) => self.inner.classify_with(&m.body, m.sender.as_deref(), l),
            None => self.inner.classify(&m.body, m.sender.as_deref()),
        };
        let ios = platform::ios_decision(&v, |id| self.sectors.get(id).copied());
        let android = platform::android_recommendation(&v);
        Verdict::from_core(v, ios, android)
    }
}

/// The version of this library (semver), without building a classifier.
#[uniffi::export]
pub fn library_version() -> String {
    LIBRARY_VERSION.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LURE: &str = "😀ＡＢＣお客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ";

    fn utf16_slice(s: &str, span: TextSpan) -> String {
        let units: Vec<u16> = s.encode_utf16().collect();
        String::from_utf16(&units[span.start_utf16 as usize..span.end_utf16 as usize]).unwrap()
    }

    #[test]
    fn classify_mirrors_the_core_with_utf16_spans() {
        let c = Classifier::new().unwrap();
        let v = c
            .classify(Message {
                body: LURE.into(),
                sender: None,
            })
            .unwrap();
        let core_v = sg::classify(LURE, None);
        assert_eq!(v.level, Level::Dangerous);
        assert_eq!(v.score, core_v.score);
        assert_eq!(v.reasons.len(), core_v.reasons.len());
        assert_eq!(v.urls[0].host, "sagawa-kx.top");
        assert_eq!(utf16_slice(LURE, v.urls[0].span), "https://sagawa-kx.top/");
        let mut spans = 0;
        for r in &v.reasons {
            if let (Some(span), Some(text)) = (r.span, &r.text) {
                assert_eq!(&utf16_slice(LURE, span), text, "{}", r.code);
                spans += 1;
            }
        }
        assert!(spans > 0, "no reason with a span: {:?}", v.reasons);
        assert_eq!(v.ios.action, IosFilterAction::Junk);
        assert_eq!(v.android, AndroidRecommendation::MoveToSpam);
    }

    #[test]
    fn batch_equals_one_by_one() {
        let c = Classifier::new().unwrap();
        let messages: Vec<Message> = [
            LURE,
            "明日の会議は10時からです",
            "",
            "認証コードは482913です。",
        ]
        .iter()
        .map(|b| Message {
            body: (*b).into(),
            sender: Some("SMBC".into()),
        })
        .collect();
        let batch = c.classify_batch(messages.clone()).unwrap();
        let single: Vec<_> = messages
            .into_iter()
            .map(|m| c.classify(m).unwrap())
            .collect();
        assert_eq!(batch, single);
        assert_eq!(batch.len(), 4);
    }

    #[test]
    fn rule_pack_round_trip_and_errors() {
        let c = Classifier::from_rule_pack(sg::default_pack_json().into_bytes()).unwrap();
        let info = c.version_info();
        assert_eq!(info.library, env!("CARGO_PKG_VERSION"));
        assert_eq!(info.rules, sg::Classifier::new().rules_version());
        assert!(!c.current().sectors.is_empty());

        let err = Classifier::from_rule_pack(b"{\"schema\": 1,".to_vec()).unwrap_err();
        assert!(matches!(err, SmishGuardError::InvalidRulePack(_)));
        assert!(
            err.to_string().starts_with("rule pack is malformed"),
            "{err}"
        );
        let err = Classifier::from_rule_pack(b"{\"schema\": 999}".to_vec()).unwrap_err();
        assert!(err.to_string().contains("schema 999"), "{err}");
    }

    fn signed(json: &[u8]) -> (Vec<u8>, Vec<u8>) {
        use ed25519_dalek::{Signer, SigningKey};
        let key = SigningKey::from_bytes(&[9u8; 32]);
        (
            key.sign(json).to_bytes().to_vec(),
            key.verifying_key().to_bytes().to_vec(),
        )
    }

    #[test]
    fn update_rules_is_all_or_nothing() {
        let c = Classifier::new().unwrap();
        let msg = || Message {
            body: "【みらい信金】口座確認 https://mirai-shinkin-check.com/".into(),
            sender: None,
        };
        let before = c.classify(msg()).unwrap();
        let mut pack: serde_json::Value = serde_json::from_str(&sg::default_pack_json()).unwrap();
        pack["version"] = "2099.1.1".into();
        pack["brands"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
            "id": "mirai", "name": "みらい信金", "name_en": "Mirai Shinkin", "sector": "card_bank",
            "names": ["みらい信金"], "tokens": [], "domains": ["mirai.example.jp"],
            "senders": [], "phones": [], "sms_links": true }));
        let json = pack.to_string().into_bytes();
        let (sig, key) = signed(&json);

        let mut tampered = json.clone();
        tampered.extend_from_slice(b" ");
        let err = c
            .update_rules(tampered, sig.clone(), key.clone())
            .unwrap_err();
        assert!(matches!(err, SmishGuardError::InvalidSignature(_)), "{err}");
        assert_eq!(
            c.classify(msg()).unwrap(),
            before,
            "a refused pack changes nothing"
        );

        let info = c.update_rules(json, sig, key).unwrap();
        assert_eq!(info.rules, "2099.1.1");
        let after = c.classify(msg()).unwrap();
        assert!(after
            .reasons
            .iter()
            .any(|r| r.code == "brand.link_mismatch"));
        assert!(after.score > before.score);
    }

    #[test]
    fn lists_and_not_spam() {
        let c = Classifier::new().unwrap();
        let shop = Message {
            body: "【ベーカリー花】本日限定セール!至急ご来店ください https://hana-bakery.shop/"
                .into(),
            sender: Some("03-1234-5678".into()),
        };
        let entry = c.allow_entry_for(shop.clone()).unwrap().unwrap();
        assert_eq!(
            entry,
            AllowEntry::Sender {
                value: "0312345678".into()
            }
        );
        let lists = UserLists::new(UserListEntries {
            blocked_domains: vec!["hana-bakery.shop".into()],
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            c.classify_with_lists(shop.clone(), lists.clone())
                .unwrap()
                .level,
            Level::Dangerous
        );
        assert_eq!(
            c.classify_batch_with_lists(vec![shop], lists).unwrap()[0].level,
            Level::Dangerous
        );
        let err = UserLists::new(UserListEntries {
            blocked_keywords: vec!["x".into()],
            ..Default::default()
        })
        .unwrap_err();
        assert!(
            matches!(err, SmishGuardError::InvalidUserList(ref t) if t.contains("blocked_keywords[0]")),
            "{err}"
        );
    }
}
