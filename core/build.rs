//! Compiles ahead of time what the library would otherwise build when a process starts.
//!
//! * `$OUT_DIR/confusables.rs`: the UTS #39 confusables as a compact table. The
//!   `unicode-security` crate keeps `confusables.txt` as a slice of `(char, &[char])`: a
//!   pointer per entry, which in a shared library costs a 24-byte relocation each on top of
//!   the entry, about 0.3 MB for ~6,300 entries. Here the same data, read from that crate at
//!   build time, becomes two arrays of `u32` and one string: no pointers, about 60 kB. The
//!   runtime skeleton (`src/confusables.rs`) is tested to equal the crate's on every code
//!   point.
//! * `$OUT_DIR/public_suffix.rs`: the Public Suffix List (`data/public_suffix_list.dat`) as a
//!   front-coded sorted table (see `build/public_suffix.rs`).
//! * `$OUT_DIR/*.json`: the default rule pack's files without their indentation, embedded for
//!   `rules dump` and `RulePack::default` (see `build/rule_pack.rs`).
//! * `$OUT_DIR/embedded.rs`: the embedded rule pack's tables (concept and brand automata,
//!   brand domain tables and look-alike folds, the learned gram table) as statics, and the
//!   rest of its values as one compact JSON document. `rules/*.json` stay the single source
//!   of truth: the tables are compiled from them by the library's own modules, included
//!   here, which also compile packs loaded at run time (see `src/embedded.rs`).

// The included modules are the library's: here only their compiling half is used. They may use
// one another (`crate::…` resolves to the modules below), std and the build-dependencies, and
// nothing else of the library: a module that needs more fails this script's build, not the
// tests.
#![allow(dead_code, unused_imports)]

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_security::confusable_detection::skeleton;

#[path = "src/automaton.rs"]
mod automaton;
#[path = "src/brands/tables.rs"]
mod brand_tables;
#[path = "src/concepts.rs"]
mod concepts;
#[path = "src/confusables.rs"]
mod confusables;
#[path = "src/domain.rs"]
mod domain;
#[path = "src/gram_table.rs"]
mod gram_table;
#[path = "src/kana_twins.rs"]
mod kana_twins;
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/pack_text.rs"]
mod pack_text;
#[path = "src/rules.rs"]
mod rules;
#[path = "src/verdict.rs"]
mod verdict;

#[path = "build/public_suffix.rs"]
mod public_suffix_table;
#[path = "build/rule_pack.rs"]
mod rule_pack;

/// The library reads public suffixes from the table this script writes; the brand tables need
/// registrable domains before it exists, so here they come from the `psl` crate, which the
/// library's table is tested to agree with on every rule (`src/public_suffix.rs`).
mod public_suffix {
    /// The public suffix of a name, as the end of that name.
    pub(crate) struct Suffix<'a> {
        pub text: &'a str,
        pub known: bool,
    }

    /// The public suffix of `name`, `None` for an empty name.
    pub(crate) fn suffix(name: &str) -> Option<Suffix<'_>> {
        let s = psl::suffix(name.as_bytes())?;
        let len = s.as_bytes().len();
        Some(Suffix {
            text: name.get(name.len() - len..)?,
            known: s.is_known(),
        })
    }

    /// The registrable domain of `name`.
    pub(crate) fn registrable(name: &str) -> Option<&str> {
        let d = psl::domain(name.as_bytes())?;
        name.get(name.len() - d.as_bytes().len()..)
    }

    /// The registrable domain of `name`, whose suffix is known (here it is looked up again).
    pub(crate) fn registrable_above<'a>(name: &'a str, _suffix: &str) -> Option<&'a str> {
        registrable(name)
    }
}

/// The library reads the prototypes from the generated table; here, from memory.
mod prototypes {
    use std::sync::LazyLock;

