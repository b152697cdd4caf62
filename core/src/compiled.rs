//! A rule pack compiled for use: the automata, maps and learned weights built from its data.

use crate::brands::{BrandIndex, BrandTables};
use crate::concepts::{ConceptIndex, ConceptTables};
use crate::error::Error;
use crate::gram_table::GramModel;
use crate::pack_text::PackTexts;
use crate::rules::{RulePack, Scoring, Speech, Story, TextModel, UrlLists, SCHEMA_VERSION};
use crate::validate::validate;

/// A compiled rule pack, shared by every classification made with it.
///
/// What the tables hold is read from the tables: for the embedded pack, the brands' names,
/// tokens and domains, the concepts' terms and the model's grams are left empty in the values
/// (see [`crate::embedded`]); [`Compiled::pack`] gives the whole pack.
#[derive(Debug)]
pub(crate) struct Compiled {
    pub version: String,
    pub scoring: Scoring,
    pub url_lists: UrlLists,
    pub brands: BrandIndex,
    pub concepts: ConceptIndex,
    pub stories: Vec<Story>,
    /// The words that tell speech reported from speech made: the pack's, or the embedded
    /// pack's for a pack older than schema 14.
    pub speech: Speech,
    /// The learned weights as written in the pack (for dumping); for the embedded pack,
    /// without the grams (they are read again from the pack when dumping).
    pub model: TextModel,
    /// Whether this is the embedded pack, compiled at build time.
    embedded: bool,
    /// Learned weight of each concept, by index (0 when the model has none).
    pub concept_weights: Vec<f32>,
    /// Weight of each story, by index: hand-set, else learned, else 0.
    pub story_weights: Vec<f32>,
    /// For each story, the index of the earlier story it yields to, if any.
    pub story_yields: Vec<Option<usize>>,
    /// The gram weights, ready for look-up.
    pub grams: GramModel,
    /// The texts a verdict carries, shared with every verdict.
    pub texts: PackTexts,
}

impl Compiled {
    /// Validates and compiles a pack. Nothing is kept from a pack that fails.
    pub(crate) fn new(pack: RulePack) -> Result<Compiled, Error> {
        validate(&pack)?;
        let brands = BrandTables::new(&pack.brands).map_err(|reason| Error::Invalid {
            path: "brands".into(),
            reason,
        })?;
        let concepts = ConceptTables::new(&pack.concepts).map_err(|reason| Error::Invalid {
            path: "concepts".into(),
            reason,
        })?;
        let grams = GramModel::new(&pack.model);
        Ok(Compiled::assemble(pack, concepts, brands, grams, false))
    }

    /// The embedded pack, with the tables `build.rs` compiled from it: start-up only reads
    /// the pack's values (texts, weights). It is not validated here: it is a constant,
    /// validated by the test suite (as is its equality with the same JSON compiled at run
    /// time).
    pub(crate) fn embedded() -> Compiled {
        let (concepts, brands, grams) = crate::embedded::tables();
        Compiled::assemble(crate::embedded::values(), concepts, brands, grams, true)
    }

    /// A validated pack with its compiled tables.
    fn assemble(
        pack: RulePack,
        concept_tables: ConceptTables,
        brand_tables: BrandTables,
        grams: GramModel,
        embedded: bool,
    ) -> Compiled {
        let RulePack {
            version,
            scoring,
            url_lists,
            brands,
            concepts,
            stories,
            speech,
            model,
            ..
        } = pack;
        let speech = speech.unwrap_or_else(crate::embedded::speech);
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
        // Validation (and the test suite, for the embedded pack) makes each name an earlier
        // story; one that does not is treated as yielding to none.
        let story_yields = stories
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let to = s.yields_to.as_deref()?;
                stories[..i].iter().position(|e| e.id == to)
            })
            .collect();
        let texts = PackTexts::new(&version, &scoring, &brands, &concepts, &stories);
        Compiled {
            version,
            scoring,
            url_lists,
            brands: BrandIndex::with_tables(brands, brand_tables),
            concepts: ConceptIndex::with_tables(concepts, concept_tables),
            stories,
            speech,
            model,
            embedded,
            concept_weights,
            story_weights,
            story_yields,
            grams,
            texts,
        }
    }

    /// The pack this was compiled from, as a value.
    pub(crate) fn pack(&self) -> RulePack {
        if self.embedded {
            return crate::embedded::pack();
        }
        RulePack {
            schema: SCHEMA_VERSION,
            version: self.version.clone(),
            scoring: self.scoring.clone(),
            url_lists: self.url_lists.clone(),
            brands: self.brands.brands.clone(),
            concepts: self.concepts.concepts.clone(),
            stories: self.stories.clone(),
            speech: Some(self.speech.clone()),
            model: self.model.clone(),
        }
    }
}
