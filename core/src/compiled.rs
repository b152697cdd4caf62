//! A rule pack compiled for use: the automata, maps and learned weights built from its data.

use crate::brands::BrandIndex;
use crate::concepts::ConceptIndex;
use crate::error::Error;
use crate::evidence::text_model::GramModel;
use crate::rules::{RulePack, Scoring, Story, TextModel, UrlLists, SCHEMA_VERSION};
use crate::score::REQUIRED_SIGNALS;

/// A compiled rule pack, shared by every classification made with it.
#[derive(Debug)]
pub(crate) struct Compiled {
    pub version: String,
    pub scoring: Scoring,
    pub url_lists: UrlLists,
    pub brands: BrandIndex,
    pub concepts: ConceptIndex,
    pub stories: Vec<Story>,
    /// The learned weights as written in the pack (for dumping).
    pub model: TextModel,
    /// Learned weight of each concept, by index (0 when the model has none).
    pub concept_weights: Vec<f32>,
    /// Weight of each story, by index: hand-set, else learned, else 0.
    pub story_weights: Vec<f32>,
    /// The gram weights, ready for look-up.
    pub grams: GramModel,
}

impl Compiled {
    /// Validates and compiles a pack. Nothing is kept from a pack that fails.
    pub(crate) fn new(pack: RulePack) -> Result<Compiled, Error> {
        validate(&pack)?;
        let RulePack {
            version,
            scoring,
            url_lists,
            brands,
            concepts,
            stories,
            model,
            ..
        } = pack;
        let brands = BrandIndex::new(brands).map_err(|reason| Error::Invalid {
            path: "brands".into(),
            reason,
        })?;
        let concept_weights = concepts
            .iter()
            .map(|c| {
                c.weight
                    .or_else(|| model.concepts.get(&c.id).copied())
                    .unwrap_or(0.0)
            })
            .collect();
        let story_weights = stories
            .iter()
            .map(|s| {
                s.weight
                    .or_else(|| model.stories.get(&s.id).copied())
                    .unwrap_or(0.0)
            })
            .collect();
        let concepts = ConceptIndex::new(concepts).map_err(|reason| Error::Invalid {
            path: "concepts".into(),
            reason,
        })?;
        let grams = GramModel::new(&model);
        Ok(Compiled {
            version,
            scoring,
            url_lists,
            brands,
            concepts,
            stories,
            model,
            concept_weights,
            story_weights,
            grams,
        })
    }

    /// The pack this was compiled from, as a value.
    pub(crate) fn pack(&self) -> RulePack {
        RulePack {
            schema: SCHEMA_VERSION,
            version: self.version.clone(),
            scoring: self.scoring.clone(),
            url_lists: self.url_lists.clone(),
            brands: self.brands.brands.clone(),
            concepts: self.concepts.concepts.clone(),
            stories: self.stories.clone(),
            model: self.model.clone(),
        }
    }
}

fn invalid(path: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::Invalid {
        path: path.into(),
        reason: reason.into(),
    }
}

/// Checks what serde cannot: ranges, uniqueness, non-empty names, signals the code needs.
fn validate(p: &RulePack) -> Result<(), Error> {
    if p.schema != SCHEMA_VERSION {
        return Err(Error::UnsupportedSchema {
            found: p.schema,
            expected: SCHEMA_VERSION,
        });
    }
    let s = &p.scoring;
    if !s.bias.is_finite() || s.bias.abs() > 20.0 {
        return Err(invalid(
            "scoring.bias",
            "must be a finite number between -20 and 20",
        ));
    }
    if !(s.suspicious > 0.0 && s.suspicious < s.dangerous && s.dangerous < 1.0) {
        return Err(invalid(
            "scoring",
            "thresholds must satisfy 0 < suspicious < dangerous < 1",
        ));
    }
    for code in REQUIRED_SIGNALS {
        if !s.signals.contains_key(*code) {
            return Err(invalid(
                format!("scoring.signals.{code}"),
                "missing: the classifier computes this signal",
            ));
        }
    }
    for (code, sig) in &s.signals {
        if !sig.weight.is_finite() || sig.weight.abs() > 20.0 {
            return Err(invalid(
                format!("scoring.signals.{code}.weight"),
                "must be a finite number between -20 and 20",
            ));
        }
    }
    for key in ["safe", "suspicious", "dangerous"] {
        if !s.advice.contains_key(key) {
            return Err(invalid(format!("scoring.advice.{key}"), "missing"));
        }
    }
    let mut ids = std::collections::HashSet::new();
    for (i, b) in p.brands.iter().enumerate() {
        if b.id.trim().is_empty() || !ids.insert(b.id.as_str()) {
            return Err(invalid(
                format!("brands[{i}].id"),
                "must be non-empty and unique",
            ));
        }
        if b.names.iter().all(|n| n.trim().is_empty()) {
            return Err(invalid(
                format!("brands[{i}].names"),
                "needs at least one name",
            ));
        }
        for (j, d) in b.domains.iter().enumerate() {
            if !d.contains('.') || !d.is_ascii() || d.contains(['/', ' ', '@', ':']) {
                return Err(invalid(
                    format!("brands[{i}].domains[{j}]"),
                    "must be an ASCII host name such as example.co.jp",
                ));
            }
        }
    }
    validate_concepts(p)?;
    Ok(())
}