    pub(crate) static IGNORABLE: LazyLock<Vec<(u32, u32)>> =
        LazyLock::new(|| crate::PROTOTYPES.ignorable.clone());
    pub(crate) static SOURCES: LazyLock<Vec<u32>> =
        LazyLock::new(|| crate::PROTOTYPES.sources.clone());
    pub(crate) static SPANS: LazyLock<Vec<u32>> = LazyLock::new(|| crate::PROTOTYPES.spans.clone());
    pub(crate) static POOL: LazyLock<String> = LazyLock::new(|| crate::PROTOTYPES.pool.clone());
}

/// The files of the library compiled into this script, and the pack.
const INPUTS: &[&str] = &[
    "build.rs",
    "rules",
    "src/automaton.rs",
    "src/brands/tables.rs",
    "src/concepts.rs",
    "src/confusables.rs",
    "src/domain.rs",
    "src/gram_table.rs",
    "src/normalize.rs",
    "src/pack_text.rs",
    "src/rules.rs",
    "src/verdict.rs",
];

fn main() {
    for f in INPUTS {
        println!("cargo:rerun-if-changed={f}");
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dir = Path::new(&dir);
    std::fs::write(dir.join("confusables.rs"), PROTOTYPES.source()).expect("OUT_DIR is writable");
    std::fs::write(dir.join("embedded.rs"), embedded_pack()).expect("OUT_DIR is writable");
    public_suffix_table::write(Path::new("data/public_suffix_list.dat"), dir);
    rule_pack::write(Path::new("rules"), dir);
}

/// The UTS #39 prototypes, as the library's table holds them.
struct Prototypes {
    /// Code points whose skeleton is empty (default ignorable), as inclusive ranges.
    ignorable: Vec<(u32, u32)>,
    /// Code points (their own NFD) with a prototype, ascending.
    sources: Vec<u32>,
    /// For each source: byte offset in `pool` << 8 | byte length of its prototype (NFD).
    spans: Vec<u32>,
    /// The prototypes, concatenated.
    pool: String,
}

static PROTOTYPES: LazyLock<Prototypes> = LazyLock::new(Prototypes::new);

impl Prototypes {
    fn new() -> Prototypes {
        let mut p = Prototypes {
            ignorable: Vec::new(),
            sources: Vec::new(),
            spans: Vec::new(),
            pool: String::new(),
        };
        let mut pooled: std::collections::HashMap<String, usize> = Default::default();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut one = [0u8; 4];
            let s: &str = c.encode_utf8(&mut one);
            // The runtime decomposes first: only code points that are their own NFD are looked
            // up, and for those the skeleton is the NFD of the prototype (or nothing when
            // ignorable).
            if !s.nfd().eq(std::iter::once(c)) {
                continue;
            }
            let skel: String = skeleton(s).collect();
            if skel == s {
                continue;
            }
            let cp = c as u32;
            if skel.is_empty() {
                match p.ignorable.last_mut() {
                    Some(last) if last.1 + 1 == cp => last.1 = cp,
                    _ => p.ignorable.push((cp, cp)),
                }
                continue;
            }
            let start = *pooled.entry(skel.clone()).or_insert_with(|| {
                p.pool.push_str(&skel);
                p.pool.len() - skel.len()
            });
            assert!(start < 1 << 24 && skel.len() < 256, "table out of range");
            p.sources.push(cp);
            p.spans.push((start as u32) << 8 | skel.len() as u32);
        }
        p
    }

    /// The table as Rust source.
    fn source(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "/// Code points whose skeleton is empty (default ignorable), as inclusive ranges."
        );
        let _ = writeln!(
            out,
            "pub(crate) const IGNORABLE: &[(u32, u32)] = &{:?};",
            self.ignorable
        );
        let _ = writeln!(
            out,
            "/// Code points (their own NFD) with a prototype, ascending."
        );
        let _ = writeln!(
            out,
            "pub(crate) const SOURCES: &[u32] = &{:?};",
            self.sources
        );
        let _ = writeln!(
            out,
            "/// For each source: byte offset in `POOL` << 8 | byte length of its prototype (NFD)."
        );
        let _ = writeln!(out, "pub(crate) const SPANS: &[u32] = &{:?};", self.spans);
        let _ = writeln!(out, "/// The prototypes, concatenated.");
        let _ = writeln!(out, "pub(crate) const POOL: &str = {:?};", self.pool);
        out
    }
}

