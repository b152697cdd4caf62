# Sourced by run.sh and bench-kotlin.sh: installs, idempotently, what the Kotlin bindings need
# on the desktop JVM (Debian's libjna-java and junit4, the npm package kotlin-compiler cached
# under $SMISHGUARD_CACHE or $HOME/.cache/smishguard) and sets KOTLIN_HOME to the compiler.
KOTLIN_VERSION=2.4.20
CACHE=${SMISHGUARD_CACHE:-$HOME/.cache/smishguard}
KOTLIN_HOME=$CACHE/kotlin-compiler-$KOTLIN_VERSION/package
missing=()
for p in libjna-java junit4; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -x "$KOTLIN_HOME/bin/kotlinc-jvm" ]; then
    mkdir -p "$CACHE/kotlin-compiler-$KOTLIN_VERSION"
    (cd "$CACHE" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" >/dev/null \
        && tar -xzf "kotlin-compiler-$KOTLIN_VERSION.tgz" -C "kotlin-compiler-$KOTLIN_VERSION")
fi
