//! # smishguard-core
//!
//! Tells whether one Japanese SMS is a phishing lure ("smishing"), and why — offline, in
//! microseconds, with no I/O.
//!
//! ## Why not a list of regexes?
//!
//! Lures are written to slip past naive filters. The same message arrives with full-width
//! letters (`ｈｔｔｐｓ：／／`), ideographic dots in the domain (`sagawa-xx。com`), invisible
//! zero-width spaces or combining marks inside words (「お݉客݉様」), a URL glued to the Japanese
//! around it with no space (`こちらhttps://example.com/loginへ`), a brand's real domain used as
//! a subdomain of the attacker's (`micard.co.jp.xxxx.com`), or a misspelt brand (`scmbc.jp`).
//! And genuine messages look like lures: card issuers send fraud checks with a link, carriers
//! send unpaid-bill reminders, everyone sends one-time codes. A verdict must weigh evidence,
//! not match one pattern, and must say what it saw *where* in the text.
//!
//! ## The pipeline
//!
//! ```text
//! normalize  → NFKC, invisible and filler characters removed, dots in URLs, map back to the original
//! extract    → URLs, phone numbers, e-mail addresses, the sender's kind
//! recognise  → each URL's flags (url_risk), brands named (brands), concepts (concepts); a
//!              warning's quotation of the scam set aside (quoted)
//! evidence   → one module per family: links, story, learned text model, contact, genuine, user
//! score      → evidence → log-odds → score → level, category, kind, reasons, advice
//! ```
//!
//! Everything that is data — brands and their official domains, concept vocabularies, stories,
//! hand-set and learned weights, thresholds, URL lists — lives in a [`RulePack`]; the default pack is embedded, its
//! automata and tables compiled at build time (a process's first verdict costs no compilation).
//!
//! ```
//! use smishguard_core::{classify, Level, Category};
//!
//! let v = classify(
//!     "お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ",
//!     None,
//! );
//! assert_eq!(v.level, Level::Dangerous);
//! assert_eq!(v.category, Some(Category::Delivery));
//! let url = &v.urls[0];
//! assert_eq!(url.host, "sagawa-kx.top");
//! // Spans index the original text.
//! assert_eq!(&"お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。こちらhttps://sagawa-kx.top/へ"[url.span.start..url.span.end], "https://sagawa-kx.top/");
//!
//! let ok = classify("認証コードは482913です。このコードを他人と共有しないでください。", None);
//! assert_eq!(ok.level, Level::Safe);
//! ```
//!
//! ## Contract on input
//!
//! * Any `&str` is accepted; an empty body yields a `safe` verdict with no evidence.
//! * Only the first [`MAX_INPUT_BYTES`] bytes are analysed (cut at a character boundary); the
//!   verdict then has `truncated = true`. A sender longer than [`MAX_SENDER_BYTES`] is judged
//!   `unknown`.
//! * Time is linear in the analysed length; at most [`MAX_URLS`] URLs, [`MAX_PHONES`] phone
//!   numbers, [`MAX_EMAILS`] e-mail addresses and [`MAX_REASONS`] reasons are reported, and
//!   at most [`MAX_MASKED_LINKS`] masked links are kept.
//! * Nothing panics on hostile input, nothing is logged, nothing is stored.
#![forbid(unsafe_code)]
// Nothing that input reaches may panic: no unwrap/expect outside tests. The few `expect`s
// left (the embedded default pack) carry an `allow` saying why they hold.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]
#![deny(missing_docs)]
#![deny(missing_debug_implementations)]

mod automaton;
mod brands;
mod classifier;
mod compiled;
mod concepts;
mod confusables;
mod domain;
mod embedded;
mod error;
mod evidence;
mod extract;
mod gram_table;
mod kana_twins;
pub mod normalize;
mod otp;
mod pack_text;
mod phone_pattern;
mod prototypes;
mod public_suffix;
mod quoted;
mod redirect;
pub mod rules;
#[cfg(test)]
mod scanner_parity;
mod score;
mod sender;
mod signing;
mod span;
mod url_risk;
mod user_lists;
mod validate;
mod verdict;

pub use classifier::{classify, Classifier, LearningRow};
pub use embedded::default_pack_json;
pub use error::Error;
pub use pack_text::PackText;
pub use rules::RulePack;
pub use signing::{from_hex, to_hex};
pub use user_lists::{allow_entry_for, AllowEntry, UserListEntries, UserLists, MAX_USER_ENTRIES};
pub use verdict::{
    Advice, BrandMention, Category, Kind, Level, PhoneFinding, PhoneKind, Reason, SenderInfo,
    SenderKind, Span, UrlFinding, UrlFlag, Verdict,
};

/// Longest body analysed, in bytes. Longer bodies are analysed up to this length (cut at a
/// character boundary) and the verdict says `truncated`.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;
/// Longest sender string judged, in bytes; a longer one is judged `unknown`.
pub const MAX_SENDER_BYTES: usize = 256;
/// Most URLs reported (and judged) per message.
pub const MAX_URLS: usize = 32;
/// Most phone numbers reported per message.
pub const MAX_PHONES: usize = 16;
/// Most reasons reported per verdict (the score uses all evidence).
pub const MAX_REASONS: usize = 32;
/// Most e-mail addresses reported per message.
pub const MAX_EMAILS: usize = 16;
/// Most masked links (a scheme with no readable host, `https://~`) kept per message.
pub const MAX_MASKED_LINKS: usize = 16;
/// Largest rule pack accepted, in bytes.
pub const MAX_PACK_BYTES: usize = 4 * 1024 * 1024;
