//! Errors. Classifying never fails (every input gets a verdict); loading a rule pack can.

/// What can go wrong when building a [`crate::Classifier`] from a rule pack.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The pack is larger than [`crate::MAX_PACK_BYTES`].
    #[error("rule pack is {size} bytes, more than the limit of {limit} bytes")]
    PackTooLarge {
        /// Size of the pack given.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The pack is not valid JSON or does not have the pack's shape.
    #[error("rule pack is malformed at line {line}, column {column}: {reason}")]
    Malformed {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What is wrong.
        reason: String,
    },
    /// The pack's `schema` is not one this build reads.
    #[error(
        "rule pack schema {found} is not supported (this build reads schema {} to {expected})",
        crate::rules::OLDEST_SCHEMA_VERSION
    )]
    UnsupportedSchema {
        /// The schema found.
        found: u32,
        /// The newest schema this build reads.
        expected: u32,
    },
    /// The signature or the public key given with a signed pack has the wrong length or form.
    #[error("rule pack signature or key is unusable: {reason}")]
    BadKey {
        /// What is wrong with it.
        reason: String,
    },
    /// The pack's signature does not verify with the public key given: the pack was altered,
    /// or signed with another key. The pack is not used.
    #[error("rule pack signature does not verify with the given public key")]
    BadSignature,
    /// A user list entry is unusable (too long, too many, empty).
    #[error("user list invalid at {path}: {reason}")]
    UserList {
        /// Where (`blocked_domains[2]`).
        path: String,
        /// Why.
        reason: String,
    },
    /// The pack parsed but a value is unusable.
    #[error("rule pack is invalid at {path}: {reason}")]
    Invalid {
        /// Where, as a field path (`brands[3].domains[0]`).
        path: String,
        /// Why.
        reason: String,
    },
}
