//! Where a rule pack is checked before it is compiled: what serde cannot say — ranges,
//! uniqueness, non-empty names, the signals the code computes, usable concept terms, learned
//! weights that name something the pack defines. Every error gives the field path.

use std::collections::HashSet;

use crate::error::Error;
use crate::rules::{
    Concept, Family, RulePack, Scoring, Story, StoryPart, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION,
};
use crate::score::{OPTIONAL_SIGNALS, REQUIRED_SIGNALS};
use crate::verdict::Category;

/// What a weight must say.
const WEIGHT: &str = "must be a finite number between -20 and 20";

/// Whether `w` is usable as a weight: finite, between -20 and 20.
fn weight_ok(w: f32) -> bool {
    w.is_finite() && w.abs() <= 20.0
}

/// `Ok` when `ok`, else the error at `path` (built only then).
fn require(ok: bool, path: impl FnOnce() -> String, reason: &str) -> Result<(), Error> {
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid {
            path: path(),
            reason: reason.to_owned(),
        })
    }
}

/// Refuses a field or value that `p`'s schema does not know yet: `used` (the pack sets it)
/// needs schema `since`.
fn needs_schema(
    p: &RulePack,
    used: bool,
    since: u32,
    path: impl FnOnce() -> String,
) -> Result<(), Error> {
    if !used || p.schema >= since {
        return Ok(());
    }
    Err(Error::Invalid {
        path: path(),
        reason: format!("needs schema {since}"),
    })
}

/// Checks a whole pack.
pub(crate) fn validate(p: &RulePack) -> Result<(), Error> {
    if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&p.schema) {
        return Err(Error::UnsupportedSchema {
            found: p.schema,
            expected: SCHEMA_VERSION,
        });
    }
    scoring(p)?;
    url_lists(p)?;
    brands(p)?;
    let (concepts, stories) = concepts_and_stories(p)?;
    speech(p)?;
    // The hold of a message that leads nowhere came with the words that say where one goes on
    // (schema 22), and is checked after every older part of the format.
    needs_schema(
        p,
        p.scoring.signals.contains_key("verdict.leads_nowhere"),
        22,
        || "scoring.signals.verdict.leads_nowhere".into(),
    )?;
    model(p, &concepts, &stories)
}

/// Checks the words of speech (schema 14; the notice headers' words schema 16, the staff
/// labels schema 20, the site visits schema 21 and the onward words schema 22, and those may be
/// left out): each list holds words, none empty, none twice, each in the form the normalized
/// text is matched in (NFKC, ASCII lowercased), or it would never be found.
fn speech(p: &RulePack) -> Result<(), Error> {
    let Some(sp) = &p.speech else {
        return Ok(());
    };
    needs_schema(p, true, 14, || "speech".into())?;
    needs_schema(p, !sp.notice_headers.is_empty(), 16, || {
        "speech.notice_headers".into()
    })?;
    needs_schema(p, !sp.notice_header_words.is_empty(), 16, || {
        "speech.notice_header_words".into()
    })?;
    needs_schema(p, !sp.staff_labels.is_empty(), 20, || {
        "speech.staff_labels".into()
    })?;
    needs_schema(p, !sp.site_visits.is_empty(), 21, || {
        "speech.site_visits".into()
    })?;
    needs_schema(p, !sp.onward.is_empty(), 22, || "speech.onward".into())?;
    let lists = [
        ("quotatives", &sp.quotatives, true),
        ("reporting", &sp.reporting, true),
        ("disowning", &sp.disowning, true),
        ("contact_lines", &sp.contact_lines, true),
        ("notice_headers", &sp.notice_headers, false),
        ("notice_header_words", &sp.notice_header_words, false),
        ("staff_labels", &sp.staff_labels, false),
        ("site_visits", &sp.site_visits, false),
        ("onward", &sp.onward, false),
    ];
    for (name, words, needed) in lists {
        require(
            !needed || !words.is_empty(),
            || format!("speech.{name}"),
            "needs at least one word",
        )?;
        let mut seen = HashSet::new();
        for (i, w) in words.iter().enumerate() {
            let path = || format!("speech.{name}[{i}]");
            require(!w.trim().is_empty(), path, "is empty")?;
            require(seen.insert(w.as_str()), path, "is listed twice")?;
            let (_, matching) = crate::normalize::Normalized::with_matching(w);
            require(
                matching.as_str() == w.as_str(),
                path,
                "is not in the form messages are matched in (NFKC, lower case): never found",
            )?;
        }
    }
    Ok(())
}

