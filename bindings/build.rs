//! Link options of the shared library.
//!
//! On Linux with glibc, relative relocations are packed (`DT_RELR`, GNU ld 2.38+, glibc
//! 2.36+): the library's 3,300-odd pointers into itself (string tables, vtables, the rule
//! pack's statics) cost a few hundred bytes rather than 24 bytes each. A library linked so
//! loads only where glibc is 2.36 or later; an older GNU ld ignores the option with a
//! warning and links the library unpacked. Android's loader has
//! packed formats of its own (from API 23); the Android library is measured unpacked (see
//! scripts/android-lib-without-ndk.sh). Only the cdylib is linked so; the CLI and the tests
//! are not.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
