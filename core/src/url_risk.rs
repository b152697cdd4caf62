//! Where URLs are judged.
//!
//! Each URL is read once into a [`UrlFinding`](crate::UrlFinding): host (Unicode and
//! punycode), registrable domain, and a set of named flags ([`UrlFlag`]). Scoring reads the
//! flags; it never re-parses.
//!
//! **The host is the one the phone's browser goes to.** Every link the scanner finds is parsed
//! by the `url` crate, which implements the WHATWG URL Standard that the browsers on Android
//! and iOS follow, and every judgement below is made on the host it returns: `http://0x7f.1/`
//! is `127.0.0.1`, `https:\\evil-bank.top\login` is `evil-bank.top`, `https://%65vil.com`
//! is `evil.com`, `https://ＥＸＡＭＰＬＥ.com:443` is `example.com` with no port, IDN hosts
//! are punycode. A link the parser refuses (`http://300.1.1.1/`, a broken `xn--` label) is one
//! no browser opens: it is reported as `not_openable`, with no host.
//!
//! The hardest cases, and how they are read:
//!
//! * `http://micard.co.jp.xxxx.com/` — the registrable domain is `xxxx.com`; the official
//!   `micard.co.jp` stands left of it as whole labels: `brand_as_subdomain`.
//! * `https://docomo-pay.xyz/` — `docomo` inside a domain that is not docomo's:
//!   `brand_in_domain`, and `.xyz` is a `risky_tld`.
//! * `https://scmbc.jp` / `americeexpre.account-login.qkdbq.com` — a label one or two edits
//!   away from an official label (or its prefix): `lookalike`.
//! * `https://rnercari-jp.com/`, `amaz0n-jp.com` — read as `mercari`, `amazon` by the UTS #39
//!   skeleton (see `confusables`): `lookalike`.
//! * `https://аpple.com` (Cyrillic `а`), `rakuten−card.co.jp.secure.cn` (U+2212 minus) —
//!   `idn` and `homoglyph`; folded they read `apple.com`, `rakuten-card.co.jp.secure.cn`.
//! * `https://docomo.ne.jp@evil.example/` — the browser goes to `evil.example`: `user_info`.
//! * `https:\\evil-bank.top\login`, `http://0x7f.1/` — written in a form the browser repairs
//!   and a filter misses: `malformed`.
//! * `https://s.vpass.jp/…` — under the official `vpass.jp`: `official`, nothing else counts.
//! * A `.jp` domain is never risky as such.

use url::Url;

use crate::brands::{BrandIndex, SkeletonMatch};
use crate::confusables::is_deceptive_label;
use crate::domain::{is_public_ip, Host};
use crate::extract::{host_of_authority, RawUrl};
use crate::normalize::Normalized;
use crate::rules::UrlLists;
use crate::verdict::UrlFlag;

/// A judged URL, before its span is mapped to the original text.
#[derive(Debug, Clone)]
pub(crate) struct Judged {
    pub url: String,
    /// The host in Unicode form; empty when the browser cannot open the link.
    pub host: String,
    /// The host the WHATWG parser yields (ASCII); empty when it refuses the link.
    pub host_ascii: String,
    pub registrable: Option<String>,
    pub flags: Vec<UrlFlag>,
    pub official: Option<usize>,
    pub imitated: Option<usize>,
    /// On a content platform (`url_lists.content_platforms`), with nothing wrong with its
    /// address: a link to something to look at, never foreign.
    pub content: bool,
}

/// How a link was written, before the browser reads it.
struct Written<'a> {
    /// What goes to the parser: the scheme read as `http` or `https`, then the rest as
    /// written (`hxxps:\\a.top` → `https:\\a.top`); `http://` before a link without one, as
    /// the phone's link finder adds it.
    for_parser: String,
    /// The authority as written (up to the first `/`, `\`, `?` or `#`).
    authority: &'a str,
    /// Written in a form only the browser's repair reads: not `//` after the scheme, or a
    /// backslash.
    repaired: bool,
}

fn read_written<'a>(url: &'a str, has_scheme: bool, flags: &mut Vec<UrlFlag>) -> Written<'a> {
    let (for_parser, after) = match url.split_once(':').filter(|_| has_scheme) {
        Some((scheme, rest)) => {
            let secure = scheme.to_ascii_lowercase().ends_with('s');
            if !secure {
                flags.push(UrlFlag::Insecure);
            }
            let name = if secure { "https" } else { "http" };
            let slashes = rest.len() - rest.trim_start_matches(['/', '\\']).len();
            let after = &rest[slashes..];
            let repaired = &rest[..slashes] != "//";
            (format!("{name}:{rest}"), (after, repaired))
        }
        None => {
            flags.push(UrlFlag::NoScheme);
            (format!("http://{url}"), (url, false))
        }
    };
    let (after, slashes_repaired) = after;
    let authority = &after[..after.find(['/', '\\', '?', '#']).unwrap_or(after.len())];
    Written {
        for_parser,
        authority,
        repaired: slashes_repaired || url.contains('\\'),
    }
}

