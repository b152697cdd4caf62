//! The plain C API, for hosts that use neither Kotlin nor Swift (Flutter/Dart FFI, React
//! Native, C++): one function that takes a message and returns the verdict as JSON, the same
//! JSON the CLI prints ([`smishguard_core::Verdict::to_json`]).
//!
//! The header is `bindings/include/smishguard.h` (hand-written, checked in; keep the two in
//! step — `bindings/tests/run.sh` compiles it and checks every declared symbol is exported).
//!
//! ## Contract
//!
//! * Never crashes on bad input: a NULL body, a body that is not UTF-8, a sender that is not
//!   UTF-8, or a body longer than [`SG_MAX_INPUT_BYTES`] gives `{"error":"…"}` instead of a
//!   verdict. A panic inside is caught and also reported as `{"error":"…"}`.
//! * Every returned string is NUL-terminated UTF-8, allocated here, and must be given back to
//!   [`sg_string_free`] (never to `free`). A NULL return means only that the allocation
//!   itself failed.
//! * [`sg_version`] and [`sg_rules_version`] return static strings: do not free them.
//! * Thread-safe: the default rules are compiled once per process and shared.

use std::ffi::{c_char, CStr, CString};
use std::sync::LazyLock;

use smishguard_core as sg;

use crate::error::panic_text;

/// Longest body `sg_classify_json` accepts, in bytes (1 MiB). Longer bodies are refused with
/// an error JSON; bodies longer than [`sg::MAX_INPUT_BYTES`] but within this limit are
/// analysed up to that length and the verdict says `"truncated": true`.
pub const SG_MAX_INPUT_BYTES: usize = 1024 * 1024;

static VERSION: LazyLock<CString> =
    LazyLock::new(|| CString::new(crate::LIBRARY_VERSION).unwrap_or_default());
static RULES_VERSION: LazyLock<CString> =
    LazyLock::new(|| CString::new(sg::Classifier::new().rules_version()).unwrap_or_default());

/// Classifies one message and returns the verdict as JSON (or `{"error":"…"}`).
///
/// `utf8`/`len`: the body, `len` bytes of UTF-8 (no NUL needed; embedded NULs are text).
/// `sender_or_null`: the sender as a NUL-terminated UTF-8 string, or NULL when unknown.
/// Free the result with [`sg_string_free`].
///
/// # Safety
///
/// `utf8` must be NULL or point to `len` readable bytes; `sender_or_null` must be NULL or
/// point to a NUL-terminated string. Both are only read during the call.
#[no_mangle]
pub unsafe extern "C" fn sg_classify_json(
    utf8: *const c_char,
    len: usize,
    sender_or_null: *const c_char,
) -> *mut c_char {
    let json = std::panic::catch_unwind(|| {
        // SAFETY: the caller guarantees `utf8` is NULL or points to `len` readable bytes, and
        // `sender_or_null` is NULL or a NUL-terminated string, both alive for this call.
        unsafe { classify_to_json(utf8, len, sender_or_null) }
    })
    .unwrap_or_else(|p| error_json(&format!("internal error: {}", panic_text(p.as_ref()))));
    into_c_string(json)
}

/// The body of [`sg_classify_json`], returning the JSON text.
///
/// # Safety
///
/// As for [`sg_classify_json`].
unsafe fn classify_to_json(utf8: *const c_char, len: usize, sender: *const c_char) -> String {
    if utf8.is_null() {
        return error_json("message is NULL");
    }
    if len > SG_MAX_INPUT_BYTES {
        return error_json(&format!(
            "message is {len} bytes, more than the limit of {SG_MAX_INPUT_BYTES} bytes"
        ));
    }
    // SAFETY: `utf8` is not NULL and the caller guarantees `len` readable bytes behind it;
    // `len` is at most 1 MiB, far below isize::MAX; the slice is not kept past this call.
    let bytes = unsafe { std::slice::from_raw_parts(utf8.cast::<u8>(), len) };
    let Ok(body) = std::str::from_utf8(bytes) else {
        return error_json("message is not valid UTF-8");
    };
    let sender = if sender.is_null() {
        None
    } else {
        // SAFETY: not NULL, and the caller guarantees a NUL-terminated string alive for the call.
        match unsafe { CStr::from_ptr(sender) }.to_str() {
            Ok(s) => Some(s),
            Err(_) => return error_json("sender is not valid UTF-8"),
        }
    };
    sg::classify(body, sender).to_json()
}

