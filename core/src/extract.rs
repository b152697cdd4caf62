//! Where URLs, e-mail addresses and phone numbers are found in (normalized) text.
//!
//! Why not `linkify` or a regex? Japanese does not put spaces around a URL. In
//! `こちらhttps://example.com/loginへ` or `…/login。お早めに` a Unicode-aware finder (IRI
//! mode) swallows the Japanese on either side, and an ASCII-only one misses IDN hosts. So the
//! rules here are:
//!
//! * A URL with a scheme (`http://`, `https://`, also `hxxp://`) starts at the scheme's first
//!   letter, even when glued to the text before it (`URL:https://…`, `こちらhttps://…`).
//! * The host may contain non-ASCII letters (IDN) only in labels followed by a dot: the last
//!   label ends at the first non-ASCII character, so `example.comへ` ends before `へ` while
//!   `日本語.jp` is kept whole.
//! * Paths are ASCII: the first non-ASCII character (Japanese resuming, `。`) ends the URL.
//!   Trailing `.,:;!?'"` and unbalanced closing brackets are not part of it.
//! * Without a scheme, `host.tld[/path]` is a URL only when `tld` is a known public suffix and
//!   the host has a registrable domain (`amazon-co-jp.top/verify`, `bit.ly/xxxx`,
//!   `www.example.co.jp`); `3.5GB`, `ver.2.0` and `readme` are not.
//! * A scheme followed by no readable host (`https://~`, `http://(リンク)`, `https://〇〇〇`)
//!   is a *masked link*: published warnings often hide the real URL; it is still a link.
//! * E-mail addresses are found before bare domains so that `info@example.com` is not a URL.
//! * Phone numbers: Japanese formats after normalization (`090-1234-5678`, `0120060101`,
//!   `03(1234)5678`, `+81 90 1234 5678`), masked digits (`050-6879-●●●●`, `03-XXXX-XXXX`)
//!   accepted; 10 or 11 digits for domestic numbers.
//!
//! All offsets here are byte offsets of the normalized text; the classifier maps them back.

use std::sync::LazyLock;

use regex::Regex;

use crate::verdict::PhoneKind;

use crate::{MAX_EMAILS, MAX_MASKED_LINKS as MAX_MASKED};

/// A URL candidate in normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawUrl {
    /// Byte range in the normalized text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Whether it was written with a scheme.
    pub has_scheme: bool,
}

/// A phone number in normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawPhone {
    pub start: usize,
    pub end: usize,
    /// Digits with `+`, masked digits as `X`, in domestic form where it is +81.
    pub number: String,
    pub kind: PhoneKind,
}

/// Everything found in one text.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub urls: Vec<RawUrl>,
    /// Ranges of links whose address is masked or unreadable.
    pub masked_links: Vec<(usize, usize)>,
    pub emails: Vec<(usize, usize)>,
    pub phones: Vec<RawPhone>,
}

/// Finds URLs, masked links, e-mail addresses and phone numbers; at most `max_urls` URLs and
/// `max_phones` phone numbers (the first ones in the text).
pub(crate) fn find_all(t: &str, max_urls: usize, max_phones: usize) -> Found {
    let mut found = Found::default();
    let mut covered = Covered::default();
    find_scheme_urls(t, max_urls, &mut found, &mut covered);
    find_emails(t, &mut found, &mut covered);
    find_bare_urls(t, max_urls, &mut found, &mut covered);
    found.urls.sort_by_key(|u| u.start);
    find_phones(t, max_phones, &covered, &mut found);
    found
}

/// Ranges of the text already taken by a URL, a masked link or an e-mail address: sorted,
/// disjoint, so that "is this byte taken?" costs O(log n) however many links the text holds.
#[derive(Debug, Default)]
struct Covered {
    ranges: Vec<(usize, usize)>,
}

impl Covered {
    fn add(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        // Ranges touching or overlapping `start..end` are merged into it.
        let i = self.ranges.partition_point(|&(_, e)| e < start);
        let mut j = i;
        let (mut s, mut e) = (start, end);
        while let Some(&(rs, re)) = self.ranges.get(j) {
            if rs > e {
                break;
            }
            s = s.min(rs);
            e = e.max(re);
            j += 1;
        }
        self.ranges.splice(i..j, std::iter::once((s, e)));
    }