/// Checks the scoring section: the bias, the thresholds, the signals and the advice.
fn scoring(p: &RulePack) -> Result<(), Error> {
    let s = &p.scoring;
    require(weight_ok(s.bias), || "scoring.bias".into(), WEIGHT)?;
    thresholds(p)?;
    signals(s)?;
    for key in ["safe", "suspicious", "dangerous"] {
        require(
            s.advice.contains_key(key),
            || format!("scoring.advice.{key}"),
            "missing",
        )?;
    }
    Ok(())
}

/// Checks the verdict thresholds and the bars of the holds and lifts, with the schema each
/// needs and the signal that explains each.
fn thresholds(p: &RulePack) -> Result<(), Error> {
    let s = &p.scoring;
    require(
        s.suspicious > 0.0 && s.suspicious < s.dangerous && s.dangerous < 1.0,
        || "scoring".into(),
        "thresholds must satisfy 0 < suspicious < dangerous < 1",
    )?;
    require(
        s.dangerous <= s.dangerous_without_way_to_act && s.dangerous_without_way_to_act <= 1.0,
        || "scoring.dangerous_without_way_to_act".into(),
        "must be between dangerous and 1",
    )?;
    needs_schema(p, s.dangerous_without_way_to_act < 1.0, 3, || {
        "scoring.dangerous_without_way_to_act".into()
    })?;
    require(
        s.dangerous_without_way_to_act >= 1.0 || s.signals.contains_key("verdict.no_way_to_act"),
        || "scoring.signals.verdict.no_way_to_act".into(),
        "missing: the hold a bar under 1 gives is this reason, so the reasons add up",
    )?;
    if let Some(bar) = s.dangerous_complete_story {
        require(
            s.suspicious < bar && bar <= s.dangerous,
            || "scoring.dangerous_complete_story".into(),
            "must be above suspicious and at most dangerous",
        )?;
        needs_schema(p, true, 4, || "scoring.dangerous_complete_story".into())?;
        require(
            s.signals.contains_key("verdict.complete_story"),
            || "scoring.signals.verdict.complete_story".into(),
            "missing: the lift a lower bar gives is this reason, so the reasons add up",
        )?;
    }
    Ok(())
}

/// Checks that every signal the classifier computes is there, and that every signal there is
/// one it computes, with a usable weight.
fn signals(s: &Scoring) -> Result<(), Error> {
    for code in REQUIRED_SIGNALS {
        require(
            s.signals.contains_key(*code),
            || format!("scoring.signals.{code}"),
            "missing: the classifier computes this signal",
        )?;
    }
    for (code, sig) in &s.signals {
        require(
            REQUIRED_SIGNALS.contains(&code.as_str()) || OPTIONAL_SIGNALS.contains(&code.as_str()),
            || format!("scoring.signals.{code}"),
            "not a signal the classifier computes",
        )?;
        require(
            weight_ok(sig.weight),
            || format!("scoring.signals.{code}.weight"),
            WEIGHT,
        )?;
    }
    Ok(())
}

