#!/usr/bin/env bash
# Tests of smishguard-ffi from the languages that use it, on this Linux machine:
#   1. builds the debug cdylib (not stripped: UniFFI reads its metadata from it);
#   2. generates Kotlin (desktop variant, android = false; and the Android variant) and Swift;
#   3. compiles the desktop Kotlin bindings, the Android demo's pure-Kotlin parts (formatter,
#      incoming-message handler, message store, rules loader) and the JUnit tests with
#      kotlinc-jvm, and runs them on the JVM through JNA;
#   4. parses the generated and hand-written Swift with tree-sitter-swift (0 error nodes), and
#      checks ios-demo/project.yml (bundle ids, extension Info.plist keys, the built scheme);
#   5. compiles the UniFFI C header and smishguard.h with gcc -Wall -Werror, and checks with
#      nm -D that every function they declare is exported by the library;
#   6. compiles and runs the C API test program;
#   7. cross-checks: cargo check for aarch64-linux-android, staticlib for aarch64-apple-ios;
#   8. 16 KB pages: a host cdylib linked with the Android link flags of .cargo/config.toml has
#      every LOAD segment aligned to 0x4000; every JNA version named is >= 5.17.
# Installs what it needs, idempotently (apt libjna-java junit4, npm kotlin-compiler cached under
# $HOME/.cache/smishguard, pip tree-sitter tree-sitter-swift pyyaml, rustup targets).
# Any failing step exits non-zero. Usage: bash bindings/tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$TARGET/smishguard-bindings
CHECKS=0

step() { echo; echo "== bindings: $*"; }
ok() { CHECKS=$((CHECKS + 1)); echo "ok   $*"; }

step "installing tools (idempotent)"
source bindings/tests/jvm-tools.sh
python3 -c 'import tree_sitter, tree_sitter_swift, yaml' 2>/dev/null \
    || python3 -m pip install -q tree-sitter tree-sitter-swift pyyaml
for t in aarch64-linux-android aarch64-apple-ios; do
    rustup target list --installed | grep -qx "$t" || rustup target add "$t"
done
JNA=/usr/share/java/jna.jar
JUNIT=/usr/share/java/junit4.jar
HAMCREST=/usr/share/java/hamcrest.jar
for f in "$JNA" "$JUNIT" "$HAMCREST" "$KOTLIN_HOME/bin/kotlinc-jvm" "$KOTLIN_HOME/lib/kotlin-stdlib.jar"; do
    [ -e "$f" ] || { echo "missing $f"; exit 1; }
done
ok "tools present"

step "building the debug library"
cargo build -q -p smishguard-ffi -p uniffi-bindgen -p smishguard-cli
LIB=$TARGET/debug/libsmishguard_ffi.so
[ -f "$LIB" ] || { echo "missing $LIB"; exit 1; }
ok "built $LIB"

step "generating Kotlin and Swift"
rm -rf "$OUT" && mkdir -p "$OUT"
BINDGEN=$TARGET/debug/uniffi-bindgen
"$BINDGEN" generate --no-format --library "$LIB" --language kotlin \
    --config bindings/uniffi-desktop.toml --out-dir "$OUT/kotlin-desktop" >/dev/null
"$BINDGEN" generate --no-format --library "$LIB" --language kotlin --out-dir "$OUT/kotlin-android" >/dev/null
"$BINDGEN" generate --no-format --library "$LIB" --language swift --out-dir "$OUT/swift" >/dev/null
KT_DESKTOP=$OUT/kotlin-desktop/jp/smishguard/smishguard_ffi.kt
KT_ANDROID=$OUT/kotlin-android/jp/smishguard/smishguard_ffi.kt
if grep -v '^\s*//' "$KT_DESKTOP" | grep -q '^import android\.'; then
    echo "desktop Kotlin imports android classes"; exit 1
fi
grep -q '^import android\.' "$KT_ANDROID" || { echo "Android Kotlin variant has no android imports"; exit 1; }
for f in "$OUT/swift/SmishGuard.swift" "$OUT/swift/SmishGuardFFI.h" "$OUT/swift/SmishGuardFFI.modulemap"; do
    [ -s "$f" ] || { echo "missing $f"; exit 1; }
