//! Where URLs, e-mail addresses and phone numbers are found in (normalized) text.
//!
//! Why not `linkify` or a regex? (Measured in `tests/tests/linkify_comparison.rs`, summed up in
//! the README.) Japanese does not put spaces around a URL. In
//! `こちらhttps://example.com/loginへ` or `…/login。お早めに` a Unicode-aware finder (IRI
//! mode) swallows the Japanese on either side, and an ASCII-only one misses IDN hosts. So the
//! rules here are:
//!
//! * A URL with a scheme (`http://`, `https://`, also `hxxp://`) starts at the scheme's first
//!   letter, even when glued to the text before it (`URL:https://…`, `こちらhttps://…`). As in
//!   browsers, any run of slashes and backslashes after `https:` (or none) is read:
//!   `https:\\host\path`, `https:/host`. Which host a found link goes to is not decided here
//!   but by the WHATWG parser (`url_risk`).
//! * A host may be a number (`http://0x7f.1/`, `http://2130706433/`), and keeps a dash
//!   look-alike between its letters (`rakuten−card.co.jp.secure.cn`, U+2212).
//! * The host may contain non-ASCII letters (IDN) only in labels followed by a dot: the last
//!   label ends at the first non-ASCII character, so `example.comへ` ends before `へ` while
//!   `日本語.jp` is kept whole.
//! * Paths are ASCII: the first non-ASCII character (Japanese resuming, `。`) ends the URL.
//!   Trailing `.,:;!?'"`, opening brackets and unbalanced closing brackets are not part of it.
//! * Without a scheme, `host.tld[/path]` is a URL only when `tld` is a known public suffix and
//!   the host has a registrable domain (`amazon-co-jp.top/verify`, `bit.ly/xxxx`,
//!   `www.example.co.jp`); `3.5GB`, `ver.2.0` and `readme` are not. A public IPv4 address is
//!   one only with a path or a port after it (`45.77.132.9/app.apk`), not alone (`1.2.3.4`),
//!   with a network mask (`203.0.113.5/32`) or on a private network (`192.168.1.10:8080/`).
//! * A scheme followed by no readable host (`https://~`, `http://(リンク)`, `https://〇〇〇`)
//!   is a *masked link*: published warnings often hide the real URL; it is still a link.
//! * E-mail addresses are found before bare domains so that `info@example.com` is not a URL.
//! * Phone numbers: Japanese formats after normalization (`090-1234-5678`, `0120060101`,
//!   `03(1234)5678`, `+81 90 1234 5678`), masked digits (`050-6879-●●●●`, `03-XXXX-XXXX`)
//!   accepted; 10 or 11 digits for domestic numbers.
//!
//! All offsets here are byte offsets of the normalized text; the classifier maps them back.

use crate::confusables::is_dash_lookalike;
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

/// Characters allowed in path, query and fragment (a backslash is a path separator to browsers).
fn is_path_byte(b: u8) -> bool {
    b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b'"' | b'{' | b'}' | b'|' | b'^' | b'`')
}

/// Scheme names that start a link, as written (lower case); `hxxp` and `ttp` are the
/// defanged and clipped forms published warnings use. The longer name of each pair comes first.
const SCHEMES: [&str; 6] = ["https", "http", "hxxps", "hxxp", "ttps", "ttp"];

/// The start of a scheme name ending right before the colon at `colon`: ASCII letters, at
/// most 8 looked at, ending with one of [`SCHEMES`] (glued text before it, `URLhttps:`, is not
/// part of it).
fn scheme_before(t: &str, colon: usize) -> Option<usize> {
    let bytes = t.as_bytes();
    let mut s = colon;
    while s > 0 && colon - s < 8 && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let written = t.get(s..colon)?;
    SCHEMES
        .iter()
        .find(|k| {
            written.len() >= k.len() && written[written.len() - k.len()..].eq_ignore_ascii_case(k)
        })
        .map(|k| colon - k.len())
}

/// The next colon at or after `from` that ends a scheme name (where the next link may start),
/// or the end of the text.
fn next_scheme_colon(t: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(rel) = t.get(at..).and_then(|r| r.find(':')) {
        let colon = at + rel;
        if scheme_before(t, colon).is_some() {
            return colon;
        }
        at = colon + 1;
    }
    t.len()
}