/// Whether the link candidate `raw` of the URL text `t` (of the message `body`) is words
/// listed with 「・」 rather than a link: written with no scheme and no path, every dot of it a
/// 「・」 in the message (「Amazon・Apple・Google」, 「Visa・JCB」, brands and top-level domains
/// both), on a top-level domain no lure is seen on: not a country's two letters, not one the
/// pack lists as risky, and not one of the first generic ones (`com`, `net`, `org`, `info`,
/// `biz`), or on any top-level domain when every label is the whole of a brand's name and
/// the last one's name runs on past it (「PayPay・au PAY」 reads `paypay.au`: two ways to pay,
/// not a host in Australia). 「amazon・co・jp」, 「sagawa・top」 and 「mercari・au で手続き」
/// stay links.
pub(crate) fn listed_words(
    t: &Normalized,
    body: &str,
    raw: &RawUrl,
    lists: &UrlLists,
    brands: &BrandIndex,
) -> bool {
    let host = &t.as_str()[raw.start..raw.end];
    if raw.has_scheme || host.contains(['/', '?', '#', ':', '@']) {
        return false;
    }
    let (s, e) = t.original_range(raw.start, raw.end);
    let written = body.get(s..e).unwrap_or("");
    // Only a candidate whose every dot was written 「・」 can be words.
    if !written.contains(['・', '･']) || written.contains(['.', '．', '。', '｡']) {
        return false;
    }
    let tld = host.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let lure_tld = tld.len() == 2
        || GENERIC_TLDS.contains(&tld.as_str())
        || lists
            .risky_tlds
            .iter()
            .any(|r| r.eq_ignore_ascii_case(&tld));
    let all_brands = || {
        host.split('.').all(|label| {
            let label = label.to_ascii_lowercase();
            brands
                .mentions(&label)
                .first()
                .is_some_and(|m| m.start == 0 && m.end == label.len())
        })
    };
    // The name goes on after the candidate: a word of Latin letters after a space, or the
    // list after a 「・」.
    let after = body.get(e..).unwrap_or("");
    let runs_on = after.starts_with(['・', '･'])
        || after
            .strip_prefix([' ', '\u{3000}'])
            .is_some_and(|a| a.starts_with(|ch: char| ch.is_ascii_alphabetic()));
    !lure_tld || (runs_on && all_brands())
}

/// The first generic top-level domains, which anyone registers.
const GENERIC_TLDS: &[&str] = &["com", "net", "org", "info", "biz"];

/// Judges the URL at `raw` in the URL text `t`.
pub(crate) fn judge(t: &Normalized, raw: &RawUrl, brands: &BrandIndex, lists: &UrlLists) -> Judged {
    let url = &t.as_str()[raw.start..raw.end];
    let disguised = t.disguised_within(raw.start, raw.end);
    judge_written(url, raw.has_scheme, disguised, brands, lists)
}

/// Judges `url` as written (with a scheme or not; `disguised` when invisible or look-alike
/// characters were removed from it): also a destination read out of a redirect.
pub(crate) fn judge_written(
    url: &str,
    has_scheme: bool,
    disguised: bool,
    brands: &BrandIndex,
    lists: &UrlLists,
) -> Judged {
    let mut flags = Vec::new();
    let written = read_written(url, has_scheme, &mut flags);
    if disguised {
        flags.push(UrlFlag::Obfuscated);
    }
    let parsed = Url::parse(&written.for_parser).ok();
    let Some((parsed, host)) = parsed.and_then(|u| {
        let host = Host::from_url(u.host()?);
        Some((u, host))
    }) else {
        // No browser opens it: no host is guessed.
        flags.push(UrlFlag::NotOpenable);
        if written.repaired {
            flags.push(UrlFlag::Malformed);
        }
        return finish(url, flags, None, None, None);
    };
    let user_info = !parsed.username().is_empty() || parsed.password().is_some();
    if user_info {
        flags.push(UrlFlag::UserInfo);
    }
    if parsed.port().is_some() {
        flags.push(UrlFlag::Port);
    }
    if is_script(parsed.path()) {
        flags.push(UrlFlag::Script);
    }
    let written_host = host_of_authority(written.authority);
    let host_repaired = written_host.contains('%')
        || host.is_ip
            && !host.ascii.starts_with('[')
            && written_host.trim_end_matches('.') != host.ascii;
    if written.repaired || host_repaired {
        flags.push(UrlFlag::Malformed);
    }
    let (mut official, imitated) = judge_host(&host, user_info, brands, lists, &mut flags);
    if is_user_page(&host.ascii, parsed.path(), &lists.user_pages) {
        // Anyone's page on the platform's domain: the host is judged as any other, but it is
        // never the platform's word.
        flags.retain(|f| *f != UrlFlag::Official);
        flags.push(UrlFlag::UserPage);
        official = None;
    } else if is_content(&flags)
        && is_user_page(&host.ascii, parsed.path(), &lists.content_platforms)
    {
        // The platform's own share link opens nothing but the platform: it hides no
        // destination, so it is no shortener; and, like any shortener, it vouches for nothing,
        // not even on the platform owner's domain (`maps.app.goo.gl` is Google's).
        if flags.contains(&UrlFlag::Shortener) {
            flags.retain(|f| !matches!(f, UrlFlag::Shortener | UrlFlag::Official));
            official = None;
        }
        let mut judged = finish(url, flags, Some(host), official, imitated);
        judged.content = true;
        return judged;
    }
    finish(url, flags, Some(host), official, imitated)
}

