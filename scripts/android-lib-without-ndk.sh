#!/usr/bin/env bash
# Builds the release aarch64-linux-android `libsmishguard_ffi.so` without the Android NDK, to
# measure its size where no NDK can be installed (`smishguard bench` reports it as
# library_bytes_aarch64_android). The code is compiled for the real target by rustc; only the
# final link differs from an NDK build: rust-lld links it, with empty stand-ins for the
# system libraries (libc, libm, libdl, liblog, libunwind), which the device resolves at load
# time. The result is for measuring, not for shipping: the apps build theirs with cargo-ndk
# (bindings/README.md, .github/workflows/android.yml).
#
# Usage: bash scripts/android-lib-without-ndk.sh   (idempotent; output in
# $CARGO_TARGET_DIR or target/, under aarch64-linux-android/release/)
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}

rustup target add aarch64-linux-android >/dev/null
stubs=$(mktemp -d)
trap 'rm -rf "$stubs"' EXIT
for lib in c m dl log unwind; do
    # An empty linker script: the name resolves, nothing is linked in.
    echo "/* provided by the device */" >"$stubs/lib$lib.so"
done
# RUSTFLAGS replaces the 16 KB page flag of .cargo/config.toml (written for the NDK's clang);
# it is given again here in ld.lld's own form.
RUSTFLAGS="-C linker=rust-lld -C linker-flavor=ld.lld -C link-arg=-zmax-page-size=16384 -L native=$stubs" \
    cargo build --release -p smishguard-ffi --target aarch64-linux-android
lib=$target_dir/aarch64-linux-android/release/libsmishguard_ffi.so
echo "built $lib ($(stat -c %s "$lib") bytes before stripping)"
