//! The verdict: what the classifier says about one message, and the types it is made of.
//!
//! Every span refers to the **original** message text, in UTF-8 byte offsets (`start`, `end`,
//! for Rust and C) and in UTF-16 code-unit offsets (`start_utf16`, `end_utf16`, for Kotlin,
//! Java, Swift `NSString` and JavaScript).

use serde::{Deserialize, Serialize};

use crate::pack_text::PackText;

/// How risky a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// No meaningful evidence of a lure.
    Safe,
    /// Some evidence: warn, do not block.
    Suspicious,
    /// Strong evidence: a lure.
    Dangerous,
}

impl Level {
    /// The stable lower-case name (`safe`, `suspicious`, `dangerous`).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Safe => "safe",
            Level::Suspicious => "suspicious",
            Level::Dangerous => "dangerous",
        }
    }
}

/// The story a lure tells. Used for brands (their usual lure) and for verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Missed delivery, address problem, redelivery fee (佐川急便, ヤマト運輸, 日本郵便, Amazon).
    Delivery,
    /// Carrier bill or carrier-billing abuse (ドコモ, au, ソフトバンク, 楽天モバイル).
    CarrierBilling,
    /// Card or bank account locked, fraud check, 3-D Secure, account frozen.
    CardBank,
    /// Online account suspended or to be verified (Apple ID, Amazon, LINE, メルカリ).
    AccountSuspension,
    /// Unpaid fees, paid-content bills, threat of legal action.
    UnpaidBill,
    /// Tax, police, ministries, My Number, public benefits.
    TaxGovernment,
    /// Prize, refund, points, benefit payment.
    PrizeRefund,
    /// Shopping order problem or subscription (Netflix, Amazon Prime).
    ShoppingSubscription,
    /// Someone the reader knows (a child, a parent, a friend) says their phone, number or chat
    /// account is new (rule pack schema 4).
    Impersonation,
    /// A stranger offers easy income: a side job done on a phone, an investment sure to pay,
    /// usually moved to a chat app (rule pack schema 8).
    EasyMoney,
}

impl Category {
    /// All categories, in declaration order.
    pub const ALL: [Category; 10] = [
        Category::Delivery,
        Category::CarrierBilling,
        Category::CardBank,
        Category::AccountSuspension,
        Category::UnpaidBill,
        Category::TaxGovernment,
        Category::PrizeRefund,
        Category::ShoppingSubscription,
        Category::Impersonation,
        Category::EasyMoney,
    ];

    /// The stable snake_case name (`delivery`, `carrier_billing`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Delivery => "delivery",
            Category::CarrierBilling => "carrier_billing",
            Category::CardBank => "card_bank",
            Category::AccountSuspension => "account_suspension",
            Category::UnpaidBill => "unpaid_bill",
            Category::TaxGovernment => "tax_government",
            Category::PrizeRefund => "prize_refund",
            Category::ShoppingSubscription => "shopping_subscription",
            Category::Impersonation => "impersonation",
            Category::EasyMoney => "easy_money",
        }
    }

    /// Parses the snake_case name; `None` for anything else.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

/// What sort of message this looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Between people: no brand, no lure.
    Personal,
    /// From an organisation about a transaction: codes, bills, deliveries, notices.
    Transactional,
    /// Marketing.
    Promotional,
    /// A phishing lure (the level is suspicious or dangerous).
    Lure,
}

impl Kind {
    /// The stable lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Personal => "personal",
            Kind::Transactional => "transactional",
            Kind::Promotional => "promotional",
            Kind::Lure => "lure",
        }
    }
}

/// A range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// Start, UTF-8 byte offset (inclusive).
    pub start: usize,
    /// End, UTF-8 byte offset (exclusive).
    pub end: usize,
    /// Start, UTF-16 code-unit offset (inclusive).
    pub start_utf16: usize,
    /// End, UTF-16 code-unit offset (exclusive).
    pub end_utf16: usize,
}

/// One piece of evidence, with its weight and its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// Stable machine-readable code (`brand.link_mismatch`, `lure.delivery_absent`…).
    pub code: PackText,
    /// Log-odds this evidence added (negative: evidence of a genuine message).
    pub weight: f32,
    /// Where in the original text, when the evidence has a place.
    pub span: Option<Span>,
    /// The matched or judged text (a copy of the original slice), when there is a span.
    pub text: Option<String>,
    /// Explanation, Japanese.
    pub ja: PackText,
    /// Explanation, English.
    pub en: PackText,
}

