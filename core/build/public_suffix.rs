//! Compiles the Public Suffix List (`data/public_suffix_list.dat`, the list as published; see
//! `scripts/update-public-suffix-list.sh`) into one sorted, front-coded table
//! (`$OUT_DIR/public_suffix.rs`) that `src/public_suffix.rs` searches by halving.
//!
//! Both sections of the list are kept (ICANN and PRIVATE, as the `psl` crate does), and every
//! rule written with non-ASCII letters is kept twice: as written and in punycode (`中国` and
//! `xn--fiqs8s`), as in `psl`. Each rule becomes one line, its labels from right to left and
//! separated by a space: `jp kawasaki *` for `*.kawasaki.jp`, `jp kawasaki !city` for
//! `!city.kawasaki.jp`. A space sorts before every character of a label, so the rules under a
//! suffix come right after the suffix's own line, exceptions (`!`) first, then the wildcard
//! (`*`), then the others. Sorted neighbours share long beginnings (`jp hokkaido …`), so each
//! rule is stored as what it adds to the one before, in blocks of 16 that start with a whole
//! rule: 155 kB of lines become about 86 kB.

use std::fmt::Write as _;
use std::path::Path;

/// Reads the list at `list` and writes `public_suffix.rs` into `dir`.
pub fn write(list: &Path, dir: &Path) {
    println!("cargo:rerun-if-changed={}", list.display());
    let text = std::fs::read_to_string(list).expect("the public suffix list is in data/");
    let mut lines: Vec<String> = Vec::new();
    for rule in rules(&text) {
        lines.push(reversed(rule));
        if !rule.is_ascii() {
            lines.push(reversed(&to_ascii(rule)));
        }
    }
    lines.sort_unstable();
    lines.dedup();
    assert!(
        lines.len() > 5_000,
        "the public suffix list looks truncated"
    );
    let (rules, blocks) = front_coded(&lines);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// The {} rules of the Public Suffix List, labels from right to left separated by \
         spaces, sorted by bytes (`*` is a wildcard label, `!` marks an exception); each as \
         the byte count it shares with the rule before, the byte count of the rest, the rest \
         ({} bytes where the plain lines take {}).",
        lines.len(),
        rules.len(),
        lines.iter().map(|l| l.len() + 1).sum::<usize>()
    );
    let _ = writeln!(out, "const RULES: &[u8] = b\"{}\";", escaped(&rules));
    let _ = writeln!(
        out,
        "/// Where every {BLOCK}th rule starts in `RULES`: those share nothing with the rule before."
    );
    let _ = writeln!(out, "const BLOCKS: &[u32] = &{blocks:?};");
    std::fs::write(dir.join("public_suffix.rs"), out).expect("OUT_DIR is writable");
}

/// Rules per block of front coding.
const BLOCK: usize = 16;

/// The sorted lines, each as (bytes shared with the line before, length of the rest, the rest),
/// the first of each block of [`BLOCK`] sharing nothing; and where each block starts.
fn front_coded(lines: &[String]) -> (Vec<u8>, Vec<u32>) {
    let mut rules = Vec::new();
    let mut blocks = Vec::new();
    let mut before: &[u8] = b"";
    for (i, line) in lines.iter().enumerate() {
        let line = line.as_bytes();
        let shared = if i % BLOCK == 0 {
            blocks.push(u32::try_from(rules.len()).expect("the table is under 4 GB"));
            0
        } else {
            before.iter().zip(line).take_while(|(a, b)| a == b).count()
        };
        let rest = &line[shared..];
        assert!(line.len() < 256, "rule too long: {line:?}");
        rules.push(shared as u8);
        rules.push(rest.len() as u8);
        rules.extend_from_slice(rest);
        before = line;
    }
    (rules, blocks)
}

/// The bytes as the inside of a byte string literal.
fn escaped(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        if (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\' {
            s.push(char::from(b));
        } else {
            let _ = write!(s, "\\x{b:02x}");
        }
    }
    s
}

/// The rules of the list: the first word of every line that is neither empty nor a comment.
fn rules(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| !w.starts_with("//"))
}

/// `!city.kawasaki.jp` → `jp kawasaki !city`.
fn reversed(rule: &str) -> String {
    assert!(
        !rule.is_empty()
            && !rule.contains(|c: char| c.is_control() || " \\\"".contains(c))
            && rule == rule.to_lowercase(),
        "unexpected rule {rule:?}"
    );
    let labels: Vec<&str> = rule.split('.').rev().collect();
    labels.join(" ")
}

/// The rule with each label in punycode, keeping its `!` or `*.` prefix.
fn to_ascii(rule: &str) -> String {
    let (prefix, name) = if let Some(n) = rule.strip_prefix('!') {
        ("!", n)
    } else if let Some(n) = rule.strip_prefix("*.") {
        ("*.", n)
    } else {
        ("", rule)
    };
    let ascii = idna::domain_to_ascii(name).expect("every rule of the list is a valid name");
    format!("{prefix}{ascii}")
}
