//! The embedded default pack: its JSON pieces (the single source of truth, in `core/rules/`)
//! and the tables `build.rs` compiles from them.
//!
//! A message filter on a phone may start a process per message, so the first verdict of a
//! process is the one that counts. Everything the pack's data determines ahead of time — the
//! automata of concept atoms and brand names, the look-alike folds of brand domains, the
//! learned gram table — is derived at build time by the very code that compiles a pack at run
//! time ([`ConceptTables::new`], [`BrandTables::new`], [`GramModel::new`], included by
//! `build.rs`) and stored as statics: loading them is copying a few pointers. What is left
//! for start-up is reading the pack's values that the code reads as such (brands' ids and
//! names, concepts' families and texts, stories, signals, advice: about a tenth of a
//! millisecond), from one compact JSON document `build.rs` writes without what the tables
//! hold. The pieces themselves are read only to dump the pack.
//!
//! Tests check that the tables equal those compiled at run time from the same JSON, and
//! (`tests/tests/embedded_pack.rs`) that every fixture and corpus row gets the same verdict
//! from both.

use std::borrow::Cow;

use crate::brands::{BrandTables, KeyTable};
use crate::concepts::{ConceptTables, Lists};
use crate::gram_table::GramModel;
use crate::rules::{RulePack, Scoring, Speech, TextModel};

// Generated: the statics `CONCEPT_TABLES`, `BRAND_TABLES`, `GRAMS`, and `VALUES_JSON`.
include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The default pack, in the review-friendly pieces of `rules/`, embedded without their
/// indentation (`build.rs`).
const PACK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/pack.json"));
const URL_LISTS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/url_lists.json"));
const BRANDS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/brands.json"));
const CONCEPTS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/concepts.json"));
const MODEL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/model.json"));

/// The hand-written concepts and stories, as kept in `concepts.json`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptsFile {
    concepts: Vec<crate::rules::Concept>,
    stories: Vec<crate::rules::Story>,
    speech: Speech,
}

/// The tables compiled from the embedded pack at build time.
pub(crate) fn tables() -> (ConceptTables, BrandTables, GramModel) {
    (CONCEPT_TABLES.clone(), BRAND_TABLES.clone(), GRAMS.clone())
}

/// The embedded pack's values without what [`tables`] hold — brand names, tokens and
/// domains, concept terms, learned grams are left empty: what start-up reads, from one
/// compact document of a third of the pieces' size. The rest is read from the tables.
#[allow(clippy::expect_used)] // Written by build.rs from the pieces, checked by the tests.
pub(crate) fn values() -> RulePack {
    serde_json::from_str(VALUES_JSON).expect("the embedded values parse")
}

/// The embedded pack, read straight from its pieces: the same value as parsing
/// [`default_pack_json`], without building, printing and re-reading one JSON document.
#[allow(clippy::expect_used)] // Parses compile-time constants, checked by build.rs and tests.
pub(crate) fn pack() -> RulePack {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Head {
        schema: u32,
        version: String,
        scoring: Scoring,
    }
    let head: Head = serde_json::from_str(PACK_JSON).expect("pack.json parses");
    let concepts: ConceptsFile = serde_json::from_str(CONCEPTS_JSON).expect("concepts.json parses");
    let model: TextModel = serde_json::from_str(MODEL_JSON).expect("model.json parses");
    RulePack {
        schema: head.schema,
        version: head.version,
        scoring: head.scoring,
        url_lists: serde_json::from_str(URL_LISTS_JSON).expect("url_lists.json parses"),
        brands: serde_json::from_str(BRANDS_JSON).expect("brands.json parses"),
        concepts: concepts.concepts,
        stories: concepts.stories,
        speech: Some(concepts.speech),
        model,
    }
}

/// The embedded pack's words of speech, which a pack older than schema 14 is read with. Read
/// from the values start-up reads anyway, not from `concepts.json`: a library that never
/// dumps the pack does not carry that file (115 kB).
#[allow(clippy::expect_used)] // Written by build.rs from concepts.json, checked by the tests.
pub(crate) fn speech() -> Speech {
    values()
        .speech
        .expect("the embedded values hold the words of speech")
}

/// The embedded default rule pack as one JSON document (the format of [`RulePack`]).
#[allow(clippy::expect_used)] // Parses compile-time constants (see `pack`).
pub fn default_pack_json() -> String {
    let mut v: serde_json::Value = serde_json::from_str(PACK_JSON).expect("pack.json parses");
    let obj = v.as_object_mut().expect("pack.json is an object");
    obj.insert(
        "url_lists".into(),
        serde_json::from_str(URL_LISTS_JSON).expect("url_lists.json parses"),
    );
    obj.insert(
        "brands".into(),
        serde_json::from_str(BRANDS_JSON).expect("brands.json parses"),
    );
    let concepts: serde_json::Value =
        serde_json::from_str(CONCEPTS_JSON).expect("concepts.json parses");
    for key in ["concepts", "stories", "speech"] {
        obj.insert(key.into(), concepts[key].clone());
    }
    obj.insert(
        "model".into(),
        serde_json::from_str(MODEL_JSON).expect("model.json parses"),
    );
    serde_json::to_string_pretty(&v).expect("a JSON value serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `rules dump` prints `default_pack_json`; the classifier must use exactly that pack.
    #[test]
    fn pieces_read_as_the_dumped_pack() {
        let dumped: RulePack = serde_json::from_str(&default_pack_json()).expect("dump parses");
        assert_eq!(pack(), dumped);
    }

    /// Start-up builds the same pack, but for what it takes from the tables.
    #[test]
    fn start_up_builds_the_pack_but_for_its_tables() {
        let mut full = pack();
        assert!(!full.model.grams.is_empty());
        full.model.grams.clear();
        for b in &mut full.brands {
            assert!(!b.names.is_empty() && !b.domains.is_empty(), "{}", b.id);
            b.names.clear();
            b.tokens.clear();
            b.domains.clear();
        }
        for c in &mut full.concepts {
            assert!(!c.terms.is_empty(), "{}", c.id);
            c.terms.clear();
        }
        assert_eq!(values(), full);
    }

    /// Start-up does not validate the embedded pack: this does.
    /// The embedded copies are the files of `rules/` without white space between tokens.
    #[test]
    fn embedded_pieces_are_the_files() {
        let files = [
            (PACK_JSON, include_str!("../rules/pack.json")),
            (URL_LISTS_JSON, include_str!("../rules/url_lists.json")),
            (BRANDS_JSON, include_str!("../rules/brands.json")),
            (CONCEPTS_JSON, include_str!("../rules/concepts.json")),
            (MODEL_JSON, include_str!("../rules/model.json")),
        ];
        for (embedded, file) in files {
            let embedded_value: serde_json::Value = serde_json::from_str(embedded).unwrap();
            let file_value: serde_json::Value = serde_json::from_str(file).unwrap();
            assert_eq!(embedded_value, file_value);
            assert!(embedded.len() < file.len());
        }
    }

    #[test]
    fn the_embedded_pack_is_valid() {
        crate::validate::validate(&pack()).expect("valid");
    }

    /// The tables compiled at build time equal those the same JSON compiles to at run time.
    #[test]
    fn build_time_tables_equal_run_time_ones() {
        let p = pack();
        let (concepts, brands, grams) = tables();
        assert_eq!(concepts, ConceptTables::new(&p.concepts).expect("compiles"));
        assert_eq!(brands, BrandTables::new(&p.brands).expect("compiles"));
        assert_eq!(grams, GramModel::new(&p.model));
        assert!(!grams.is_empty());
    }
}