/// Something wrong (or right) with one URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UrlFlag {
    /// Written without `http(s)://`.
    NoScheme,
    /// Plain `http://`.
    Insecure,
    /// The host is a public IP address (a private, loopback or link-local one, which reaches
    /// only the reader's own network, is not flagged).
    IpHost,
    /// The host is internationalised (punycode `xn--` or non-ASCII letters).
    Idn,
    /// The host mixes scripts or uses look-alike letters (Cyrillic `а` for Latin `a`).
    Homoglyph,
    /// A URL shortener hides the destination.
    Shortener,
    /// The top-level domain is one much used by throw-away phishing sites.
    RiskyTld,
    /// Free hosting where anyone can get a subdomain.
    FreeHosting,
    /// A brand's official domain is used as a subdomain of another domain (`micard.co.jp.xxxx.com`).
    BrandAsSubdomain,
    /// A brand's name appears inside a domain that is not the brand's (`docomo-xyz.com`).
    BrandInDomain,
    /// The domain is a misspelling of a brand's official domain (`scmbc.jp`, `americeexpre`).
    Lookalike,
    /// `user@host`: what is before `@` is not where the link goes.
    UserInfo,
    /// A port number other than the default.
    Port,
    /// Points at a `.php` script or an executable / package file.
    Script,
    /// The host has a long label that looks machine-generated.
    RandomLabel,
    /// Dots, slashes or colons were written full-width, or the URL was broken by invisible characters.
    Obfuscated,
    /// On an official domain of a brand named in the message or known to the registry.
    Official,
    /// Written in a form that only the browser's repair reads (backslashes or a missing slash
    /// after the scheme, a percent-encoded host, an IPv4 address in hex, octal or as one
    /// number): link filters miss it, the browser opens it.
    Malformed,
    /// The WHATWG URL parser refuses it (an IPv4 address out of range, a broken `xn--` label):
    /// no browser opens it, so no host is reported.
    NotOpenable,
    /// A page or account that anyone can make on a platform's own domain (a LINE friend or
    /// official-account link, a Google form), or a redirect anyone can aim
    /// (`google.com/url?q=…`): on the platform's domain, yet not the word of any brand, so
    /// never `official`.
    UserPage,
}

impl UrlFlag {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            UrlFlag::NoScheme => "no_scheme",
            UrlFlag::Insecure => "insecure",
            UrlFlag::IpHost => "ip_host",
            UrlFlag::Idn => "idn",
            UrlFlag::Homoglyph => "homoglyph",
            UrlFlag::Shortener => "shortener",
            UrlFlag::RiskyTld => "risky_tld",
            UrlFlag::FreeHosting => "free_hosting",
            UrlFlag::BrandAsSubdomain => "brand_as_subdomain",
            UrlFlag::BrandInDomain => "brand_in_domain",
            UrlFlag::Lookalike => "lookalike",
            UrlFlag::UserInfo => "user_info",
            UrlFlag::Port => "port",
            UrlFlag::Script => "script",
            UrlFlag::RandomLabel => "random_label",
            UrlFlag::Obfuscated => "obfuscated",
            UrlFlag::Official => "official",
            UrlFlag::Malformed => "malformed",
            UrlFlag::NotOpenable => "not_openable",
            UrlFlag::UserPage => "user_page",
        }
    }
}

/// A URL found in the message, and what was judged of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UrlFinding {
    /// Where it stands in the original text.
    pub span: Span,
    /// The URL as normalized (full-width forms folded, invisible characters removed).
    pub url: String,
    /// The host, lower-case, in Unicode form.
    pub host: String,
    /// The host in ASCII (punycode) form.
    pub host_ascii: String,
    /// The registrable domain (public suffix + one label), when the host has one.
    pub registrable_domain: Option<String>,
    /// What is wrong (or right) with it.
    pub flags: Vec<UrlFlag>,
    /// The brand whose official domain this is, if any.
    pub official_brand: Option<PackText>,
    /// The brand this URL imitates, if any (as subdomain, in the name, or misspelt).
    pub imitated_brand: Option<PackText>,
}

/// What a phone number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    /// 0120 / 0800 free dial, and KDDI's 0077 (0077-7-111).
    TollFree,
    /// 0570 navi dial.
    NaviDial,
    /// 050 IP phone.
    IpPhone,
    /// 070 / 080 / 090 mobile.
    Mobile,
    /// A fixed line (0 + area code).
    Landline,
    /// A number outside Japan (+ and a country code other than 81).
    International,
    /// A 3–4 digit service number (157, 110, #9110…).
    Short,
}

