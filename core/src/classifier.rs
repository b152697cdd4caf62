//! The classifier: a compiled rule pack, and the pipeline that runs one message through it.

use std::sync::{Arc, LazyLock};

use crate::brands::{drop_instruments, Mention};
use crate::compiled::Compiled;
use crate::concepts::ConceptHit;
use crate::error::Error;
use crate::evidence::{gather, outside_links, Facts, Source};
use crate::extract::{find_all, Found, RawPhone};
use crate::kana_twins::is_katakana;
use crate::normalize::Normalized;
use crate::redirect::add_destinations;
use crate::rules::{Family, RulePack, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};
use crate::score::verdict;
use crate::sender::{sender_key, sender_kind};
use crate::span::SpanMaker;
use crate::url_risk::{judge, listed_words, Judged};
use crate::user_lists::UserLists;
use crate::verdict::{Category, PhoneKind, SenderInfo, SenderKind, UrlFlag, Verdict};
use crate::{MAX_INPUT_BYTES, MAX_PACK_BYTES, MAX_PHONES, MAX_URLS};

/// Classifies messages with one rule pack.
///
/// Building one compiles the pack (automata, maps); do it once and share it: a `Classifier` is
/// `Send + Sync`, cheap to clone (the compiled pack is behind an `Arc`), and never mutated.
/// [`Classifier::new`] shares one process-wide compilation of the embedded default pack.
#[derive(Debug, Clone)]
pub struct Classifier {
    inner: Arc<Compiled>,
}

static NO_LISTS: LazyLock<UserLists> = LazyLock::new(UserLists::default);

/// The embedded pack, compiled at build time and validated by the test suite.
static DEFAULT: LazyLock<Classifier> = LazyLock::new(|| Classifier {
    inner: Arc::new(Compiled::embedded()),
});

impl Default for Classifier {
    fn default() -> Self {
        Classifier::new()
    }
}

impl Classifier {
    /// The classifier of the embedded default pack. Its tables are compiled at build time;
    /// the first call in the process reads the pack's small JSON values and shares them with
    /// every later call.
    pub fn new() -> Classifier {
        DEFAULT.clone()
    }

