//! The verdict as Kotlin and Swift see it: records and enums mirroring
//! [`smishguard_core::Verdict`], plus the platform decisions of [`crate::platform`].
//!
//! Differences from the core types, on purpose:
//!
//! * spans carry **UTF-16** offsets only, as `Int` in Kotlin (`text.substring(start, end)`)
//!   and `Int32` in Swift (`NSRange(location:length:)`); byte offsets are for Rust and C, which
//!   get them from the JSON of the C API;
//! * counts and offsets are `i32`: the analysed text is capped at
//!   [`smishguard_core::MAX_INPUT_BYTES`], far below `i32::MAX`, and signed integers are what
//!   both languages index strings with;
//! * e-mail spans and raw sender strings are left out: apps already have the sender, and
//!   the e-mail evidence is in `reasons`.

use smishguard_core as sg;

use crate::platform::{AndroidRecommendation, IosFilterDecision};

/// One message to classify.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Message {
    /// The text of the SMS, as received.
    pub body: String,
    /// The sender as the phone shows it (number, short code, alphanumeric ID, e-mail
    /// address), or null when unknown.
    #[uniffi(default = None)]
    pub sender: Option<String>,
}

/// A range of the message text in UTF-16 code units (what Kotlin/Java `String`, Swift
/// `NSString` and JavaScript index by): `body.substring(startUtf16, endUtf16)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct TextSpan {
    /// Start, inclusive.
    pub start_utf16: i32,
    /// End, exclusive.
    pub end_utf16: i32,
}

/// How risky a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Level {
    /// No meaningful evidence of a lure.
    Safe,
    /// Some evidence: warn, do not block.
    Suspicious,
    /// Strong evidence: a lure.
    Dangerous,
}

/// The story a lure tells (or the sector of the brand a genuine message comes from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Category {
    /// Missed delivery, address problem, redelivery fee.
    Delivery,
    /// Carrier bill or carrier-billing abuse.
    CarrierBilling,
    /// Card or bank account locked, fraud check, 3-D Secure.
    CardBank,
    /// Online account suspended or to be verified.
    AccountSuspension,
    /// Unpaid fees, paid-content bills, threat of legal action.
    UnpaidBill,
    /// Tax, police, ministries, My Number, public benefits.
    TaxGovernment,
    /// Prize, refund, points, benefit payment.
    PrizeRefund,
    /// Shopping order problem or subscription.
    ShoppingSubscription,
    /// Someone the reader knows says their phone, number or chat account is new.
    Impersonation,
    /// A stranger offers easy income: a side job on a phone, an investment sure to pay.
    EasyMoney,
}

/// What sort of message this looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Kind {
    /// Between people: no brand, no lure.
    Personal,
    /// From an organisation about a transaction: codes, bills, deliveries, notices.
    Transactional,
    /// Marketing.
    Promotional,
    /// A phishing lure.
    Lure,
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Reason {
    /// Stable machine-readable code (`brand.link_mismatch`, `lure.delivery_absent`…).
    pub code: String,
    /// Log-odds this evidence added (negative: evidence of a genuine message).
    pub weight: f32,
    /// Where in the message, when the evidence has a place.
    pub span: Option<TextSpan>,
    /// The flagged text (equal to the span's slice of the message), when there is a span.
    pub text: Option<String>,
    /// Explanation, Japanese.
    pub ja: String,
    /// Explanation, English.
    pub en: String,
}

/// Something wrong (or right) with a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum UrlFlag {
    /// Written without `http(s)://`.
    NoScheme,
    /// Plain `http://`.
    Insecure,
    /// The host is an IP address.
    IpHost,
    /// Internationalised host (punycode or non-ASCII letters).
    Idn,
    /// Mixed scripts or look-alike letters in the host.
    Homoglyph,
    /// A URL shortener hides the destination.
    Shortener,
    /// A top-level domain much used by throw-away phishing sites.
    RiskyTld,
    /// Free hosting where anyone can get a subdomain.
    FreeHosting,
    /// A brand's official domain used as a subdomain of another (`micard.co.jp.xxxx.com`).
    BrandAsSubdomain,
    /// A brand's name inside a domain that is not the brand's (`docomo-xyz.com`).
    BrandInDomain,
    /// A misspelling of a brand's official domain.
    Lookalike,
    /// `user@host`.
    UserInfo,
    /// A non-default port.
    Port,
    /// A `.php` script or an executable / package file.
    Script,
    /// A long machine-generated-looking label.
    RandomLabel,
    /// Written with full-width punctuation or broken by invisible characters.
    Obfuscated,
    /// On an official domain of a known brand.
    Official,
    /// Written in a form only the browser's repair reads (backslashes, a missing slash, an
    /// encoded or numeric host).
    Malformed,
    /// The WHATWG URL parser refuses it: no browser opens it, no host is reported.
    NotOpenable,
    /// A page or account anyone can make on a platform's domain (a LINE friend link, a
    /// Google form), or a redirect anyone can aim: never official.
    UserPage,
}

