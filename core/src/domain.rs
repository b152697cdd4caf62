//! Host names: the host the WHATWG URL parser yields, its Unicode form, its registrable domain
//! from the public suffix list.
//!
//! Which host a link goes to is decided by the `url` crate (the WHATWG URL Standard that the
//! browsers on phones follow), never here: IPv4 in hex, octal or short forms, percent-encoding
//! and IDNA are its job (see `url_risk`). This module reads what it decided.
//!
//! The registrable domain ("eTLD+1") is what a person would need to own to put a page there:
//! `micard.co.jp.xxxx.com` → `xxxx.com`, `s.vpass.jp` → `vpass.jp`, `www.city.kumamoto.jp` →
//! `city.kumamoto.jp` (JP's geographic suffixes are in the list). It comes from the Public
//! Suffix List itself, compiled at build time into a sorted table (`public_suffix`): no file,
//! no network, and no hand-kept list to go stale.

use crate::public_suffix;

/// A host as the browser reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Host {
    /// Lower-case ASCII (punycode) form as the WHATWG parser serializes it: an IPv4 address in
    /// dotted decimal (`0x7f.1` → `127.0.0.1`), an IPv6 address in brackets.
    pub ascii: String,
    /// Unicode form (equal to `ascii` for ASCII hosts).
    pub unicode: String,
    /// Registrable domain in ASCII, when there is one.
    pub registrable: Option<String>,
    /// The public suffix in ASCII, when known.
    pub suffix: Option<String>,
    /// True for IPv4/IPv6 addresses, whatever form they were written in.
    pub is_ip: bool,
    /// True when the host has `xn--` labels (it was written with non-ASCII letters or in
    /// punycode).
    pub is_idn: bool,
}

impl Host {
    /// Reads the host the WHATWG parser gave. A trailing dot (`example.com.`) is kept in
    /// `ascii`, as the browser keeps it, and in the registrable domain (`example.com.`); the
    /// public suffix is without it.
    pub(crate) fn from_url(host: url::Host<&str>) -> Host {
        let domain = match host {
            url::Host::Domain(d) => d,
            ip => {
                let ascii = ip.to_string();
                return Host {
                    unicode: ascii.clone(),
                    ascii,
                    registrable: None,
                    suffix: None,
                    is_ip: true,
                    is_idn: false,
                };
            }
        };
        let ascii = domain.to_ascii_lowercase();
        let is_idn = ascii.split('.').any(|l| l.starts_with("xn--"));
        let unicode = if is_idn {
            idna::domain_to_unicode(&ascii).0
        } else {
            ascii.clone()
        };
        let (mut registrable, suffix) = registrable_of(ascii.strip_suffix('.').unwrap_or(&ascii));
        if ascii.ends_with('.') {
            // Written as a fully qualified name: so is its registrable domain, which stays a
            // suffix of the host.
            registrable = registrable.map(|r| r + ".");
        }
        Host {
            ascii,
            unicode,
            registrable,
            suffix,
            is_ip: false,
            is_idn,
        }
    }
}

/// The host a browser goes to for `link` as written in a list entry (`example.com/x`,
/// `https://a.jp`, `a.jp:8080`): the WHATWG parser's reading, with `http://` put before a link
/// without a scheme. `None` when the parser refuses it. Any string is accepted.
pub(crate) fn browser_host(link: &str) -> Option<Host> {
    let parsed = if link.contains("://") {
        url::Url::parse(link)
    } else {
        url::Url::parse(&format!("http://{link}"))
    };
    Some(Host::from_url(parsed.ok()?.host()?))
}

/// The registrable domain and the public suffix of an ASCII host, when the suffix is one the
/// list knows (an unknown TLD gives its last two labels and no suffix).
pub(crate) fn registrable_of(ascii: &str) -> (Option<String>, Option<String>) {
    // A name with an empty label (`a..com`, `.a.com`, or `2.16081.` left of a root dot)
    // names no registrable domain.
    if ascii.split('.').any(str::is_empty) {
        return (None, None);
    }
    if let Some(suffix) = public_suffix::suffix(ascii).filter(|s| s.known) {
        let reg = public_suffix::registrable_above(ascii, suffix.text).map(str::to_owned);
        return (reg, Some(suffix.text.to_owned()));
    }
    // Unknown TLD: the last two labels are the best guess of what was registered.
    let labels: Vec<&str> = ascii.rsplitn(3, '.').collect();
    if labels.len() >= 2 {
        (Some(format!("{}.{}", labels[1], labels[0])), None)
    } else {
        (None, None)
    }
}

