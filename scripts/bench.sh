#!/usr/bin/env bash
# Prints every performance figure of issue 5: the table, then the same figures as one JSON
# object (`smishguard bench --json`), and the Kotlin/JVM figure when the bindings provide it.
#
# Usage: bash scripts/bench.sh [bench options, e.g. --rounds 400]
# The dev corpus is read at run time from ../shared/corpus/dev.jsonl (override with
# SMISHGUARD_CORPUS=FILE). Speed claims are ratios measured in the same run; for repeatable
# absolute numbers use callgrind, e.g.
#   valgrind --tool=callgrind target/release/smishguard __bench-child rss \
#       ../shared/corpus/dev.jsonl tests/fixtures 1000
# (instructions per classify = (that - the same with 0) / 1000).
# The criterion micro-benchmarks are `cargo bench -p smishguard-core`.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release -p smishguard-cli
if [ -d bindings ]; then
    # The release cdylib, whose stripped size is `library_bytes`.
    cargo build --release -p smishguard-ffi || echo "(smishguard-ffi did not build: library_bytes will be null)"
fi
bin=target/release/smishguard

echo "== smishguard bench ($(date -u +%F), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
"$bin" bench "$@"
echo
echo "== smishguard bench --json"
"$bin" bench --json "$@"

if [ -f bindings/tests/bench-kotlin.sh ]; then
    echo
    echo "== Kotlin (JVM)"
    bash bindings/tests/bench-kotlin.sh
else
    echo
    echo "== Kotlin (JVM): bindings/tests/bench-kotlin.sh not present yet (lands with the bindings)"
fi
