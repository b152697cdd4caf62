#!/usr/bin/env bash
# Measures the per-call cost of the Kotlin bindings on the JVM (JNA) with the release library:
# one classify() per message, and classifyBatch() of 1,000 messages. Not part of the tests.
# Installs what it needs, idempotently (bindings/tests/jvm-tools.sh).
# Usage: bash bindings/tests/bench-kotlin.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$TARGET/smishguard-bench
source bindings/tests/jvm-tools.sh
CP=/usr/share/java/jna.jar
cargo build -q --release -p smishguard-ffi
cargo build -q -p smishguard-ffi -p uniffi-bindgen   # bindings are generated from the debug .so
rm -rf "$OUT" && mkdir -p "$OUT"
"$TARGET/debug/uniffi-bindgen" generate --no-format --library "$TARGET/debug/libsmishguard_ffi.so" \
    --language kotlin --config bindings/uniffi-desktop.toml --out-dir "$OUT/src" >/dev/null
"$KOTLIN_HOME/bin/kotlinc-jvm" -nowarn -jvm-target 17 -cp "$CP" -d "$OUT/classes" \
    "$OUT/src/jp/smishguard/smishguard_ffi.kt" bindings/tests/kotlin/bench/Bench.kt
java -Djna.library.path="$TARGET/release" \
    -cp "$OUT/classes:$CP:$KOTLIN_HOME/lib/kotlin-stdlib.jar" jp.smishguard.bench.BenchKt
