#!/usr/bin/env bash
# Runs every fuzz target for a bounded time each and exits non-zero if any target crashed,
# hung (libFuzzer timeout) or ran out of memory. Installs what it needs, idempotently: the
# nightly toolchain and cargo-fuzz.
#
# Usage: bash fuzz/run.sh SECONDS [TARGET...]
#   SECONDS   time per target (default 10)
#   TARGET    targets to run (default: all of them)
# Environment: FUZZ_JOBS=2 runs two targets at a time (default 1); FUZZ_MAX_LEN (default 4096);
# FUZZ_SANITIZER (default none; `address` also catches memory errors in unsafe code, at about
# half the executions per second). CARGO_TARGET_DIR is honoured.
# Seeds: the committed ones in fuzz/seeds/<target>/ (made by `seeds.py --committed`), and
# ones generated at run time from tests/fixtures (and ../shared/corpus when present) into
# fuzz/corpus/<target>/, which also keeps what libFuzzer finds (not committed).
# A crash leaves its input in fuzz/artifacts/<target>/; replay it with
#   cargo +nightly fuzz run --sanitizer none <target> fuzz/artifacts/<target>/<file>
set -euo pipefail
cd "$(dirname "$0")"

secs="${1:-10}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(classify normalize_extract url_judgement rule_pack capi uniffi_classifier)
fi
jobs="${FUZZ_JOBS:-1}"
max_len="${FUZZ_MAX_LEN:-4096}"
sanitizer="${FUZZ_SANITIZER:-none}"

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "== installing the nightly toolchain"
    rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

python3 seeds.py corpus >/dev/null
echo "== building fuzz targets"
cargo +nightly fuzz build --sanitizer "$sanitizer" -O

mkdir -p logs
run_one() {
    local t="$1"
    mkdir -p "artifacts/$t"
    mkdir -p "corpus/$t" "seeds/$t"
    if cargo +nightly fuzz run --sanitizer "$sanitizer" -O "$t" "corpus/$t" "seeds/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 >"logs/$t.log" 2>&1; then
        local runs
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "logs/$t.log" | grep -Eo '[0-9]+$' || echo '?')
        echo "ok    $t: $runs executions in ${secs}s"
    else
        echo "FAIL  $t: see fuzz/logs/$t.log and fuzz/artifacts/$t/"
        tail -30 "logs/$t.log"
        return 1
    fi
}

status=0
pids=()
for t in "${targets[@]}"; do
    run_one "$t" &
    pids+=("$!")
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do
    wait "$p" || status=1
done
exit "$status"
