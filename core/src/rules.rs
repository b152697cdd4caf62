//! The rule pack: everything the classifier knows that is data, not code.
//!
//! A pack is one JSON object. The embedded default pack is kept in `core/rules/` in pieces for
//! review, assembled into the same [`RulePack`] value at first use:
//!
//! * `pack.json`: `schema`, `version`, `scoring` (bias, thresholds, the hand-set signals and
//!   their explanations, advice) — written by hand;
//! * `url_lists.json`: shorteners, risky TLDs, free hosting — by hand;
//! * `brands.json`: the brand registry — by hand;
//! * `concepts.json`: `concepts` and `stories`, the vocabularies lures are built from and the
//!   combinations that make a lure's story, and `speech`, the words that tell speech reported
//!   from speech made — by hand, from the nature of lures;
//! * `model.json`: `model`, the learned weights — written by `smishguard train`, never by hand.
//!
//! ```json
//! {
//!   "schema": 22,
//!   "version": "2027.01.12",
//!   "scoring": { "bias": -2.2, "suspicious": 0.5, "dangerous": 0.85,
//!                "signals": { "brand.link_mismatch": { "weight": 3.0, "ja": "…", "en": "…" } },
//!                "advice": { "safe": { "ja": "…", "en": "…" } } },
//!   "url_lists": { "shorteners": ["bit.ly"], "risky_tlds": ["top"], "free_hosting": ["web.app"] },
//!   "brands": [ { "id": "sagawa", "name": "佐川急便", "name_en": "Sagawa Express",
//!                 "sector": "delivery", "names": ["佐川急便", "佐川", "SAGAWA"],
//!                 "tokens": ["sagawa"], "domains": ["sagawa-exp.co.jp"],
//!                 "senders": [], "phones": [], "sms_links": true } ],
//!   "concepts": [ { "id": "threat.access", "family": "threat", "category": "account_suspension",
//!                   "ja": "…", "en": "…", "terms": ["不正|不審な…ログイン|アクセス"] } ],
//!   "stories": [ { "id": "story.actor_threat_demand",
//!                  "requires": [["actor"], ["threat"], ["demand", "credential", "pressure"]],
//!                  "complete": true, "ja": "…", "en": "…" } ],
//!   "speech": { "quotatives": ["という", "などと"], "reporting": ["などと", "と言"],
//!               "disowning": ["注意", "詐欺です"], "contact_lines": ["問い合わせ", "質問"],
//!               "notice_headers": ["重要", "当選"], "notice_header_words": ["お知らせ"],
//!               "staff_labels": ["支店", "課"], "site_visits": ["にアクセス"],
//!               "onward": ["で検索"] },
//!   "model": { "concepts": { "threat.access": 0.9 }, "stories": {}, "gram_scale": 0.001,
//!              "grams": { "不在": 812 } }
//! }
//! ```
//!
//! Terms and names are matched against the *normalized* text (see [`crate::normalize`]): write
//! them in NFKC form (half-width ASCII, full-width katakana); ASCII letters match case-blind.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::verdict::Category;

