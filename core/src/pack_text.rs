//! Texts of the rule pack as a verdict carries them: shared, not copied.
//!
//! A verdict repeats the pack's words — each reason's code and explanation, the brands' ids
//! and names, the advice, the pack's version. Copied into owned strings they cost two dozen
//! allocations per message; a [`PackText`] is a reference-counted string made once when the
//! pack is compiled, so a verdict only counts references. It reads as a `&str` (through
//! `Deref`), compares with strings, prints and serializes as one: JSON output is unchanged.
//!
//! ```
//! use smishguard_core::PackText;
//!
//! let code = PackText::from("brand.link_mismatch");
//! assert_eq!(code, "brand.link_mismatch");
//! assert!(code.starts_with("brand."));
//! assert_eq!(serde_json::to_string(&code).unwrap(), "\"brand.link_mismatch\"");
//! assert_eq!(String::from(code.clone()), "brand.link_mismatch");
//! ```

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::rules::{Brand, Concept, Scoring, Story};

/// A text of the rule pack (a code, an explanation, a brand's id or name, advice), shared
/// between the compiled pack and every verdict that uses it. Cloning it copies no bytes.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PackText(Arc<str>);

impl PackText {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for PackText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for PackText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for PackText {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PackText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for PackText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&str> for PackText {
    fn from(s: &str) -> PackText {
        PackText(s.into())
    }
}

impl From<String> for PackText {
    fn from(s: String) -> PackText {
        PackText(s.into())
    }
}

impl From<PackText> for String {
    fn from(t: PackText) -> String {
        t.0.as_ref().to_owned()
    }
}

impl PartialEq<str> for PackText {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for PackText {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for PackText {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<PackText> for str {
    fn eq(&self, other: &PackText) -> bool {
        self == &*other.0
    }
}

impl PartialEq<PackText> for &str {
    fn eq(&self, other: &PackText) -> bool {
        *self == &*other.0
    }
}

impl Serialize for PackText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PackText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PackText, D::Error> {
        String::deserialize(d).map(PackText::from)
    }
}

/// A code with its explanation (a concept's, a story's, or a signal's template).
#[derive(Debug, Clone, Default)]
pub(crate) struct Explained {
    pub code: PackText,
    pub ja: PackText,
    pub en: PackText,
    /// Whether an explanation has a `{` (a signal's placeholder to fill in).
    pub templated: bool,
}

impl Explained {
    fn new(code: &str, ja: &str, en: &str) -> Explained {
        Explained {
            code: code.into(),
            ja: ja.into(),
            en: en.into(),
            templated: ja.contains('{') || en.contains('{'),
        }
    }
}

/// Every text of a compiled pack that a verdict may carry, made once with the pack.
#[derive(Debug, Default)]
pub(crate) struct PackTexts {
    /// The pack's version.
    pub version: PackText,
    /// Each concept's id and explanation, by index.
    pub concepts: Vec<Explained>,
    /// Each story's id and explanation, by index.
    pub stories: Vec<Explained>,
    /// Each signal of `scoring.signals`, by code (explanations are templates).
    pub signals: BTreeMap<String, Explained>,
    /// The advice of `scoring.advice` (Japanese, English), by key.
    pub advice: BTreeMap<String, (PackText, PackText)>,
    /// Each brand's id and display name, by index.
    pub brands: Vec<(PackText, PackText)>,
}

impl PackTexts {
    pub(crate) fn new(
        version: &str,
        scoring: &Scoring,
        brands: &[Brand],
        concepts: &[Concept],
        stories: &[Story],
    ) -> PackTexts {
        PackTexts {
            version: version.into(),
            concepts: concepts
                .iter()
                .map(|c| Explained::new(&c.id, &c.ja, &c.en))
                .collect(),
            stories: stories
                .iter()
                .map(|s| Explained::new(&s.id, &s.ja, &s.en))
                .collect(),
            signals: scoring
                .signals
                .iter()
                .map(|(code, s)| (code.clone(), Explained::new(code, &s.ja, &s.en)))
                .collect(),
            advice: scoring
                .advice
                .iter()
                .map(|(key, a)| (key.clone(), (a.ja.as_str().into(), a.en.as_str().into())))
                .collect(),
            brands: brands
                .iter()
                .map(|b| (b.id.as_str().into(), b.name.as_str().into()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_compares_and_round_trips_as_a_string() {
        let t = PackText::from("佐川急便を名乗っています");
        let u = t.clone();
        assert!(Arc::ptr_eq(&t.0, &u.0), "a clone shares the text");
        assert_eq!(t, "佐川急便を名乗っています");
        assert_eq!("佐川急便を名乗っています", t);
        assert_eq!(t, String::from("佐川急便を名乗っています"));
        assert_ne!(t, "佐川急便");
        assert_eq!(
            format!("{t} {t:?}"),
            "佐川急便を名乗っています \"佐川急便を名乗っています\""
        );
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(
            json,
            serde_json::to_string("佐川急便を名乗っています").unwrap()
        );
        let back: PackText = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }
}