    /// Builds a classifier from a pack given as JSON bytes. Errors: larger than
    /// [`MAX_PACK_BYTES`] ([`Error::PackTooLarge`]), not UTF-8, not JSON or not the pack's
    /// shape ([`Error::Malformed`], with line and column), another schema
    /// ([`Error::UnsupportedSchema`]), or an unusable value ([`Error::Invalid`], with the
    /// field path). Nothing is kept from a pack that fails.
    pub fn from_json(bytes: &[u8]) -> Result<Classifier, Error> {
        if bytes.len() > MAX_PACK_BYTES {
            return Err(Error::PackTooLarge {
                size: bytes.len(),
                limit: MAX_PACK_BYTES,
            });
        }
        // Read as text, as the embedded pack is: one serde reader of the pack's types in the
        // library rather than two (a second one, for bytes, cost 90 kB of code).
        let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e))?;
        // Read the schema first, so that a pack of another schema says so rather than
        // failing on a field it does not have.
        #[derive(serde::Deserialize)]
        struct Head {
            schema: u32,
        }
        let head: Head = serde_json::from_str(text).map_err(malformed)?;
        if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&head.schema) {
            return Err(Error::UnsupportedSchema {
                found: head.schema,
                expected: SCHEMA_VERSION,
            });
        }
        let pack: RulePack = serde_json::from_str(text).map_err(malformed)?;
        Classifier::from_pack(pack)
    }

    /// Builds a classifier from a signed pack: `signature` is the 64-byte Ed25519 signature of
    /// exactly `bytes`, `public_key` the publisher's 32-byte key that the app ships. The
    /// signature is checked before anything is parsed: [`Error::BadKey`] for a key or
    /// signature of the wrong form, [`Error::BadSignature`] when it does not verify; then as
    /// [`Classifier::from_json`]. On any error no classifier is built, so the caller keeps the
    /// one it had.
    pub fn from_signed_json(
        bytes: &[u8],
        signature: &[u8],
        public_key: &[u8],
    ) -> Result<Classifier, Error> {
        if bytes.len() > MAX_PACK_BYTES {
            return Err(Error::PackTooLarge {
                size: bytes.len(),
                limit: MAX_PACK_BYTES,
            });
        }
        crate::signing::verify(bytes, signature, public_key)?;
        Classifier::from_json(bytes)
    }

    /// Builds a classifier from a pack value, after validating it (see [`Classifier::from_json`]).
    pub fn from_pack(pack: RulePack) -> Result<Classifier, Error> {
        Ok(Classifier {
            inner: Arc::new(Compiled::new(pack)?),
        })
    }

    /// The version string of the pack in use.
    pub fn rules_version(&self) -> &str {
        &self.inner.version
    }

    /// Each brand's id and usual lure category, without copying the pack (for platform
    /// mappings that file a genuine message by sector).
    pub fn brand_sectors(&self) -> impl Iterator<Item = (&str, crate::Category)> {
        self.inner
            .brands
            .brands
            .iter()
            .map(|b| (b.id.as_str(), b.sector))
    }

    /// The pack in use, as a value (a copy: meant for dumping, not for the hot path).
    pub fn pack(&self) -> RulePack {
        self.inner.pack()
    }

    /// Classifies one message.
    ///
    /// * `body`: any text. Empty gives a `safe` verdict with no evidence. Only the first
    ///   [`MAX_INPUT_BYTES`] are analysed (`truncated` is then set). Invisible, control and
    ///   bidi characters are tolerated (and count as evidence of disguise inside words).
    /// * `sender`: the sender as the phone shows it (number, short code, alphanumeric ID,
    ///   e-mail address), or `None`. Anything unreadable is judged `unknown`.
    ///
    /// Never panics, allocates in proportion to the analysed length, runs in linear time.
    pub fn classify(&self, body: &str, sender: Option<&str>) -> Verdict {
        self.classify_with(body, sender, &NO_LISTS)
    }

    /// Classifies one message under the user's allow and block lists (see [`UserLists`] for
    /// what wins when). Same contract on input as [`Classifier::classify`].
    pub fn classify_with(&self, body: &str, sender: Option<&str>, lists: &UserLists) -> Verdict {
        self.with_facts(body, sender, lists, |c, f| verdict(c, f, gather(c, f)))
    }

    /// What the learned part of the verdict is computed from, for training it (`smishguard
    /// train`): the log-odds of every hand-set weight (the bias included), the concepts and
    /// stories found whose weights are learned, and the model text's grams with their values.
    /// Same contract on input as [`Classifier::classify`].
    pub fn learning_row(&self, body: &str, sender: Option<&str>) -> LearningRow {
        self.with_facts(body, sender, &NO_LISTS, |c, f| {
            let g = gather(c, f);
            let mut row = LearningRow {
                fixed: c.scoring.bias,
                concepts: Vec::new(),
                stories: Vec::new(),
                grams: crate::evidence::text_model::model_grams(f.matching.as_str()),
            };
            row.fixed +=
                g.ev.iter()
                    .filter(|e| e.source == Source::Fixed)
                    .map(|e| e.weight)
                    .sum::<f32>();
            // Learned concepts are listed whether or not their current weight is reported.
            for h in f.concepts {
                let concept = &c.concepts.concepts[h.concept];
                if concept.weight.is_none() {
                    row.concepts.push(concept.id.clone());
                }
            }
            for e in &g.ev {
                match e.source {
                    Source::Story(k) => row.stories.push(c.stories[k].id.clone()),
                    // A threat that talk had taken and gave back (see `evidence::story`).
                    Source::Concept(k) if f.concepts.iter().all(|h| h.concept != k) => {
                        row.concepts.push(c.concepts.concepts[k].id.clone());
                    }
                    _ => {}
                }
            }
            row
        })
    }

    /// Runs the pipeline up to the facts, and hands them to `then`.
    fn with_facts<R>(
        &self,
        body: &str,
        sender: Option<&str>,
        lists: &UserLists,
        then: impl FnOnce(&Compiled, &Facts<'_>) -> R,
    ) -> R {
        let c = &*self.inner;
        let (body, truncated) = cap(body, MAX_INPUT_BYTES);
        let (url_text, matching) = Normalized::with_matching(body);
        let (found, urls) = find_and_judge_links(c, body, &url_text);
        let mut concepts = c.concepts.find(matching.as_str());
        let mut mentions = c.brands.mentions(matching.as_str());
        let sender = sender.map(|raw| {
            let kind = sender_kind(raw);
            // An over-long sender is `unknown` and owned by no brand: not normalized at all, so
            // a 1 MiB sender costs nothing.
            let owner = (raw.len() <= crate::MAX_SENDER_BYTES)
                .then(|| c.brands.sender_owner(&sender_key(raw)))
                .flatten();
            (raw, kind, owner)
        });
        // A brand named outside the links, or claimed by the sender ID (a link's own host
        // names no one: `teams.microsoft.com` is not Microsoft speaking).
        let named = |b: usize| {
            mentions
                .iter()
                .any(|m| m.brand == b && outside_links(&matching, &url_text, &found, &urls, m))
                || sender.and_then(|s| s.2) == Some(b)
        };
        let institutions = institutions_only(c, &found, &urls, named);
        let kind = sender.map(|s| s.1);
        read_own_words(
            c,
            body,
            &matching,
            institutions,
            kind,
            &mut concepts,
            &mut mentions,
        );
        drop_payment_brands(c, matching.as_str(), &concepts, &mut mentions);
        let listed = if lists.is_empty() {
            Default::default()
        } else {
            let hosts: Vec<&str> = urls.iter().map(|u| u.host_ascii.as_str()).collect();
            lists.apply(sender.map(|s| s.0), &hosts, matching.as_str())
        };
        let facts = Facts {
            original: body,
            spans: SpanMaker::new(body),
            url_text: &url_text,
            matching: &matching,
            found: &found,
            urls: &urls,
            mentions: &mentions,
            concepts: &concepts,
            sender: sender.map(|(raw, kind, owner)| SenderInfo {
                raw: cap(raw, crate::MAX_SENDER_BYTES).0.to_owned(),
                kind,
                official_brand: owner.map(|b| c.texts.brands[b].0.clone()),
            }),
            sender_owner: sender.and_then(|s| s.2),
            listed,
            truncated,
        };
        then(c, &facts)
    }
}