/// Frees a string returned by [`sg_classify_json`]. NULL is accepted and ignored.
///
/// # Safety
///
/// `s` must be NULL or a pointer returned by `sg_classify_json` and not freed yet.
#[no_mangle]
pub unsafe extern "C" fn sg_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    // SAFETY: the caller guarantees `s` came from `CString::into_raw` in `into_c_string` and
    // was not freed before, so taking ownership back is sound and frees it exactly once.
    drop(unsafe { CString::from_raw(s) });
}

/// The library version (semver), a static string: do not free.
#[no_mangle]
pub extern "C" fn sg_version() -> *const c_char {
    VERSION.as_ptr()
}

/// The version of the embedded rule pack, a static string: do not free.
#[no_mangle]
pub extern "C" fn sg_rules_version() -> *const c_char {
    RULES_VERSION.as_ptr()
}

fn error_json(message: &str) -> String {
    serde_json::json!({ "error": message }).to_string()
}

fn into_c_string(json: String) -> *mut c_char {
    // serde_json escapes U+0000 as \u0000, so the JSON has no interior NUL; the fallback only
    // guards against a future change.
    CString::new(json)
        .unwrap_or_else(|_| c"{\"error\":\"internal error: NUL in output\"}".to_owned())
        .into_raw()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(body: Option<&[u8]>, len: usize, sender: Option<&CStr>) -> serde_json::Value {
        let ptr = body.map_or(std::ptr::null(), |b| b.as_ptr().cast());
        let sender = sender.map_or(std::ptr::null(), CStr::as_ptr);
        // SAFETY: `ptr` is NULL or points to `body`, whose length the tests pass as `len`
        // (or less); `sender` is NULL or a CStr.
        let out = unsafe { sg_classify_json(ptr, len, sender) };
        assert!(!out.is_null());
        // SAFETY: `out` is a NUL-terminated string from sg_classify_json, freed right after.
        let text = unsafe { CStr::from_ptr(out) }.to_str().unwrap().to_owned();
        // SAFETY: `out` came from sg_classify_json and is freed once.
        unsafe { sg_string_free(out) };
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn verdict_json_is_the_cli_json() {
        let body = "お荷物のお届けにあがりましたが不在の為持ち帰りました。https://sagawa-kx.top/";
        let v = call(Some(body.as_bytes()), body.len(), Some(c"SAGAWA"));
        let expected: serde_json::Value =
            serde_json::from_str(&sg::classify(body, Some("SAGAWA")).to_json()).unwrap();
        assert_eq!(v, expected);
        assert_eq!(v["level"], "dangerous");
    }

    /// (name, body, length passed, sender, expected error text)
    type Case<'a> = (&'a str, Option<&'a [u8]>, usize, Option<&'a CStr>, &'a str);

    #[test]
    fn bad_input_gives_error_json() {
        let cases: &[Case] = &[
            ("null", None, 0, None, "message is NULL"),
            (
                "bad_utf8",
                Some(b"\xff\xfeabc"),
                5,
                None,
                "message is not valid UTF-8",
            ),
            (
                "cut_char",
                Some("不".as_bytes()),
                2,
                None,
                "message is not valid UTF-8",
            ),
            (
                "bad_sender",
                Some(b"hi"),
                2,
                Some(c"\xff"),
                "sender is not valid UTF-8",
            ),
        ];
        for &(name, body, len, sender, want) in cases {
            assert_eq!(call(body, len, sender)["error"], want, "{name}");
        }
        let huge = vec![b'a'; SG_MAX_INPUT_BYTES + 1];
        let v = call(Some(&huge), huge.len(), None);
        assert!(v["error"].as_str().unwrap().contains("limit"), "{v}");
        let big = vec![b'a'; SG_MAX_INPUT_BYTES];
        assert_eq!(call(Some(&big), big.len(), None)["truncated"], true);
    }

    #[test]
    fn versions_are_static_strings() {
        // SAFETY: both return pointers to process-lifetime NUL-terminated strings.
        let (v, r) = unsafe {
            (
                CStr::from_ptr(sg_version()).to_str().unwrap(),
                CStr::from_ptr(sg_rules_version()).to_str().unwrap(),
            )
        };
        assert_eq!(v, env!("CARGO_PKG_VERSION"));
        assert_eq!(r, sg::Classifier::new().rules_version());
        // SAFETY: NULL is documented as accepted.
        unsafe { sg_string_free(std::ptr::null_mut()) };
    }
}