/// The pack schema version this build writes, and the newest it reads.
///
/// Schema 3 added `scoring.dangerous_without_way_to_act`, `stories[].complete`,
/// `url_lists.user_pages`, `concepts[].mobile_lines` and the concept families `emphasis` and
/// `new_contact`; a schema 2 pack may not use them (validation refuses a bar under 1, a
/// complete story, user pages, mobile lines and the families) and is read with their
/// defaults. Schema 4 added `scoring.dangerous_complete_story` and the category
/// `impersonation` (for concepts and brand sectors); an older pack may use neither, and is read
/// with no lower bar. Schema 5 added `url_lists.throwaway_tlds`, the story part
/// `disguised_link` and `concepts[].payment_instrument`; an older pack may use none of them.
/// Schema 6 added `stories[].yields_to`, the story parts `untraceable_pay` and
/// `unaccountable_link` and `url_lists.accountable_suffixes`; an older pack may use none of
/// them. Schema 7 added the concept families `income` (offers of easy income) and `payment`
/// (requests to pay), split from `benefit` and `demand` so that a story can tell a stranger's
/// side job from a prize and a request for money from a request to confirm; an older pack may
/// use neither, nor `stories[].unless`. Schema 8 added the category `easy_money` (a stranger's
/// offer of easy income), which an older pack may not name. Schema 9 added the concept family
/// `favour` (a favour not named, with an answer wanted at once), so that a story can tell
/// someone with a new number who wants something from someone who only says so; an older pack
/// may not use it. Schema 10 added `concepts[].names_link` (a link cue that names a link,
/// 「下記URL」「リンクから」「専用ページ」, rather than only pointing, 「下記」「こちら」), so
/// that a bare pointer, when a number is written, points at the number; an older pack may not
/// use it. Schema 11 added `url_lists.content_platforms` (sites where a shared link opens a
/// video, a post or a map); an older pack may not use it. Schema 12 added the concept family
/// `kin` (the reader addressed as family, or 「俺だけど」), so that a story can tell a new
/// number announced to a parent from one sent to a colleague, and `concepts[].own_lines` (a
/// local business or a person, whose 050 and mobile numbers are its own lines); an older pack
/// may use neither. Schema 13 added `concepts[].complete` (a concept no genuine sender tells,
/// a whole lure by itself) and `brands[].geographic_labels` (a local government's own domains
/// under Japan's geographic suffixes); an older pack may use neither. Schema 14 added `speech`
/// (the words that label a quotation as speech, that report speech, and that make a number a
/// contact line), which were written in the code before; an older pack may not set it and is
/// read with the embedded pack's. Schema 15 added `concepts[].means_of_payment` (the way the
/// reader pays, named in a shop's campaign: the brand before it does not speak); an older pack
/// may not use it. Schema 16 added `speech.notice_headers` and `speech.notice_header_words`
/// (the words of a header that labels a notice and names no one); an older pack may not set
/// them: a schema 14 or 15 pack reads every header as a name, and one older than 14 is read
/// with the embedded pack's words of speech, these among them. Schema 17 added the join `‥`
/// between the slots of a concept's term (the next slot starts right where the one before
/// ends); an older pack may not use it, and writes such a term out as its alternatives. Schema
/// 18 added `url_lists.mailboxes` (public mailbox domains, so that an e-mail sender on a brand's
/// own domain is told from anyone's address); an older pack may not set it, and weighs every
/// e-mail sender as anyone's address. Schema 19 added `stories[].stands_without_link` (a
/// story that, told with a threat of loss, is not held under dangerous for having no way to
/// act) and `concepts[].alarm` (a threat that names no loss: security talk, an expiry, a
/// bill); an older pack may use neither, and holds every story but a complete one. Schema 20
/// added `speech.staff_labels` (the words that make an opening 【…】 label a member of staff's
/// signature: a branch, an office, a section), which were written in the code before; an
/// older pack may not set them, and reads every label as the institution's own. Schema 21 added
/// `speech.site_visits` (the words after a brand's bare domain that send the reader there,
/// 「にアクセス」, 「からお手続」), which were written in the code for a while; an older pack may
/// not set them, and reads every bare domain as the brand's name. Schema 22 added
/// `speech.onward` (the words that say how a message goes on off the page: a call announced, a
/// name to search for) and the signal `verdict.leads_nowhere` (a sealed message that gives no
/// way to act and says of no way it goes on is held under suspicious); an older pack may use
/// neither, and holds such a message under dangerous only.
pub const SCHEMA_VERSION: u32 = 22;

/// The oldest pack schema version this build reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 2;

/// A complete rule pack (see the module docs for the JSON form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// Schema version of the format; from [`OLDEST_SCHEMA_VERSION`] to [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Version of the content (free text, conventionally a date such as `2026.11.22`).
    pub version: String,
    /// Weights, thresholds and explanations of the signals computed by code.
    pub scoring: Scoring,
    /// Lists used to judge URLs.
    pub url_lists: UrlLists,
    /// Brands that lures impersonate, with their official domains and senders.
    pub brands: Vec<Brand>,
    /// Concepts matched in the message text.
    pub concepts: Vec<Concept>,
    /// Combinations of concepts that make the story of a lure.
    pub stories: Vec<Story>,
    /// The words that tell speech reported from speech made. Schema 14 and later; a pack
    /// without them is read with the embedded pack's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speech: Option<Speech>,
    /// Learned weights.
    #[serde(default)]
    pub model: TextModel,
}

impl RulePack {
    /// Every alternative of every slot of every concept term, as written: the words the
    /// concept matcher runs its one automaton over (for floors and baselines in benchmarks).
    pub fn concept_atoms(&self) -> Vec<String> {
        self.concepts
            .iter()
            .flat_map(|c| &c.terms)
            .flat_map(|t| t.split(['…', '‥', '|']))
            .map(str::to_owned)
            .collect()
    }
}