/// A URL found in the message.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct UrlFinding {
    /// Where it stands in the message.
    pub span: TextSpan,
    /// The URL as normalized (full-width forms folded, invisible characters removed).
    pub url: String,
    /// The host, lower-case, Unicode form.
    pub host: String,
    /// The registrable domain, when the host has one.
    pub registrable_domain: Option<String>,
    /// What is wrong (or right) with it.
    pub flags: Vec<UrlFlag>,
    /// The brand whose official domain this is, if any.
    pub official_brand: Option<String>,
    /// The brand this URL imitates, if any.
    pub imitated_brand: Option<String>,
}

/// A phone number found in the message.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PhoneFinding {
    /// Where it stands in the message.
    pub span: TextSpan,
    /// Digits (and `+`).
    pub number: String,
    /// The brand whose official number this is, if any.
    pub official_brand: Option<String>,
}

/// A brand named in the message.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BrandMention {
    /// The brand's id in the rule pack.
    pub id: String,
    /// Its display name.
    pub name: String,
    /// Where it is first named.
    pub span: TextSpan,
}

/// One line of advice for the person who received the message.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Advice {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

/// What the classifier says about one message, and what each platform should do with it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Verdict {
    /// Risk level.
    pub level: Level,
    /// Score in `[0, 1]`.
    pub score: f32,
    /// The lure category, when the message tells a lure's story.
    pub category: Option<Category>,
    /// What sort of message it is.
    pub kind: Kind,
    /// The evidence, strongest first.
    pub reasons: Vec<Reason>,
    /// URLs found; the destination written inside a redirect anyone can aim follows the
    /// redirect, with its span inside the redirect's.
    pub urls: Vec<UrlFinding>,
    /// Phone numbers found.
    pub phones: Vec<PhoneFinding>,
    /// Brands named in the text.
    pub brands: Vec<BrandMention>,
    /// The brand whose official sender ID sent this, if the sender was given and known.
    pub sender_brand: Option<String>,
    /// One line of advice.
    pub advice: Advice,
    /// True when the message was longer than the analysed maximum and only its start was read.
    pub truncated: bool,
    /// Version of the rule pack that produced this verdict.
    pub rules_version: String,
    /// What an iOS `ILMessageFilterExtension` should answer.
    pub ios: IosFilterDecision,
    /// What an Android SMS app should do.
    pub android: AndroidRecommendation,
}

/// Library and rule-pack versions.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VersionInfo {
    /// Version of the smishguard library (the crate version, semver).
    pub library: String,
    /// Version of the rule pack in use.
    pub rules: String,
}

fn to_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

impl From<sg::Span> for TextSpan {
    fn from(s: sg::Span) -> Self {
        TextSpan {
            start_utf16: to_i32(s.start_utf16),
            end_utf16: to_i32(s.end_utf16),
        }
    }
}

impl From<sg::Level> for Level {
    fn from(l: sg::Level) -> Self {
        match l {
            sg::Level::Safe => Level::Safe,
            sg::Level::Suspicious => Level::Suspicious,
            sg::Level::Dangerous => Level::Dangerous,
        }
    }
}

impl From<sg::Category> for Category {
    fn from(c: sg::Category) -> Self {
        match c {
            sg::Category::Delivery => Category::Delivery,
            sg::Category::CarrierBilling => Category::CarrierBilling,
            sg::Category::CardBank => Category::CardBank,
            sg::Category::AccountSuspension => Category::AccountSuspension,
            sg::Category::UnpaidBill => Category::UnpaidBill,
            sg::Category::TaxGovernment => Category::TaxGovernment,
            sg::Category::PrizeRefund => Category::PrizeRefund,
            sg::Category::ShoppingSubscription => Category::ShoppingSubscription,
            sg::Category::Impersonation => Category::Impersonation,
            sg::Category::EasyMoney => Category::EasyMoney,
        }
    }
}

impl From<sg::Kind> for Kind {
    fn from(k: sg::Kind) -> Self {
        match k {
            sg::Kind::Personal => Kind::Personal,
            sg::Kind::Transactional => Kind::Transactional,
            sg::Kind::Promotional => Kind::Promotional,
            sg::Kind::Lure => Kind::Lure,
        }
    }
}