/// Finds the links and numbers in the text, drops the "links" that are words listed with 「・」
/// (see [`listed_words`]), judges each link, and adds the destination a redirect anyone can
/// aim names (see [`add_destinations`]).
fn find_and_judge_links(c: &Compiled, body: &str, url_text: &Normalized) -> (Found, Vec<Judged>) {
    let mut found = find_all(url_text.as_str(), MAX_URLS, MAX_PHONES);
    found
        .urls
        .retain(|u| !listed_words(url_text, body, u, &c.url_lists, &c.brands));
    let mut urls: Vec<_> = found
        .urls
        .iter()
        .map(|u| judge(url_text, u, &c.brands, &c.url_lists))
        .collect();
    add_destinations(
        url_text,
        &mut found,
        &mut urls,
        &c.brands,
        &c.url_lists,
        MAX_URLS,
    );
    (found, urls)
}

/// Drops from `mentions` the brands named as a means of payment: a brand named as the card
/// asked for is no speaker; nor is one named as the way the reader pays in a shop's campaign
/// (see [`shop_campaign`]), read only when a way to pay is named at all (the concept is found
/// at its first term when it is anywhere).
fn drop_payment_brands(
    c: &Compiled,
    matching: &str,
    concepts: &[ConceptHit],
    mentions: &mut Vec<Mention>,
) {
    let names_a_way_to_pay = concepts
        .iter()
        .any(|h| c.concepts.concepts[h.concept].means_of_payment);
    let shop_speaks = names_a_way_to_pay && shop_campaign(c, matching, mentions, concepts);
    let instrument = |h: &ConceptHit| {
        let k = &c.concepts.concepts[h.concept];
        k.payment_instrument || (k.means_of_payment && shop_speaks)
    };
    let hits = instrument_hits(c, matching, mentions, concepts, &instrument);
    drop_instruments(mentions, &hits, instrument, matching);
}

