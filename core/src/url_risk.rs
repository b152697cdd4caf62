//! Where URLs are judged.
//!
//! Each URL is read once into a [`UrlFinding`]: host (Unicode and punycode), registrable
//! domain, and a set of named flags ([`UrlFlag`]). Scoring reads the flags; it never re-parses.
//!
//! The hardest cases, and how they are read:
//!
//! * `http://micard.co.jp.xxxx.com/` — the registrable domain is `xxxx.com`; the official
//!   `micard.co.jp` stands left of it as whole labels: `brand_as_subdomain`.
//! * `https://docomo-pay.xyz/` — `docomo` inside a domain that is not docomo's:
//!   `brand_in_domain`, and `.xyz` is a `risky_tld`.
//! * `https://scmbc.jp` / `americeexpre.account-login.qkdbq.com` — a label one or two edits
//!   away from an official label (or its prefix): `lookalike`.
//! * `https://аpple.com` (Cyrillic `а`) — `idn` and `homoglyph`; folded it reads `apple.com`.
//! * `https://docomo.ne.jp@evil.example/` — the browser goes to `evil.example`: `user_info`.
//! * `https://s.vpass.jp/…` — under the official `vpass.jp`: `official`, nothing else counts.
//! * A `.jp` domain is never risky as such.

use crate::brands::BrandIndex;
use crate::domain::parse_host;
use crate::extract::{authority_end, host_of_authority, RawUrl};
use crate::normalize::{fold_lookalike, Normalized};
use crate::rules::UrlLists;
use crate::verdict::UrlFlag;

/// A judged URL, before its span is mapped to the original text.
#[derive(Debug, Clone)]
pub(crate) struct Judged {
    pub url: String,
    pub host: String,
    pub host_ascii: String,
    pub registrable: Option<String>,
    pub flags: Vec<UrlFlag>,
    pub official: Option<usize>,
    pub imitated: Option<usize>,
}

/// Judges the URL at `raw` in the URL text `t`.
pub(crate) fn judge(t: &Normalized, raw: &RawUrl, brands: &BrandIndex, lists: &UrlLists) -> Judged {
    let text = t.as_str();
    let url = &text[raw.start..raw.end];
    let mut flags = Vec::new();
    let after_scheme = if raw.has_scheme {
        let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
        if !scheme.eq_ignore_ascii_case("https") {
            flags.push(UrlFlag::Insecure);
        }
        rest
    } else {
        flags.push(UrlFlag::NoScheme);
        url
    };
    let auth_len = authority_end(after_scheme, 0, after_scheme.len());
    let authority = &after_scheme[..auth_len];
    let path = &after_scheme[auth_len..];
    if authority.contains('@') {
        flags.push(UrlFlag::UserInfo);
    }
    let host_raw = host_of_authority(authority);
    let after_user = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let port = if after_user.starts_with('[') {
        after_user.split_once("]:").map(|(_, p)| p)
    } else {
        after_user.split_once(':').map(|(_, p)| p)
    };
    if port.is_some_and(|p| !p.is_empty() && p != "80" && p != "443") {
        flags.push(UrlFlag::Port);
    }
    if t.disguised_within(raw.start, raw.end) {
        flags.push(UrlFlag::Obfuscated);
    }
    let lower_path = path.to_ascii_lowercase();
    let path_only = lower_path.split(['?', '#']).next().unwrap_or("");
    if path_only.contains(".php")
        || [".apk", ".exe", ".ipa", ".mobileconfig", ".zip", ".scr"]
            .iter()
            .any(|x| path_only.ends_with(x))
    {
        flags.push(UrlFlag::Script);
    }

    let Some(host) = parse_host(host_raw) else {
        flags.sort_unstable();
        flags.dedup();
        return Judged {
            url: url.to_owned(),
            host: host_raw.to_lowercase(),
            host_ascii: ascii_form(host_raw),
            registrable: None,
            flags,
            official: None,
            imitated: None,
        };
    };
    let mut official = None;
    let mut imitated = None;
    if host.is_ip {
        flags.push(UrlFlag::IpHost);
    } else {
        let reg = host
            .registrable
            .clone()
            .unwrap_or_else(|| host.ascii.clone());
        if host.is_idn {
            flags.push(UrlFlag::Idn);
            let skeleton: String = host
                .unicode
                .chars()
                .map(|c| fold_lookalike(c).unwrap_or(c))
                .collect();
            if skeleton != host.unicode {
                flags.push(UrlFlag::Homoglyph);
                if let Some(b) = brands.official_owner(&skeleton) {
                    imitated = Some(b);
                } else if let Some(b) = brands.token_owner(&skeleton) {
                    imitated = Some(b);
                }
            }
        }
        if in_list(&host.ascii, &lists.shorteners) {
            flags.push(UrlFlag::Shortener);
        }
        let tld = host.ascii.rsplit('.').next().unwrap_or("");
        if lists.risky_tlds.iter().any(|r| r.eq_ignore_ascii_case(tld)) {
            flags.push(UrlFlag::RiskyTld);
        }
        if in_list(&host.ascii, &lists.free_hosting) {
            flags.push(UrlFlag::FreeHosting);
        }
        official = brands.official_owner(&host.ascii);
        if official.is_some() && !flags.contains(&UrlFlag::UserInfo) {
            flags.push(UrlFlag::Official);
        } else {
            official = None;
            if let Some(b) = brands.embedded_owner(&host.ascii, &reg) {
                flags.push(UrlFlag::BrandAsSubdomain);
                imitated.get_or_insert(b);
            }
            // The part a person chose: every label left of the public suffix.
            let chosen = match &host.suffix {
                Some(s) => host
                    .ascii
                    .strip_suffix(s.as_str())
                    .unwrap_or(&host.ascii)
                    .trim_end_matches('.'),
                None => host
                    .ascii
                    .rsplit_once('.')
                    .map_or(host.ascii.as_str(), |(l, _)| l),
            };
            if let Some(b) = brands.token_owner(chosen) {
                flags.push(UrlFlag::BrandInDomain);
                imitated.get_or_insert(b);
            } else if let Some(b) = chosen
                .split(['.', '-'])
                .chain(chosen.split('.'))
                .find_map(|l| brands.lookalike_owner(l))
            {
                flags.push(UrlFlag::Lookalike);
                imitated.get_or_insert(b);
            }
            if chosen.split('.').any(looks_random) {
                flags.push(UrlFlag::RandomLabel);
            }
        }
    }
    flags.sort_unstable();
    flags.dedup();
    Judged {
        url: url.to_owned(),
        host: host.unicode,
        host_ascii: host.ascii,
        registrable: host.registrable,
        flags,
        official,
        imitated,
    }
}