done
ok "generated Kotlin (desktop + android) and Swift"

step "compiling Kotlin (bindings + the demo's pure-Kotlin parts + JUnit tests)"
DEMO_MAIN=android-demo/app/src/main/java/jp/smishguard/demo
DEMO_TEST=android-demo/app/src/test/java/jp/smishguard/demo
CP=$JNA:$JUNIT:$HAMCREST
mkdir -p "$OUT/kotlin-classes"
"$TARGET/debug/smishguard" rules dump > "$OUT/kotlin-classes/default-pack.json"
"$KOTLIN_HOME/bin/kotlinc-jvm" -nowarn -jvm-target 17 -cp "$CP" -d "$OUT/kotlin-classes" \
    "$KT_DESKTOP" \
    "$DEMO_MAIN/VerdictFormatter.kt" "$DEMO_MAIN/IncomingMessageHandler.kt" \
    "$DEMO_MAIN/FileMessageStore.kt" "$DEMO_MAIN/RulesLoader.kt" \
    "$DEMO_TEST/VerdictFormatterTest.kt" "$DEMO_TEST/IncomingMessageHandlerTest.kt" \
    "$DEMO_TEST/FileMessageStoreTest.kt" "$DEMO_TEST/RulesLoaderTest.kt" \
    bindings/tests/kotlin/SmishGuardTest.kt bindings/tests/kotlin/TestMain.kt
ok "kotlinc-jvm compiled the tests"

step "running Kotlin JUnit tests on the JVM (JNA)"
java -Djna.library.path="$TARGET/debug" \
    -cp "$OUT/kotlin-classes:$CP:$KOTLIN_HOME/lib/kotlin-stdlib.jar" \
    jp.smishguard.tests.TestMainKt \
    jp.smishguard.tests.SmishGuardTest jp.smishguard.demo.VerdictFormatterTest \
    jp.smishguard.demo.IncomingMessageHandlerTest jp.smishguard.demo.FileMessageStoreTest \
    jp.smishguard.demo.RulesLoaderTest \
    | tee "$OUT/kotlin-tests.log"
KOTLIN_LINE=$(tail -n 1 "$OUT/kotlin-tests.log")
KOTLIN_PASSED=${KOTLIN_LINE%% passed*}

step "parsing Swift with tree-sitter-swift"
mapfile -t SWIFT_FILES < <(find "$OUT/swift" bindings/swift ios-demo -name '*.swift' 2>/dev/null | sort)
python3 bindings/tests/swift_parse.py "${SWIFT_FILES[@]}"
ok "${#SWIFT_FILES[@]} Swift files parse with 0 error nodes"

step "checking the iOS project spec (XcodeGen)"
python3 bindings/tests/check_ios_project.py ios-demo/project.yml .github/workflows/ios.yml
ok "ios-demo/project.yml: bundle-id prefix, extension Info.plist keys, workflow scheme"

step "compiling C headers with gcc -Wall -Werror and checking exported symbols"
# _Nonnull/_Nullable are clang nullability qualifiers (Xcode's compiler); gcc does not know
# them, so they are defined away here. Everything else is compiled as written.
exports=$(nm -D --defined-only "$LIB" | awk '{print $NF}' | sort -u)
check_header() { # header include-dir extra-cflags...
    local header=$1 dir=$2; shift 2
    printf '#include "%s"\n' "$header" > "$OUT/header_check.c"
    gcc -std=c11 -Wall -Wextra -Werror -pedantic "$@" -I"$dir" -fsyntax-only \
        -aux-info "$OUT/aux.txt" "$OUT/header_check.c"
    local declared missing=0 n=0
    # One line per declaration: `/* file:line:NC */ extern TYPE NAME (PARAMS);` -> NAME.
    declared=$(grep -F "$header:" "$OUT/aux.txt" | sed -E 's/^.*\*\/ *//' \
        | sed -E 's/^([^(]*[^A-Za-z0-9_(])?([A-Za-z_][A-Za-z0-9_]*) \(.*$/\2/' | sort -u)
    for fn in $declared; do
        n=$((n + 1))
        if ! grep -qx "$fn" <<<"$exports"; then echo "not exported: $fn"; missing=1; fi
    done
    [ "$n" -gt 0 ] || { echo "no function found in $header"; exit 1; }
    [ "$missing" -eq 0 ] || { echo "$header declares functions the library does not export"; exit 1; }
    ok "$header compiles; its $n functions are all exported"
}
check_header SmishGuardFFI.h "$OUT/swift" -D_Nonnull= -D_Nullable=
check_header smishguard.h bindings/include

