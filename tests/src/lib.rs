//! Cross-crate tests live in tests/tests/. This library holds what they share with the fuzz
//! targets (fuzz/): the invariants every verdict must satisfy, whatever the input.
#![deny(missing_docs)]

pub mod invariants;