/// An ASCII form of a host that IDNA rejected (too long, a forbidden character): each label
/// with non-ASCII characters written in punycode, so that `host_ascii` is ASCII whatever
/// arrives; empty if even that fails.
fn ascii_form(host: &str) -> String {
    let labels: Option<Vec<String>> = host
        .to_lowercase()
        .split('.')
        .map(|l| {
            if l.is_ascii() {
                Some(l.to_owned())
            } else {
                idna::punycode::encode_str(l).map(|p| format!("xn--{p}"))
            }
        })
        .collect();
    labels.map(|l| l.join(".")).unwrap_or_default()
}

/// Whether `host` is one of `list` or under one of them.
fn in_list(host: &str, list: &[String]) -> bool {
    list.iter().any(|d| {
        host == d
            || host.len() > d.len()
                && host.ends_with(d.as_str())
                && host.as_bytes()[host.len() - d.len() - 1] == b'.'
    })
}

/// A label that looks machine-made: long with digits mixed among letters, or five or more
/// letters with no vowel.
fn looks_random(label: &str) -> bool {
    if label.starts_with("xn--") {
        return false;
    }
    let letters = label.bytes().filter(u8::is_ascii_alphabetic).count();
    let digits = label.bytes().filter(u8::is_ascii_digit).count();
    let vowels = label.bytes().filter(|b| b"aeiou".contains(b)).count();
    (label.len() >= 8 && digits >= 3 && letters >= 3)
        || (letters >= 5 && vowels == 0 && digits == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_labels() {
        assert!(looks_random("297c5u4267zv7dqp"));
        assert!(looks_random("qkdbq"));
        assert!(!looks_random("sagawa"));
        assert!(!looks_random("smbc"));
        assert!(!looks_random("rakuten-card"));
    }

    #[test]
    fn lists() {
        let l = vec!["bit.ly".to_owned(), "web.app".to_owned()];
        assert!(in_list("bit.ly", &l));
        assert!(in_list("evil.web.app", &l));
        assert!(!in_list("orbit.ly", &l));
    }
}
