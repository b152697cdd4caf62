#!/usr/bin/env bash
# Checks that every LOAD segment of each ELF shared library given is aligned for 16 KB memory
# pages (p_align >= 0x4000), as Android 15+ devices with 16 KB pages and Google Play require.
# Used by bindings/tests/run.sh (host build linked with the Android flags) and by
# .github/workflows/android.yml (the cargo-ndk .so files and every .so in the APK).
# READELF selects the tool (default `readelf`; llvm-readelf of the NDK works the same).
# Prints one line per file; exits 1 if any file has a smaller alignment or no LOAD segment.
# Usage: check-elf-align.sh LIB.so...
set -euo pipefail
READELF=${READELF:-readelf}
[ $# -gt 0 ] || { echo "usage: $0 LIB.so..."; exit 2; }
bad=0
for so in "$@"; do
    # `readelf -lW`: one line per program header, the alignment (hex) in the last column.
    aligns=$("$READELF" -lW "$so" | awk '$1 == "LOAD" { print $NF }')
    if [ -z "$aligns" ]; then
        echo "FAIL $so: no LOAD segment"; bad=1; continue
    fi
    min=$(for a in $aligns; do printf '%d\n' "$a"; done | sort -n | head -n 1)
    if [ "$min" -lt $((0x4000)) ]; then
        echo "FAIL $so: LOAD alignment $(printf '0x%x' "$min") < 0x4000 (not 16 KB page compatible)"
        bad=1
    else
        echo "ok   $so: every LOAD segment aligned to >= 0x4000 (min $(printf '0x%x' "$min"))"
    fi
done
exit "$bad"