/// Links written with a scheme. Browsers read `https:` followed by any run of slashes and
/// backslashes, or none (`https:\\host\path`, `https:/host`, `https:host`) as
/// `https://host/path`: all of these are found. A scheme followed by slashes and no readable
/// host is a masked link; without slashes it is just a word and a colon.
fn find_scheme_urls(t: &str, max: usize, found: &mut Found, covered: &mut Covered) {
    let bytes = t.as_bytes();
    let mut from = 0;
    while let Some(rel) = t.get(from..).and_then(|s| s.find(':')) {
        let colon = from + rel;
        from = colon + 1;
        let Some(s) = scheme_before(t, colon) else {
            if let Some((s, end)) = masked_scheme_link(t, colon) {
                if found.masked_links.len() < MAX_MASKED {
                    found.masked_links.push((s, end));
                }
                covered.add(s, end);
                from = from.max(end);
            }
            continue;
        };
        let mut host_start = colon + 1;
        while matches!(bytes.get(host_start), Some(b'/' | b'\\')) {
            host_start += 1;
        }
        let slashed = host_start > colon + 1;
        // First read up to the next scheme only: a masked link does not reach into the next
        // link, and text such as "http://a:http://a:…" costs linear time, not quadratic.
        let next_scheme = next_scheme_colon(t, host_start);
        let near = &t[..next_scheme];
        let end = scan_authority_and_path(near, host_start, true);
        let host_end = authority_end(near, host_start, end);
        if !names_host(&near[host_start..host_end]) {
            if !slashed {
                continue;
            }
            if found.masked_links.len() < MAX_MASKED {
                found.masked_links.push((s, host_start.max(end)));
            }
            covered.add(s, end.max(host_start));
            from = from.max(host_start);
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

/// Characters that quoted warnings put in place of the letters of a link they hide.
fn is_mask_char(c: char) -> bool {
    matches!(
        c,
        '○' | '〇' | '●' | '◯' | '×' | '*' | '△' | '□' | '■' | '・' | '?'
    )
}

/// A link whose scheme itself is masked, `htt○○://mao×××card.com/ja`: the start of `http`
/// (at least `h`) and mask characters right before the colon at `colon`, then `//`. The
/// masked link runs to the next white space or Japanese character.
fn masked_scheme_link(t: &str, colon: usize) -> Option<(usize, usize)> {
    if !t[colon + 1..].starts_with("//") {
        return None;
    }
    let before = &t[..colon];
    let letters_end = before.trim_end_matches(is_mask_char).len();
    if letters_end == colon {
        return None;
    }
    let letters = before[..letters_end]
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()?;
    let is_scheme_start =
        (1..=5).contains(&letters.len()) && "https"[..letters.len()].eq_ignore_ascii_case(letters);
    if !is_scheme_start {
        return None;
    }
    let start = letters_end - letters.len();
    let rest = &t[colon..];
    let len = rest
        .find(|c: char| c.is_whitespace() || crate::normalize::is_japanese(c))
        .unwrap_or(rest.len());
    Some((start, colon + len))
}

/// End of the authority within `start..end` (first `/`, `\`, `?` or `#`).
fn authority_end(t: &str, start: usize, end: usize) -> usize {
    t[start..end]
        .find(['/', '\\', '?', '#'])
        .map_or(end, |i| start + i)
}

/// Scans the authority (with IDN letters when `allow_idn`) from `start`, then the path;
/// returns the end of the URL with trailing punctuation trimmed. A backslash is read as a
/// path separator, as browsers read it after `http(s):`.
fn scan_authority_and_path(t: &str, start: usize, allow_idn: bool) -> usize {
    let end = scan_authority(t, start, allow_idn);
    if t[start..end].is_empty() {
        return end;
    }
    // A trailing dot is the host's when a path follows (`https://example.com./`).
    let end = if t[end..].starts_with('.') && starts_path(t, end + 1) {
        end + 1
    } else {
        end
    };
    scan_path(t, start, end)
}

/// Whether a path, query or fragment starts at `at`.
fn starts_path(t: &str, at: usize) -> bool {
    matches!(t.as_bytes().get(at), Some(b'/' | b'\\' | b'?' | b'#'))
}

/// The end of the authority starting at `start` (trailing punctuation trimmed).
fn scan_authority(t: &str, start: usize, allow_idn: bool) -> usize {
    let mut end = start;
    // Where the label that `idn_label_dot` last accepted ends: every character before it is
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
    trim_trailing(t, start, end)
}

/// When a path, query or fragment follows the authority ending at `end`, the end of it
/// (trailing punctuation trimmed); else `end`. `start` is where the URL's authority starts.
fn scan_path(t: &str, start: usize, end: usize) -> usize {
    let bytes = t.as_bytes();
    if !starts_path(t, end) {
        return end;
    }
    let mut p = end;
    for &b in &bytes[end..] {
        if !is_path_byte(b) {
            break;
        }
        p += 1;
    }
    trim_trailing(t, start, p)
}

/// A Japanese character (or a dash look-alike, `rakuten−card`) inside a host is accepted only
/// when the label it is in is followed by a dot (`日本語.jp`), never in the last label: the
/// position of that dot, if there is one.
fn idn_label_dot(t: &str, at: usize) -> Option<usize> {
    for (i, c) in t.get(at..)?.char_indices() {
        if c == '.' {
            return Some(at + i);
        }
        if !(c.is_alphanumeric() || c == '-' || is_dash_lookalike(c)) {
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
            // An opening bracket never ends a link (`…/track（再配達）`).
            b'(' | b'[' => {
                if let Some(c) = counts.as_mut() {
                    c[if b == b'(' { 0 } else { 2 }] -= 1;
                }
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

/// Whether an authority, as written, names a host rather than a mask (`~`, `XXXX`, `〇〇〇`):
/// an IP literal in brackets, a number (`2130706433`, `0x7f.1`: browsers read IPv4 addresses
/// in these forms), or labels with a dot and an alphabetic, punycode or numeric last label
/// (`a.b.c.1`, which the parser then refuses). This only
/// tells a link from a mask; which host the link goes to is decided by the WHATWG parser when
/// the link is judged (`url_risk`). Percent-encoding is decoded first (`evil%2Ecom`).
fn names_host(auth: &str) -> bool {
    let written = host_of_authority(auth);
    let decoded;
    let host = if written.contains('%') {
        decoded = percent_encoding::percent_decode_str(written).decode_utf8_lossy();
        decoded.as_ref()
    } else {
        written
    };
    if host.is_empty() {
        return false;
    }
    let numeric = host.as_bytes()[0].is_ascii_digit()
        && host
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || matches!(b, b'.' | b'x' | b'X'));
    if host.starts_with('[') || numeric {
        return true;
    }
    let Some((rest, tld)) = host.trim_end_matches('.').rsplit_once('.') else {
        return false;
    };
    !rest.is_empty()
        && !rest.split('.').any(str::is_empty)
        && (tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
            || tld.starts_with("xn--")
            || tld.bytes().all(|b| b.is_ascii_digit()))
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

/// Where the host character ending at `at` starts, if there is one: an ASCII letter, digit,
/// `-` or `.`, or a dash look-alike between two ASCII letters or digits (`rakuten−card`, which
/// a reader takes for one name and a phone's link finder keeps whole).
fn host_char_before(t: &str, at: usize) -> Option<usize> {
    let bytes = t.as_bytes();
    let prev = *bytes.get(at.checked_sub(1)?)?;
    if is_host_byte(prev) {
        return Some(at - 1);
    }
    let c = t.get(..at)?.chars().next_back()?;
    let p = at - c.len_utf8();
    let between = p > 0
        && bytes[p - 1].is_ascii_alphanumeric()
        && bytes.get(at).is_some_and(u8::is_ascii_alphanumeric);
    (is_dash_lookalike(c) && between).then_some(p)
}

/// Where the host character starting at `at` ends, if there is one (see [`host_char_before`]).
fn host_char_after(t: &str, at: usize) -> Option<usize> {
    let bytes = t.as_bytes();
    if is_host_byte(*bytes.get(at)?) {
        return Some(at + 1);
    }
    let c = t.get(at..)?.chars().next()?;
    let n = at + c.len_utf8();
    let between = at > 0
        && bytes[at - 1].is_ascii_alphanumeric()
        && bytes.get(n).is_some_and(u8::is_ascii_alphanumeric);
    (is_dash_lookalike(c) && between).then_some(n)
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
        while let Some(p) = host_char_before(t, s) {
            if is_covered(covered, p) {
                break;
            }
            s = p;
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
        while let Some(n) = host_char_after(t, h) {
            h = n;
        }
        // Every later dot of this run would give the same candidate (or separators only):
        // the run is read once, which keeps `a.com....…` linear.
        from = from.max(h);
        let h = trim_trailing(t, s, h);
        if s > 0 && matches!(bytes[s - 1], b'@') {
            continue;
        }
        // A public IPv4 address is a link without a scheme only with a path or a port after
        // it: a bare `1.2.3.4` is as often a version or a section number,
        // `192.168.1.10:8080/admin` a server on the reader's own network, `203.0.113.5/32` a
        // network written with its mask.
        let ip_with_path = path_or_port_follows(bytes, h) && crate::domain::is_public_ip(&t[s..h]);
        if !ip_with_path && (!crate::domain::is_bare_domain(&t[s..h]) || joins_sentences(t, s, h)) {
            continue;
        }
        let mut end = h;
        if h < bytes.len() && matches!(bytes[h], b'/' | b'?' | b'#' | b':') {
            // A port, then the path.
            end = scan_path(t, s, scan_authority(t, h, false)).max(h);
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

/// Whether a path or a port starts at `h`, after an address without a scheme: `/` then
/// anything but a digit (`/24` after an address is a network's mask), or `:` then a digit.
fn path_or_port_follows(bytes: &[u8], h: usize) -> bool {
    let next = bytes.get(h + 1);
    match bytes.get(h) {
        Some(b'/') => !next.is_some_and(u8::is_ascii_digit),
        Some(b':') => next.is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// Whether the bare name `t[s..h]` is two sentences run together rather than a link: one
/// dot, a last label written as a capitalised word (`Ne`, `Le`) and white space or the end
/// after it, as in 「… Amazon.Ne le partagez pas」. A browser's link detector does not take
/// such a word for a top-level domain either; a name with a path or more labels is a link.
fn joins_sentences(t: &str, s: usize, h: usize) -> bool {
    let name = &t[s..h];
    let Some((_, last)) = name.split_once('.') else {
        return false;
    };
    let mut letters = last.bytes();
    let capitalised = letters.next().is_some_and(|b| b.is_ascii_uppercase())
        && letters.all(|b| b.is_ascii_lowercase());
    let then_space = t[h..].chars().next().is_none_or(char::is_whitespace);
    !last.contains('.') && last.len() >= 2 && capitalised && then_space
}

fn find_phones(t: &str, max: usize, covered: &Covered, found: &mut Found) {
    for (s, e) in crate::phone_pattern::find_iter(t) {
        if found.phones.len() >= max {
            break;
        }
        // Not inside a longer run of digits or letters, not inside a URL.
        let before = t[..s].chars().next_back();
        let after = t[e..].chars().next();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '/' || c == '.' || c == '-')
            || after.is_some_and(|c| c.is_ascii_digit() || c == '-')
            || is_covered(covered, s)
        {
            continue;
        }
        if let Some((number, kind)) = classify_number(&t[s..e]) {
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
    // KDDI's free dial (0077-7-111, au's desk): eight digits, 00777 and three more. A longer
    // number so begun is read as any other.
    let kddi_free = digits.starts_with("00777") && n == 8;
    let kind = if digits.starts_with("0120") || digits.starts_with("0800") || kddi_free {
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
        PhoneKind::TollFree if kddi_free => true,
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
            "opening_bracket_after",
            "https://sagawa-xx.top/track（再配達）",
            &["https://sagawa-xx.top/track"],
        ),
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
            "schemeless_ip_with_path",
            "入れてください→ 45.77.132.9/protect.apk",
            &["45.77.132.9/protect.apk"],
        ),
        (
            "schemeless_ip_with_port",
            "203.0.113.7:8080/login へ",
            &["203.0.113.7:8080/login"],
        ),
        ("schemeless_ip_alone", "バージョン 1.2.3.4 に更新", &[]),
        (
            "schemeless_private_ip",
            "検証サーバ 192.168.1.10:8080/admin に",
            &[],
        ),
        (
            "schemeless_network_mask",
            "203.0.113.5/32 を許可リストに",
            &[],
        ),
        ("schemeless_not_an_address", "番号 1.2.3.456/7 です", &[]),
        ("sentences_run_together", "code Amazon.Ne le partagez", &[]),
        ("capitalised_tld_at_end", "Voir Example.Com", &[]),
        (
            "capitalised_tld_with_path",
            "Example.Com/login",
            &["Example.Com/login"],
        ),
        ("upper_case_tld", "EXAMPLE.COM にて", &["EXAMPLE.COM"]),
        (
            "capitalised_host_lower_tld",
            "Example.com にて",
            &["Example.com"],
        ),
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
        (
            "backslashes",
            "ご確認 https:\\\\evil-bank.top\\login",
            &["https:\\\\evil-bank.top\\login"],
        ),
        (
            "one_slash",
            "ご確認 https:/evil-bank.top/login",
            &["https:/evil-bank.top/login"],
        ),
        (
            "no_slash",
            "こちらhttps:evil-bank.top/loginへ",
            &["https:evil-bank.top/login"],
        ),
        (
            "three_slashes",
            "https:///evil-bank.top/",
            &["https:///evil-bank.top/"],
        ),
        (
            "hex_ip",
            "ご確認ください http://0x7f.1/login",
            &["http://0x7f.1/login"],
        ),
        (
            "decimal_ip",
            "http://2130706433/へ",
            &["http://2130706433/"],
        ),
        (
            "percent_dot",
            "https://evil%2Ecom/x",
            &["https://evil%2Ecom/x"],
        ),
        (
            "minus_sign_in_host",
            "確認 https://ｒａｋｕｔｅｎ−ｃａｒｄ.ｃｏ.ｊｐ.ｓｅｃｕｒｅ.ｃｎ/",
            &["https://rakuten−card.co.jp.secure.cn/"],
        ),
        (
            "prolonged_mark_in_host",
            "https://rakutenーcard.co.jp.secure.cn/へ",
            &["https://rakutenーcard.co.jp.secure.cn/"],
        ),
        (
            "hyphen_u2010_bare",
            "rakuten\u{2010}card.co.jp.secure.cn/login を開く",
            &["rakuten\u{2010}card.co.jp.secure.cn/login"],
        ),
        (
            "minus_after_host_not_kept",
            "https://a.jp−ご確認",
            &["https://a.jp"],
        ),
        ("colon_word_not_link", "http:とは何か、https:の意味", &[]),
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
        ("masked_scheme", "案内はhtt○○://mao×××card.com/ja", 1, 0),
        ("masked_scheme_only_letters", "ht××://example", 1, 0),
        ("no_mask_no_link", "word○://x", 0, 0),
        ("mask_without_slashes", "htt○○:です", 0, 0),
        ("email", "連絡はinfo@example.co.jpまで", 0, 1),
        ("no_email_without_domain", "a@b", 0, 0),
        ("real_url_not_masked", "https://a.jp", 0, 0),
        ("masked_one_slash", "https:/~", 1, 0),
        ("masked_backslashes", "https:\\\\XXXX\\login", 1, 0),
        ("no_slash_is_no_mask", "http:とは", 0, 0),
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
            "toll_free_kddi",
            "お問い合わせ：0077-7-111（無料）",
            &[("00777111", PhoneKind::TollFree)],
        ),
        (
            "kddi_prefix_in_a_longer_number",
            "0077-79-4421",
            &[("0077794421", PhoneKind::Landline)],
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
        (
            "area_in_brackets",
            "お電話は（０３）１２３４－５６７８まで",
            &[("0312345678", PhoneKind::Landline)],
        ),
        (
            "abroad_area_in_brackets",
            "至急 +1 (213) 555-0142 へ",
            &[("+12135550142", PhoneKind::International)],
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
