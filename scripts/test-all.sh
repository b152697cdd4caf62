#!/usr/bin/env bash
# Runs every test of the project: formatting and lints, the Rust test suites (unit, table,
# fixture and corpus tests), and the corpus quality gate, the docs and the core examples, the
# bindings (Kotlin, Swift, C, cross-target checks), the C API under sanitizers, the crates'
# packaging, and a bounded fuzzing run of every fuzz target.
# Installs what it needs, idempotently. Usage: bash scripts/test-all.sh
# Environment: FUZZ_SECONDS (default 45) is the fuzzing time per target; 0 skips fuzzing.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== rustfmt / clippy"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
cargo fmt --all -- --check
# The fuzz crate is its own workspace (nightly only): check its formatting here; it is built
# and run by the fuzzing stage at the end.
rustfmt --edition 2021 --check fuzz/fuzz_targets/*.rs fuzz/src/*.rs
cargo clippy --workspace --all-targets -- -D warnings

echo "== cargo test (workspace: unit, doc, property tests and the hostile-input catalogue)"
cargo test --workspace 2>&1 | tee /tmp/smishguard-cargo-test.log

echo "== docs (cargo doc, warnings denied)"
RUSTDOCFLAGS="-D warnings" cargo doc -q --no-deps --workspace

echo "== core examples (classify one message; classify a JSONL stream)"
one=$(cargo run -q -p smishguard-core --example classify_one -- --sender 09011112222 \
    'お荷物のお届けにあがりましたが不在の為持ち帰りました。https://sagawa-kx.top/')
grep -q '^dangerous ' <<<"$one" || { echo "classify_one: the lure is not dangerous"; echo "$one"; exit 1; }
# The JSONL example must print exactly what `smishguard classify --jsonl` prints.
cargo build -q -p smishguard-cli
examples=$(mktemp -d)
cat tests/fixtures/*.jsonl > "$examples/in.jsonl"
cargo run -q -p smishguard-core --example classify_jsonl < "$examples/in.jsonl" > "$examples/out.jsonl"
"${CARGO_TARGET_DIR:-target}/debug/smishguard" classify --jsonl "$examples/in.jsonl" \
    | diff -q - "$examples/out.jsonl"
echo "ok   classify_one; classify_jsonl = classify --jsonl on $(wc -l < "$examples/in.jsonl") fixture lines"
rm -rf "$examples"

echo "== bindings (Kotlin on the JVM, Swift parse, C headers and API, cross-target checks)"
bash bindings/tests/run.sh

echo "== C API under AddressSanitizer + UBSan and valgrind memcheck"
bash bindings/tests/sanitize.sh

echo "== packaging (cargo publish --dry-run of the core and the CLI)"
# The dry run verifies the CLI against the core packaged from this tree, extracted under
# cargo's registry sources; cargo reuses an extraction of the same name and version left by an
# earlier run (of an older tree) instead of the new one. Only these dry runs put our packages
# there: remove them first.
rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/smishguard-core-* \
    "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/smishguard-cli-*
cargo publish -q --dry-run --allow-dirty -p smishguard-core -p smishguard-cli

fuzz_seconds=${FUZZ_SECONDS:-45}
if [ "$fuzz_seconds" -gt 0 ]; then
    echo "== fuzzing (every target ${fuzz_seconds} s, two at a time; installs nightly and cargo-fuzz)"
    FUZZ_JOBS=2 FUZZ_SANITIZER=address bash fuzz/run.sh "$fuzz_seconds"
fi
