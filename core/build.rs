//! Compiles two data sets into compact tables without pointers: the UTS #39 confusables
//! (`$OUT_DIR/confusables.rs`, below) and the Public Suffix List (`$OUT_DIR/public_suffix.rs`,
//! see `build/public_suffix.rs`); and copies the default rule pack without its indentation
//! (`build/rule_pack.rs`).
//!
//! The `unicode-security` crate keeps `confusables.txt` as a slice of `(char, &[char])`: a
//! pointer per entry, which in a shared library costs a 24-byte relocation each on top of the
//! entry, about 0.3 MB for ~6,300 entries. Here the same data, read from that crate at build
//! time, becomes two arrays of `u32` and one string: no pointers, about 60 kB. The runtime
//! skeleton (`src/confusables.rs`) is tested to equal the crate's on every code point.

use std::fmt::Write as _;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;
use unicode_security::confusable_detection::skeleton;

#[path = "build/public_suffix.rs"]
mod public_suffix;
#[path = "build/rule_pack.rs"]
mod rule_pack;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    confusables(Path::new(&dir));
    public_suffix::write(Path::new("data/public_suffix_list.dat"), Path::new(&dir));
    rule_pack::write(Path::new("rules"), Path::new(&dir));
}

/// Writes `confusables.rs`: the skeleton of every code point that has one.
fn confusables(dir: &Path) {
    let mut ignorable: Vec<(u32, u32)> = Vec::new();
    let mut sources: Vec<u32> = Vec::new();
    let mut spans: Vec<u32> = Vec::new();
    let mut pool = String::new();
    let mut pooled: std::collections::HashMap<String, usize> = Default::default();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let mut one = [0u8; 4];
        let s: &str = c.encode_utf8(&mut one);
        // The runtime decomposes first: only code points that are their own NFD are looked up,
        // and for those the skeleton is the NFD of the prototype (or nothing when ignorable).
        if !s.nfd().eq(std::iter::once(c)) {
            continue;
        }
        let skel: String = skeleton(s).collect();
        if skel == s {
            continue;
        }
        let cp = c as u32;
        if skel.is_empty() {
            match ignorable.last_mut() {
                Some(last) if last.1 + 1 == cp => last.1 = cp,
                _ => ignorable.push((cp, cp)),
            }
            continue;
        }
        let start = *pooled.entry(skel.clone()).or_insert_with(|| {
            pool.push_str(&skel);
            pool.len() - skel.len()
        });
        assert!(start < 1 << 24 && skel.len() < 256, "table out of range");
        sources.push(cp);
        spans.push((start as u32) << 8 | skel.len() as u32);
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// Code points whose skeleton is empty (default ignorable), as inclusive ranges."
    );
    let _ = writeln!(out, "const IGNORABLE: &[(u32, u32)] = &{ignorable:?};");
    let _ = writeln!(
        out,
        "/// Code points (their own NFD) with a prototype, ascending."
    );
    let _ = writeln!(out, "const SOURCES: &[u32] = &{sources:?};");
    let _ = writeln!(
        out,
        "/// For each source: byte offset in `POOL` << 8 | byte length of its prototype (NFD)."
    );
    let _ = writeln!(out, "const SPANS: &[u32] = &{spans:?};");
    let _ = writeln!(out, "/// The prototypes, concatenated.");
    let _ = writeln!(out, "const POOL: &str = {pool:?};");
    std::fs::write(dir.join("confusables.rs"), out).expect("OUT_DIR is writable");
}
