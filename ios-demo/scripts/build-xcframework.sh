#!/usr/bin/env bash
# Builds SmishGuardFFI.xcframework (static library + C header + module map) and the generated
# Swift API, for the SwiftPM package in bindings/swift and the demo app. macOS with Xcode only.
#
# Slices: iOS device (arm64), iOS simulator (arm64 + x86_64, lipo'd), macOS (arm64 + x86_64,
# for `swift test`). Release profile, panic = "unwind" (panics become Swift errors).
#
# The static library is linked into the host app and the ILMessageFilterExtension by Xcode;
# the extension target must link with -Wl,-application_extension (set in project.yml as
# OTHER_LDFLAGS), which also rejects any API not allowed in app extensions.
# Usage (repository root): bash ios-demo/scripts/build-xcframework.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SWIFT_PKG=$ROOT/bindings/swift
WORK=$ROOT/target/xcframework
rm -rf "$WORK" "$SWIFT_PKG/SmishGuardFFI.xcframework"
mkdir -p "$WORK"

TARGETS=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin)
rustup target add "${TARGETS[@]}"
for t in "${TARGETS[@]}"; do
    # -C link-arg is not needed for a staticlib; the final link is Xcode's.
    IPHONEOS_DEPLOYMENT_TARGET=15.0 MACOSX_DEPLOYMENT_TARGET=12.0 \
        cargo rustc --release -p smishguard-ffi --target "$t" --lib --crate-type staticlib
done

# Swift API and C header, generated from a non-stripped host build (UniFFI reads metadata).
cargo build -p smishguard-ffi
cargo uniffi-bindgen generate --library target/debug/libsmishguard_ffi.dylib --language swift --out-dir "$WORK/gen"
mkdir -p "$WORK/headers"
cp "$WORK/gen/SmishGuardFFI.h" "$WORK/headers/"
cp "$WORK/gen/SmishGuardFFI.modulemap" "$WORK/headers/module.modulemap"
cp "$WORK/gen/SmishGuard.swift" "$SWIFT_PKG/Sources/SmishGuard/SmishGuard.swift"

lib() { echo "$ROOT/target/$1/release/libsmishguard_ffi.a"; }
mkdir -p "$WORK/ios-sim" "$WORK/macos"
lipo -create "$(lib aarch64-apple-ios-sim)" "$(lib x86_64-apple-ios)" -output "$WORK/ios-sim/libsmishguard_ffi.a"
lipo -create "$(lib aarch64-apple-darwin)" "$(lib x86_64-apple-darwin)" -output "$WORK/macos/libsmishguard_ffi.a"

xcodebuild -create-xcframework \
    -library "$(lib aarch64-apple-ios)" -headers "$WORK/headers" \
    -library "$WORK/ios-sim/libsmishguard_ffi.a" -headers "$WORK/headers" \
    -library "$WORK/macos/libsmishguard_ffi.a" -headers "$WORK/headers" \
    -output "$SWIFT_PKG/SmishGuardFFI.xcframework"
echo "wrote $SWIFT_PKG/SmishGuardFFI.xcframework and Sources/SmishGuard/SmishGuard.swift"
