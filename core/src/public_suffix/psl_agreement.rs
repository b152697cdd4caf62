//! Our table against the `psl` crate (a dev-dependency only), on every rule of the list and
//! on generated hosts: the suffix, whether it is known, and the registrable domain must be the
//! same for each.
//!
//! Both are snapshots of the same list taken on different days; the rules where they differ
//! are listed in [`SNAPSHOT_DIFFERENCES`], and hosts under them are not compared. A test
//! checks that each listed rule really differs, so the list cannot grow stale.

use super::{registrable, suffix};

/// Rules in one snapshot but not the other: `helsinki` is in our copy (2026-10-22) and has
/// left the `psl` crate's newer one; `pagelemon.dev` was added to the list after our copy.
const SNAPSHOT_DIFFERENCES: &[&str] = &["helsinki", "pagelemon.dev"];

const LIST: &str = include_str!("../../data/public_suffix_list.dat");

/// What both implementations say about one host.
#[derive(Debug, PartialEq, Eq)]
struct Answer {
    suffix: Option<String>,
    known: bool,
    domain: Option<String>,
}

fn ours(host: &str) -> Answer {
    let s = suffix(host);
    Answer {
        suffix: s.map(|s| s.text.to_owned()),
        known: s.is_some_and(|s| s.known),
        domain: registrable(host).map(str::to_owned),
    }
}

fn theirs(host: &str) -> Answer {
    let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    let s = psl::suffix(host.as_bytes());
    Answer {
        suffix: s.map(|s| text(s.as_bytes())),
        known: s.is_some_and(|s| s.is_known()),
        domain: psl::domain(host.as_bytes()).map(|d| text(d.as_bytes())),
    }
}

fn in_snapshot_difference(host: &str) -> bool {
    let h = host.trim_end_matches('.');
    SNAPSHOT_DIFFERENCES
        .iter()
        .any(|d| h == *d || h.ends_with(&format!(".{d}")))
}

/// The rules of the list as written (`!` and `*.` kept).
fn rules() -> Vec<&'static str> {
    LIST.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| !w.starts_with("//"))
        .collect()
}

/// A small deterministic generator (xorshift), so that a failure names a host that stays.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A label: letters, digits and hyphens, sometimes punycode, sometimes a real rule's label.
    fn label(&mut self, real: &[&str]) -> String {
        match self.below(10) {
            0 => {
                let n = 3 + self.below(8);
                format!("xn--{}", self.letters(n))
            }
            1 => {
                let rule = real[self.below(real.len())];
                let labels: Vec<&str> = rule.split('.').collect();
                labels[self.below(labels.len())]
                    .trim_start_matches(['!', '*'])
                    .to_owned()
            }
            2 => "www".to_owned(),
            3 => "city".to_owned(),
            _ => {
                let n = 1 + self.below(12);
                let mut l = self.letters(n);
                if n > 2 && self.below(4) == 0 {
                    l.replace_range(1..2, "-");
                }
                l
            }
        }
    }

    fn letters(&mut self, n: usize) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        (0..n)
            .map(|_| ALPHABET[self.below(ALPHABET.len())] as char)
            .collect()
    }
}

/// The rule's name as a host (`*.x` → `x` and `<label>.x`, `!a.x` → `a.x`), in the forms a
/// host can take: as written, and in punycode when written in Unicode.
fn hosts_for_rule(rule: &str, r: &mut Random, real: &[&str]) -> Vec<String> {
    let name = rule.trim_start_matches('!').trim_start_matches("*.");
    let mut names = vec![name.to_owned()];
    if !name.is_ascii() {
        names.push(idna::domain_to_ascii(name).unwrap());
    }
    let mut hosts = Vec::new();
    for n in names {
        let a = r.label(real);
        let b = r.label(real);
        hosts.push(n.clone());
        hosts.push(format!("{a}.{n}"));
        hosts.push(format!("{b}.{a}.{n}"));
        hosts.push(format!("{a}.{n}."));
        if let Some((_, parent)) = n.split_once('.') {
            // A sibling of the rule under the same parent.
            hosts.push(format!("{b}.{a}.{parent}"));
        }
    }
    hosts
}

/// Hosts made of random labels under real suffixes, deep subdomains, unknown TLDs, punycode
/// labels and empty labels.
fn generated_hosts(r: &mut Random, real: &[&str], count: usize) -> Vec<String> {
    (0..count)
        .map(|_| {
            let tld_len = 2 + r.below(6);
            let mut host = match r.below(4) {
                0 => r.letters(tld_len), // most often an unknown TLD
                _ => real[r.below(real.len())]
                    .trim_start_matches('!')
                    .replace('*', &r.label(real)),
            };
            let depth = match r.below(10) {
                0 => 8 + r.below(12),
                _ => r.below(4),
            };
            for _ in 0..depth {
                let label = if r.below(40) == 0 {
                    String::new()
                } else {
                    r.label(real)
                };
                host = format!("{label}.{host}");
            }
            if r.below(20) == 0 {
                host.push('.');
            }
            host
        })
        .collect()
}

fn assert_agree(hosts: &[String]) -> usize {
    let mut compared = 0;
    for h in hosts {
        if in_snapshot_difference(h) {
            continue;
        }
        assert_eq!(ours(h), theirs(h), "host {h:?}");
        compared += 1;
    }
    compared
}

#[test]
fn every_rule_agrees_with_psl() {
    let rules = rules();
    assert!(rules.len() > 9_000);
    let mut r = Random(0x9e37_79b9_7f4a_7c15);
    let hosts: Vec<String> = rules
        .iter()
        .flat_map(|rule| hosts_for_rule(rule, &mut r, &rules))
        .collect();
    assert!(assert_agree(&hosts) > 50_000);
}

#[test]
fn generated_hosts_agree_with_psl() {
    let rules = rules();
    let mut r = Random(0x2545_f491_4f6c_dd1d);
    let hosts = generated_hosts(&mut r, &rules, 20_000);
    assert!(assert_agree(&hosts) > 19_000);
}

#[test]
fn odd_hosts_agree_with_psl() {
    let odd = [
        "",
        ".",
        "..",
        "com",
        "com.",
        ".com",
        "a..com",
        "a.com..",
        "ck",
        "www.ck",
        "a.www.ck",
        "kawasaki.jp",
        "city.kawasaki.jp",
        "a.city.kawasaki.jp",
        "jp.",
        "xn--",
        "*.jp",
        "!.jp",
        "a.*.kawasaki.jp",
        "a b.com",
        "a\n.com",
        "a.COM",
        "x.中国",
        "x.xn--fiqs8s",
    ];
    let hosts: Vec<String> = odd.iter().map(|s| s.to_string()).collect();
    assert_eq!(assert_agree(&hosts), hosts.len());
}

#[test]
fn snapshot_differences_are_real() {
    for d in SNAPSHOT_DIFFERENCES {
        let host = format!("a.{d}");
        assert_ne!(
            ours(&host),
            theirs(&host),
            "{d} no longer differs: remove it"
        );
    }
}
