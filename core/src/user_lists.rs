//! Where the user's own allow and block lists are applied.
//!
//! The core stores nothing: the app keeps the lists and passes them, compiled once into a
//! [`UserLists`], with each message ([`crate::Classifier::classify_with`]).
//!
//! ## Semantics
//!
//! * **Senders** are compared in a normalized form: full-width folded, spaces, hyphens and
//!   brackets removed, lower-case, `+81` read as `0` (`+81 90-1234-5678` = `09012345678`).
//! * **Domains** match the host itself or any subdomain of it (`example.co.jp` covers
//!   `www.example.co.jp`); entries may be written as URLs or with `www.`, and IDN in Unicode or
//!   punycode.
//! * **Keywords** match in the normalized text (width, case, look-alike letters and filler
//!   characters do not matter), like the pack's phrases.
//! * **Block beats allow.** Any blocked sender, domain or keyword makes the message
//!   `dangerous` (reasons `user.blocked_*`), whatever else matched.
//! * **Allow lowers, it does not blind.** An allowed sender (`user.allowed_sender`) takes
//!   weight off the score; links on an allowed domain count as official ones
//!   (`user.allowed_domain`). But an allowed sender never hides a *deceptive* link — a brand's
//!   domain used as a subdomain, a look-alike or homoglyph domain, `user@host`, or a brand named
//!   with a link elsewhere: such a message stays at least `suspicious`, with the reason
//!   `user.allow_overridden`. Hijacked phones and spoofed sender IDs are how lures reach people
//!   through trusted threads.
//! * [`allow_entry_for`] turns a user's "not spam" on a verdict into the entry to store.
//!
//! Limits: at most [`MAX_USER_ENTRIES`] entries per list, each at most 256 bytes; keywords at
//! least two characters. Anything else is an [`Error::UserList`] naming the entry.

use std::collections::HashSet;

use crate::automaton::{Automaton, Kind};
use crate::error::Error;
use crate::normalize::Normalized;
use crate::sender::sender_key;
use crate::verdict::{UrlFlag, Verdict};

/// Most entries in one user list.
pub const MAX_USER_ENTRIES: usize = 10_000;
const MAX_ENTRY_BYTES: usize = 256;

/// The user's lists, compiled. Build once when the lists change; share across calls.
#[derive(Debug, Clone, Default)]
pub struct UserLists {
    allowed_senders: HashSet<String>,
    blocked_senders: HashSet<String>,
    allowed_domains: HashSet<String>,
    blocked_domains: HashSet<String>,
    blocked_keywords: Option<Automaton>,
}

/// The raw lists as an app stores them.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UserListEntries {
    /// Senders whose messages the user trusts.
    #[serde(default)]
    pub allowed_senders: Vec<String>,
    /// Senders the user blocks.
    #[serde(default)]
    pub blocked_senders: Vec<String>,
    /// Domains the user trusts (and their subdomains).
    #[serde(default)]
    pub allowed_domains: Vec<String>,
    /// Domains the user blocks (and their subdomains).
    #[serde(default)]
    pub blocked_domains: Vec<String>,
    /// Words or phrases the user blocks.
    #[serde(default)]
    pub blocked_keywords: Vec<String>,
}

/// What to store when the user says a flagged message is not spam.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum AllowEntry {
    /// Trust this sender (normalized form).
    Sender(String),
    /// Trust this registrable domain.
    Domain(String),
}

/// What the lists say of one message.
#[derive(Debug, Default)]
pub(crate) struct ListHits {
    pub blocked_sender: bool,
    pub allowed_sender: bool,
    /// Indices of URLs on blocked domains.
    pub blocked_urls: Vec<usize>,
    /// Indices of URLs on allowed domains.
    pub allowed_urls: Vec<usize>,
    /// Match of a blocked keyword in the matching text.
    pub blocked_keyword: Option<(usize, usize)>,
}

impl ListHits {
    pub(crate) fn any_block(&self) -> bool {
        self.blocked_sender || !self.blocked_urls.is_empty() || self.blocked_keyword.is_some()
    }
}

impl UserLists {
    /// Compiles the lists. Errors name the first unusable entry (see the module docs).
    pub fn new(entries: &UserListEntries) -> Result<UserLists, Error> {
        let senders = |name: &str, list: &[String]| -> Result<HashSet<String>, Error> {
            check_list(name, list)?;
            Ok(list
                .iter()
                .map(|s| sender_key(s))
                .filter(|s| !s.is_empty())
                .collect())
        };
        let domains = |name: &str, list: &[String]| -> Result<HashSet<String>, Error> {
            check_list(name, list)?;
            list.iter()
                .enumerate()
                .map(|(i, d)| {
                    domain_key(d).ok_or_else(|| Error::UserList {
                        path: format!("{name}[{i}]"),
                        reason: "not a domain name".into(),
                    })
                })
                .collect()
        };
        check_list("blocked_keywords", &entries.blocked_keywords)?;
        let mut keys = Vec::new();
        for (i, k) in entries.blocked_keywords.iter().enumerate() {
            let key = Normalized::new(k).for_matching().as_str().trim().to_owned();
            if key.chars().count() < 2 {
                return Err(Error::UserList {
                    path: format!("blocked_keywords[{i}]"),
                    reason: "a keyword needs at least two characters".into(),
                });
            }
            // A twin starting it (「口コミ」) reads as its letter in some messages: both
            // spellings are looked for.
            if let Some(letters) = crate::kana_twins::as_letters(&key) {
                keys.push(letters);
            }
            keys.push(key);
        }
        let blocked_keywords = if keys.is_empty() {
            None
        } else {
            Some(
                Automaton::new(&keys, Kind::LeftmostFirst).map_err(|reason| Error::UserList {
                    path: "blocked_keywords".into(),
                    reason,
                })?,
            )
        };
        Ok(UserLists {
            allowed_senders: senders("allowed_senders", &entries.allowed_senders)?,
            blocked_senders: senders("blocked_senders", &entries.blocked_senders)?,
            allowed_domains: domains("allowed_domains", &entries.allowed_domains)?,
            blocked_domains: domains("blocked_domains", &entries.blocked_domains)?,
            blocked_keywords,
        })
    }

