//! The public suffix of a host name, and its registrable domain, by the Public Suffix List.
//!
//! The list (`core/data/public_suffix_list.dat`, carried as published and compiled by
//! `build.rs`) says under which names anyone may register one: `jp`, `co.jp`, `city.kumamoto.jp`
//! (JP's geographic suffixes), `*.kawasaki.jp` but not `city.kawasaki.jp`, and the private
//! sections' `web.app` or `s3.amazonaws.com`. Its rules are one sorted string of ~11,000 lines
//! (labels from right to left, so the rules under a suffix follow it), searched by halving: no pointers, no relocations, about 0.16 MB in the library where the `psl` crate's
//! generated matching code took 0.65 MB.
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
pub(crate) fn registrable(name: &str) -> Option<&str> {
    let suffix = suffix(name)?.text;
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
/// label: the exceptions and the wildcard under a suffix are the lines right after its own.
fn find(body: &str) -> (usize, bool) {
    let mut key = String::with_capacity(body.len().min(64));
    let mut best = (0, false);
    let mut taken = 0;
    // Where the lines under `key` begin.
    let mut children = 0;
    for (i, label) in body.rsplit('.').enumerate() {
        let parent = taken;
        taken = if i == 0 {
            label.len()
        } else {
            taken + 1 + label.len()
        };
        let (exception, wildcard) = if i == 0 {
            best = (taken, false); // the implicit rule `*`
            (false, false)
        } else {
            special_children(children, &key, label)
        };
        if exception {
            return (parent, true);
        }
        // A label the table cannot hold (`a b`, `*`, `!x`) names no rule.
        let named = !label.is_empty()
            && !label.contains([' ', '\n'])
            && label != "*"
            && !label.starts_with('!');
        let depth = key.len();
        if i > 0 {
            key.push(' ');
        }
        key.push_str(label);
        let at = lower_bound(&key, children);
        let exact = named && line_at(at) == key.as_bytes();
        children = if exact { at + key.len() + 1 } else { at };
        let deeper = named && is_child(line_at(children), &key);
        if i > 0 && !exact && !deeper {
            key.truncate(depth);
            return if wildcard { (taken, true) } else { best };
        }
        if exact {
            best = (taken, true);
        }
        if !deeper {
            break;
        }
    }
    best
}

/// Whether `line` is a rule under `key`.
fn is_child(line: &[u8], key: &str) -> bool {
    line.len() > key.len() && line.starts_with(key.as_bytes()) && line[key.len()] == b' '
}

/// Whether the rules under `key`, from byte `at` of the table, hold the exception `!label`
/// and whether they hold the wildcard `*`.
fn special_children(mut at: usize, key: &str, label: &str) -> (bool, bool) {
    loop {
        let line = line_at(at);
        if !is_child(line, key) {
            return (false, false);
        }
        match &line[key.len() + 1..] {
            [b'!', name @ ..] if name == label.as_bytes() => return (true, false),
            [b'!', ..] => at += line.len() + 1,
            b"*" => return (false, true),
            _ => return (false, false),
        }
    }
}

/// The line starting at byte `at` of the table, without its newline (empty at the end).
fn line_at(at: usize) -> &'static [u8] {
    let rest = RULES.as_bytes().get(at..).unwrap_or_default();
    let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    &rest[..end]
}

/// The byte offset of the first line of the table not less than `key`, given that the lines
/// before byte `lo` (a line start) are less.
fn lower_bound(key: &str, mut lo: usize) -> usize {
    let table = RULES.as_bytes();
    let mut hi = table.len();
    // `lo` and `hi` are line starts: lines before `lo` are less than `key`, lines from `hi`
    // on are not.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = table[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let line = line_at(start);
        if line < key.as_bytes() {
            lo = start + line.len() + 1;
        } else {
            hi = start;
        }
    }
    lo
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

    #[test]
    fn table_is_sorted_lines() {
        let lines: Vec<&str> = RULES.lines().collect();
        assert!(RULES.ends_with('\n'));
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
        assert!(lines.iter().all(|l| !l.is_empty()));
    }

    #[test]
    fn every_line_is_found() {
        let has_rule = |key: &str| line_at(lower_bound(key, 0)) == key.as_bytes();
        for line in RULES.lines() {
            assert!(has_rule(line), "{line}");
        }
        assert!(!has_rule(""));
        assert!(!has_rule("zzzzzzzz"));
    }
}

#[cfg(test)]
mod psl_agreement;
