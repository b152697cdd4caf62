//! A rule pack compiled for use: the automata, maps and learned weights built from its data.

use crate::brands::BrandIndex;
use crate::concepts::ConceptIndex;
use crate::error::Error;
use crate::evidence::text_model::GramModel;
use crate::rules::{RulePack, Scoring, Story, TextModel, UrlLists, SCHEMA_VERSION};
use crate::validate::validate;

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
        // A hand-set weight wins; else the learned one; else nothing.
        let weight = |hand: Option<f32>, learned: &std::collections::BTreeMap<String, f32>, id| {
            hand.or_else(|| learned.get(id).copied()).unwrap_or(0.0)
        };
        let concept_weights = concepts
            .iter()
            .map(|c| weight(c.weight, &model.concepts, &c.id))
            .collect();
        let story_weights = stories
            .iter()
            .map(|s| weight(s.weight, &model.stories, &s.id))
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