    /// True when no list has an entry.
    pub fn is_empty(&self) -> bool {
        self.allowed_senders.is_empty()
            && self.blocked_senders.is_empty()
            && self.allowed_domains.is_empty()
            && self.blocked_domains.is_empty()
            && self.blocked_keywords.is_none()
    }

    /// Applies the lists to one message's sender, URL hosts (ASCII) and matching text.
    pub(crate) fn apply(&self, sender: Option<&str>, hosts: &[&str], matching: &str) -> ListHits {
        let mut hits = ListHits::default();
        if self.is_empty() {
            return hits;
        }
        if let Some(s) = sender {
            let key = sender_key(s);
            hits.blocked_sender = self.blocked_senders.contains(&key);
            hits.allowed_sender = self.allowed_senders.contains(&key);
        }
        for (i, h) in hosts.iter().enumerate() {
            // `example.com.` is `example.com`.
            let h = h.trim_end_matches('.');
            if covers(&self.blocked_domains, h) {
                hits.blocked_urls.push(i);
            } else if covers(&self.allowed_domains, h) {
                hits.allowed_urls.push(i);
            }
        }
        if let Some(ac) = &self.blocked_keywords {
            hits.blocked_keyword = ac.leftmost(matching).next().map(|m| (m.start, m.end));
        }
        hits
    }
}

fn check_list(name: &str, list: &[String]) -> Result<(), Error> {
    if list.len() > MAX_USER_ENTRIES {
        return Err(Error::UserList {
            path: name.into(),
            reason: format!("{} entries, more than {MAX_USER_ENTRIES}", list.len()),
        });
    }
    for (i, e) in list.iter().enumerate() {
        if e.trim().is_empty() || e.len() > MAX_ENTRY_BYTES {
            return Err(Error::UserList {
                path: format!("{name}[{i}]"),
                reason: format!("entries are 1 to {MAX_ENTRY_BYTES} bytes"),
            });
        }
    }
    Ok(())
}

/// A domain entry in comparable form: scheme, path, port, user and `www.` dropped, ASCII.
fn domain_key(entry: &str) -> Option<String> {
    let n = crate::normalize::normalize(entry.trim());
    let h = crate::domain::browser_host(&n)?;
    let a = h
        .ascii
        .trim_end_matches('.')
        .trim_start_matches("www.")
        .to_owned();
    a.contains('.').then_some(a)
}

/// Whether `host` is an entry of `set` or under one.
fn covers(set: &HashSet<String>, host: &str) -> bool {
    if set.is_empty() {
        return false;
    }
    let mut h = host;
    loop {
        if set.contains(h) {
            return true;
        }
        match h.split_once('.') {
            Some((_, rest)) => h = rest,
            None => return false,
        }
    }
}

/// Flags that make a link deceptive: it pretends to be somewhere it is not.
pub(crate) fn is_deceptive(flags: &[UrlFlag]) -> bool {
    flags.iter().any(|f| {
        matches!(
            f,
            UrlFlag::BrandAsSubdomain
                | UrlFlag::Homoglyph
                | UrlFlag::UserInfo
                | UrlFlag::Lookalike
                | UrlFlag::BrandInDomain
        )
    })
}

/// The entry to store when the user marks this message "not spam": the sender when there is
/// one (normalized), else the registrable domain of the first link that is not already
/// official; `None` when neither exists (nothing to remember).
pub fn allow_entry_for(verdict: &Verdict) -> Option<AllowEntry> {
    if let Some(s) = &verdict.sender {
        let key = sender_key(&s.raw);
        if !key.is_empty() && s.kind != crate::verdict::SenderKind::Unknown {
            return Some(AllowEntry::Sender(key));
        }
    }
    verdict
        .urls
        .iter()
        .find(|u| !u.flags.contains(&UrlFlag::Official))
        .and_then(|u| {
            u.registrable_domain
                .clone()
                .or_else(|| Some(u.host_ascii.clone()))
                // A link no browser opens has no host to remember.
                .filter(|d| !d.is_empty())
        })
        .map(AllowEntry::Domain)
}
