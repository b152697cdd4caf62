//! `cargo uniffi-bindgen generate --library target/debug/libsmishguard_ffi.so --language kotlin …`
//!
//! Built from the workspace so that the generator always matches the UniFFI version the
//! library was built with (a mismatch gives bindings that fail their checksum at load time).

fn main() {
    uniffi::uniffi_bindgen_main()
}