/// Whether `text` (matching text, with its `mentions` and concept `hits`) reads as a shop's
/// campaign: it opens with a header naming someone the pack does not know
/// (「【〇〇ドラッグ】…PayPay払いで10%還元」: see [`crate::brands::unknown_header`]), and
/// threatens nothing and asks for no secret, as no campaign does. Without such a header the
/// phrase that names a way to pay is a lure's as easily as a shop's (「PayPay払いで20%還元
/// キャンペーン当選！受け取りはこちら」), and the brand still speaks.
fn shop_campaign(c: &Compiled, text: &str, mentions: &[Mention], hits: &[ConceptHit]) -> bool {
    let family = |h: &ConceptHit| c.concepts.concepts[h.concept].family;
    if hits
        .iter()
        .any(|h| matches!(family(h), Family::Threat | Family::Credential))
    {
        return false;
    }
    // An organisation that is no shop (a bank, a utility, a support desk), named as a word of
    // its own: 「ガス」 in 「ガスト」 is part of a restaurant's name.
    let actors: Vec<ConceptHit> = hits
        .iter()
        .filter(|h| {
            let k = &c.concepts.concepts[h.concept];
            k.family == Family::Actor
                && k.category != Some(Category::ShoppingSubscription)
                && !text[h.end..].starts_with(is_katakana)
                && !text[..h.start].ends_with(is_katakana)
        })
        .copied()
        .collect();
    let labels = crate::brands::HeaderLabels {
        strong: &c.speech.notice_headers,
        weak: &c.speech.notice_header_words,
    };
    crate::brands::unknown_header(text, mentions, &actors, labels)
}

/// How far after the start of a brand's name [`instrument_hits`] looks for the way to pay
/// or the card it is named as: the longest such term with its window, in bytes.
const INSTRUMENT_PROBE: usize = 128;

/// The most bytes between a brand's name and a way-to-pay hit that makes the hit that brand's
/// (「PayPay」 then 「払いで」, or a space or a 「・」 first): such a brand needs no probe.
const INSTRUMENT_GAP: usize = 8;

/// The hits of `hits` (in `text`, matching text) for which `instrument` holds, and, when
/// there is one, those at each brand of `mentions` that the search did not return: a concept
/// is found once, at its first term, and a shop naming two ways to pay (「majica払いなら
/// 2%還元！PayPay払いもご利用いただけます」) names the second where the first was found.
/// Each brand is probed once, over [`INSTRUMENT_PROBE`] bytes from its start.
fn instrument_hits(
    c: &Compiled,
    text: &str,
    mentions: &[Mention],
    hits: &[ConceptHit],
    instrument: &impl Fn(&ConceptHit) -> bool,
) -> Vec<ConceptHit> {
    let mut out: Vec<ConceptHit> = hits.iter().filter(|h| instrument(h)).copied().collect();
    if out.is_empty() {
        return out;
    }
    for m in mentions {
        if out
            .iter()
            .any(|h| h.start >= m.start && h.start <= m.end + INSTRUMENT_GAP)
        {
            continue;
        }
        let mut end = (m.start + INSTRUMENT_PROBE).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let probed = c.concepts.find(&text[m.start..end]);
        out.extend(
            probed
                .into_iter()
                .map(|h| ConceptHit {
                    start: h.start + m.start,
                    end: h.end + m.start,
                    ..h
                })
                .filter(|h| instrument(h)),
        );
    }
    out
}

/// The most bytes between a credential's words and the disclaimer that says it is never asked
/// (「暗証番号を、お伺いすることはありません」): a comma and a particle.
const DISCLAIMER_GAP: usize = 6;