/// Whether `name` is written in lower-case ASCII letters, digits, dots and hyphens only, as
/// the lists' suffixes and domains must be.
fn is_lower_ascii_name(name: &str) -> bool {
    name.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

/// Checks the URL lists: the schema each list needs, and the form of each entry.
fn url_lists(p: &RulePack) -> Result<(), Error> {
    let pages = &p.url_lists.user_pages;
    needs_schema(p, !pages.is_empty(), 3, || "url_lists.user_pages".into())?;
    let throwaway = &p.url_lists.throwaway_tlds;
    needs_schema(p, !throwaway.is_empty(), 5, || {
        "url_lists.throwaway_tlds".into()
    })?;
    for (i, tld) in throwaway.iter().enumerate() {
        require(
            p.url_lists.risky_tlds.contains(tld),
            || format!("url_lists.throwaway_tlds[{i}]"),
            "must be one of url_lists.risky_tlds (a link on it is then also flagged risky_tld)",
        )?;
    }
    let accountable = &p.url_lists.accountable_suffixes;
    needs_schema(p, !accountable.is_empty(), 6, || {
        "url_lists.accountable_suffixes".into()
    })?;
    for (i, suffix) in accountable.iter().enumerate() {
        require(
            suffix.contains('.')
                && !suffix.split('.').any(str::is_empty)
                && is_lower_ascii_name(suffix),
            || format!("url_lists.accountable_suffixes[{i}]"),
            "must be a lower-case ASCII public suffix of two or more labels (co.jp)",
        )?;
    }
    let platforms = &p.url_lists.content_platforms;
    needs_schema(p, !platforms.is_empty(), 11, || {
        "url_lists.content_platforms".into()
    })?;
    page_entries("user_pages", pages)?;
    page_entries("content_platforms", platforms)?;
    let mailboxes = &p.url_lists.mailboxes;
    needs_schema(p, !mailboxes.is_empty(), 18, || {
        "url_lists.mailboxes".into()
    })?;
    for (i, domain) in mailboxes.iter().enumerate() {
        require(
            crate::domain::is_bare_domain(domain) && is_lower_ascii_name(domain),
            || format!("url_lists.mailboxes[{i}]"),
            "must be a lower-case ASCII domain (gmail.com)",
        )?;
    }
    // A whole suffix or free hosting would make anyone's site content to look at.
    for (i, entry) in platforms.iter().enumerate() {
        let host = entry.split('/').next().unwrap_or_default();
        require(
            !p.url_lists.free_hosting.iter().any(|h| h == host)
                && !accountable.iter().any(|s| s == host),
            || format!("url_lists.content_platforms[{i}]"),
            "must be a platform's own host, not free hosting or a public suffix",
        )?;
    }
    Ok(())
}

/// Checks the entries of a list of hosts and host-and-path prefixes (`url_lists.user_pages`,
/// `url_lists.content_platforms`).
fn page_entries(list: &str, entries: &[String]) -> Result<(), Error> {
    for (i, entry) in entries.iter().enumerate() {
        let host = entry.split('/').next().unwrap_or_default();
        require(
            host.contains('.')
                && !host.split('.').any(str::is_empty)
                && entry.is_ascii()
                && !entry.contains([' ', '@', ':', '?', '#', '\\'])
                && !entry.bytes().any(|b| b.is_ascii_uppercase()),
            || format!("url_lists.{list}[{i}]"),
            "must be a lower-case ASCII host, optionally followed by a lower-case path prefix \
             (line.me/ti/; paths are matched without regard to case)",
        )?;
    }
    Ok(())
}

/// Checks the brands: unique ids, a name, a known sector, host-name domains and geographic
/// labels of letters (schema 13).
fn brands(p: &RulePack) -> Result<(), Error> {
    let mut ids = HashSet::new();
    for (i, b) in p.brands.iter().enumerate() {
        require(
            !b.id.trim().is_empty() && ids.insert(b.id.as_str()),
            || format!("brands[{i}].id"),
            "must be non-empty and unique",
        )?;
        require(
            b.names.iter().any(|n| !n.trim().is_empty()),
            || format!("brands[{i}].names"),
            "needs at least one name",
        )?;
        category_known(p, b.sector, || format!("brands[{i}].sector"))?;
        for (j, d) in b.domains.iter().enumerate() {
            require(
                d.contains('.') && d.is_ascii() && !d.contains(['/', ' ', '@', ':']),
                || format!("brands[{i}].domains[{j}]"),
                "must be an ASCII host name such as example.co.jp",
            )?;
        }
        for (j, l) in b.geographic_labels.iter().enumerate() {
            require(
                !l.is_empty() && l.bytes().all(|c| c.is_ascii_lowercase()),
                || format!("brands[{i}].geographic_labels[{j}]"),
                "must be a label of lower-case ASCII letters such as city",
            )?;
        }
        needs_schema(p, !b.geographic_labels.is_empty(), 13, || {
            format!("brands[{i}].geographic_labels")
        })?;
    }
    Ok(())
}

/// Unique ids, usable terms and weights; returns the concept and story ids.
fn concepts_and_stories(p: &RulePack) -> Result<(HashSet<&str>, HashSet<&str>), Error> {
    let concepts = concepts(p)?;
    let stories = stories(p, &concepts)?;
    Ok((concepts, stories))
}

/// Checks every concept, each id non-empty and unique; returns the concept ids.
fn concepts(p: &RulePack) -> Result<HashSet<&str>, Error> {
    let mut concepts = HashSet::new();
    for (i, c) in p.concepts.iter().enumerate() {
        require(
            !c.id.trim().is_empty() && concepts.insert(c.id.as_str()),
            || format!("concepts[{i}].id"),
            "must be non-empty and unique",
        )?;
        concept(p, i, c)?;
    }
    Ok(concepts)
}

/// Checks the concept `c` at index `i`, its id aside: terms, family, category and weights,
/// then the marks later schemas added, then each term's slots.
fn concept(p: &RulePack, i: usize, c: &Concept) -> Result<(), Error> {
    require(
        !c.terms.is_empty(),
        || format!("concepts[{i}].terms"),
        "needs at least one term",
    )?;
    schema_knows(
        p,
        "family",
        c.family.as_str(),
        c.family.since_schema(),
        || format!("concepts[{i}].family"),
    )?;
    if let Some(cat) = c.category {
        category_known(p, cat, || format!("concepts[{i}].category"))?;
    }
    require(
        c.weight.is_none_or(weight_ok),
        || format!("concepts[{i}].weight"),
        WEIGHT,
    )?;
    require(
        (0.0..=10.0).contains(&c.category_weight),
        || format!("concepts[{i}].category_weight"),
        "must be between 0 and 10",
    )?;
    concept_marks(p, i, c)?;
    for (j, t) in c.terms.iter().enumerate() {
        require(
            t.split(['…', '‥'])
                .all(|slot| slot.split('|').all(|a| !a.trim().is_empty())),
            || format!("concepts[{i}].terms[{j}]"),
            "a slot alternative is empty",
        )?;
        needs_schema(p, t.contains('‥'), 17, || {
            format!("concepts[{i}].terms[{j}]")
        })?;
        require(
            t.split(['…', '‥']).flat_map(|slot| slot.split('|')).all(reads_alike),
            || format!("concepts[{i}].terms[{j}]"),
            "a kanji drawn like a katakana letter beside katakana (力ード, 口グイン) is read as the \
             letter in a message, so the term would not match there: write the letter",
        )?;
    }
    Ok(())
}

/// Whether the term alternative `atom` reads as written wherever it stands in a message: no
/// kanji in it that is drawn like a katakana letter is read as the letter (see
/// `kana_twins::reading`) beside any neighbour, kanji, kana or none.
fn reads_alike(atom: &str) -> bool {
    if !atom
        .chars()
        .any(|c| crate::kana_twins::katakana_twin(c).is_some())
    {
        return true;
    }
    const NEIGHBOURS: [&str; 4] = ["", "の", "字", "ア"];
    NEIGHBOURS.iter().all(|pre| {
        NEIGHBOURS.iter().all(|post| {
            let mut s = format!("{pre}{atom}{post}");
            crate::kana_twins::read(&mut s);
            s.get(pre.len()..s.len() - post.len()) == Some(atom)
        })
    })
}

/// Checks the marks of the concept `c` at index `i`: `mobile_lines` (an actor's, schema 3),
/// `payment_instrument` (schema 5), `means_of_payment` (a promotional concept's, schema
/// 15), `own_lines` (a genuine family's, schema 12), `names_link`
/// (a link cue's, schema 10), `complete` (a hand-weighted lure concept's, schema 13),
/// `alarm` (a threat's, schema 19) and the `window` of its slots.
fn concept_marks(p: &RulePack, i: usize, c: &Concept) -> Result<(), Error> {
    require(
        !c.mobile_lines || c.family == Family::Actor,
        || format!("concepts[{i}].mobile_lines"),
        "only an actor has lines of its own",
    )?;
    needs_schema(p, c.mobile_lines, 3, || {
        format!("concepts[{i}].mobile_lines")
    })?;
    needs_schema(p, c.payment_instrument, 5, || {
        format!("concepts[{i}].payment_instrument")
    })?;
    require(
        !c.means_of_payment || c.family == Family::Promotional,
        || format!("concepts[{i}].means_of_payment"),
        "only a promotional concept names how the reader pays",
    )?;
    needs_schema(p, c.means_of_payment, 15, || {
        format!("concepts[{i}].means_of_payment")
    })?;
    require(
        !c.own_lines || c.family.is_genuine(),
        || format!("concepts[{i}].own_lines"),
        "only a genuine family names a speaker with lines of its own",
    )?;
    needs_schema(p, c.own_lines, 12, || format!("concepts[{i}].own_lines"))?;
    require(
        !c.names_link || c.family == Family::Link,
        || format!("concepts[{i}].names_link"),
        "only a link cue names a link",
    )?;
    needs_schema(p, c.names_link, 10, || format!("concepts[{i}].names_link"))?;
    require(
        !c.complete || (!c.family.is_genuine() && c.weight.is_some_and(|w| w > 0.0)),
        || format!("concepts[{i}].complete"),
        "only a lure's concept with a positive hand-set weight is a whole lure by itself",
    )?;
    needs_schema(p, c.complete, 13, || format!("concepts[{i}].complete"))?;
    require(
        !c.alarm || c.family == Family::Threat,
        || format!("concepts[{i}].alarm"),
        "only a threat raises alarm without naming a loss",
    )?;
    needs_schema(p, c.alarm, 19, || format!("concepts[{i}].alarm"))?;
    require(
        c.window <= 64,
        || format!("concepts[{i}].window"),
        "at most 64 characters",
    )
}

/// Checks every story, each id non-empty, unique and no concept's; returns the story ids.
fn stories<'p>(p: &'p RulePack, concepts: &HashSet<&str>) -> Result<HashSet<&'p str>, Error> {
    let mut stories = HashSet::new();
    for (i, st) in p.stories.iter().enumerate() {
        require(
            !st.id.trim().is_empty()
                && !concepts.contains(st.id.as_str())
                && stories.insert(st.id.as_str()),
            || format!("stories[{i}].id"),
            "must be non-empty and unique",
        )?;
        story(p, i, st)?;
    }
    Ok(stories)
}

