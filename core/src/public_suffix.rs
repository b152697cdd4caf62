//! The public suffix of a host name, and its registrable domain, by the Public Suffix List.
//!
//! The list (`core/data/public_suffix_list.dat`, carried as published and compiled by
//! `build.rs`) says under which names anyone may register one: `jp`, `co.jp`, `city.kumamoto.jp`
//! (JP's geographic suffixes), `*.kawasaki.jp` but not `city.kawasaki.jp`, and the private
//! sections' `web.app` or `s3.amazonaws.com`. Its ~11,000 rules are one sorted table (labels
//! from right to left, so the rules under a suffix follow it; each rule stored as what it adds
//! to the one before, in blocks of 16), searched by halving over the blocks: no pointers, no
//! relocations, about 90 kB in the library where the `psl` crate's generated matching code took
//! 0.65 MB.
//!
//! The semantics are the list's algorithm as the `psl` crate implements it (a test compares
//! the two on every rule and on thousands of generated hosts):
//!
//! * the suffix is the longest matching rule; a wildcard `*.x` matches any one label under `x`
//!   except a label that longer rules name (`psl`'s tree follows the named branch: under
//!   `*.cloud.int.apple` and `*.r.cloud.int.apple`, `r.cloud.int.apple` has the suffix
//!   `int.apple`); an exception `!a.x` wins over every other rule and gives `x`;
//! * when no rule matches, the implicit rule `*` gives the last label, and the suffix is not
//!   *known* (an unknown TLD such as `.lin`, or `ck` alone, whose only rule is `*.ck`);
//! * both the ICANN and the PRIVATE sections count (`evil.web.app` is registrable), and rules
//!   written in Unicode match in both forms (`中国`, `xn--fiqs8s`);
//! * names are compared as bytes: the caller lower-cases; a trailing dot (`example.com.`) is
//!   kept in the suffix and the domain, as `psl` keeps it.
//!
//! ```text
//! www.aeon.co.jp         suffix co.jp             domain aeon.co.jp
//! micard.co.jp.xxxx.com  suffix com               domain xxxx.com
//! a.b.city.kawasaki.jp   suffix kawasaki.jp       domain city.kawasaki.jp (exception)
//! a.b.kawasaki.jp        suffix b.kawasaki.jp     domain a.b.kawasaki.jp  (wildcard)
//! myjcb-click.lin        suffix lin (not known)   domain myjcb-click.lin
//! ```

include!(concat!(env!("OUT_DIR"), "/public_suffix.rs"));

/// The public suffix of a name, as the end of that name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Suffix<'a> {
    /// The suffix (with the name's trailing dot, if any).
    pub text: &'a str,
    /// Whether a rule of the list gave it, rather than the implicit `*`.
    pub known: bool,
}

/// The public suffix of `name`, `None` for an empty name.
pub(crate) fn suffix(name: &str) -> Option<Suffix<'_>> {
    let fqdn = name.ends_with('.');
    let body = if fqdn { &name[..name.len() - 1] } else { name };
    let (mut len, known) = find(body);
    if fqdn {
        len += 1;
    }
    if len == 0 {
        return None;
    }
    Some(Suffix {
        text: name.get(name.len() - len..)?,
        known,
    })
}

/// The registrable domain of `name`: its public suffix and one more label (which may be
/// empty, as in `a..com` → `.com`). `None` when the name is no longer than its suffix.
#[cfg(test)]
pub(crate) fn registrable(name: &str) -> Option<&str> {
    registrable_above(name, suffix(name)?.text)
}

/// [`registrable`] when the suffix of `name` is already known to be `suffix`.
pub(crate) fn registrable_above<'a>(name: &'a str, suffix: &str) -> Option<&'a str> {
    if name.len() < suffix.len() + 2 {
        return None;
    }
    let rest = name.get(..name.len() - suffix.len() - 1)?;
    let label = rest.rsplit('.').next().unwrap_or(rest);
    name.get(name.len() - suffix.len() - 1 - label.len()..)
}