/// Whether the credential `h` among `hits` (in `text`) is disclaimed: the words of a
/// `no_share` concept that say it is never asked (「…ことはありません」, 「求めておりません」)
/// begin inside it or at most [`DISCLAIMER_GAP`] bytes after it. An admonition is no
/// disclaimer: 「暗証番号を返信し、他人には教えないでください」 asks for the PIN.
fn disclaimed(c: &Compiled, text: &str, hits: &[ConceptHit], h: &ConceptHit) -> bool {
    hits.iter()
        .any(|n| n.start > h.start && n.start <= h.end + DISCLAIMER_GAP && never_asked(c, text, n))
}

/// Whether the credential `h` among `hits` is a secret named (a concept whose weight is learned,
/// not a request weighed by hand) followed at once by an admonition not to share it (a
/// `no_share` concept beginning inside it or at most [`DISCLAIMER_GAP`] bytes after it):
/// 「パスワードは他人に教えないでください」. Alone it is no disclaimer (「暗証番号を返信し、
/// 他人には教えないでください」 asks for the PIN); it counts only in a message that has already
/// disclaimed or disowned a request for a secret.
fn admonished(c: &Compiled, hits: &[ConceptHit], h: &ConceptHit) -> bool {
    // A credential weighed by hand asks for the secret back (「暗証番号を返信し」); one whose
    // weight is learned names it (「パスワード」), and only a name can be admonished.
    c.concepts.concepts[h.concept].weight.is_none()
        && hits.iter().any(|n| {
            c.concepts.concepts[n.concept].family == Family::NoShare
                && n.start > h.start
                && n.start <= h.end + DISCLAIMER_GAP
        })
}

/// Whether the hit `n` (in `text`) is a `no_share` concept's words saying a thing is never
/// asked (「…ことはありません」, 「求めておりません」).
fn never_asked(c: &Compiled, text: &str, n: &ConceptHit) -> bool {
    c.concepts.concepts[n.concept].family == Family::NoShare
        && text
            .get(n.start..n.end)
            .is_some_and(|words| NEVER_ASKED.iter().any(|w| words.contains(w)))
}

/// Whether the hit `h` (in `text`) is words a warning quotes and disowns: ending inside one of
/// `quotes` (the quotations `text` labels as speech), with talk about scams that disowns it
/// (the pack's `speech.disowning`) or a disclaimer that the thing is never asked after the
/// closing mark, in the same sentence or the next
/// (「『暗証番号を返信してください』というSMSは当行からのものではありません」). A lure that
/// quotes its own request and vouches for it (「…というご案内は正規のものです」) disowns
/// nothing, nor does one whose warning comes two sentences after the quotation or later.
fn quoted_and_disowned(
    c: &Compiled,
    text: &str,
    quotes: &[(usize, usize)],
    h: &ConceptHit,
) -> bool {
    crate::quoted::after_quotation(text, quotes, h.end).is_some_and(|after| {
        let hits = c.concepts.find(after);
        let warned = hits
            .iter()
            .any(|n| c.concepts.concepts[n.concept].family == Family::Warning);
        (warned
            && c.speech
                .disowning
                .iter()
                .any(|w| after.contains(w.as_str())))
            || hits.iter().any(|n| never_asked(c, after, n))
    })
}

/// How a disclaimer says a thing is never asked (grammar): 「…することはありません」,
/// 「…しておりません」, 「…していません」.
const NEVER_ASKED: &[&str] = &["ことは", "ておりません", "ていません"];