step "C API test program"
gcc -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -Ibindings/include \
    bindings/tests/c/test_capi.c -L"$TARGET/debug" -lsmishguard_ffi -lpthread \
    -Wl,-rpath,"$TARGET/debug" -o "$OUT/test_capi"
"$OUT/test_capi" | tee "$OUT/c-tests.log"
C_LINE=$(tail -n 1 "$OUT/c-tests.log")
C_PASSED=${C_LINE%% passed*}

step "cross-target checks"
cargo check -q -p smishguard-ffi --target aarch64-linux-android
ok "cargo check --target aarch64-linux-android"
# An iOS app links the static library into the app/extension (with -Wl,-application_extension
# there: see ios-demo/scripts/build-xcframework.sh); building it needs no Apple linker.
cargo rustc -q -p smishguard-ffi --target aarch64-apple-ios --lib --crate-type staticlib
IOS_LIB=$TARGET/aarch64-apple-ios/debug/libsmishguard_ffi.a
[ -s "$IOS_LIB" ] || { echo "missing $IOS_LIB"; exit 1; }
ok "aarch64-apple-ios staticlib built ($(du -h "$IOS_LIB" | cut -f1))"

step "16 KB page alignment (Android 15+, Google Play)"
# No NDK here, so no Android .so: the host cdylib is linked with the link flags that
# .cargo/config.toml sets for every Android target (read from the file, so the check follows
# it), in its own target directory, and bindings/tests/check-elf-align.sh is run on it; the
# Android workflow runs the same script on the real .so files.
ANDROID_FLAGS=$(python3 -c '
import sys, tomllib
with open(".cargo/config.toml", "rb") as f:
    flags = tomllib.load(f)["target"]["cfg(target_os = \"android\")"]["rustflags"]
print(" ".join(flags))')
case "$ANDROID_FLAGS" in *max-page-size=16384*) ;; *) echo "no 16 KB max-page-size in .cargo/config.toml"; exit 1 ;; esac
HOST=$(rustc -vV | sed -n 's/^host: //p')
# shellcheck disable=SC2086 # the flags are words of a TOML array, without spaces inside.
cargo rustc -q -p smishguard-ffi --target "$HOST" --lib --crate-type cdylib -- $ANDROID_FLAGS
bash bindings/tests/check-elf-align.sh "$TARGET/$HOST/debug/libsmishguard_ffi.so"
if bash bindings/tests/check-elf-align.sh "$LIB" >/dev/null; then
    echo "the check accepts $LIB, linked without the flags: it would not catch a 4 KB build"; exit 1
fi
ok "cdylib linked with the Android flags ($ANDROID_FLAGS) is 16 KB aligned; one linked without is refused"
# JNA's own libjnidispatch.so is 16 KB aligned from 5.17 on (java-native-access/jna#1618).
jna_old=$(grep -ohE 'net\.java\.dev\.jna:jna:[0-9]+\.[0-9]+(\.[0-9]+)?' \
    android-demo/app/build.gradle.kts bindings/README.md | sed 's/.*://' \
    | awk -F. '$1 < 5 || ($1 == 5 && $2 < 17)')
[ -z "$jna_old" ] || { echo "JNA older than 5.17 named: $jna_old"; exit 1; }
grep -q 'net\.java\.dev\.jna:jna:' android-demo/app/build.gradle.kts || { echo "no JNA in the Gradle build"; exit 1; }
ok "every JNA version named by the Android build and bindings/README.md is >= 5.17"

TOTAL=$((KOTLIN_PASSED + C_PASSED + CHECKS))
echo
echo "bindings: Kotlin $KOTLIN_PASSED tests, C $C_PASSED tests, $CHECKS build/parse/symbol checks"
echo "bindings: $TOTAL passed, 0 failed"
