#!/usr/bin/env bash
# Checks that two builds of smishguard give exactly the same verdicts: every row of the dev
# corpora (../shared/corpus/dev.jsonl, dev2.jsonl) and of tests/fixtures/*.jsonl goes through
# `classify --jsonl` (level, score, category, reasons with their weights, spans, advice) and,
# for the labelled files, `eval --json`, with each binary; any difference is printed and the
# exit status is 1. For changes meant to be invisible, such as faster look-up tables.
#
# Usage: bash scripts/compare-verdicts.sh BEFORE_BINARY AFTER_BINARY
#   e.g. git stash; cargo build --release -p smishguard-cli; cp target/release/smishguard /tmp/before
#        git stash pop; cargo build --release -p smishguard-cli
#        bash scripts/compare-verdicts.sh /tmp/before target/release/smishguard
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 BEFORE_BINARY AFTER_BINARY" >&2; exit 2; }
before=$1 after=$2
corpus=${SMISHGUARD_CORPUS_DIR:-../shared/corpus}
files=(tests/fixtures/*.jsonl)
for f in "$corpus/dev.jsonl" "$corpus/dev2.jsonl"; do
    if [ -f "$f" ]; then files+=("$f"); else echo "(no $f: not compared)"; fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for f in "${files[@]}"; do
    rows=$(grep -c . "$f" || true)
    "$before" classify --jsonl "$f" >"$tmp/before" || true
    "$after" classify --jsonl "$f" >"$tmp/after" || true
    if cmp -s "$tmp/before" "$tmp/after"; then
        echo "same verdicts: $f ($rows rows)"
    else
        echo "DIFFERENT verdicts: $f"
        diff "$tmp/before" "$tmp/after" | head -20 || true
        status=1
    fi
    if grep -q '"label"' "$f"; then
        "$before" eval --json "$f" >"$tmp/before"
        "$after" eval --json "$f" >"$tmp/after"
        if cmp -s "$tmp/before" "$tmp/after"; then
            echo "same evaluation: $f"
        else
            echo "DIFFERENT evaluation: $f"
            status=1
        fi
    fi
done
exit $status