/// Checks the story `st` at index `i`, its id aside: its parts, weight, the fields later
/// schemas added, the story it yields to, and that a complete one (or one that stands without
/// a link) needs no way to act.
fn story(p: &RulePack, i: usize, st: &Story) -> Result<(), Error> {
    require(
        !st.requires.is_empty() && st.requires.iter().all(|any| !any.is_empty()),
        || format!("stories[{i}].requires"),
        "needs at least one part, and no empty alternative",
    )?;
    require(
        st.weight.is_none_or(weight_ok),
        || format!("stories[{i}].weight"),
        WEIGHT,
    )?;
    for &part in st.requires.iter().flatten() {
        schema_knows(p, "part", part, part.since_schema(), || {
            format!("stories[{i}].requires")
        })?;
    }
    needs_schema(p, st.complete, 3, || format!("stories[{i}].complete"))?;
    needs_schema(p, st.stands_without_link, 19, || {
        format!("stories[{i}].stands_without_link")
    })?;
    needs_schema(p, !st.unless.is_empty(), 7, || {
        format!("stories[{i}].unless")
    })?;
    // A story yields to one already decided, so that telling it needs no second pass.
    require(
        st.yields_to
            .as_deref()
            .is_none_or(|to| p.schema >= 6 && p.stories[..i].iter().any(|e| e.id == to)),
        || format!("stories[{i}].yields_to"),
        "must name an earlier story, and needs schema 6",
    )?;
    // A complete story, or one that stands without a link, lifts the hold on messages with
    // no way to act: it must be tellable by such a message, every part with an alternative
    // that is not one; and one that stands on a threat of loss must have a threat.
    let without_way_to_act = st
        .requires
        .iter()
        .all(|any| any.iter().any(|&part| !is_way_to_act(part)));
    require(
        !st.complete || without_way_to_act,
        || format!("stories[{i}].complete"),
        "a complete story must be possible without a link, number, call or reply: \
         every part needs an alternative that is none of these",
    )?;
    require(
        !st.stands_without_link
            || (without_way_to_act
                && st
                    .requires
                    .iter()
                    .any(|any| any.contains(&StoryPart::Family(Family::Threat)))),
        || format!("stories[{i}].stands_without_link"),
        "a story that stands without a link must be possible without one, and tell a threat",
    )
}