/// The words that tell speech reported from speech made, matched against the normalized text
/// (NFKC, ASCII lowercased) as written: a warning quotes a scam's words, a victim's account
/// reports what a caller said, a notice ends with where questions go, a message says how it
/// goes on off the page. None of them is evidence by itself; each decides whether other words
/// are the message's own, or where they lead.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speech {
    /// Words that, right after a closing quotation mark, label what it closes as speech or a
    /// message (「…」という, といったSMS, と記載, を名乗る, など): the quotation is talked about,
    /// not said (see `quoted::labelled`).
    pub quotatives: Vec<String>,
    /// Words that report what someone said, after the words said, with no quotation marks
    /// (「犯罪に使われているなどと電話」, 「…と警察から」): looked for within a few characters
    /// after a claim (see `quoted::reported_after`).
    pub reporting: Vec<String>,
    /// Words after a quotation that disown it (「…にご注意ください」, 「…当行からのものでは
    /// ありません」, 「…というSMSは詐欺です」): a request so quoted is the scam's. Talk of scams
    /// alone does not disown (「…とのご依頼は、なりすまし防止のための本人確認です」 vouches for
    /// what it quotes).
    pub disowning: Vec<String>,
    /// Words of a contact line, looked for just before a number followed by まで (「ご質問は事務局
    /// 070-… まで」): where questions go, not a number the reader is sent to call.
    pub contact_lines: Vec<String>,
    /// Words that make a header in 【】 a label of the notice rather than the name of whoever
    /// speaks (【重要】, 【当選のご案内】, 【督促】): a header of such words alone, with
    /// `notice_header_words` and particles and marks between them, names no one (see
    /// `brands::unknown_header`). Schema 16; empty in a schema 14 or 15 pack, whose headers
    /// all name someone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notice_headers: Vec<String>,
    /// Words of a header that label a notice only beside one of `notice_headers`: a shop heads
    /// its own news with them (【お知らせ】, 【ご案内】), so alone they may be a shop's
    /// header. Schema 16.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notice_header_words: Vec<String>,
    /// Words that make the 【…】 label opening a message a member of staff's signature rather
    /// than the institution's own notice: a branch, an office or a section in the label
    /// (「【ひがし信用金庫 融資課】」, 「【あおば銀行 駅前支店】」), or the role of a member of
    /// staff who introduces themselves right after it (「【ひかり郵便局】窓口の村田です」). Staff
    /// write to their customers from the mobile they carry, so the brand of their signature
    /// does not speak, and such a label names no institution speaking (see
    /// `evidence::contact`). Schema 20; empty in an older pack, whose labels are all the
    /// institution's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staff_labels: Vec<String>,
    /// Words right after a brand's bare domain (no scheme, no path) that send the reader there
    /// (「netflix.com にアクセスし」, 「ana.co.jp からお手続き」): such a domain is a link to the
    /// brand's own site, where otherwise it is the brand's name (「Amazon.co.jpでのご注文」; see
    /// `evidence::links`). Schema 21; empty in an older pack, which reads every bare domain as
    /// a name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub site_visits: Vec<String>,
    /// Words that say how a message goes on off the page, with nothing written to tap or call:
    /// a call announced (「このあと担当者からお電話します」, 「自動音声」), a name to search for
    /// (「…で検索」), a message to follow (「続けてお送りする」). A message with nothing written
    /// and a sender no reply reaches still leads somewhere with them, so it is not held as one
    /// that leads nowhere (see `score`). Schema 22; empty in a pack of schema 14 to 21 (which
    /// has no such hold), and the embedded pack's in an older one, read with the embedded
    /// words of speech.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub onward: Vec<String>,
}

