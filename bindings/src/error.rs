//! The one error type that crosses the FFI.
//!
//! Same split as Mozilla's application-services components: the core keeps its rich
//! [`smishguard_core::Error`] (line and column of a malformed pack, field paths…), and what
//! Kotlin and Swift see is [`SmishGuardError`], a flat enum whose message is the human text.
//! The conversion happens in exactly one place, the `impl From` below, so a new core error
//! variant is a compile error here rather than a surprise on a phone.

/// Why a call failed. In Kotlin a `SmishGuardException.*`, in Swift a `SmishGuardError`, with
/// the human-readable text as the exception's message (`localizedDescription` in Swift).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum SmishGuardError {
    /// A rule pack could not be used (too large, not JSON, another schema, an invalid value).
    /// The text says where and why, e.g. `rule pack is malformed at line 1, column 2: …`.
    #[error("{0}")]
    InvalidRulePack(String),
    /// A signed rule pack's signature or key is unusable or does not verify: the pack was
    /// altered, or signed with another key. Nothing of it was used.
    #[error("{0}")]
    InvalidSignature(String),
    /// A user list entry is unusable; the text names it (`blocked_domains[2]: …`).
    #[error("{0}")]
    InvalidUserList(String),
    /// A bug in the library (a Rust panic), caught before it could unwind into the app.
    /// Please report the text.
    #[error("internal error in smishguard: {0}")]
    Internal(String),
}

impl From<smishguard_core::Error> for SmishGuardError {
    fn from(e: smishguard_core::Error) -> Self {
        // The variants are listed so that a reader sees what maps where; a new core variant
        // must be sorted here.
        match e {
            smishguard_core::Error::PackTooLarge { .. }
            | smishguard_core::Error::Malformed { .. }
            | smishguard_core::Error::UnsupportedSchema { .. }
            | smishguard_core::Error::Invalid { .. } => {
                SmishGuardError::InvalidRulePack(e.to_string())
            }
            smishguard_core::Error::BadKey { .. } | smishguard_core::Error::BadSignature => {
                SmishGuardError::InvalidSignature(e.to_string())
            }
            smishguard_core::Error::UserList { .. } => {
                SmishGuardError::InvalidUserList(e.to_string())
            }
            // `sg::Error` is #[non_exhaustive]: anything new is still a pack problem until
            // someone decides otherwise, and keeps its human text.
            _ => SmishGuardError::InvalidRulePack(e.to_string()),
        }
    }
}

/// Runs `f`, turning a panic into [`SmishGuardError::Internal`].
///
/// UniFFI catches panics too, but its Swift bindings call non-throwing functions with `try!`,
/// so a panic there would still crash the app (or the message-filter extension). Every
/// exported call therefore returns `Result` and goes through here: the app gets an error it
/// can handle, never a crash.
pub(crate) fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, SmishGuardError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .map_err(|payload| SmishGuardError::Internal(panic_text(payload.as_ref())))
}

/// The text of a panic payload (`panic!("…")` gives a `&str` or a `String`).
pub(crate) fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_pack_keeps_the_core_text() {
        let core = smishguard_core::Classifier::from_json(b"{").unwrap_err();
        let text = core.to_string();
        let ffi = SmishGuardError::from(core);
        assert_eq!(ffi, SmishGuardError::InvalidRulePack(text.clone()));
        assert_eq!(ffi.to_string(), text);
        assert!(text.contains("line 1"), "{text}");
    }

    #[test]
    fn a_panic_becomes_an_internal_error() {
        let r: Result<(), _> = catch_panic(|| panic!("boom {}", 42));
        assert_eq!(r, Err(SmishGuardError::Internal("boom 42".into())));
        assert_eq!(
            r.unwrap_err().to_string(),
            "internal error in smishguard: boom 42"
        );
        assert_eq!(catch_panic(|| 7), Ok(7));
    }
}