/// Whether a link with `flags` may be read as content to look at: nothing is wrong with its
/// address but that it is insecure, written without a scheme or a share link. A disguised
/// address (look-alike or invisible characters, a name before `@`, a port, a script) is
/// judged as any other, wherever it seems to go.
fn is_content(flags: &[UrlFlag]) -> bool {
    flags.iter().all(|f| {
        matches!(
            f,
            UrlFlag::Insecure | UrlFlag::NoScheme | UrlFlag::Shortener | UrlFlag::Official
        )
    })
}

/// Whether `host` and `path` fall under an entry of `pages` (lower-case, as validation
/// requires): a host (and the hosts under it), or a host followed by a path prefix that ends
/// at a segment boundary. The path is compared as a server reads it: percent-decoded, runs of
/// slashes as one, without regard to case (`/%74i//p/` is `/ti/p/`); it is read only when a
/// host matches.
fn is_user_page(host: &str, path: &str, pages: &[String]) -> bool {
    let host = host.trim_end_matches('.');
    let mut read: Option<String> = None;
    pages.iter().any(|entry| {
        let (h, prefix) = entry
            .find('/')
            .map_or((entry.as_str(), ""), |i| entry.split_at(i));
        if !is_under(host, h) {
            return false;
        }
        let read = read.get_or_insert_with(|| server_path(path));
        read.strip_prefix(prefix)
            .is_some_and(|rest| prefix.ends_with('/') || rest.is_empty() || rest.starts_with('/'))
    })
}

/// A path as a server reads it: percent-decoded, runs of slashes as one, lower-case.
fn server_path(path: &str) -> String {
    let mut read = String::with_capacity(path.len());
    for c in percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .chars()
    {
        if !(c == '/' && read.ends_with('/')) {
            read.push(c.to_ascii_lowercase());
        }
    }
    read
}

fn finish(
    url: &str,
    mut flags: Vec<UrlFlag>,
    host: Option<Host>,
    official: Option<usize>,
    imitated: Option<usize>,
) -> Judged {
    flags.sort_unstable();
    flags.dedup();
    let (host, host_ascii, registrable) =
        host.map_or_else(Default::default, |h| (h.unicode, h.ascii, h.registrable));
    Judged {
        url: url.to_owned(),
        host,
        host_ascii,
        registrable,
        flags,
        official,
        imitated,
        content: false,
    }
}

/// Whether a path (percent-decoded, any case) points at a `.php` script or an executable or
/// package file.
fn is_script(path: &str) -> bool {
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .to_ascii_lowercase();
    path.contains(".php")
        || [".apk", ".exe", ".ipa", ".mobileconfig", ".zip", ".scr"]
            .iter()
            .any(|x| path.ends_with(x))
}

/// The flags of a host, and the brands owning and imitated by it.
fn judge_host(
    host: &Host,
    user_info: bool,
    brands: &BrandIndex,
    lists: &UrlLists,
    flags: &mut Vec<UrlFlag>,
) -> (Option<usize>, Option<usize>) {
    if host.is_ip {
        // A private, loopback or link-local address reaches only the reader's own network (a
        // router's page, an office server): no lure can be served from it.
        if is_public_ip(&host.ascii) {
            flags.push(UrlFlag::IpHost);
        }
        return (None, None);
    }
    let name = host.ascii.trim_end_matches('.');
    let reg = host
        .registrable
        .as_deref()
        .map_or(name, |r| r.trim_end_matches('.'));
    judge_kind_of_host(host, name, lists, flags);
    let official = brands.official_owner(name);
    if official.is_some() && !user_info {
        flags.push(UrlFlag::Official);
        return (official, None);
    }
    (None, imitated_brand(host, name, reg, brands, flags))
}

