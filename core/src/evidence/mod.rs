//! Where a message's evidence is gathered: one module per family, each turning what the
//! pipeline found into [`Evidence`] items with their weight, span and explanation.
//!
//! | family | module | evidence |
//! |---|---|---|
//! | links | [`links`] | URL flags, the brand–link relation, masked links, agencies that send no SMS |
//! | story | [`story`] | concepts found (actor, threat, demand…) and their combinations |
//! | learned text model | [`text_model`] | character grams' learned weights |
//! | sender and phone | [`contact`] | the sender's kind, numbers to call |
//! | genuine messages | [`genuine`] | one-time codes delivered, filler hiding words |
//! | the user's lists | [`user`] | allowed and blocked senders, domains, words |
//!
//! Hand-set weights come from the pack's `scoring.signals`; learned ones from its `model`. The
//! scorer ([`crate::score`]) only adds them up.

mod contact;
mod genuine;
mod links;
mod story;
pub(crate) mod text_model;
mod user;

use crate::brands::Mention;
use crate::compiled::Compiled;
use crate::concepts::ConceptHit;
use crate::extract::Found;
use crate::normalize::Normalized;
use crate::pack_text::PackText;
use crate::rules::{Concept, Family};
use crate::span::SpanMaker;
use crate::url_risk::Judged;
use crate::verdict::{Category, PhoneFinding, SenderInfo};

/// What the pipeline found in one message.
pub(crate) struct Facts<'a> {
    pub original: &'a str,
    pub spans: SpanMaker<'a>,
    pub url_text: &'a Normalized,
    pub matching: &'a Normalized,
    pub found: &'a Found,
    pub urls: &'a [Judged],
    pub mentions: &'a [Mention],
    pub concepts: &'a [ConceptHit],
    pub sender: Option<SenderInfo>,
    pub sender_owner: Option<usize>,
    pub listed: crate::user_lists::ListHits,
    pub truncated: bool,
}

impl Facts<'_> {
    /// Whether a concept found is one `is` holds for (of a family, or carrying a mark).
    pub(crate) fn found_concept(&self, c: &Compiled, is: impl Fn(&Concept) -> bool) -> bool {
        self.concepts
            .iter()
            .any(|h| is(&c.concepts.concepts[h.concept]))
    }

    /// Whether a concept of `family` was found.
    pub(crate) fn has(&self, c: &Compiled, family: Family) -> bool {
        self.found_concept(c, |k| k.family == family)
    }

    /// Whether payment is asked by a means no institution uses (a concept marked
    /// `payment_instrument`: gift-card numbers, crypto, an ATM "refund").
    pub(crate) fn asks_untraceable_pay(&self, c: &Compiled) -> bool {
        self.found_concept(c, |k| k.payment_instrument)
    }

    /// Whether a secret is asked back by a hand-weighted request (a credential concept with a
    /// weight of its own: 「届いた6桁の番号を教えて」): an answer by reply is a way to act.
    pub(crate) fn asks_secret_back(&self, c: &Compiled) -> bool {
        self.found_concept(c, |k| {
            k.family == Family::Credential && k.weight.is_some_and(|w| w > 0.0)
        })
    }

    /// Whether a link cue names a link (a concept marked `names_link`: 「下記URL」「リンク」),
    /// rather than only pointing (「下記」「こちら」).
    pub(crate) fn names_link(&self, c: &Compiled) -> bool {
        self.found_concept(c, |k| k.names_link)
    }

    /// The original range of a URL found.
    pub(crate) fn url_range(&self, k: usize) -> (usize, usize) {
        let raw = &self.found.urls[k];
        self.url_text.original_range(raw.start, raw.end)
    }

    /// The brands named in the text, then the one the sender ID claims.
    pub(crate) fn named(&self) -> impl Iterator<Item = usize> + '_ {
        self.mentions
            .iter()
            .map(|m| m.brand)
            .chain(self.sender_owner)
    }

    /// The brand names written outside the links and e-mail addresses: a link or an address
    /// does not name its speaker by spelling a name (`e-tax.nta.go.jp` vouches for no
    /// message, nor is it one from 国税庁; `taro@icloud.com` is anyone's address).
    pub(crate) fn mentions_outside_links(&self) -> impl Iterator<Item = &Mention> + '_ {
        self.mentions
            .iter()
            .filter(move |m| outside_links(self.matching, self.url_text, self.found, self.urls, m))
    }

    /// The brands named outside the links, then the one the sender ID claims.
    pub(crate) fn named_outside_links(&self) -> impl Iterator<Item = usize> + '_ {
        self.mentions_outside_links()
            .map(|m| m.brand)
            .chain(self.sender_owner)
    }
}