/// Learned weights name a concept or story of the pack, and are usable.
fn model(p: &RulePack, concepts: &HashSet<&str>, stories: &HashSet<&str>) -> Result<(), Error> {
    let m = &p.model;
    for (id, &w) in &m.concepts {
        require(
            concepts.contains(id.as_str()) && weight_ok(w),
            || format!("model.concepts.{id}"),
            "must name a concept of the pack, with a finite weight between -20 and 20",
        )?;
    }
    for (id, &w) in &m.stories {
        require(
            stories.contains(id.as_str()) && weight_ok(w),
            || format!("model.stories.{id}"),
            "must name a story of the pack, with a finite weight between -20 and 20",
        )?;
    }
    require(weight_ok(m.intercept), || "model.intercept".into(), WEIGHT)?;
    require(
        m.gram_scale.is_finite() && m.gram_scale > 0.0 && m.gram_scale <= 1.0,
        || "model.gram_scale".into(),
        "must be in (0, 1]",
    )?;
    require(
        m.grams.len() <= crate::gram_table::MAX_GRAMS,
        || "model.grams".into(),
        "at most 65534 grams",
    )?;
    for (g, &w) in &m.grams {
        require(
            (2..=3).contains(&g.chars().count()) && weight_ok(w as f32 * m.gram_scale),
            || format!("model.grams.{g}"),
            "a gram has 2 or 3 characters and a weight between -20 and 20",
        )?;
    }
    Ok(())
}

