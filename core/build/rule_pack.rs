//! Copies the default rule pack's JSON files (`rules/*.json`) into `$OUT_DIR` without the
//! white space between tokens, for `src/classifier.rs` to embed: the files stay indented for
//! review, and the library carries 36 kB less of it (`src/classifier.rs` tests that each
//! copy parses to the same value as its file).

use std::path::Path;

/// The pieces of the default pack.
const FILES: &[&str] = &[
    "pack.json",
    "url_lists.json",
    "brands.json",
    "concepts.json",
    "model.json",
];

/// Writes the compact copy of each file of `rules` into `dir`.
pub fn write(rules: &Path, dir: &Path) {
    for name in FILES {
        let path = rules.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let json = std::fs::read_to_string(&path).expect("the rule pack is in rules/");
        std::fs::write(dir.join(name), compact(&json)).expect("OUT_DIR is writable");
    }
}

/// `json` without the white space outside strings (JSON allows it only between tokens).
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        } else {
            in_string = c == '"';
        }
        out.push(c);
    }
    out
}