/// Weights and thresholds. Evidence adds up as log-odds: `score = sigmoid(bias + Σ weight)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Prior log-odds of a message with no evidence at all.
    pub bias: f32,
    /// Score at or above which a message is `suspicious`.
    pub suspicious: f32,
    /// Score at or above which a message is `dangerous`.
    pub dangerous: f32,
    /// Score at or above which a message with no way to act on it (no link, none pointed at,
    /// no number, no request to call or reply) and no complete story is `dangerous`; such a
    /// message scoring between `dangerous` and this is held just under `dangerous`. Absent:
    /// 1, never (schema 2 packs, which have no such field, hold every such message).
    #[serde(default = "never", skip_serializing_if = "is_never")]
    pub dangerous_without_way_to_act: f32,
    /// Score at or above which a message that tells a story marked `complete` (see
    /// [`Story::complete`]) is `dangerous`: the whole story needs less of the rest to be a
    /// lure. Between `suspicious` (exclusive) and `dangerous`; absent (schema 2 and 3 packs):
    /// `dangerous`, no lower bar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dangerous_complete_story: Option<f32>,
    /// Signals computed by code (URL flags, brand/link mismatch, sender kind…), by reason code.
    pub signals: BTreeMap<String, Signal>,
    /// Advice by situation: `safe`, `suspicious`, `dangerous`, and one per lure category
    /// (`delivery`, `card_bank`…) used for flagged messages of that category.
    pub advice: BTreeMap<String, AdviceText>,
}

fn never() -> f32 {
    1.0
}

fn is_never(x: &f32) -> bool {
    *x >= 1.0
}

/// One line of advice in Japanese and English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceText {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

/// One signal: its weight and its explanation in Japanese and English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    /// Log-odds added when the signal fires (negative for evidence of a genuine message).
    pub weight: f32,
    /// Explanation shown to users, Japanese.
    pub ja: String,
    /// Explanation shown to users, English.
    pub en: String,
}

/// Lists used when judging URLs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UrlLists {
    /// Registrable domains (or hosts) of URL shorteners.
    pub shorteners: Vec<String>,
    /// Top-level domains much used by throw-away phishing sites (without the dot).
    pub risky_tlds: Vec<String>,
    /// Registrable domains of free hosting / site builders where anyone gets a subdomain.
    pub free_hosting: Vec<String>,
    /// Pages and accounts anyone can make on a platform's own domain, and redirects anyone can
    /// aim (`google.com/url`): a host (`lin.ee`, and
    /// every host under it) or a host and a path prefix (`line.me/ti/`, matched without regard
    /// to case). Such a link is on the platform's domain but says nothing of who sent it: it
    /// is never official, and is flagged `user_page`. Schema 3 and later; empty when absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub user_pages: Vec<String>,
    /// The risky top-level domains that practically only throw-away sites use (each one of
    /// `risky_tlds`; not the generic ones small businesses also register, `shop`, `info`,
    /// `beauty`): a link on one is a disguised link for the stories (`disguised_link`).
    /// Schema 5 and later; empty when absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub throwaway_tlds: Vec<String>,
    /// Public suffixes under which a domain is granted only to an organisation registered in
    /// Japan, one domain each (`co.jp`, `go.jp`, `lg.jp`, `ac.jp`…): a link on one is answered
    /// for by whoever holds it, so it is not an *unaccountable* link for the stories
    /// (`unaccountable_link`), even when the message names nobody we know. Hosting whose
    /// customers get subdomains is not among them (it has public suffixes of its own, such as
    /// `sakura.ne.jp`). Schema 6 and later; empty when absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accountable_suffixes: Vec<String>,
    /// Platforms where a link opens something to look at (a video, a post, a map, a photo
    /// album, a restaurant's page), written as `user_pages` are: friends share such links all
    /// day, and no page there takes a password for another company. A link on one is not
    /// foreign: it is no channel for a lure's story and no mismatch with the brand named, and
    /// it vouches for a message only where it already would (Instagram's own site, in a
    /// message from Instagram). The platform's own share link (`youtu.be`,
    /// `maps.app.goo.gl`) is not flagged as a shortener, since it opens nothing but the
    /// platform, and like any shortener vouches for nothing. Only an address with nothing
    /// wrong but its scheme is read so; anyone's page on the platform (`user_pages`) is judged
    /// as such first, and a link there that names a destination is a redirect anyone can aim.
    /// Schema 11 and later; empty when absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content_platforms: Vec<String>,
    /// Domains of public mailboxes, where anyone gets an address (`gmail.com`, `icloud.com`,
    /// `docomo.ne.jp`…), some of them a brand's official domains all the same. An e-mail
    /// sender on another official domain of a brand (`info@mufg.jp`, `no_reply@email.apple.com`)
    /// is the brand's own address, which no one sends an iMessage from but its holder: it is
    /// not weighed as an e-mail sender (`sender.email`), nor vouched for. One on a public
    /// mailbox is anyone's. Schema 18 and later; empty when absent, and then every e-mail
    /// sender is weighed as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mailboxes: Vec<String>,
}

