#!/usr/bin/env bash
# Prints every performance figure: one measuring run of `smishguard bench --json`, shown as a
# table with the targets beside each figure, then as the JSON object itself, and the
# Kotlin/JVM figure when the bindings provide it.
#
# Usage: bash scripts/bench.sh [bench options, e.g. --rounds 400 or --no-callgrind]
# The dev corpus is read at run time from ../shared/corpus/dev.jsonl (override with
# SMISHGUARD_CORPUS=FILE). Speed claims are ratios measured in the same run; the repeatable
# figures are the instruction counts, measured with callgrind when valgrind is installed
# (first_verdict_instructions: the whole `__bench-child verdict-once` process;
# instructions_per_classify: warm passes over the dev corpus, `__bench-child loop`).
# library_bytes_aarch64_android is measured on the Android arm64 library in
# $target_dir/aarch64-linux-android/release/: built by `cargo ndk -t arm64-v8a build --release
# -p smishguard-ffi` where the NDK is installed (see bindings/README.md), else by
# scripts/android-lib-without-ndk.sh, which this script runs when the library is missing or
# older than its sources and rustup can add the target (same code, linked by rust-lld instead
# of the NDK's clang).
# The criterion micro-benchmarks are `cargo bench -p smishguard-core`.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}

cargo build --release -p smishguard-cli
if [ -d bindings ]; then
    # The release cdylib, whose stripped size is `library_bytes`.
    cargo build --release -p smishguard-ffi || echo "(smishguard-ffi did not build: library_bytes will be null)"
fi
# The Android library is rebuilt when it is missing or older than any source it is made from,
# so its size is never that of an earlier build.
android_lib=$target_dir/aarch64-linux-android/release/libsmishguard_ffi.so
android_lib_stale() {
    [ ! -f "$android_lib" ] ||
        [ -n "$(find core/src core/rules core/build core/data core/build.rs bindings/src .cargo Cargo.toml Cargo.lock \
            core/Cargo.toml bindings/Cargo.toml \
            -newer "$android_lib" -type f -print -quit)" ]
}
if android_lib_stale; then
    if command -v cargo-ndk >/dev/null && [ -n "${ANDROID_NDK_HOME:-}" ]; then
        cargo ndk -t arm64-v8a build --release -p smishguard-ffi ||
            echo "(cargo ndk failed: library_bytes_aarch64_android may be stale or null)"
    elif command -v rustup >/dev/null; then
        bash scripts/android-lib-without-ndk.sh ||
            echo "(no aarch64-linux-android library: library_bytes_aarch64_android may be stale or null)"
    fi
fi
bin=$target_dir/release/smishguard
json=$(mktemp)
trap 'rm -f "$json"' EXIT

echo "== smishguard bench ($(date -u +%F), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
"$bin" bench --json "$@" >"$json"
"$bin" bench --table "$json"
echo
echo "== smishguard bench --json"
cat "$json"

if [ -f bindings/tests/bench-kotlin.sh ]; then
    echo
    echo "== Kotlin (JVM)"
    bash bindings/tests/bench-kotlin.sh
else
    echo
    echo "== Kotlin (JVM): bindings/tests/bench-kotlin.sh not present yet (lands with the bindings)"
fi
