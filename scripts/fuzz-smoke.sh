#!/usr/bin/env bash
# Fuzz smoke run: every fuzz target for 10 seconds (40 s of fuzzing in all), failing on any
# crash, hang or out-of-memory. Kept apart from scripts/test-all.sh because on a fresh
# machine it first installs the nightly toolchain and cargo-fuzz and builds the targets with
# coverage instrumentation, which takes minutes (installing cargo-fuzz alone took 73 s here).
# Installs what it needs, idempotently. Usage: bash scripts/fuzz-smoke.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
bash fuzz/run.sh "${1:-10}"