/// The concepts, stories and learned weights: unique ids, usable terms and weights, and no
/// learned weight for something the pack does not define.
fn validate_concepts(p: &RulePack) -> Result<(), Error> {
    let weight_ok = |w: f32| w.is_finite() && w.abs() <= 20.0;
    let mut ids = std::collections::HashSet::new();
    for (i, c) in p.concepts.iter().enumerate() {
        if c.id.trim().is_empty() || !ids.insert(c.id.as_str()) {
            return Err(invalid(
                format!("concepts[{i}].id"),
                "must be non-empty and unique",
            ));
        }
        if c.terms.is_empty() {
            return Err(invalid(
                format!("concepts[{i}].terms"),
                "needs at least one term",
            ));
        }
        if c.weight.is_some_and(|w| !weight_ok(w)) {
            return Err(invalid(
                format!("concepts[{i}].weight"),
                "must be a finite number between -20 and 20",
            ));
        }
        if !(0.0..=10.0).contains(&c.category_weight) {
            return Err(invalid(
                format!("concepts[{i}].category_weight"),
                "must be between 0 and 10",
            ));
        }
        if c.window > 64 {
            return Err(invalid(
                format!("concepts[{i}].window"),
                "at most 64 characters",
            ));
        }
        for (j, t) in c.terms.iter().enumerate() {
            if t.split('…')
                .any(|slot| slot.split('|').any(|a| a.trim().is_empty()))
            {
                return Err(invalid(
                    format!("concepts[{i}].terms[{j}]"),
                    "a slot alternative is empty",
                ));
            }
        }
    }
    let mut story_ids = std::collections::HashSet::new();
    for (i, st) in p.stories.iter().enumerate() {
        if st.id.trim().is_empty()
            || ids.contains(st.id.as_str())
            || !story_ids.insert(st.id.as_str())
        {
            return Err(invalid(
                format!("stories[{i}].id"),
                "must be non-empty and unique",
            ));
        }
        if st.requires.is_empty() || st.requires.iter().any(Vec::is_empty) {
            return Err(invalid(
                format!("stories[{i}].requires"),
                "needs at least one part, and no empty alternative",
            ));
        }
        if st.weight.is_some_and(|w| !weight_ok(w)) {
            return Err(invalid(
                format!("stories[{i}].weight"),
                "must be a finite number between -20 and 20",
            ));
        }
    }
    let m = &p.model;
    for (id, &w) in &m.concepts {
        if !ids.contains(id.as_str()) || !weight_ok(w) {
            return Err(invalid(
                format!("model.concepts.{id}"),
                "must name a concept of the pack, with a finite weight between -20 and 20",
            ));
        }
    }
    for (id, &w) in &m.stories {
        if !story_ids.contains(id.as_str()) || !weight_ok(w) {
            return Err(invalid(
                format!("model.stories.{id}"),
                "must name a story of the pack, with a finite weight between -20 and 20",
            ));
        }
    }
    if !weight_ok(m.intercept) {
        return Err(invalid(
            "model.intercept",
            "must be a finite number between -20 and 20",
        ));
    }
    if !(m.gram_scale.is_finite() && m.gram_scale > 0.0 && m.gram_scale <= 1.0) {
        return Err(invalid("model.gram_scale", "must be in (0, 1]"));
    }
    for (g, &w) in &m.grams {
        let len = g.chars().count();
        if !(2..=3).contains(&len) || !weight_ok(w as f32 * m.gram_scale) {
            return Err(invalid(
                format!("model.grams.{g}"),
                "a gram has 2 or 3 characters and a weight between -20 and 20",
            ));
        }
    }
    Ok(())
}
