//! Compiles the Public Suffix List (`data/public_suffix_list.dat`, the list as published; see
//! `scripts/update-public-suffix-list.sh`) into one sorted string (`$OUT_DIR/public_suffix.rs`)
//! that `src/public_suffix.rs` searches by halving.
//!
//! Both sections of the list are kept (ICANN and PRIVATE, as the `psl` crate does), and every
//! rule written with non-ASCII letters is kept twice: as written and in punycode (`中国` and
//! `xn--fiqs8s`), as in `psl`. Each rule becomes one line, its labels from right to left and
//! separated by a space: `jp kawasaki *` for `*.kawasaki.jp`, `jp kawasaki !city` for
//! `!city.kawasaki.jp`. A space sorts before every character of a label, so the rules under a
//! suffix come right after the suffix's own line, exceptions (`!`) first, then the wildcard
//! (`*`), then the others.

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
    let mut table = String::new();
    for l in &lines {
        table.push_str(l);
        table.push('\n');
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// The {} rules of the Public Suffix List, one a line, labels from right to left \
         separated by spaces, sorted by bytes; `*` is a wildcard label, `!` marks an exception.",
        lines.len()
    );
    let _ = writeln!(out, "const RULES: &str = {table:?};");
    std::fs::write(dir.join("public_suffix.rs"), out).expect("OUT_DIR is writable");
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