impl From<sg::UrlFlag> for UrlFlag {
    fn from(f: sg::UrlFlag) -> Self {
        match f {
            sg::UrlFlag::NoScheme => UrlFlag::NoScheme,
            sg::UrlFlag::Insecure => UrlFlag::Insecure,
            sg::UrlFlag::IpHost => UrlFlag::IpHost,
            sg::UrlFlag::Idn => UrlFlag::Idn,
            sg::UrlFlag::Homoglyph => UrlFlag::Homoglyph,
            sg::UrlFlag::Shortener => UrlFlag::Shortener,
            sg::UrlFlag::RiskyTld => UrlFlag::RiskyTld,
            sg::UrlFlag::FreeHosting => UrlFlag::FreeHosting,
            sg::UrlFlag::BrandAsSubdomain => UrlFlag::BrandAsSubdomain,
            sg::UrlFlag::BrandInDomain => UrlFlag::BrandInDomain,
            sg::UrlFlag::Lookalike => UrlFlag::Lookalike,
            sg::UrlFlag::UserInfo => UrlFlag::UserInfo,
            sg::UrlFlag::Port => UrlFlag::Port,
            sg::UrlFlag::Script => UrlFlag::Script,
            sg::UrlFlag::RandomLabel => UrlFlag::RandomLabel,
            sg::UrlFlag::Obfuscated => UrlFlag::Obfuscated,
            sg::UrlFlag::Official => UrlFlag::Official,
            sg::UrlFlag::Malformed => UrlFlag::Malformed,
            sg::UrlFlag::NotOpenable => UrlFlag::NotOpenable,
            sg::UrlFlag::UserPage => UrlFlag::UserPage,
        }
    }
}

impl From<sg::Reason> for Reason {
    fn from(r: sg::Reason) -> Self {
        Reason {
            code: r.code.into(),
            weight: r.weight,
            span: r.span.map(TextSpan::from),
            text: r.text,
            ja: r.ja.into(),
            en: r.en.into(),
        }
    }
}

impl From<sg::UrlFinding> for UrlFinding {
    fn from(u: sg::UrlFinding) -> Self {
        UrlFinding {
            span: u.span.into(),
            url: u.url,
            host: u.host,
            registrable_domain: u.registrable_domain,
            flags: u.flags.into_iter().map(UrlFlag::from).collect(),
            official_brand: u.official_brand.map(String::from),
            imitated_brand: u.imitated_brand.map(String::from),
        }
    }
}

impl Verdict {
    /// Converts a core verdict, attaching the platform decisions computed from it.
    pub(crate) fn from_core(
        v: sg::Verdict,
        ios: IosFilterDecision,
        android: AndroidRecommendation,
    ) -> Verdict {
        Verdict {
            level: v.level.into(),
            score: v.score,
            category: v.category.map(Category::from),
            kind: v.kind.into(),
            reasons: v.reasons.into_iter().map(Reason::from).collect(),
            urls: v.urls.into_iter().map(UrlFinding::from).collect(),
            phones: v
                .phones
                .into_iter()
                .map(|p| PhoneFinding {
                    span: p.span.into(),
                    number: p.number,
                    official_brand: p.official_brand.map(String::from),
                })
                .collect(),
            brands: v
                .brands
                .into_iter()
                .map(|b| BrandMention {
                    id: b.id.into(),
                    name: b.name.into(),
                    span: b.span.into(),
                })
                .collect(),
            sender_brand: v.sender.and_then(|s| s.official_brand).map(String::from),
            advice: Advice {
                ja: v.advice.ja.into(),
                en: v.advice.en.into(),
            },
            truncated: v.truncated,
            rules_version: v.rules_version.into(),
            ios,
            android,
        }
    }
}

/// The user's allow and block lists as the app stores them (see [`crate::UserLists`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct UserListEntries {
    /// Senders whose messages the user trusts.
    #[uniffi(default = [])]
    pub allowed_senders: Vec<String>,
    /// Senders the user blocks.
    #[uniffi(default = [])]
    pub blocked_senders: Vec<String>,
    /// Domains the user trusts (and their subdomains).
    #[uniffi(default = [])]
    pub allowed_domains: Vec<String>,
    /// Domains the user blocks (and their subdomains).
    #[uniffi(default = [])]
    pub blocked_domains: Vec<String>,
    /// Words or phrases the user blocks.
    #[uniffi(default = [])]
    pub blocked_keywords: Vec<String>,
}

impl From<UserListEntries> for smishguard_core::UserListEntries {
    fn from(e: UserListEntries) -> Self {
        smishguard_core::UserListEntries {
            allowed_senders: e.allowed_senders,
            blocked_senders: e.blocked_senders,
            allowed_domains: e.allowed_domains,
            blocked_domains: e.blocked_domains,
            blocked_keywords: e.blocked_keywords,
        }
    }
}

/// What to store when the user marks a message "not spam".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum AllowEntry {
    /// Add `value` to `allowed_senders`.
    Sender {
        /// The sender, normalized.
        value: String,
    },
    /// Add `value` to `allowed_domains`.
    Domain {
        /// The registrable domain.
        value: String,
    },
}

impl From<smishguard_core::AllowEntry> for AllowEntry {
    fn from(e: smishguard_core::AllowEntry) -> Self {
        match e {
            smishguard_core::AllowEntry::Sender(value) => AllowEntry::Sender { value },
            smishguard_core::AllowEntry::Domain(value) => AllowEntry::Domain { value },
        }
    }
}