/// The byte length of the public suffix of `body` (no trailing dot) and whether a rule gave it.
///
/// Walks the rules from the last label leftwards, as `psl` walks its tree: a label that names a
/// rule, or a suffix of longer rules, is followed; a label that names neither is taken by the
/// wildcard of the suffix so far, if it has one, and the walk ends. One search by halving per
/// label: the exceptions and the wildcard under a suffix are the rules right after its own.
fn find(body: &str) -> (usize, bool) {
    let mut key = String::with_capacity(body.len().min(64) + 2);
    let mut best = (0, false);
    let mut taken = 0;
    // The first rule under `key`, when the walk goes on below it.
    let mut children: Option<Cursor> = None;
    for (i, label) in body.rsplit('.').enumerate() {
        let parent = taken;
        let (exception, wildcard) = match children.take() {
            None => {
                taken = label.len();
                best = (taken, false); // the implicit rule `*`
                (false, false)
            }
            Some(first) => {
                taken += 1 + label.len();
                special_children(first, &key, label)
            }
        };
        if exception {
            return (parent, true);
        }
        // A label the table cannot hold (`a b`, `*`, `!x`) names no rule.
        let named = !label.is_empty()
            && !label.contains([' ', '\n'])
            && label != "*"
            && !label.starts_with('!');
        if i > 0 {
            key.push(' ');
        }
        key.push_str(label);
        let mut rule = Cursor::seek(key.as_bytes());
        let exact = named && rule.line() == key.as_bytes();
        if exact {
            rule.advance();
        }
        let deeper = named && is_child(rule.line(), &key);
        if i > 0 && !exact && !deeper {
            return if wildcard { (taken, true) } else { best };
        }
        if exact {
            best = (taken, true);
        }
        if !deeper {
            break;
        }
        children = Some(rule);
    }
    best
}

/// Whether `line` is a rule under `key`.
fn is_child(line: &[u8], key: &str) -> bool {
    line.len() > key.len() && line.starts_with(key.as_bytes()) && line[key.len()] == b' '
}

/// Whether the rules under `key`, from the first (`rule`), hold the exception `!label`, and
/// whether they hold the wildcard `*`: they come first, exceptions before the wildcard.
fn special_children(mut rule: Cursor, key: &str, label: &str) -> (bool, bool) {
    loop {
        let line = rule.line();
        if !is_child(line, key) {
            return (false, false);
        }
        match &line[key.len() + 1..] {
            [b'!', name @ ..] if name == label.as_bytes() => return (true, false),
            [b'!', ..] => {}
            b"*" => return (false, true),
            _ => return (false, false),
        }
        rule.advance();
    }
}

/// A place in the table and the rule there, decoded (empty past the last rule).
struct Cursor {
    /// Where the next rule is encoded in `RULES`.
    next: usize,
    rule: [u8; 256],
    len: usize,
}

impl Cursor {
    /// At the first rule not less than `key`.
    fn seek(key: &[u8]) -> Cursor {
        let block = BLOCKS
            .partition_point(|&start| !less(key, block_head(start)))
            .saturating_sub(1);
        let mut cursor = Cursor {
            next: BLOCKS.get(block).map_or(RULES.len(), |&s| s as usize),
            rule: [0; 256],
            len: 0,
        };
        while cursor.advance() && less(cursor.line(), key) {}
        cursor
    }

    /// Decodes the next rule; false (and an empty rule) past the last.
    fn advance(&mut self) -> bool {
        let Some(&[shared, more]) = RULES.get(self.next..self.next + 2) else {
            self.len = 0;
            return false;
        };
        let (shared, more) = (usize::from(shared), usize::from(more));
        let from = self.next + 2;
        self.rule[shared..shared + more].copy_from_slice(&RULES[from..from + more]);
        self.len = shared + more;
        self.next = from + more;
        true
    }

    fn line(&self) -> &[u8] {
        &self.rule[..self.len]
    }
}

/// Whether `a` sorts before `b`, byte by byte. Rules are short: a loop costs less than a call
/// to `memcmp`, which is what the slices' own order is.
fn less(a: &[u8], b: &[u8]) -> bool {
    match a.iter().zip(b).find(|(x, y)| x != y) {
        Some((x, y)) => x < y,
        None => a.len() < b.len(),
    }
}