    fn contains(&self, at: usize) -> bool {
        let i = self.ranges.partition_point(|&(s, _)| s <= at);
        i > 0 && self.ranges.get(i - 1).is_some_and(|&(_, e)| at < e)
    }
}

fn is_covered(covered: &Covered, at: usize) -> bool {
    covered.contains(at)
}

/// Characters allowed in the authority (userinfo, host, port) besides letters and digits.
fn is_authority_punct(b: u8) -> bool {
    matches!(
        b,
        b'-' | b'.'
            | b'_'
            | b'@'
            | b':'
            | b'['
            | b']'
            | b'%'
            | b'~'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
    )
}

/// Characters allowed in path, query and fragment.
fn is_path_byte(b: u8) -> bool {
    b.is_ascii_graphic()
        && !matches!(
            b,
            b'<' | b'>' | b'"' | b'{' | b'}' | b'|' | b'\\' | b'^' | b'`'
        )
}

fn find_scheme_urls(t: &str, max: usize, found: &mut Found, covered: &mut Covered) {
    let bytes = t.as_bytes();
    let mut from = 0;
    while let Some(rel) = t.get(from..).and_then(|s| s.find("://")) {
        let colon = from + rel;
        from = colon + 3;
        // The scheme: ASCII letters right before "://", at most 8.
        let mut s = colon;
        while s > 0 && colon - s < 8 && bytes[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if s == colon {
            continue;
        }
        // Glued text before the scheme ("URLhttps://"): start at a known scheme name.
        let scheme_text = t[s..colon].to_ascii_lowercase();
        let known = ["https", "http", "hxxps", "hxxp", "ttps", "ttp"];
        let Some(name) = known.iter().find(|k| scheme_text.ends_with(*k)) else {
            continue;
        };
        let s = colon - name.len();
        let host_start = colon + 3;
        // First read up to the next "://" only: a masked link does not reach into the next
        // link, and text such as "http://a:http://a:…" costs linear time, not quadratic.
        let next_scheme = t
            .get(host_start..)
            .and_then(|r| r.find("://"))
            .map_or(t.len(), |r| host_start + r);
        let near = &t[..next_scheme];
        let end = scan_authority_and_path(near, host_start, true);
        let host_end = authority_end(near, host_start, end);
        if !authority_has_host(&near[host_start..host_end]) {
            if found.masked_links.len() < MAX_MASKED {
                found.masked_links.push((s, host_start.max(end)));
            }
            covered.add(s, end.max(host_start));
            continue;
        }
        // A real URL: its path may hold another URL (`?u=https://…`), read it whole.
        let end = if next_scheme < t.len() {
            scan_authority_and_path(t, host_start, true)
        } else {
            end
        };
        if found.urls.len() < max {
            found.urls.push(RawUrl {
                start: s,
                end,
                has_scheme: true,
            });
        }
        covered.add(s, end);
        from = end.max(from);
    }
}

/// End of the authority within `start..end` (first `/`, `?` or `#`).
pub(crate) fn authority_end(t: &str, start: usize, end: usize) -> usize {
    t[start..end]
        .find(['/', '?', '#'])
        .map_or(end, |i| start + i)
}

/// Scans the authority (with IDN letters when `allow_idn`) and the path from `start`; returns
/// the end of the URL with trailing punctuation trimmed.
fn scan_authority_and_path(t: &str, start: usize, allow_idn: bool) -> usize {
    let mut end = start;
    // Where the label that `is_idn_japanese` last accepted ends: every character before it is
    // accepted too, so each character is looked at a bounded number of times.
    let mut idn_label_end = start;
    for (i, c) in t[start..].char_indices() {
        let at = start + i;
        let ok = if c.is_ascii() {
            c.is_ascii_alphanumeric() || is_authority_punct(c as u8)
        } else if !allow_idn {
            false
        } else if c.is_alphanumeric() && !crate::normalize::is_japanese(c) || at < idn_label_end {
            true
        } else {
            match idn_label_dot(t, at) {
                Some(dot) => {
                    idn_label_end = dot;
                    true
                }
                None => false,
            }
        };
        if !ok {
            break;
        }
        end = start + i + c.len_utf8();
    }
    // The last label of the host ends at its first non-ASCII character.
    let auth = &t[start..end];
    let last_dot = auth.rfind('.').map_or(0, |d| d + 1);
    if let Some(k) = auth[last_dot..].find(|c: char| !c.is_ascii()) {
        end = start + last_dot + k;
    }
    let mut end = trim_trailing(t, start, end);
    if end < t.len() && matches!(t.as_bytes()[end], b'/' | b'?' | b'#') && !t[start..end].is_empty()
    {
        let mut p = end;
        for &b in &t.as_bytes()[end..] {
            if !is_path_byte(b) {
                break;
            }
            p += 1;
        }
        end = trim_trailing(t, start, p);
    }
    end
}

/// A Japanese character inside a host is accepted only when the label it is in is followed by
/// a dot (`日本語.jp`), never in the last label: the position of that dot, if there is one.
fn idn_label_dot(t: &str, at: usize) -> Option<usize> {
    for (i, c) in t.get(at..)?.char_indices() {
        if c == '.' {
            return Some(at + i);
        }
        if !(c.is_alphanumeric() || c == '-') {
            return None;
        }
    }
    None
}

fn trim_trailing(t: &str, start: usize, mut end: usize) -> usize {
    let bytes = t.as_bytes();
    // Bracket counts are taken once and kept up to date as closing brackets are dropped, so
    // that `https://a.jp/))))…` is trimmed in linear time.
    let mut counts: Option<[usize; 4]> = None;
    while end > start {
        let Some(&b) = bytes.get(end - 1) else {
            break;
        };
        let drop = match b {
            b'.' | b',' | b':' | b';' | b'!' | b'?' | b'\'' | b'"' | b'*' | b'-' | b'_' | b'~' => {
                true
            }
            b')' | b']' => {
                let [po, pc, so, sc] = *counts.get_or_insert_with(|| {
                    let s = t.get(start..end).unwrap_or("");
                    [
                        count(s, b'('),
                        count(s, b')'),
                        count(s, b'['),
                        count(s, b']'),
                    ]
                });
                let unbalanced = if b == b')' { po < pc } else { so < sc };
                if unbalanced {
                    if let Some(c) = counts.as_mut() {
                        c[if b == b')' { 1 } else { 3 }] -= 1;
                    }
                }
                unbalanced
            }
            _ => false,
        };
        if !drop {
            break;
        }
        end -= 1;
    }
    end
}

fn count(s: &str, b: u8) -> usize {
    s.bytes().filter(|&x| x == b).count()
}

/// Whether an authority names a host: an IP literal or labels with a dot and an alphabetic
/// (or punycode) last label.
fn authority_has_host(auth: &str) -> bool {
    let host = host_of_authority(auth);
    if host.is_empty() {
        return false;
    }
    if host.starts_with('[') || crate::domain::parse_ipv4(host).is_some() {
        return true;
    }
    let Some((rest, tld)) = host.trim_end_matches('.').rsplit_once('.') else {
        return false;
    };
    !rest.is_empty()
        && !rest.split('.').any(str::is_empty)
        && tld.len() >= 2
        && (tld.chars().all(char::is_alphabetic) || tld.starts_with("xn--"))
}

/// The host of an authority: after the last `@`, before the port.
pub(crate) fn host_of_authority(auth: &str) -> &str {
    let after_user = auth.rsplit_once('@').map_or(auth, |(_, h)| h);
    if after_user.starts_with('[') {
        return after_user
            .find(']')
            .map_or(after_user, |i| &after_user[..=i]);
    }
    after_user.split(':').next().unwrap_or("")
}

fn is_email_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

fn find_emails(t: &str, found: &mut Found, covered: &mut Covered) {
    let bytes = t.as_bytes();
    for (at, _) in t.match_indices('@') {
        if found.emails.len() >= MAX_EMAILS {
            break;
        }
        if is_covered(covered, at) {
            continue;
        }
        let mut s = at;
        while s > 0 && is_email_local(bytes[s - 1]) {
            s -= 1;
        }
        let mut e = at + 1;
        while e < bytes.len() && is_host_byte(bytes[e]) {
            e += 1;
        }
        let e = trim_trailing(t, at + 1, e);
        if s == at || !crate::domain::is_bare_domain(&t[at + 1..e]) {
            continue;
        }
        found.emails.push((s, e));
        covered.add(s, e);
    }
}

fn find_bare_urls(t: &str, max: usize, found: &mut Found, covered: &mut Covered) {
    let bytes = t.as_bytes();
    let mut from = 0;
    while let Some(rel) = t.get(from..).and_then(|s| s.find('.')) {
        let dot = from + rel;
        from = dot + 1;
        if found.urls.len() >= max {
            break;
        }
        if is_covered(covered, dot) {
            continue;
        }
        let mut s = dot;
        while s > 0 && is_host_byte(bytes[s - 1]) && !is_covered(covered, s - 1) {
            s -= 1;
        }
        while s < bytes.len() && matches!(bytes[s], b'-' | b'.') {
            s += 1;
        }
        if s > dot {
            // The dot is among separators leading a run (`...example.com`, or a text of
            // dots): look again after them, once.
            from = from.max(s);
            continue;
        }
        let mut h = dot + 1;
        while h < bytes.len() && is_host_byte(bytes[h]) {
            h += 1;
        }
        // Every later dot of this run would give the same candidate (or separators only):
        // the run is read once, which keeps `a.com....…` linear.
        from = from.max(h);
        let h = trim_trailing(t, s, h);
        if s > 0 && matches!(bytes[s - 1], b'@') {
            continue;
        }
        if !crate::domain::is_bare_domain(&t[s..h]) {
            continue;
        }
        let mut end = h;
        if h < bytes.len() && matches!(bytes[h], b'/' | b'?' | b'#' | b':') {
            end = scan_authority_and_path(t, s, false).max(h);
        }
        found.urls.push(RawUrl {
            start: s,
            end,
            has_scheme: false,
        });
        covered.add(s, end);
        from = from.max(end);
    }
}

// A constant pattern, compiled by the unit tests: no input reaches the `expect`.
#[allow(clippy::expect_used)]
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    // Digits or masks; groups separated by a hyphen, a space or brackets.
    Regex::new(
        r"(?x)
        (?: \+ \s? [1-9][0-9]{0,2} [-\s]? (?:\(0\))? [0-9]{1,4} [-\s]? [0-9Xx×●○〇*]{1,4} [-\s]? [0-9Xx×●○〇*]{3,4}
          | 0 [0-9]{1,4} (?: [-\s] | \( )? [0-9Xx×●○〇*]{1,4} (?: [-\s] | \) )? [0-9Xx×●○〇*]{3,4}
          | 0 [0-9]{9,10}
        )",
    )
    .expect("phone pattern is valid")
});

