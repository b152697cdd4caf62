//! The C API (`sg_classify_json`) on arbitrary bytes, lengths and senders, called as a C host
//! would: the body from a heap block of exactly the bytes given, a length that may be shorter,
//! zero, or beyond the limit (refused before reading), and a NUL-terminated sender or NULL.
//! Every result is one JSON object — an error exactly when the body or sender is NULL-free
//! invalid UTF-8, NULL, or too long, else the core's verdict JSON for the same input — and is
//! given back to `sg_string_free`.
#![no_main]

use std::ffi::{c_char, CStr, CString};

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use smishguard_ffi::capi::{sg_classify_json, sg_string_free, SG_MAX_INPUT_BYTES};

fuzz_target!(|data: &[u8]| {
    // Byte 0: mode bits (NULL body, NULL sender, length beyond the limit);
    // byte 1: sender length, taken from the end; the rest is the body.
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Some((&sender_len, rest)) = rest.split_first() else {
        return;
    };
    let sender_len = (sender_len as usize).min(rest.len());
    let (body, sender) = rest.split_at(rest.len() - sender_len);
    // The sender stops at its first NUL, as C would read it.
    let sender = sender.split(|&b| b == 0).next().unwrap_or_default();
    let sender_c = CString::new(sender).expect("no NUL left");

    let null_body = mode & 1 == 1;
    let null_sender = mode & 2 == 2;
    let body_block: Box<[u8]> = body.into();
    let len = match mode >> 2 & 3 {
        0 => body.len(),
        // A shorter length: the body may end inside a character.
        1 => body.len() / 2,
        // Beyond the limit on a short block: refused before anything is read.
        2 => SG_MAX_INPUT_BYTES + 1 + (mode as usize >> 4),
        _ => 0,
    };
    let body_ptr: *const c_char = if null_body {
        std::ptr::null()
    } else {
        body_block.as_ptr().cast()
    };
    let sender_ptr = if null_sender {
        std::ptr::null()
    } else {
        sender_c.as_ptr()
    };

    // SAFETY: `body_ptr` is NULL or points to `body_block`, which holds at least `len` bytes
    // whenever `len` is within the limit (a longer `len` is refused before any read);
    // `sender_ptr` is NULL or a NUL-terminated string. Both outlive the call.
    let out = unsafe { sg_classify_json(body_ptr, len, sender_ptr) };
    assert!(!out.is_null(), "NULL result");
    // SAFETY: a non-NULL result is a NUL-terminated string owned by the library until freed.
    let text = unsafe { CStr::from_ptr(out) }
        .to_str()
        .expect("the result is UTF-8")
        .to_owned();
    // SAFETY: `out` came from sg_classify_json and is freed exactly once.
    unsafe { sg_string_free(out) };

    let json: Value = serde_json::from_str(&text).expect("the result is JSON");
    let obj = json.as_object().expect("the result is a JSON object");

    let body_text = (!null_body && len <= SG_MAX_INPUT_BYTES)
        .then(|| std::str::from_utf8(&body[..len]).ok())
        .flatten();
    let sender_text = if null_sender {
        Some(None)
    } else {
        std::str::from_utf8(sender).ok().map(Some)
    };
    match (body_text, sender_text) {
        (Some(b), Some(s)) => {
            assert!(!obj.contains_key("error"), "error for valid input: {text}");
            let expected: Value =
                serde_json::from_str(&smishguard_core::classify(b, s).to_json()).expect("JSON");
            assert_eq!(json, expected, "C API and core disagree");
        }
        _ => {
            assert_eq!(obj.len(), 1, "an error is only {{\"error\"}}: {text}");
            assert!(obj["error"].is_string(), "{text}");
        }
    }
});
