#!/usr/bin/env bash
# Memory checks of the C boundary (bindings/src/capi.rs), from the C side:
#   1. the C API test program (c/test_capi.c) and the hostile client (c/hostile_capi.c: NULLs,
#      zero lengths, cut UTF-8, invalid encodings, 1 MiB bodies and senders, 8 threads) built
#      with gcc -fsanitize=address,undefined and run against the debug library. The library
#      allocates through the same malloc, so LeakSanitizer sees every string it returns that
#      is not given back to sg_string_free, and AddressSanitizer every C-side misuse of it;
#   2. the same two programs built without sanitizers and run under valgrind memcheck, which
#      also watches the Rust code: a read past a body's `len` (each body is a heap block of
#      exactly that length), use after free, double free, uninitialised reads, and definite or
#      indirect leaks all fail the run.
# Any report, any leak or any failed check exits non-zero. Installs nothing: gcc, libasan,
# libubsan and valgrind are on the CI machine (checked below).
# Usage: bash bindings/tests/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$TARGET/smishguard-sanitize
PROGRAMS=(test_capi hostile_capi)

for tool in gcc valgrind; do
    command -v "$tool" >/dev/null || { echo "sanitize: $tool is missing"; exit 1; }
done

echo "== sanitize: building the debug library"
cargo build -q -p smishguard-ffi
LIB_DIR=$TARGET/debug
[ -f "$LIB_DIR/libsmishguard_ffi.so" ] || { echo "missing $LIB_DIR/libsmishguard_ffi.so"; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"

build() { # program output extra-flags...
    local prog=$1 out=$2; shift 2
    gcc -std=c11 -g -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -Ibindings/include "$@" \
        "bindings/tests/c/$prog.c" -L"$LIB_DIR" -lsmishguard_ffi -lpthread \
        -Wl,-rpath,"$LIB_DIR" -o "$out"
}

# Passing checks are summed from each program's last line ("N passed, N failed").
summary() { tail -n 1 "$1"; }

echo "== sanitize: AddressSanitizer + UndefinedBehaviorSanitizer (gcc)"
for prog in "${PROGRAMS[@]}"; do
    build "$prog" "$OUT/$prog-asan" -O1 -fno-omit-frame-pointer \
        -fsanitize=address,undefined -fno-sanitize-recover=all
    # Reports go to files named after the log path: none may exist afterwards.
    if ! ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:log_path=$OUT/asan-$prog" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$OUT/ubsan-$prog" \
        "$OUT/$prog-asan" >"$OUT/$prog-asan.log" 2>&1; then
        tail -n 20 "$OUT/$prog-asan.log"
        cat "$OUT"/asan-"$prog"* "$OUT"/ubsan-"$prog"* 2>/dev/null | head -n 60 || true
        echo "sanitize: $prog failed under ASan/UBSan"
        exit 1
    fi
    if compgen -G "$OUT/asan-$prog*" >/dev/null || compgen -G "$OUT/ubsan-$prog*" >/dev/null; then
        cat "$OUT"/asan-"$prog"* "$OUT"/ubsan-"$prog"* 2>/dev/null | head -n 60
        echo "sanitize: $prog has sanitizer reports"
        exit 1
    fi
    echo "ok   asan+ubsan $prog: $(summary "$OUT/$prog-asan.log"); 0 ASan/UBSan/LSan reports"
done

echo "== sanitize: valgrind memcheck (C and Rust code)"
for prog in "${PROGRAMS[@]}"; do
    build "$prog" "$OUT/$prog" -O0
    if ! valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
        --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
        --log-file="$OUT/$prog-valgrind.txt" "$OUT/$prog" >"$OUT/$prog-valgrind.log" 2>&1; then
        tail -n 20 "$OUT/$prog-valgrind.log"
        head -n 80 "$OUT/$prog-valgrind.txt"
        echo "sanitize: $prog failed under valgrind"
        exit 1
    fi
    errors=$(grep -Eo 'ERROR SUMMARY: [0-9]+ errors from [0-9]+ contexts' "$OUT/$prog-valgrind.txt")
    lost=$(grep -Eo 'definitely lost: [0-9,]+ bytes in [0-9,]+ blocks' "$OUT/$prog-valgrind.txt" \
        || echo 'definitely lost: 0 bytes in 0 blocks (no leak summary: nothing left allocated)')
    echo "ok   valgrind $prog: $(summary "$OUT/$prog-valgrind.log"); $errors; $lost"
done
echo "sanitize: ${#PROGRAMS[@]} programs clean under ASan+UBSan and valgrind memcheck"