/// A brand or organisation that lures impersonate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Stable identifier (`sagawa`, `docomo`…).
    pub id: String,
    /// Display name, Japanese.
    pub name: String,
    /// Display name, English.
    pub name_en: String,
    /// The lure category this brand is usually impersonated for.
    pub sector: Category,
    /// Names as they appear in messages (kanji, kana, Latin), matched in the normalized text.
    /// Latin names match only as whole words.
    pub names: Vec<String>,
    /// Latin tokens that betray the brand inside a foreign domain name (`docomo` in
    /// `docomo-xyz.com`); at least four letters, or matched only as a whole hyphen-part.
    #[serde(default)]
    pub tokens: Vec<String>,
    /// Official registrable domains (or hosts), links to which are the brand's own.
    pub domains: Vec<String>,
    /// First labels of a registrable domain under a Japanese geographic public suffix that
    /// only this body may hold (`city`, `town`, `vill`, `pref`, `metro`: the registry keeps
    /// `city.kawasaki.jp`, `pref.aichi.jp` or `city.funabashi.chiba.jp` for the local
    /// government): such a domain is as much the brand's own as one listed in `domains`.
    /// Lower-case ASCII letters. Schema 13 and later.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub geographic_labels: Vec<String>,
    /// Official SMS sender IDs / short codes.
    #[serde(default)]
    pub senders: Vec<String>,
    /// Official phone numbers (digits, hyphens allowed).
    #[serde(default)]
    pub phones: Vec<String>,
    /// Whether the organisation sends SMS with links at all. `false` for bodies that state they
    /// never do (police, tax agency…): a message naming them with a link is a lure by itself.
    pub sms_links: bool,
}

/// What a concept is evidence of: the parts a lure story is built from, and the marks of
/// genuine messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Who speaks: an institution by its form (〜銀行, 〜急便, 税務署, 事務局). A brand named in
    /// the text, or claimed by the sender ID, counts as an actor too.
    Actor,
    /// A threat of loss: suspension, freeze, unauthorised access, unpaid bill, legal action,
    /// failed delivery, expiry.
    Threat,
    /// A promise of gain: refund, prize, benefit, points.
    Benefit,
    /// An offer of easy income: a side job done on a phone for a high pay, an investment
    /// group that cannot lose (副業のご案内, スマホで稼げる, 必ず儲かる). Schema 7 and later;
    /// before, such concepts were benefits.
    Income,
    /// A demand to act: confirm, verify, update, log in.
    Demand,
    /// A request to pay or transfer money (お支払いください, 振り込んでほしい). Schema 7 and
    /// later; before, such concepts were demands.
    Payment,
    /// A request for credentials or card data.
    Credential,
    /// Pressure of time: a deadline, today, within 24 hours, urgent, at once.
    Pressure,
    /// Emphasis that raises the stakes without a deadline: 重要, 必ず, 警告, final notice.
    Emphasis,
    /// Points at something below or here (下記, こちら), or names a link (下記URL, リンク). Any
    /// link that is not an official one counts too.
    Link,
    /// Asks for a call. A phone number in the text counts too.
    Call,
    /// Asks for a reply.
    Reply,
    /// Hands over a one-time code (genuine).
    Otp,
    /// Warns not to share a code, or says the sender never asks for it (genuine).
    NoShare,
    /// Talks about scams as such, or is a public alert about a disaster (genuine).
    Warning,
    /// Marketing wording (genuine).
    Promotional,
    /// Appointments and bookings (genuine).
    Reminder,
    /// Sends the reader to the official app or member page rather than a link, or says there
    /// is nothing for the reader to do (genuine).
    SelfService,
    /// Courteous caveats of genuine notices: apologies in case the reader already paid
    /// (genuine).
    Courtesy,
    /// Casual personal chat (genuine).
    Personal,
    /// Someone says their phone, number or chat account is new (携帯変えた, 番号変わりました,
    /// 新しいアカウント): how impersonation of family and friends begins.
    NewContact,
    /// A favour not named, with an answer wanted at once (「お願いがあるんだけど今話せる?」,
    /// 「相談あるから返信ちょうだい」): what someone who claims a new number wants next.
    /// Schema 9 and later.
    Favour,
    /// Addresses the reader as family (「お母さん、」「おばあちゃん、」), or names no one at all
    /// (「俺だけど」「私だよ」): how someone who claims a new number makes themselves known.
    /// Schema 12 and later.
    Kin,
}