/// Whether a story part is itself a way to act on the message (see `LinkFacts::way_to_act`).
fn is_way_to_act(part: StoryPart) -> bool {
    matches!(
        part,
        StoryPart::ForeignLink
            | StoryPart::OddPhone
            | StoryPart::DisguisedLink
            | StoryPart::UnaccountableLink
            | StoryPart::Family(Family::Link | Family::Call | Family::Reply)
    )
}

/// That the pack's schema knows `cat`; the error names the category and the schema it needs.
fn category_known(p: &RulePack, cat: Category, path: impl FnOnce() -> String) -> Result<(), Error> {
    schema_knows(
        p,
        "category",
        cat.as_str(),
        category_since_schema(cat),
        path,
    )
}

/// That the pack's schema is at least `since`, the first that knows the `what` called `name`;
/// the error names it and the schema it needs (the name is written only then).
fn schema_knows(
    p: &RulePack,
    what: &str,
    name: impl Into<String>,
    since: u32,
    path: impl FnOnce() -> String,
) -> Result<(), Error> {
    if p.schema >= since {
        return Ok(());
    }
    Err(Error::Invalid {
        path: path(),
        reason: format!(
            "the {what} needs a newer schema ({}: schema {since})",
            name.into()
        ),
    })
}

/// The first schema whose packs may name `cat`: a reader of an older schema does not know it.
fn category_since_schema(cat: Category) -> u32 {
    match cat {
        Category::Impersonation => 4,
        Category::EasyMoney => 8,
        _ => OLDEST_SCHEMA_VERSION,
    }
}

#[cfg(test)]
mod tests {
    use super::reads_alike;

    #[test]
    fn terms_that_read_otherwise_in_a_message_are_told() {
        // Kanji among kanji, before a counter, or after a kanji read as written anywhere.
        for atom in [
            "電力",
            "口座",
            "一時停止",
            "電力エナジー",
            "人口データ",
            "一カ月",
            "カード",
            "e-tax",
            "",
        ] {
            assert!(reads_alike(atom), "{atom}");
        }
        // A twin before ー and a letter, between katakana, ending a katakana word, or
        // starting one (after kana in a message) reads as the letter somewhere.
        for atom in ["力ード", "ア力ウント", "ポイン卜", "口コミ", "口グイン"] {
            assert!(!reads_alike(atom), "{atom}");
        }
    }
}
