//! Host names: IP literals, IDN (Unicode ↔ punycode), registrable domains from the public
//! suffix list.
//!
//! The registrable domain ("eTLD+1") is what a person would need to own to put a page there:
//! `micard.co.jp.xxxx.com` → `xxxx.com`, `s.vpass.jp` → `vpass.jp`, `www.city.kumamoto.jp` →
//! `city.kumamoto.jp` (JP's geographic suffixes are in the list). It comes from the `psl`
//! crate, which compiles Mozilla's public suffix list into code: no file, no network, no
//! allocation, and no hand-kept list to go stale.

/// A host read from a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Host {
    /// Lower-case ASCII (punycode) form; for an IP literal, the address as written.
    pub ascii: String,
    /// Unicode form (equal to `ascii` for ASCII hosts).
    pub unicode: String,
    /// Registrable domain in ASCII, when there is one.
    pub registrable: Option<String>,
    /// The public suffix in ASCII, when known.
    pub suffix: Option<String>,
    /// True for IPv4/IPv6 literals (including decimal and hex forms of IPv4).
    pub is_ip: bool,
    /// True when the host had non-ASCII letters or `xn--` labels.
    pub is_idn: bool,
}

/// Reads a host: lower-cases it, converts IDN to punycode (UTS 46), finds the registrable
/// domain. `None` when the host is empty or not a valid domain name after IDNA processing.
pub(crate) fn parse_host(raw: &str) -> Option<Host> {
    let raw = raw.trim_end_matches('.');
    if raw.is_empty() || raw.len() > 253 {
        return None;
    }
    if raw.starts_with('[') && !raw.is_ascii() {
        // Not an IP literal, and IDNA cannot read a bracket either.
        return None;
    }
    if raw.starts_with('[') || parse_ipv4(raw).is_some() {
        return Some(Host {
            ascii: raw.to_ascii_lowercase(),
            unicode: raw.to_ascii_lowercase(),
            registrable: None,
            suffix: None,
            is_ip: true,
            is_idn: false,
        });
    }
    let ascii = if raw.is_ascii() {
        raw.to_ascii_lowercase()
    } else {
        idna::domain_to_ascii(raw).ok()?
    };
    if ascii.is_empty() {
        return None;
    }
    let is_idn = !raw.is_ascii() || ascii.split('.').any(|l| l.starts_with("xn--"));
    let unicode = if is_idn {
        idna::domain_to_unicode(&ascii).0
    } else {
        ascii.clone()
    };
    let (registrable, suffix) = registrable_of(&ascii);
    Some(Host {
        ascii,
        unicode,
        registrable,
        suffix,
        is_ip: false,
        is_idn,
    })
}

/// The registrable domain and the public suffix of an ASCII host, when the suffix is one the
/// list knows (an unknown TLD gives its last two labels and no suffix).
pub(crate) fn registrable_of(ascii: &str) -> (Option<String>, Option<String>) {
    let suffix = psl::suffix(ascii.as_bytes());
    let known = suffix.as_ref().is_some_and(|s| s.is_known());
    if known {
        let reg = psl::domain(ascii.as_bytes())
            .and_then(|d| std::str::from_utf8(d.as_bytes()).ok().map(str::to_owned));
        let suf = suffix.and_then(|s| std::str::from_utf8(s.as_bytes()).ok().map(str::to_owned));
        return (reg, suf);
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
    let Some(suffix) = psl::suffix(lower.as_bytes()) else {
        return false;
    };
    suffix.is_known() && psl::domain(lower.as_bytes()).is_some()
}

/// Parses an IPv4 address in dotted-decimal, or the single-number forms browsers also accept
/// (`http://1734567890/`, `0x67.0x2d…`).
pub(crate) fn parse_ipv4(host: &str) -> Option<[u8; 4]> {
    if host.is_empty()
        || !host
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || b == b'.' || b == b'x' || b == b'X')
    {
        return None;
    }
    let parts: Vec<&str> = host.split('.').collect();
    let num = |p: &str| -> Option<u64> {
        if let Some(h) = p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
            u64::from_str_radix(h, 16).ok()
        } else if p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty() && p.len() <= 10 {
            p.parse().ok()
        } else {
            None
        }
    };
    match parts.len() {
        1 => {
            let n = num(parts[0])?;
            (n <= u32::MAX as u64 && n > 255).then(|| (n as u32).to_be_bytes())
        }
        4 => {
            let mut out = [0u8; 4];
            for (o, p) in out.iter_mut().zip(&parts) {
                let n = num(p)?;
                *o = u8::try_from(n).ok()?;
            }
            Some(out)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn idn_hosts() {
        let h = parse_host("аpple.com").unwrap();
        assert!(h.is_idn);
        assert!(h.ascii.starts_with("xn--"));
        assert_eq!(h.unicode, "аpple.com");
        let h = parse_host("xn--pple-43d.com").unwrap();
        assert_eq!(h.unicode, "аpple.com");
        let h = parse_host("EXAMPLE.COM").unwrap();
        assert_eq!(h.ascii, "example.com");
        assert!(!h.is_idn);
    }

    /// (name, host, is IPv4)
    const IPV4: &[(&str, &str, bool)] = &[
        ("dotted", "103.45.67.89", true),
        ("decimal", "1734567890", true),
        ("hex", "0x67.0x2d.0x43.0x59", true),
        ("out_of_range", "300.1.1.1", false),
        ("domain", "a.com", false),
        ("short_number", "157", false),
    ];

    #[test]
    fn ipv4_table() {
        for &(name, host, want) in IPV4 {
            assert_eq!(parse_ipv4(host).is_some(), want, "case {name}");
        }
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