/// Reads a piece of the embedded pack.
fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = Path::new("rules").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?} does not parse: {e}"))
}

/// The embedded pack's tables, and its other values, as Rust source.
fn embedded_pack() -> String {
    #[derive(serde::Deserialize)]
    struct Head {
        schema: u32,
        version: String,
        scoring: rules::Scoring,
    }
    #[derive(serde::Deserialize)]
    struct ConceptsFile {
        concepts: Vec<rules::Concept>,
        stories: Vec<rules::Story>,
        speech: rules::Speech,
    }
    let head: Head = read("pack.json");
    let concepts: ConceptsFile = read("concepts.json");
    let mut pack = rules::RulePack {
        schema: head.schema,
        version: head.version,
        scoring: head.scoring,
        url_lists: read("url_lists.json"),
        brands: read("brands.json"),
        concepts: concepts.concepts,
        stories: concepts.stories,
        speech: Some(concepts.speech),
        model: read("model.json"),
    };
    let concept_tables = concepts::ConceptTables::new(&pack.concepts)
        .unwrap_or_else(|e| panic!("rules/concepts.json: {e}"));
    let brand_tables = brand_tables::BrandTables::new(&pack.brands)
        .unwrap_or_else(|e| panic!("rules/brands.json: {e}"));
    let grams = gram_table::GramModel::new(&pack.model);
    // What the tables hold is not built again at start-up (see `src/embedded.rs`).
    for b in &mut pack.brands {
        b.names.clear();
        b.tokens.clear();
        b.domains.clear();
    }
    for c in &mut pack.concepts {
        c.terms.clear();
    }
    pack.model.grams.clear();

    let mut out = Out::default();
    let concept_tables = concept_tables.expr(&mut out);
    let brand_tables = brand_tables.expr(&mut out);
    let grams = grams.expr(&mut out);
    let mut src = out.items;
    let _ = writeln!(
        src,
        "/// The concept tables of the embedded pack.\n\
         static CONCEPT_TABLES: ConceptTables = {concept_tables};\n\
         /// The brand tables of the embedded pack.\n\
         static BRAND_TABLES: BrandTables = {brand_tables};\n\
         /// The learned gram table of the embedded pack.\n\
         static GRAMS: GramModel = {grams};\n\
         /// The embedded pack's values but for what its tables hold (see [`values`]).\n\
         const VALUES_JSON: &str = {:?};",
        slim_values(&pack)
    );
    src
}