impl Family {
    /// Whether the family is evidence of a genuine message: its learned weights are kept at or
    /// below zero, while those of lure families are kept at or above zero.
    pub fn is_genuine(self) -> bool {
        matches!(
            self,
            Family::Otp
                | Family::NoShare
                | Family::Warning
                | Family::Promotional
                | Family::Reminder
                | Family::SelfService
                | Family::Courtesy
                | Family::Personal
        )
    }

    /// The family's name as written in the pack.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Actor => "actor",
            Family::Threat => "threat",
            Family::Benefit => "benefit",
            Family::Income => "income",
            Family::Demand => "demand",
            Family::Payment => "payment",
            Family::Credential => "credential",
            Family::Pressure => "pressure",
            Family::Emphasis => "emphasis",
            Family::Link => "link",
            Family::Call => "call",
            Family::Reply => "reply",
            Family::Otp => "otp",
            Family::NoShare => "no_share",
            Family::Warning => "warning",
            Family::Promotional => "promotional",
            Family::Reminder => "reminder",
            Family::SelfService => "self_service",
            Family::Courtesy => "courtesy",
            Family::Personal => "personal",
            Family::NewContact => "new_contact",
            Family::Favour => "favour",
            Family::Kin => "kin",
        }
    }

    /// The first pack schema that may use the family.
    pub fn since_schema(self) -> u32 {
        match self {
            Family::Emphasis | Family::NewContact => 3,
            Family::Income | Family::Payment => 7,
            Family::Favour => 9,
            Family::Kin => 12,
            _ => OLDEST_SCHEMA_VERSION,
        }
    }
}

/// One concept: a small vocabulary of the ways one idea is written, with its explanation.
///
/// A term is one or more *slots* separated by `…`; a slot is alternatives separated by `|`.
/// The slots must appear in order, each starting within `window` characters of the end of
/// the one before: `不正|不審な|身に覚えのない…ログイン|アクセス` finds 不正ログイン,
/// 不審なログイン and 身に覚えのないアクセス alike, and tolerates an inserted particle or
/// adjective. A slot joined by `‥` instead must start right where the one before ends:
/// `返金|還付…手続き‥はこちら|は下記` is every verb-and-pointer pair written out, without
/// the pairs a window lets in (「手続き変更は下記」), and costs the library one word per
/// alternative rather than one per pair (schema 17 and later). Terms are matched on the
/// matching text (see [`crate::normalize`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// Stable reason code reported when the concept is found (`threat.suspension`).
    pub id: String,
    /// What the concept is evidence of.
    pub family: Family,
    /// The lure category the concept points to, if any.
    #[serde(default)]
    pub category: Option<Category>,
    /// A weight set by hand, for a concept whose meaning is known but that labelled messages
    /// rarely show (a genuine notice sending you to the official app). Without one, the
    /// weight is learned (see [`TextModel`]).
    #[serde(default)]
    pub weight: Option<f32>,
    /// How much the concept counts towards its category when several stories compete: high
    /// for a specific story (a failed delivery, a refund), low for a threat any lure uses
    /// (suspension, unauthorised access).
    #[serde(default = "default_category_weight")]
    pub category_weight: f32,
    /// Most characters between two slots of a term.
    #[serde(default = "default_window")]
    pub window: u32,
    /// For an actor: its people are reached at their own mobile numbers (a courier's driver),
    /// so a mobile number beside it is not an odd line for an institution.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mobile_lines: bool,
    /// Its terms name a speaker whose own lines are 050 and mobile numbers: a local business
    /// or a person (a clinic, a school, a landlord, a salon). Beside it, when no brand is named
    /// and no institution speaks, such a number is not an odd line (a foreign one still is).
    /// Schema 12 and later.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own_lines: bool,
    /// Its terms ask for payment by a means no genuine company uses (gift-card or e-money
    /// numbers, crypto, an ATM "refund"). A brand named inside one of its matches, or right
    /// before it (「Appleギフトカード」, 「Google Playカード」), is the card asked for, not the
    /// one who speaks, and is no brand of the message; and the request is itself a way to act
    /// (buying cards and handing over their numbers needs no link or number). Schema 5 and
    /// later.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub payment_instrument: bool,
    /// For a genuine promotional concept: its terms name a way of paying (「払いで」「での
    /// お支払いで」「のタッチ決済」). In a message that opens with a 【header】 naming no brand
    /// (a shop speaks), a brand named right before one of its matches, and the brands listed
    /// before that one, are how the reader pays, not who speaks (「【〇〇ドラッグ】PayPay払い
    /// でポイント還元」 with the shop's own link), and are no brand of the message. Schema 15
    /// and later.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub means_of_payment: bool,
    /// For a link cue: its terms name a link (「下記URL」「URLから」「リンクから」「専用ページ」,
    /// a placeholder `[URL]`), not only point somewhere (「下記」「こちら」). With no link
    /// written, such a cue says a link was cut even in a message that gives a number, where a
    /// bare pointer points at the number. Schema 10 and later.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub names_link: bool,
    /// Its terms tell a whole lure by themselves, something no genuine sender says (a
    /// fortune of hundreds of millions of yen; a fee for paid videos nobody watched; a
    /// relative who lost the company's money): a message with it in its own words (not inside
    /// a quotation it labels as speech, as alerts quote lures) tells a complete story (see
    /// [`Story::complete`]) even when its link was cut, and marks of a genuine notice it copies
    /// do not hold it back unless it also talks about scams. Only a concept of a lure's family
    /// with a positive hand-set weight may be marked: a concept whose weight is learned is one
    /// that genuine messages also use. Schema 13 and later.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub complete: bool,
    /// For a threat: its terms raise alarm without naming a loss the reader suffers
    /// (security talk, 「セキュリティ情報が追加されました」; points or a card running out; a
    /// charge billed, 「ご請求金額のお知らせ」). It tells the threat of a story as any threat
    /// does, but does not let a story stand without a link (see [`Story::stands_without_link`]):
    /// genuine notices of sign-in settings, of expiring points and of bills are worded so.
    /// Schema 19 and later.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub alarm: bool,
    /// Explanation shown to users, Japanese.
    pub ja: String,
    /// Explanation shown to users, English.
    pub en: String,
    /// The terms, in normalized form (see the type's docs for the syntax).
    pub terms: Vec<String>,
}

