#!/usr/bin/env bash
# Runs every test of the project: formatting and lints, the Rust test suites (unit, table,
# fixture and corpus tests), and the corpus quality gate. Later stages (Kotlin, Swift, C,
# cross-target checks) are added by their own scripts below as they land.
# Installs what it needs, idempotently. Usage: bash scripts/test-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== rustfmt / clippy"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
cargo fmt --all -- --check
# The fuzz crate is its own workspace (nightly only): check its formatting here, run it with
# scripts/fuzz-smoke.sh (kept out of this script: installing nightly and cargo-fuzz takes minutes).
rustfmt --edition 2021 --check fuzz/fuzz_targets/*.rs
cargo clippy --workspace --all-targets -- -D warnings

echo "== cargo test (workspace: unit, doc, property tests and the hostile-input catalogue)"
cargo test --workspace 2>&1 | tee /tmp/smishguard-cargo-test.log

echo "== bindings (Kotlin on the JVM, Swift parse, C headers and API, cross-target checks)"
bash bindings/tests/run.sh