/// The first rule of the block that starts at byte `start` of `RULES` (stored whole).
fn block_head(start: u32) -> &'static [u8] {
    let start = start as usize;
    let len = RULES.get(start + 1).map_or(0, |&n| usize::from(n));
    RULES.get(start + 2..start + 2 + len).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, host, suffix, known, registrable domain)
    #[allow(clippy::type_complexity)]
    const CASES: &[(&str, &str, Option<&str>, bool, Option<&str>)] = &[
        (
            "com",
            "www.example.com",
            Some("com"),
            true,
            Some("example.com"),
        ),
        (
            "co_jp",
            "www.aeon.co.jp",
            Some("co.jp"),
            true,
            Some("aeon.co.jp"),
        ),
        ("suffix_alone", "co.jp", Some("co.jp"), true, None),
        (
            "geo_jp",
            "www.city.kumamoto.jp",
            Some("kumamoto.jp"),
            true,
            Some("city.kumamoto.jp"),
        ),
        (
            "wildcard",
            "a.b.kawasaki.jp",
            Some("b.kawasaki.jp"),
            true,
            Some("a.b.kawasaki.jp"),
        ),
        (
            "wildcard_alone",
            "b.kawasaki.jp",
            Some("b.kawasaki.jp"),
            true,
            None,
        ),
        (
            "wildcard_parent",
            "kawasaki.jp",
            Some("jp"),
            true,
            Some("kawasaki.jp"),
        ),
        (
            "exception",
            "a.city.kawasaki.jp",
            Some("kawasaki.jp"),
            true,
            Some("city.kawasaki.jp"),
        ),
        ("wildcard_tld_alone", "ck", Some("ck"), false, None),
        (
            "wildcard_tld_exception",
            "www.ck",
            Some("ck"),
            true,
            Some("www.ck"),
        ),
        (
            "named_under_wildcard",
            "r.cloud.int.apple",
            Some("int.apple"),
            true,
            Some("cloud.int.apple"),
        ),
        (
            "not_a_rule",
            "x.amazonaws.com",
            Some("com"),
            true,
            Some("amazonaws.com"),
        ),
        (
            "private",
            "evil.web.app",
            Some("web.app"),
            true,
            Some("evil.web.app"),
        ),
        (
            "unknown_tld",
            "myjcb-click.lin",
            Some("lin"),
            false,
            Some("myjcb-click.lin"),
        ),
        (
            "punycode_tld",
            "x.xn--fiqs8s",
            Some("xn--fiqs8s"),
            true,
            Some("x.xn--fiqs8s"),
        ),
        ("unicode_tld", "x.中国", Some("中国"), true, Some("x.中国")),
        (
            "fqdn",
            "a.example.com.",
            Some("com."),
            true,
            Some("example.com."),
        ),
        ("empty_label", "a..com", Some("com"), true, Some(".com")),
        ("dot", ".", Some("."), false, None),
        ("empty", "", None, false, None),
        (
            "upper_case_is_not_folded",
            "a.COM",
            Some("COM"),
            false,
            Some("a.COM"),
        ),
    ];

    #[test]
    fn suffix_table() {
        for &(name, host, want_suffix, want_known, want_domain) in CASES {
            let s = suffix(host);
            assert_eq!(s.map(|s| s.text), want_suffix, "case {name}: suffix");
            assert_eq!(s.is_some_and(|s| s.known), want_known, "case {name}: known");
            assert_eq!(registrable(host), want_domain, "case {name}: domain");
        }
    }

    /// Every rule of the table, decoded in order.
    fn all_rules() -> Vec<Vec<u8>> {
        let mut cursor = Cursor::seek(b"");
        let mut rules = Vec::new();
        while !cursor.line().is_empty() {
            rules.push(cursor.line().to_vec());
            cursor.advance();
        }
        rules
    }

    #[test]
    fn table_is_sorted_rules() {
        let rules = all_rules();
        assert!(rules.len() > 10_000);
        assert!(rules.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(BLOCKS.len(), rules.len().div_ceil(16));
    }

    #[test]
    fn every_rule_is_found() {
        for rule in all_rules() {
            assert_eq!(Cursor::seek(&rule).line(), rule);
        }
        assert_eq!(Cursor::seek(b"\xff").line(), b"");
        assert_eq!(Cursor::seek(b"jp kawasaki !").line(), b"jp kawasaki !city");
    }
}

#[cfg(test)]
mod psl_agreement;