impl PhoneKind {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneKind::TollFree => "toll_free",
            PhoneKind::NaviDial => "navi_dial",
            PhoneKind::IpPhone => "ip_phone",
            PhoneKind::Mobile => "mobile",
            PhoneKind::Landline => "landline",
            PhoneKind::International => "international",
            PhoneKind::Short => "short",
        }
    }
}

/// A phone number found in the message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneFinding {
    /// Where it stands in the original text.
    pub span: Span,
    /// Digits (and `+`), masked digits kept as `X`.
    pub number: String,
    /// What sort of number it is.
    pub kind: PhoneKind,
    /// The brand whose official number this is, if any.
    pub official_brand: Option<PackText>,
}

/// What sort of sender sent the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SenderKind {
    /// A short code (3–8 digits, not a phone number): carriers, banks and services.
    ShortCode,
    /// A Japanese mobile number (070/080/090): a person, or a hijacked phone.
    DomesticMobile,
    /// A Japanese 050 internet-phone number: anyone gets one online in minutes, and no
    /// carrier, bank or service sends its notices from one.
    IpPhone,
    /// A Japanese fixed-line or other domestic number.
    DomesticLandline,
    /// A number outside Japan: written with `+` and a country code other than 81, or dialled
    /// from Japan with the international prefix 010 (`010-852-…`).
    International,
    /// An alphanumeric sender ID (`Amazon`, `SMBC`).
    Alphanumeric,
    /// An e-mail address (iMessage, +メッセージ, e-mail-to-SMS).
    Email,
    /// Empty or unreadable.
    Unknown,
}

impl SenderKind {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            SenderKind::ShortCode => "short_code",
            SenderKind::DomesticMobile => "domestic_mobile",
            SenderKind::IpPhone => "ip_phone",
            SenderKind::DomesticLandline => "domestic_landline",
            SenderKind::International => "international",
            SenderKind::Alphanumeric => "alphanumeric",
            SenderKind::Email => "email",
            SenderKind::Unknown => "unknown",
        }
    }
}

/// The sender as judged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SenderInfo {
    /// The sender string as given.
    pub raw: String,
    /// What sort of sender it is.
    pub kind: SenderKind,
    /// The brand whose official sender this is, if any.
    pub official_brand: Option<PackText>,
}

/// A brand named in the message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BrandMention {
    /// The brand's id in the registry.
    pub id: PackText,
    /// Its display name.
    pub name: PackText,
    /// Where it is first named in the original text.
    pub span: Span,
}

/// Short advice for the person who received the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    /// Japanese.
    pub ja: PackText,
    /// English.
    pub en: PackText,
}

/// What the classifier says about one message.
///
/// Its JSON form ([`Verdict::to_json`]) is the one the CLI prints and the C API returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// Risk level.
    pub level: Level,
    /// Score in `[0, 1]`: `sigmoid(bias + Σ reason weights)`, where the bias is the pack's
    /// `scoring.bias` plus its learned `model.intercept` (neither is a reason).
    pub score: f32,
    /// The lure category, when the message tells a lure's story.
    pub category: Option<Category>,
    /// What sort of message it is.
    pub kind: Kind,
    /// The evidence, strongest first.
    pub reasons: Vec<Reason>,
    /// URLs found, with their findings; the destination written inside a redirect anyone can
    /// aim follows the redirect, with its span inside the redirect's.
    pub urls: Vec<UrlFinding>,
    /// Phone numbers found.
    pub phones: Vec<PhoneFinding>,
    /// E-mail addresses found (spans in the original text).
    pub emails: Vec<Span>,
    /// Brands named in the text.
    pub brands: Vec<BrandMention>,
    /// The sender, when one was given.
    pub sender: Option<SenderInfo>,
    /// One line of advice.
    pub advice: Advice,
    /// True when the message was longer than [`crate::MAX_INPUT_BYTES`] and only its start was analysed.
    pub truncated: bool,
    /// Version of the rule pack that produced this verdict.
    pub rules_version: PackText,
}

impl Verdict {
    /// The verdict as one line of JSON (the schema documented in README.md).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
    }

    /// The verdict as a JSON value (to add fields such as an `id`).
    pub fn to_json_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    /// True when the level is suspicious or dangerous.
    pub fn is_flagged(&self) -> bool {
        self.level != Level::Safe
    }
}