fn default_category_weight() -> f32 {
    1.0
}

fn default_window() -> u32 {
    8
}

/// A story: concept families that together make the shape of a lure (actor + threat +
/// demand, threat + demand + link…). Each entry of `requires` is a set of families of which
/// one must be present; every entry must be satisfied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// Stable reason code (`story.actor_threat_demand`).
    pub id: String,
    /// All of these, each one of its families.
    pub requires: Vec<Vec<StoryPart>>,
    /// A weight set by hand. Without one, the weight is learned (see [`TextModel`]).
    #[serde(default)]
    pub weight: Option<f32>,
    /// The whole of a lure even when no link or number is left in the message (a quoted lure
    /// whose link was cut, a link the reader is told to look for): a message telling it may
    /// be dangerous without a way to act. Other messages with none are held under dangerous.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub complete: bool,
    /// Told with a threat of loss (a threat concept not marked [`Concept::alarm`]: an account
    /// stopped, a bill unpaid, a parcel held), the story is not held under dangerous for
    /// having no way to act: an institution that tells the reader they have lost something
    /// tells a lure's story whether or not its link survived quoting or a subject line. Such a
    /// message is lifted to dangerous from `dangerous_complete_story` as a complete story is,
    /// and hand-weighted evidence of a genuine notice still holds it. With a way to act, the
    /// mark does nothing: the story's link or number is then weighed by stories of their own.
    /// Schema 19 and later.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stands_without_link: bool,
    /// The id of an earlier story that tells the same thing with more: when that one is told,
    /// this one is not, so that one piece of evidence is not weighed twice (a link that is not
    /// the actor's own behind a threat, and the same link behind the whole story). Schema 6
    /// and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yields_to: Option<String>,
    /// Concept families whose presence means the story is not being told: marks of casual chat
    /// between people who know each other say that an offer of easy income is no stranger's
    /// bait. Schema 7 and later.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<Family>,
    /// Explanation shown to users, Japanese.
    pub ja: String,
    /// Explanation shown to users, English.
    pub en: String,
}