/// A domain written without a scheme that we accept as a link: ASCII labels, a known public
/// suffix made of letters, and a registrable domain under it.
pub(crate) fn is_bare_domain(host: &str) -> bool {
    if host.len() < 4 || host.len() > 253 || !host.contains('.') {
        return false;
    }
    if host
        .split('.')
        .any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-'))
    {
        return false;
    }
    let tld = host.rsplit('.').next().unwrap_or("");
    if tld.len() < 2 || !(tld.bytes().all(|b| b.is_ascii_alphabetic()) || tld.starts_with("xn--")) {
        return false;
    }
    let lower = host.to_ascii_lowercase();
    public_suffix::suffix(&lower)
        .is_some_and(|s| s.known && public_suffix::registrable_above(&lower, s.text).is_some())
}

/// Whether `host` (the parser's ASCII form: dotted IPv4, or IPv6 in brackets) is an address
/// reachable across the internet: not private, shared, loopback, link-local or unspecified.
pub(crate) fn is_public_ip(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(a)) => {
            let [x, y, ..] = a.octets();
            let shared = x == 100 && (64..128).contains(&y);
            !(a.is_private()
                || a.is_loopback()
                || a.is_link_local()
                || a.is_unspecified()
                || a.is_broadcast()
                || shared)
        }
        Ok(std::net::IpAddr::V6(a)) => {
            let first = a.segments()[0];
            let unique_local = first & 0xfe00 == 0xfc00;
            let link_local = first & 0xffc0 == 0xfe80;
            !(a.is_loopback() || a.is_unspecified() || unique_local || link_local)
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by fuzzing: `2.16081..` got a "registrable domain" that is not the end of it.
    #[test]
    fn names_with_empty_labels_have_no_registrable_domain() {
        for name in ["2.16081.", "a..com", ".a.com", "..", ".", "", "com.."] {
            assert_eq!(registrable_of(name), (None, None), "{name}");
        }
        assert_eq!(
            registrable_of("a.b.example.jp").0.as_deref(),
            Some("example.jp")
        );
    }

    /// (name, host, registrable domain)
    const REGISTRABLE: &[(&str, &str, Option<&str>)] = &[
        ("com", "www.example.com", Some("example.com")),
        ("co_jp", "www.aeon.co.jp", Some("aeon.co.jp")),
        (
            "brand_as_subdomain",
            "micard.co.jp.xxxx.com",
            Some("xxxx.com"),
        ),
        ("ne_jp", "id.smt.docomo.ne.jp", Some("docomo.ne.jp")),
        ("go_jp", "www.cov19.mhlw.go.jp", Some("mhlw.go.jp")),
        ("geo_jp", "www.city.kumamoto.jp", Some("city.kumamoto.jp")),
        ("short_jp", "s.vpass.jp", Some("vpass.jp")),
        ("private_suffix", "evil.web.app", Some("evil.web.app")),
        ("unknown_tld", "myjcb-click.lin", Some("myjcb-click.lin")),
        ("bare_suffix", "co.jp", None),
    ];

    #[test]
    fn registrable_table() {
        for &(name, host, want) in REGISTRABLE {
            assert_eq!(registrable_of(host).0.as_deref(), want, "case {name}");
        }
    }

    fn host(s: &str) -> Host {
        Host::from_url(url::Url::parse(s).unwrap().host().unwrap())
    }

    #[test]
    fn idn_hosts() {
        let h = host("https://аpple.com/");
        assert!(h.is_idn);
        assert_eq!(h.ascii, "xn--pple-43d.com");
        assert_eq!(h.unicode, "аpple.com");
        let h = host("https://xn--pple-43d.com");
        assert_eq!(h.unicode, "аpple.com");
        let h = host("https://EXAMPLE.COM");
        assert_eq!(h.ascii, "example.com");
        assert!(!h.is_idn);
    }

    #[test]
    fn ip_hosts() {
        let h = host("http://0x7f.1/");
        assert!(h.is_ip);
        assert_eq!(h.ascii, "127.0.0.1");
        assert_eq!(h.registrable, None);
        assert_eq!(host("http://[::1]/").ascii, "[::1]");
    }

    #[test]
    fn trailing_dot_keeps_the_registrable_domain() {
        let h = host("https://www.example.com./");
        assert_eq!(h.ascii, "www.example.com.");
        assert_eq!(h.registrable.as_deref(), Some("example.com."));
    }

    #[test]
    fn bare_domains() {
        assert!(is_bare_domain("bit.ly"));
        assert!(is_bare_domain("amazon-co-jp.top"));
        assert!(!is_bare_domain("3.5gb"));
        assert!(!is_bare_domain("photo.jpg"));
        assert!(!is_bare_domain("co.jp"));
    }
}