/// The pack's values as compact JSON without the members start-up would read back as they
/// are when left out: those that hold nothing (`null`, an empty list) or their default
/// (`false`, a concept's usual window). Tried one member name and value at a time, most
/// frequent first: left out everywhere only if the document still reads back to exactly the
/// pack it was written from (a member the format requires, such as a brand's `names`, or
/// whose default is another value, stays).
fn slim_values(pack: &rules::RulePack) -> String {
    use serde_json::Value;
    /// By member name and value as written: the value, and how often the pair occurs.
    type Candidates = std::collections::BTreeMap<(String, String), (Value, usize)>;
    /// Members holding nothing or a scalar, by name and value.
    fn candidates(v: &Value, out: &mut Candidates) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| {
                let plain = match x {
                    Value::Array(a) => a.is_empty(),
                    Value::Object(o) => o.is_empty(),
                    _ => true,
                };
                if plain {
                    out.entry((k.clone(), x.to_string()))
                        .or_insert_with(|| (x.clone(), 0))
                        .1 += 1;
                }
                candidates(x, out);
            }),
            Value::Array(a) => a.iter().for_each(|x| candidates(x, out)),
            _ => {}
        }
    }
    fn drop_member(v: &mut Value, name: &str, value: &Value) {
        match v {
            Value::Object(m) => {
                if m.get(name) == Some(value) {
                    m.remove(name);
                }
                m.values_mut().for_each(|x| drop_member(x, name, value));
            }
            Value::Array(a) => a.iter_mut().for_each(|x| drop_member(x, name, value)),
            _ => {}
        }
    }
    let full = serde_json::to_value(pack).expect("a pack serializes");
    let reads_back = |v: &Value| {
        serde_json::from_value::<rules::RulePack>(v.clone())
            .is_ok_and(|p| serde_json::to_value(&p).is_ok_and(|p| p == full))
    };
    let mut found = Candidates::new();
    candidates(&full, &mut found);
    let mut found: Vec<_> = found
        .into_iter()
        .filter(|(_, (_, n))| *n > 1)
        .map(|((name, written), (value, n))| (n, name, written, value))
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| (&a.1, &a.2).cmp(&(&b.1, &b.2))));
    let mut slim = full.clone();
    for (_, name, _, value) in found {
        let mut tried = slim.clone();
        drop_member(&mut tried, &name, &value);
        if reads_back(&tried) {
            slim = tried;
        }
    }
    assert!(reads_back(&slim), "the slim values read back to the pack");
    slim.to_string()
}

/// Statics written so far, one per array.
#[derive(Default)]
struct Out {
    items: String,
    arrays: usize,
}

impl Out {
    /// Writes `xs` as a static array and returns a borrowed `Cow` of it.
    fn array<T: Emit>(&mut self, xs: &[T]) -> String {
        let elems: Vec<String> = xs.iter().map(|x| x.expr(self)).collect();
        let name = format!("A{}", self.arrays);
        self.arrays += 1;
        let _ = writeln!(
            self.items,
            "static {name}: [{}; {}] = [{}];",
            T::ty(),
            xs.len(),
            elems.join(",")
        );
        format!("Cow::Borrowed(&{name})")
    }
}

/// A value written as a Rust constant expression.
trait Emit {
    /// The type, as written in the library.
    fn ty() -> String;
    /// The value, its arrays written to `out` as statics.
    fn expr(&self, out: &mut Out) -> String;
}

macro_rules! emit_number {
    ($($t:ty),*) => {$(
        impl Emit for $t {
            fn ty() -> String {
                stringify!($t).to_owned()
            }
            fn expr(&self, _: &mut Out) -> String {
                self.to_string()
            }
        }
    )*};
}
emit_number!(u8, u16, i16, u32, u64, usize, bool);

impl Emit for f32 {
    fn ty() -> String {
        "f32".to_owned()
    }
    fn expr(&self, _: &mut Out) -> String {
        // Bit for bit: the weight computed here is the one used.
        format!("f32::from_bits({:#x})", self.to_bits())
    }
}

impl Emit for Cow<'static, str> {
    fn ty() -> String {
        "Cow<'static, str>".to_owned()
    }
    fn expr(&self, _: &mut Out) -> String {
        format!("Cow::Borrowed({:?})", self.as_ref())
    }
}

impl<T: Emit + Clone> Emit for Cow<'static, [T]> {
    fn ty() -> String {
        format!("Cow<'static, [{}]>", T::ty())
    }
    fn expr(&self, out: &mut Out) -> String {
        out.array(self)
    }
}

