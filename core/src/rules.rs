//! The rule pack: everything the classifier knows that is data, not code.
//!
//! A pack is one JSON object. The embedded default pack is kept in `core/rules/` split in three
//! files for review (`pack.json` holds `schema`, `version`, `scoring` and `url_lists`;
//! `brands.json` the brand registry; `phrases.json` the phrase groups) and assembled into the
//! same [`RulePack`] value at first use.
//!
//! ```json
//! {
//!   "schema": 1,
//!   "version": "2026.11.22",
//!   "scoring": { "bias": -2.2, "suspicious": 0.5, "dangerous": 0.85,
//!                "signals": { "brand.link_mismatch": { "weight": 3.0, "ja": "…", "en": "…" } } },
//!   "url_lists": { "shorteners": ["bit.ly"], "risky_tlds": ["top"], "free_hosting": ["web.app"] },
//!   "brands": [ { "id": "sagawa", "name": "佐川急便", "name_en": "Sagawa Express",
//!                 "sector": "delivery", "names": ["佐川急便", "佐川", "SAGAWA"],
//!                 "tokens": ["sagawa"], "domains": ["sagawa-exp.co.jp"],
//!                 "senders": [], "phones": [], "sms_links": true } ],
//!   "phrases": [ { "code": "lure.delivery_absent", "role": "lure", "category": "delivery",
//!                  "weight": 2.6, "ja": "…", "en": "…", "terms": ["不在の為持ち帰り"] } ]
//! }
//! ```
//!
//! Terms and names are matched against the *normalized* text (see [`crate::normalize`]): write
//! them in NFKC form (half-width ASCII, full-width katakana); ASCII letters match case-blind.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::verdict::Category;

/// The pack schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A complete rule pack (see the module docs for the JSON form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// Schema version of the format; must equal [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Version of the content (free text, conventionally a date such as `2026.11.22`).
    pub version: String,
    /// Weights, thresholds and explanations of the signals computed by code.
    pub scoring: Scoring,
    /// Lists used to judge URLs.
    pub url_lists: UrlLists,
    /// Brands that lures impersonate, with their official domains and senders.
    pub brands: Vec<Brand>,
    /// Phrase groups matched in the message text.
    pub phrases: Vec<PhraseGroup>,
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
    /// Signals computed by code (URL flags, brand/link mismatch, sender kind…), by reason code.
    pub signals: BTreeMap<String, Signal>,
    /// Advice by situation: `safe`, `suspicious`, `dangerous`, and one per lure category
    /// (`delivery`, `card_bank`…) used for flagged messages of that category.
    pub advice: BTreeMap<String, AdviceText>,
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

/// What a phrase group is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The story of a lure of one category (absent-delivery notice, unpaid carrier bill…).
    Lure,
    /// Pressure of time (至急, 本日中, 24時間以内).
    Urgency,
    /// Threat of loss (利用停止, 凍結, 法的措置).
    Threat,
    /// Asks for credentials or card data (パスワード, セキュリティコード, 暗証番号).
    Credential,
    /// Asks to act on an account (本人確認, 再認証, 情報を更新).
    Action,
    /// Points at a link (下記より, こちらから, URL).
    LinkCue,
    /// Asks to call a number (までご連絡ください, お電話ください).
    CallRequest,
    /// A one-time code is being delivered (認証コードは, 確認コード).
    Otp,
    /// Warns not to share a code (共有しないでください): typical of genuine OTP messages.
    NoShare,
    /// Marketing wording (キャンペーン, 配信停止).
    Promotional,
    /// A warning about scams, or people talking about a suspicious message (詐欺かな,
    /// 無視して): evidence that the message is not itself a lure.
    Warning,
}

/// A group of phrases that are evidence of one thing, with one weight and one explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseGroup {
    /// Stable reason code reported when the group matches (`lure.delivery_absent`).
    pub code: String,
    /// What the group is evidence of.
    pub role: Role,
    /// The lure category, for `lure` groups (and optionally others).
    #[serde(default)]
    pub category: Option<Category>,
    /// Log-odds added when any term of the group matches (once per group).
    pub weight: f32,
    /// Explanation shown to users, Japanese.
    pub ja: String,
    /// Explanation shown to users, English.
    pub en: String,
    /// The phrases, in normalized form.
    pub terms: Vec<String>,
}
