#!/usr/bin/env bash
# Fuzz smoke run: every fuzz target for 10 seconds, failing on any crash, hang or
# out-of-memory (scripts/test-all.sh runs the longer, sanitized run CI uses). On a fresh
# machine it first installs the nightly toolchain and cargo-fuzz and builds the targets with
# coverage instrumentation, which takes minutes.
# Installs what it needs, idempotently. Usage: bash scripts/fuzz-smoke.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
bash fuzz/run.sh "${1:-10}"