/// Replaces the concepts and brands found in the matching text with those of its own words
/// when it is a warning that quotes the scam (see [`crate::quoted::own_words`]):
/// `institutions` says every link and number is an institution's ([`institutions_only`]), and
/// the call a message asks for goes to the sender when `sender` is a person's number or
/// address. A means of payment asked for (gift cards, an ATM
/// "refund") counts as a request to pay. Clauses are told apart in `body`, the text as written.
fn read_own_words(
    c: &Compiled,
    body: &str,
    matching: &Normalized,
    institutions: bool,
    sender: Option<SenderKind>,
    concepts: &mut Vec<ConceptHit>,
    mentions: &mut Vec<Mention>,
) {
    // A message that asks for something to be handed over is read whole (see
    // [`handed_over`]), and so is one with a link or a number of no institution's.
    if !institutions || handed_over(c, matching, concepts) {
        return;
    }
    let family = |h: &ConceptHit| {
        let concept = &c.concepts.concepts[h.concept];
        if concept.payment_instrument {
            Family::Payment
        } else {
            concept.family
        }
    };
    let person_sender = matches!(
        sender,
        Some(
            SenderKind::DomesticMobile
                | SenderKind::IpPhone
                | SenderKind::DomesticLandline
                | SenderKind::International
                | SenderKind::Email
        )
    );
    // The gap as written: from the end of the words to the start of the warning.
    let letters_between = |words: (usize, usize), warning: (usize, usize)| {
        let (_, from) = matching.original_range(words.0, words.1);
        let (to, _) = matching.original_range(warning.0, warning.1);
        body.get(from..to.max(from))
            .is_some_and(|gap| gap.chars().all(char::is_alphanumeric))
    };
    if let Some((own, own_concepts)) = crate::quoted::own_words(
        matching.as_str(),
        concepts,
        &c.speech.quotatives,
        family,
        person_sender,
        |t| c.concepts.find(t),
        letters_between,
    ) {
        *concepts = own_concepts;
        *mentions = c.brands.mentions(&own);
    }
}

/// Whether the message asks for something to be handed over in its own voice: a reply, a
/// credential, a payment instrument or money offered.
///
/// A request for a reply, a credential or an untraceable payment, even quoted, may be the
/// message's own: a lure quotes its own request and calls it genuine (「『暗証番号を返信して
/// ください』というご案内は正規のものです」), and the reply goes to whoever sent it. Such a
/// message is read whole, unless the sentence that quotes the request disowns it.
/// A credential named where the words say it is never asked (「暗証番号等を入力させることは
/// ありません」) is no request, nor is any of these requests when a quotation holds it and
/// the same sentence disowns it (「『暗証番号を返信してください』というSMSは当行からのもの
/// ではありません」). A concept is found at its first place only, so such a disclaimer could
/// hide a real request for the same secret further on: the text is searched again with the
/// disclaimed words blanked. (Blanking keeps every offset, so the quotations stay where
/// they were.) Once the message has said it asks for no secret, a secret named again with
/// an admonition (「パスワードは他人に教えないでください」) says it once more: the words a
/// credential's request would be in are read with the message's own words in any case.
fn handed_over(c: &Compiled, matching: &Normalized, concepts: &[ConceptHit]) -> bool {
    let hands_over = |h: &ConceptHit| {
        let concept = &c.concepts.concepts[h.concept];
        concept.payment_instrument
            || (concept.weight.is_some_and(|w| w > 0.0)
                && matches!(concept.family, Family::Benefit | Family::Income))
            || matches!(concept.family, Family::Reply | Family::Credential)
    };
    let quotes = if concepts.iter().any(hands_over) {
        crate::quoted::labelled(matching.as_str(), &c.speech.quotatives)
    } else {
        Vec::new()
    };
    let is_credential =
        |h: &&ConceptHit| c.concepts.concepts[h.concept].family == Family::Credential;
    let set_aside = |text: &str, hits: &[ConceptHit], h: &ConceptHit| {
        disclaimed(c, text, hits, h) || quoted_and_disowned(c, text, &quotes, h)
    };
    let (disclaimed_hits, asked_hits): (Vec<&ConceptHit>, Vec<&ConceptHit>) = concepts
        .iter()
        .filter(is_credential)
        .partition(|h| set_aside(matching.as_str(), concepts, h));
    let credential_asked = !asked_hits.is_empty()
        || (!disclaimed_hits.is_empty() && {
            let words: Vec<(usize, usize)> =
                disclaimed_hits.iter().map(|h| (h.start, h.end)).collect();
            let rest = crate::quoted::blanked(matching.as_str(), &words);
            let hits = c.concepts.find(&rest);
            hits.iter()
                .filter(is_credential)
                .any(|h| !set_aside(&rest, &hits, h) && !admonished(c, &hits, h))
        });
    credential_asked
        || concepts.iter().any(|h| {
            hands_over(h)
                && !is_credential(&h)
                && !quoted_and_disowned(c, matching.as_str(), &quotes, h)
        })
}