fn find_phones(t: &str, max: usize, covered: &Covered, found: &mut Found) {
    for m in PHONE.find_iter(t) {
        if found.phones.len() >= max {
            break;
        }
        let (s, e) = (m.start(), m.end());
        // Not inside a longer run of digits or letters, not inside a URL.
        let before = t[..s].chars().next_back();
        let after = t[e..].chars().next();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '/' || c == '.' || c == '-')
            || after.is_some_and(|c| c.is_ascii_digit() || c == '-')
            || is_covered(covered, s)
        {
            continue;
        }
        if let Some((number, kind)) = classify_number(m.as_str()) {
            found.phones.push(RawPhone {
                start: s,
                end: e,
                number,
                kind,
            });
        }
    }
}

/// Reads a phone number written in any of the accepted forms: returns its digits (domestic
/// form for +81, masks as `X`) and kind, or `None` when the digit count does not fit.
pub(crate) fn classify_number(raw: &str) -> Option<(String, PhoneKind)> {
    let mut digits = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '0'..='9' | '+' => digits.push(c),
            'X' | 'x' | '×' | '●' | '○' | '〇' | '*' => digits.push('X'),
            _ => {}
        }
    }
    if let Some(rest) = digits.strip_prefix("+81") {
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        digits = format!("0{rest}");
    } else if digits.starts_with('+') {
        let n = digits.len() - 1;
        return (8..=15)
            .contains(&n)
            .then_some((digits, PhoneKind::International));
    }
    let n = digits.len();
    let kind = if digits.starts_with("0120") || digits.starts_with("0800") {
        PhoneKind::TollFree
    } else if digits.starts_with("0570") {
        PhoneKind::NaviDial
    } else if digits.starts_with("050") {
        PhoneKind::IpPhone
    } else if ["070", "080", "090", "020"]
        .iter()
        .any(|p| digits.starts_with(p))
    {
        PhoneKind::Mobile
    } else {
        PhoneKind::Landline
    };
    let fits = match kind {
        PhoneKind::IpPhone | PhoneKind::Mobile => n == 11,
        PhoneKind::TollFree if digits.starts_with("0800") => n == 11,
        _ => n == 10,
    };
    fits.then_some((digits, kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    /// (name, original text, URLs expected as they appear in the normalized text)
    const URLS: &[(&str, &str, &[&str])] = &[
        (
            "plain",
            "see https://example.com/a?b=c now",
            &["https://example.com/a?b=c"],
        ),
        (
            "glued_before",
            "こちらhttps://example.com",
            &["https://example.com"],
        ),
        (
            "glued_after",
            "https://example.comへアクセス",
            &["https://example.com"],
        ),
        (
            "glued_both",
            "こちらhttps://docomo-pay.xyz/loginへ",
            &["https://docomo-pay.xyz/login"],
        ),
        (
            "path_then_kuten",
            "https://a.jp/login。お早めに",
            &["https://a.jp/login"],
        ),
        (
            "path_then_japanese",
            "http://a.jp/x/yを確認",
            &["http://a.jp/x/y"],
        ),
        (
            "url_label_glued",
            "URL:https://a.co.jp/",
            &["https://a.co.jp/"],
        ),
        (
            "ascii_glued_scheme",
            "URLhttps://a.co.jp/",
            &["https://a.co.jp/"],
        ),
        ("trailing_period", "Visit http://a.com.", &["http://a.com"]),
        ("trailing_paren", "(http://a.com/x)", &["http://a.com/x"]),
        (
            "balanced_paren",
            "http://en.wikipedia.org/wiki/A_(b)",
            &["http://en.wikipedia.org/wiki/A_(b)"],
        ),
        (
            "fullwidth",
            "ｈｔｔｐｓ：／／ｓａｇａｗａ－ｘｘ．ｃｏｍ／ｔｒａｃｋ",
            &["https://sagawa-xx.com/track"],
        ),
        (
            "ideographic_dot",
            "sagawa-xx。com/track",
            &["sagawa-xx.com/track"],
        ),
        (
            "schemeless_path",
            "amazon-co-jp.top/verify",
            &["amazon-co-jp.top/verify"],
        ),
        (
            "schemeless_shortener",
            "詳細はbit.ly/3xYz9へ",
            &["bit.ly/3xYz9"],
        ),
        ("www", "www.example.co.jp にて", &["www.example.co.jp"]),
        (
            "brand_subdomain",
            "http://micard.co.jp.xxxx.com/login",
            &["http://micard.co.jp.xxxx.com/login"],
        ),
        ("idn_host", "https://日本語.jp/へ", &["https://日本語.jp/"]),
        (
            "cyrillic_host",
            "https://аpple.com/id",
            &["https://аpple.com/id"],
        ),
        (
            "punycode_host",
            "http://xn--pple-43d.com/",
            &["http://xn--pple-43d.com/"],
        ),
        (
            "ip_host",
            "http://103.45.67.89/sagawa",
            &["http://103.45.67.89/sagawa"],
        ),
        ("port", "http://a.com:8080/x", &["http://a.com:8080/x"]),
        (
            "userinfo",
            "https://docomo.ne.jp@evil.example/",
            &["https://docomo.ne.jp@evil.example/"],
        ),
        (
            "two_urls",
            "a.jp と https://b.com",
            &["a.jp", "https://b.com"],
        ),
        ("hxxp", "hxxps://bad.top/x", &["hxxps://bad.top/x"]),
        (
            "zero_width_in_url",
            "https://sag\u{200B}awa-x.com",
            &["https://sagawa-x.com"],
        ),
        ("not_version", "ver.2.0 と 3.5GB", &[]),
        ("not_file", "photo.jpg を送った", &[]),
        ("not_abbrev", "e.g. this", &[]),
        ("masked_tilde", "https://~ へ", &[]),
        ("masked_dots", "http://...", &[]),
        ("masked_kanji", "http://(偽サイトへのリンク)", &[]),
        ("masked_x", "https://XXXX/sagawa", &[]),
        ("email_not_url", "info@example.com まで", &[]),
        ("domain_mention", "Amazon.co.jpをご利用", &["Amazon.co.jp"]),
        ("empty", "", &[]),
    ];

    #[test]
    fn url_table() {
        for &(name, input, want) in URLS {
            let t = normalize(input);
            let f = find_all(&t, 32, 16);
            let got: Vec<&str> = f.urls.iter().map(|u| &t[u.start..u.end]).collect();
            assert_eq!(got, want, "case {name}: {t}");
        }
    }

    /// (name, text, masked link count, e-mail count)
    const OTHER: &[(&str, &str, usize, usize)] = &[
        ("masked_tilde", "https://~", 1, 0),
        ("masked_paren", "http://(偽サイトへのリンク)", 1, 0),
        ("masked_circles", "https://〇〇〇〇/△△△△", 1, 0),
        ("email", "連絡はinfo@example.co.jpまで", 0, 1),
        ("no_email_without_domain", "a@b", 0, 0),
        ("real_url_not_masked", "https://a.jp", 0, 0),
    ];

    #[test]
    fn masked_and_email_table() {
        for &(name, input, masked, emails) in OTHER {
            let t = normalize(input);
            let f = find_all(&t, 32, 16);
            assert_eq!(f.masked_links.len(), masked, "case {name}");
            assert_eq!(f.emails.len(), emails, "case {name}");
        }
    }

    /// (name, text, expected numbers with kinds)
    type PhoneCase = (
        &'static str,
        &'static str,
        &'static [(&'static str, PhoneKind)],
    );
    const PHONES: &[PhoneCase] = &[
        (
            "mobile",
            "090-1234-5678へ",
            &[("09012345678", PhoneKind::Mobile)],
        ),
        (
            "mobile_fullwidth",
            "０９０ー１２３４ー５６７８",
            &[("09012345678", PhoneKind::Mobile)],
        ),
        (
            "toll_free_plain",
            "0120060101までご連絡",
            &[("0120060101", PhoneKind::TollFree)],
        ),
        (
            "toll_free_hyphen",
            "0120-440-620",
            &[("0120440620", PhoneKind::TollFree)],
        ),
        (
            "navi",
            "0570-000-123",
            &[("0570000123", PhoneKind::NaviDial)],
        ),
        (
            "ip_phone",
            "電話番号( 050-6866-4492 )",
            &[("05068664492", PhoneKind::IpPhone)],
        ),
        (
            "ip_phone_masked",
            "050-6879-●●●●",
            &[("0506879XXXX", PhoneKind::IpPhone)],
        ),
        (
            "landline_masked",
            "03-XXXX-XXXX",
            &[("03XXXXXXXX", PhoneKind::Landline)],
        ),
        (
            "landline",
            "096-326-5900",
            &[("0963265900", PhoneKind::Landline)],
        ),
        (
            "landline_brackets",
            "03(1234)5678",
            &[("0312345678", PhoneKind::Landline)],
        ),
        (
            "plus81",
            "+81 90 1234 5678",
            &[("09012345678", PhoneKind::Mobile)],
        ),
        (
            "international",
            "+86 139 1234 5678",
            &[("+8613912345678", PhoneKind::International)],
        ),
        ("date_not_phone", "2024-03-15", &[]),
        ("order_not_phone", "250-2211584-1234567", &[]),
        ("too_short", "03-1234", &[]),
        ("in_url_not_phone", "https://a.jp/0312345678", &[]),
    ];

    #[test]
    fn phone_table() {
        for &(name, input, want) in PHONES {
            let t = normalize(input);
            let f = find_all(&t, 32, 16);
            let got: Vec<(&str, PhoneKind)> = f
                .phones
                .iter()
                .map(|p| (p.number.as_str(), p.kind))
                .collect();
            assert_eq!(got, want, "case {name}: {t}");
        }
    }

    #[test]
    fn caps_are_respected() {
        let t = "a.com ".repeat(100);
        assert_eq!(find_all(&t, 32, 16).urls.len(), 32);
        let t = "090-1234-5678 ".repeat(100);
        assert_eq!(find_all(&t, 32, 16).phones.len(), 16);
    }
}