/// Whether brand mention `m` (in `matching`) is written outside every link and e-mail address
/// `found` (in `url_text`, judged as `urls`): a name spelt inside a link or an address names
/// no speaker. A brand's own domain written bare, with no scheme and no path, is its name
/// rather than a link (「Amazon.co.jpをご利用いただき」): it names the brand it belongs to.
pub(crate) fn outside_links(
    matching: &Normalized,
    url_text: &Normalized,
    found: &Found,
    urls: &[Judged],
    m: &Mention,
) -> bool {
    let (s, e) = matching.original_range(m.start, m.end);
    let inside = |(a, b): (usize, usize)| a <= s && e <= b;
    let as_name = |k: usize| {
        let u = &urls[k];
        !found.urls[k].has_scheme
            && u.official == Some(m.brand)
            && !u.url.contains(['/', '\\', '?', '#', '@', ':'])
    };
    let in_link = found
        .urls
        .iter()
        .enumerate()
        .any(|(k, u)| inside(url_text.original_range(u.start, u.end)) && !as_name(k));
    let in_address = found
        .emails
        .iter()
        .any(|&(a, b)| inside(url_text.original_range(a, b)));
    !(in_link || in_address)
}

/// Where a weight comes from: set by hand, or learned (and which learned weight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// A hand-set weight (`scoring.signals`, a story's own `weight`).
    Fixed,
    /// The learned weight of the concept of this index.
    Concept(usize),
    /// The learned weight of the story of this index.
    Story(usize),
    /// The learned weight, nil, of the concept of this index, which is nonetheless the words
    /// of a part of a story told: kept, so that the story's reason can be read in the text.
    StoryPart(usize),
    /// The learned gram weights.
    Grams,
}

/// One piece of evidence before it becomes a reason.
#[derive(Debug)]
pub(crate) struct Evidence {
    pub code: PackText,
    pub weight: f32,
    /// Range in the original text.
    pub range: Option<(usize, usize)>,
    pub ja: PackText,
    pub en: PackText,
    pub source: Source,
}

/// Collects evidence, each code once.
pub(crate) struct Collector<'c> {
    pub c: &'c Compiled,
    pub ev: Vec<Evidence>,
    /// Where explanations are filled in before they are shared.
    scratch: String,
}