/// Whether every way to act written in the message is an institution's: each link on an
/// official domain of a brand the message names or its sender ID claims (`named`; a meeting
/// or app-store link on a platform's domain is no bank's channel), and no page of a user's
/// there, each number a free dial, a navi dial, a
/// service number or one a brand registers, and no masked link or e-mail address. A message
/// with none qualifies. Service numbers count here, unlike in the free-dial reading of
/// `evidence::contact`: a warning sends the reader to #9110 or 188, and no one can be scammed
/// at them. (A sender that is a person's number counts where the message asks to be called
/// back: see [`crate::quoted::own_words`].)
fn institutions_only(
    c: &Compiled,
    found: &Found,
    urls: &[Judged],
    named: impl Fn(usize) -> bool,
) -> bool {
    let institution_line = |p: &RawPhone| {
        matches!(
            p.kind,
            PhoneKind::TollFree | PhoneKind::NaviDial | PhoneKind::Short
        ) || {
            let digits: String = p.number.chars().filter(char::is_ascii_digit).collect();
            c.brands.phone_owner(&digits).is_some()
        }
    };
    urls.iter()
        .all(|u| u.official.is_some_and(&named) && !u.flags.contains(&UrlFlag::UserPage))
        && found.masked_links.is_empty()
        && found.emails.is_empty()
        && found.phones.iter().all(institution_line)
}

/// What the learned part of a verdict is computed from (see [`Classifier::learning_row`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LearningRow {
    /// Log-odds from the bias and every hand-set weight: the part training does not change.
    pub fixed: f32,
    /// Ids of the concepts found whose weight is learned.
    pub concepts: Vec<String>,
    /// Ids of the stories told whose weight is learned.
    pub stories: Vec<String>,
    /// The model text's grams with their values (count over the square root of the number
    /// of grams), sorted by gram.
    pub grams: Vec<(String, f32)>,
}

/// Classifies one message with the embedded default rules (see [`Classifier::classify`]).
pub fn classify(body: &str, sender: Option<&str>) -> Verdict {
    DEFAULT.classify(body, sender)
}