impl Emit for automaton::Automaton {
    fn ty() -> String {
        "crate::automaton::Automaton".to_owned()
    }
    fn expr(&self, out: &mut Out) -> String {
        // Destructured, so that a field added to the type cannot be forgotten here.
        let automaton::Automaton {
            kind,
            match_states,
            class,
            classes,
            dense,
            states,
            edges,
            first_match,
            matches,
            pattern_len,
        } = self;
        format!(
            "crate::automaton::Automaton {{ kind: crate::automaton::Kind::{kind:?}, \
             match_states: {match_states}, class: {}, classes: {classes}, dense: {}, \
             states: {}, edges: {}, first_match: {}, matches: {}, pattern_len: {} }}",
            class.expr(out),
            dense.expr(out),
            states.expr(out),
            edges.expr(out),
            first_match.expr(out),
            matches.expr(out),
            pattern_len.expr(out),
        )
    }
}

impl Emit for concepts::Lists {
    fn ty() -> String {
        "Lists".to_owned()
    }
    fn expr(&self, out: &mut Out) -> String {
        let concepts::Lists { first, items } = self;
        format!(
            "Lists {{ first: {}, items: {} }}",
            first.expr(out),
            items.expr(out)
        )
    }
}

impl Emit for concepts::ConceptTables {
    fn ty() -> String {
        "ConceptTables".to_owned()
    }
    fn expr(&self, out: &mut Out) -> String {
        let concepts::ConceptTables {
            automaton,
            term_concept,
            term_slots,
            slot_atoms,
            starts,
        } = self;
        format!(
            "ConceptTables {{ automaton: {}, term_concept: {}, term_slots: {}, \
             slot_atoms: {}, starts: {} }}",
            automaton.expr(out),
            term_concept.expr(out),
            term_slots.expr(out),
            slot_atoms.expr(out),
            starts.expr(out)
        )
    }
}

impl Emit for brand_tables::KeyTable {
    fn ty() -> String {
        "KeyTable".to_owned()
    }
    fn expr(&self, out: &mut Out) -> String {
        let brand_tables::KeyTable { pool, end, brand } = self;
        format!(
            "KeyTable {{ pool: {}, end: {}, brand: {} }}",
            pool.expr(out),
            end.expr(out),
            brand.expr(out)
        )
    }
}

impl Emit for brand_tables::BrandTables {
    fn ty() -> String {
        "BrandTables".to_owned()
    }
    fn expr(&self, out: &mut Out) -> String {
        let brand_tables::BrandTables {
            names,
            name_owner,
            name_disguises,
            official,
            tokens,
            token_owner,
            labels,
            skeleton_official,
            skeleton_names,
            skeleton_owner,
        } = self;
        format!(
            "BrandTables {{ names: {}, name_owner: {}, name_disguises: {}, official: {}, tokens: {}, \
             token_owner: {}, labels: {}, skeleton_official: {}, skeleton_names: {}, \
             skeleton_owner: {} }}",
            names.expr(out),
            name_owner.expr(out),
            name_disguises,
            official.expr(out),
            tokens.expr(out),
            token_owner.expr(out),
            labels.expr(out),
            skeleton_official.expr(out),
            skeleton_names.expr(out),
            skeleton_owner.expr(out),
        )
    }
}

impl Emit for gram_table::GramKeys {
    fn ty() -> String {
        "crate::gram_table::GramKeys".to_owned()
    }
    fn expr(&self, out: &mut Out) -> String {
        match self {
            gram_table::GramKeys::Narrow { hi, lo } => format!(
                "crate::gram_table::GramKeys::Narrow {{ hi: {}, lo: {} }}",
                hi.expr(out),
                lo.expr(out)
            ),
            gram_table::GramKeys::Wide(keys) => {
                format!("crate::gram_table::GramKeys::Wide({})", keys.expr(out))
            }
        }
    }
}

impl Emit for gram_table::GramModel {
    fn ty() -> String {
        "GramModel".to_owned()
    }
    fn expr(&self, out: &mut Out) -> String {
        let gram_table::GramModel {
            keys,
            weights,
            scale,
            slots,
        } = self;
        format!(
            "GramModel {{ keys: {}, weights: {}, scale: {}, slots: {} }}",
            keys.expr(out),
            weights.expr(out),
            scale.expr(out),
            slots.expr(out)
        )
    }
}