impl<'c> Collector<'c> {
    /// A collector that continues `ev`.
    pub(crate) fn new(c: &'c Compiled, ev: Vec<Evidence>) -> Collector<'c> {
        Collector {
            c,
            ev,
            scratch: String::new(),
        }
    }

    /// Whether evidence of `code` was collected.
    pub(crate) fn has(&self, code: &str) -> bool {
        self.ev.iter().any(|e| *e.code == *code)
    }

    /// Adds a hand-weighted signal once, filling `{brand}` and `{domain}` in its explanation.
    pub(crate) fn signal(
        &mut self,
        code: &str,
        range: Option<(usize, usize)>,
        brand: Option<usize>,
        domain: Option<&str>,
    ) {
        let Some(weight) = self.c.scoring.signals.get(code).map(|s| s.weight) else {
            return;
        };
        self.weighted(code, weight, Source::Fixed, range, brand, domain);
    }

    /// Adds a signal once with the given weight (its explanation from `scoring.signals`).
    pub(crate) fn weighted(
        &mut self,
        code: &str,
        weight: f32,
        source: Source,
        range: Option<(usize, usize)>,
        brand: Option<usize>,
        domain: Option<&str>,
    ) {
        if self.has(code) {
            return;
        }
        let c = self.c;
        let Some(s) = c.texts.signals.get(code) else {
            return;
        };
        let (bja, ben) = brand.map_or(("", ""), |b| {
            let b = &c.brands.brands[b];
            (b.name.as_str(), b.name_en.as_str())
        });
        let d = domain.unwrap_or("");
        let (ja, en) = if s.templated {
            (self.explain(&s.ja, bja, d), self.explain(&s.en, ben, d))
        } else {
            (s.ja.clone(), s.en.clone())
        };
        self.ev.push(Evidence {
            code: s.code.clone(),
            weight,
            range,
            ja,
            en,
            source,
        });
    }

    /// A signal's explanation with `{brand}` and `{domain}` filled in; the template itself,
    /// shared, when it has no placeholder.
    fn explain(&mut self, template: &PackText, brand: &str, domain: &str) -> PackText {
        if !template.contains('{') {
            return template.clone();
        }
        self.scratch.clear();
        fill_into(&mut self.scratch, template, brand, domain);
        PackText::from(self.scratch.as_str())
    }
}

/// A signal's explanation with `{brand}` and `{domain}` filled in.
#[cfg(test)]
fn fill(template: &str, brand: &str, domain: &str) -> String {
    let mut out = String::new();
    fill_into(&mut out, template, brand, domain);
    out
}

/// Appends `template` to `out` with `{brand}` and `{domain}` filled in, in one pass (two
/// chained `str::replace` made four allocations, and searched the text twice).
fn fill_into(out: &mut String, template: &str, brand: &str, domain: &str) {
    out.reserve(template.len() + brand.len() + domain.len());
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{brand}") {
            out.push_str(brand);
            rest = after;
        } else if let Some(after) = tail.strip_prefix("{domain}") {
            out.push_str(domain);
            rest = after;
        } else {
            out.push('{');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
}

/// Everything gathered from one message: the evidence, and what the scorer needs besides.
pub(crate) struct Gathered {
    pub ev: Vec<Evidence>,
    pub phones: Vec<PhoneFinding>,
    /// How strongly each lure category's story is told.
    pub category_weight: [f32; Category::ALL.len()],
    /// A one-time code is delivered.
    pub otp: bool,
    /// Something in the message is on the user's block list.
    pub blocked: bool,
    /// The user allowed the sender or a domain, but a link is deceptive.
    pub deceptive: bool,
    /// The message gives a way to act on it (see [`links::LinkFacts::way_to_act`]).
    pub way_to_act: bool,
    /// It tells a story that is a whole lure without a link (see [`crate::rules::Story`]).
    pub complete_story: bool,
    /// It tells a story that stands without a link, with a threat of loss told in its own
    /// words, and gives no way to act (the only message the mark matters for; see
    /// [`crate::rules::Story::stands_without_link`]).
    pub stands_without_link: bool,
    /// It tells a concept that is a whole lure by itself, with no talk about scams beside it
    /// (see [`story::StoryFacts::told_whole`]).
    pub told_whole: bool,
    /// A word is spelt with a look-alike letter to dodge filters (see [`genuine`]).
    pub lookalike_letter: bool,
    /// The sender's address imitates a brand's domain (see [`contact::ContactFacts`]).
    pub lookalike_sender: bool,
    /// The sender cannot be answered so as to reach whoever wrote (see
    /// [`contact::ContactFacts::unanswerable_sender`]).
    pub unanswerable_sender: bool,
}

/// Gathers every family's evidence for one message.
pub(crate) fn gather(c: &Compiled, f: &Facts<'_>) -> Gathered {
    let mut col = Collector::new(c, Vec::with_capacity(16));
    let links = links::gather(&mut col, f);
    let contact = contact::gather(&mut col, f, &links);
    let story = story::gather(&mut col, f, &links, &contact);
    text_model::gather(&mut col, f);
    let making = genuine::gather(&mut col, f, &links, &contact);
    let (blocked, deceptive) = user::gather(&mut col, f, &links.links);
    Gathered {
        ev: col.ev,
        phones: contact.phones,
        category_weight: story.category_weight,
        otp: making.otp,
        blocked,
        deceptive,
        way_to_act: links.way_to_act,
        complete_story: story.complete,
        stands_without_link: story.stands_without_link,
        told_whole: story.told_whole,
        lookalike_letter: making.lookalike_letter,
        lookalike_sender: contact.lookalike_sender,
        unanswerable_sender: contact.unanswerable_sender,
    }
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn templates_are_filled_as_replace_would() {
        let cases = [
            ("{brand}を名乗り、{domain}へ誘導", "楽天", "evil.top"),
            ("no placeholders", "b", "d"),
            ("{brand}{brand} {domain}{", "x", "y"),
            ("{bran} {domain } {}", "x", "y"),
            ("", "x", "y"),
            ("{domain}{brand}", "", ""),
        ];
        for (t, b, d) in cases {
            assert_eq!(
                fill(t, b, d),
                t.replace("{brand}", b).replace("{domain}", d),
                "{t}"
            );
        }
    }
}