/// Flags what kind of host `name` is, whoever owns it: an IDN (and one mixing scripts to
/// deceive), a shortener, a risky top-level domain, free hosting.
fn judge_kind_of_host(host: &Host, name: &str, lists: &UrlLists, flags: &mut Vec<UrlFlag>) {
    if host.is_idn {
        flags.push(UrlFlag::Idn);
        if host.unicode.split('.').any(is_deceptive_label) {
            flags.push(UrlFlag::Homoglyph);
        }
    }
    if in_list(name, &lists.shorteners) {
        flags.push(UrlFlag::Shortener);
    }
    let tld = name.rsplit('.').next().unwrap_or("");
    if lists.risky_tlds.iter().any(|r| r.eq_ignore_ascii_case(tld)) {
        flags.push(UrlFlag::RiskyTld);
    }
    if in_list(name, &lists.free_hosting) {
        flags.push(UrlFlag::FreeHosting);
    }
}

/// The brand a host that is none of theirs imitates, if any, with the flags that say how: a
/// brand's domain as a subdomain (`micard.co.jp.xxxx.com`), a brand's token or a look-alike
/// of its domain in the labels a person chose, or else a host that looks the same as a
/// brand's to a reader (UTS #39 skeleton). A random-looking chosen label is flagged too.
fn imitated_brand(
    host: &Host,
    name: &str,
    reg: &str,
    brands: &BrandIndex,
    flags: &mut Vec<UrlFlag>,
) -> Option<usize> {
    let mut imitated = None;
    if let Some(b) = brands.embedded_owner(name, reg) {
        flags.push(UrlFlag::BrandAsSubdomain);
        imitated = Some(b);
    }
    // The part a person chose: every label left of the public suffix.
    let chosen = match &host.suffix {
        Some(s) => name
            .strip_suffix(s.as_str())
            .unwrap_or(name)
            .trim_end_matches('.'),
        None => name.rsplit_once('.').map_or(name, |(l, _)| l),
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
    if imitated.is_none() {
        // What a reader sees: the UTS #39 skeleton of the host against every brand's.
        let suffix_labels = host.suffix.as_deref().map_or(1, |s| s.split('.').count());
        let reg_labels = reg.split('.').count();
        if let Some((b, how)) = brands.skeleton_owner(&host.unicode, reg_labels, suffix_labels) {
            imitated = Some(b);
            if how == SkeletonMatch::Subdomain {
                flags.push(UrlFlag::BrandAsSubdomain);
            } else if !flags.contains(&UrlFlag::Homoglyph) {
                flags.push(UrlFlag::Lookalike);
            }
        }
    }
    imitated
}

/// Whether `host` is one of `list` or under one of them.
fn in_list(host: &str, list: &[String]) -> bool {
    list.iter().any(|d| is_under(host, d))
}

/// Whether `host` is `d` or a host under it. Inlined: it is asked of every entry of the lists.
#[inline]
fn is_under(host: &str, d: &str) -> bool {
    // The dot before the entry first: it rules out most entries without comparing them.
    host == d
        || host.len() > d.len()
            && host.as_bytes()[host.len() - d.len() - 1] == b'.'
            && host.ends_with(d)
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

    #[test]
    fn user_pages() {
        let l = vec!["lin.ee".to_owned(), "line.me/ti/".to_owned()];
        assert!(is_user_page("lin.ee", "/AbC12", &l));
        assert!(is_user_page("line.me", "/TI/p/abc", &l));
        assert!(is_user_page("line.me.", "/ti/g2/x", &l));
        assert!(!is_user_page("line.me", "/ja/", &l));
        assert!(!is_user_page("line.me", "/t", &l));
        assert!(!is_user_page("notline.me", "/ti/p/abc", &l));
        assert!(!is_user_page("lin.ee.evil.top", "/x", &l));
        // As a server reads the path: encoded letters, doubled slashes.
        assert!(is_user_page("line.me", "/%74i/p/@abc", &l));
        assert!(is_user_page("line.me", "//ti/p/@abc", &l));
        // A prefix without its slash ends at a segment boundary.
        let r = vec!["google.com/url".to_owned()];
        assert!(is_user_page("www.google.com", "/url", &r));
        assert!(is_user_page("www.google.com", "/url/x", &r));
        assert!(!is_user_page("www.google.com", "/urls", &r));
    }
}
