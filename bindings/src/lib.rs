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
//! * [`Classifier::version_info`] / [`library_version`].
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
use std::sync::Arc;

use smishguard_core as sg;

pub mod capi;
mod error;
pub mod platform;
mod records;

pub use error::SmishGuardError;
pub use platform::{AndroidRecommendation, IosFilterAction, IosFilterDecision, IosFilterSubAction};
pub use records::{
    Advice, BrandMention, Category, Kind, Level, Message, PhoneFinding, Reason, TextSpan,
    UrlFinding, UrlFlag, Verdict, VersionInfo,
};

uniffi::setup_scaffolding!();

/// The version of this library (the crate version, semver).
pub const LIBRARY_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Classifies SMS messages with one rule pack. Thread-safe: build once, share everywhere.
#[derive(Debug, uniffi::Object)]
pub struct Classifier {
    inner: sg::Classifier,
    /// Sector of each brand id, for the iOS sub-action (built once from the pack).
    sectors: HashMap<String, sg::Category>,
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

    /// Classifies one message.
    pub fn classify(&self, message: Message) -> Result<Verdict, SmishGuardError> {
        error::catch_panic(|| self.verdict(&message))
    }

    /// Classifies many messages in one call; the result is in the same order, and equal to
    /// classifying them one by one.
    pub fn classify_batch(&self, messages: Vec<Message>) -> Result<Vec<Verdict>, SmishGuardError> {
        error::catch_panic(|| messages.iter().map(|m| self.verdict(m)).collect())
    }

    /// The library and rule-pack versions.
    pub fn version_info(&self) -> VersionInfo {
        VersionInfo {
            library: LIBRARY_VERSION.to_owned(),
            rules: self.inner.rules_version().to_owned(),
        }
    }
}

impl Classifier {
    fn wrap(inner: sg::Classifier) -> Classifier {
        // A copy of the pack, once per classifier built, to read the brands' sectors.
        let sectors = inner
            .pack()
            .brands
            .into_iter()
            .map(|b| (b.id, b.sector))
            .collect();
        Classifier { inner, sectors }
    }

    fn verdict(&self, m: &Message) -> Verdict {
        let v = self.inner.classify(&m.body, m.sender.as_deref());
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
        assert!(!c.sectors.is_empty());

        let err = Classifier::from_rule_pack(b"{\"schema\": 1,".to_vec()).unwrap_err();
        assert!(matches!(err, SmishGuardError::InvalidRulePack(_)));
        assert!(
            err.to_string().starts_with("rule pack is malformed"),
            "{err}"
        );
        let err = Classifier::from_rule_pack(b"{\"schema\": 999}".to_vec()).unwrap_err();
        assert!(err.to_string().contains("schema 999"), "{err}");
    }
}