/// What a story can require: a concept family (`"threat"`), or a fact the pipeline
/// establishes (`"foreign_link"`, `"odd_phone"`, `"disguised_link"`, `"untraceable_pay"`,
/// `"unaccountable_link"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum StoryPart {
    /// A concept family (an actor may also be a brand named or claimed by the sender).
    Family(Family),
    /// A real or masked link that is not on the named actor's official domains.
    ForeignLink,
    /// A phone number of a kind an institution does not call back from (050, mobile, abroad).
    OddPhone,
    /// A link on no official domain whose address is itself a disguise: on a throw-away
    /// top-level domain (`url_lists.throwaway_tlds`), a public IP address, a brand's domain
    /// worn by another domain, a mixed-script host, a name before `@`, or a host dressed as a
    /// Japanese domain (`….jp.net`, `co-jp`); never a listed shortener.
    /// Schema 5 and later.
    DisguisedLink,
    /// A request to pay by a means no institution uses (a concept marked
    /// `payment_instrument`: gift-card numbers, crypto, an ATM "refund"). Schema 6 and later.
    UntraceablePay,
    /// A foreign link (see `ForeignLink`: masked or pointed at counts) that is not on a domain
    /// only a registered organisation can hold (`url_lists.accountable_suffixes`): nobody
    /// answers for where it leads. Schema 6 and later.
    UnaccountableLink,
}

impl StoryPart {
    /// The first pack schema that may require the part.
    pub fn since_schema(self) -> u32 {
        match self {
            StoryPart::Family(f) => f.since_schema(),
            StoryPart::DisguisedLink => 5,
            StoryPart::UntraceablePay | StoryPart::UnaccountableLink => 6,
            StoryPart::ForeignLink | StoryPart::OddPhone => OLDEST_SCHEMA_VERSION,
        }
    }
}

impl TryFrom<String> for StoryPart {
    type Error = String;
    fn try_from(s: String) -> Result<StoryPart, String> {
        match s.as_str() {
            "foreign_link" => Ok(StoryPart::ForeignLink),
            "odd_phone" => Ok(StoryPart::OddPhone),
            "disguised_link" => Ok(StoryPart::DisguisedLink),
            "untraceable_pay" => Ok(StoryPart::UntraceablePay),
            "unaccountable_link" => Ok(StoryPart::UnaccountableLink),
            other => serde_json::from_value(serde_json::Value::String(other.to_owned()))
                .map(StoryPart::Family)
                .map_err(|_| format!("unknown story part `{other}`")),
        }
    }
}

impl From<StoryPart> for String {
    fn from(p: StoryPart) -> String {
        match p {
            StoryPart::Family(f) => f.as_str().to_owned(),
            StoryPart::ForeignLink => "foreign_link".to_owned(),
            StoryPart::OddPhone => "odd_phone".to_owned(),
            StoryPart::DisguisedLink => "disguised_link".to_owned(),
            StoryPart::UntraceablePay => "untraceable_pay".to_owned(),
            StoryPart::UnaccountableLink => "unaccountable_link".to_owned(),
        }
    }
}

/// The learned part of the pack: weights fitted by `smishguard train` from labelled messages,
/// on top of the hand-set signals.
///
/// Concept and story weights are keyed by id; `grams` are character 2- and 3-grams of the
/// model text (the matching text with every run of ASCII letters, digits and symbols read as
/// one `x`, so that links and numbers do not become wording), weighted by count and divided
/// by the square root of the message's number of grams. Gram weights are stored as integers
/// times `gram_scale`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextModel {
    /// How the weights were made (command, data, date): for people, not read by the code.
    #[serde(default)]
    pub trained: String,
    /// Learned correction to `scoring.bias`, added to every message's log-odds.
    #[serde(default)]
    pub intercept: f32,
    /// Learned weight of each concept found, by concept id.
    #[serde(default)]
    pub concepts: BTreeMap<String, f32>,
    /// Learned weight of each story, by story id (stories with a hand-set weight ignore it).
    #[serde(default)]
    pub stories: BTreeMap<String, f32>,
    /// Multiplier turning the stored gram integers into weights.
    #[serde(default = "default_gram_scale")]
    pub gram_scale: f32,
    /// Gram weights, as integers times `gram_scale`.
    #[serde(default)]
    pub grams: BTreeMap<String, i32>,
}

impl Default for TextModel {
    /// No learned weights at all.
    fn default() -> TextModel {
        TextModel {
            trained: String::new(),
            intercept: 0.0,
            concepts: BTreeMap::new(),
            stories: BTreeMap::new(),
            gram_scale: default_gram_scale(),
            grams: BTreeMap::new(),
        }
    }
}

fn default_gram_scale() -> f32 {
    0.001
}