/// The first `max` bytes of `s`, cut back to a character boundary, and whether it was cut.
fn cap(s: &str, max: usize) -> (&str, bool) {
    if s.len() <= max {
        return (s, false);
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    (&s[..end], true)
}

/// A pack that is not UTF-8: where its first invalid byte is (1-based line, and column in
/// bytes as serde_json counts them).
fn not_utf8(bytes: &[u8], e: std::str::Utf8Error) -> Error {
    let before = &bytes[..e.valid_up_to()];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    Error::Malformed {
        line: before.iter().filter(|&&b| b == b'\n').count() + 1,
        column: before.len() - line_start + 1,
        reason: "invalid UTF-8".to_owned(),
    }
}

fn malformed(e: serde_json::Error) -> Error {
    // serde's text ends with its own " at line L column C"; the error says where already.
    let text = e.to_string();
    let reason = match text.rsplit_once(" at line ") {
        Some((head, _)) if e.line() > 0 => head.to_owned(),
        _ => text,
    };
    Error::Malformed {
        line: e.line(),
        column: e.column(),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use crate::{Classifier, Level};

    fn codes(text: &str) -> (Level, Vec<String>) {
        let v = Classifier::new().classify(text, None);
        (
            v.level,
            v.reasons.into_iter().map(|r| r.code.to_string()).collect(),
        )
    }

    #[test]
    fn a_warning_reached_through_no_institution_keeps_its_quotation() {
        // The same warning quoting the scam's threat: set aside beside a free dial, the
        // message's own beside an 050 number no institution answers for.
        let warning = "【ゆうちょ銀行】「お客様の口座を停止しました」というSMSは詐欺です。不審なSMSにご注意ください。ご不明な点は ";
        let threat = |number: &str| {
            let (_, found) = codes(&format!("{warning}{number} へ"));
            found.iter().any(|c| c == "threat.suspension")
        };
        assert!(!threat("0120-108-420"));
        assert!(threat("050-3311-2290"));
    }

    #[test]
    fn a_request_a_warning_quotes_and_disowns_is_set_aside() {
        // A bank's warning quoting two requests and disowning them in the same sentence.
        let warning = "〇〇カードをご利用のお客さまへ。当社が「暗証番号を返信してください」「カード番号を入力してください」とSMSでお願いすることは一切ございません。不審なSMSは開かずに削除してください。";
        let (level, found) = codes(warning);
        assert_eq!(level, Level::Safe, "{found:?}");
        assert!(
            !found.iter().any(|c| c == "credential.by_reply"),
            "{found:?}"
        );
        // Disowned, then the secret named again with an admonition not to share it.
        let admonished = "【〇〇銀行】「口座凍結を解除するため、届いたワンタイムパスワードを返信してください」というSMSは当行からのものではありません。ワンタイムパスワードは絶対に他人に教えないでください。";
        assert_eq!(codes(admonished).0, Level::Safe);
    }

    #[test]
    fn a_quoted_request_not_disowned_in_its_sentence_is_the_messages_own() {
        for lure in [
            // Vouched for.
            "【〇〇カード】「暗証番号を返信してください」というご案内は正規のものです。本日中にご返信ください。",
            // Disowned, then asked again in the message's own words.
            "【〇〇カード】「暗証番号を返信してください」というSMSは当社からのものではありません。なお本人確認のため暗証番号をご返信ください。",
            // The warning is a sentence of its own.
            "【〇〇カード】「暗証番号を返信してください」というご案内をお送りしました。本日中にお願いします。詐欺にご注意ください。",
            // Talk of scams that vouches for the request.
            "【〇〇カード】「届いた認証番号を返信してください」とのご依頼は、なりすまし防止のための本人確認です。",
        ] {
            let (level, found) = codes(lure);
            assert_ne!(level, Level::Safe, "{lure}");
            assert!(found.iter().any(|c| c == "credential.by_reply"), "{lure}: {found:?}");
        }
    }

    #[test]
    fn every_way_to_pay_a_shop_names_is_one() {
        // The second way to pay is where the concept was already found at the first.
        let shop = "【〇〇ディスカウント】majica払いなら最大2%還元！PayPay払いもご利用いただけます https://www.example-discount.co.jp/";
        let v = Classifier::new().classify(shop, None);
        assert!(v.brands.is_empty(), "{:?}", v.brands);
        assert!(
            !v.reasons.iter().any(|r| r.code == "brand.link_mismatch"),
            "{v:?}"
        );
        // A way to pay named by someone who is no shop still speaks.
        let lure = "【当選のお知らせ】majica払いなら最大2%還元！PayPay払いもご利用いただけます https://paypay-cp.example.com/";
        let v = Classifier::new().classify(lure, None);
        assert_eq!(v.brands.len(), 1, "{:?}", v.brands);
    }

    #[test]
    fn a_brand_named_again_still_speaks() {
        let brands = |text: &str| -> Vec<String> {
            let v = Classifier::new().classify(text, None);
            v.brands.into_iter().map(|b| b.name.to_string()).collect()
        };
        // Named as the way to pay in a shop's campaign, the brand does not speak, however
        // often it is named; a message that goes on to threaten is no campaign, and the brand
        // speaks.
        let shop = "【さくらドラッグ】今週末はPayPay払いで最大10%還元！";
        assert!(brands(shop).is_empty(), "{:?}", brands(shop));
        let again = format!("{shop}PayPayポイントでお得に");
        assert!(brands(&again).is_empty(), "{:?}", brands(&again));
        let later = format!("{shop}なおPayPayアカウントが停止されています。");
        assert_eq!(brands(&later), ["PayPay"]);
        // First spelt inside a link, then named in the words: the brand speaks, and the
        // story has its actor.
        let lure = "https://amazon.co.jp-account.top/a Amazonです。アカウントが停止されました。確認してください";
        let (_, found) = codes(lure);
        assert!(found.iter().any(|c| c == "story.actor_threat"), "{found:?}");
    }
}
