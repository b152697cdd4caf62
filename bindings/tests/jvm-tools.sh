# Sourced by run.sh and bench-kotlin.sh: installs, idempotently, what the Kotlin bindings need
# on the desktop JVM (Debian's libjna-java and junit4, the npm package kotlin-compiler cached
# under $SMISHGUARD_CACHE or $HOME/.cache/smishguard) and sets KOTLIN_HOME to the compiler.
# Only KOTLIN_HOME is left behind in the sourcing script.
install_jvm_tools() {
    local version=2.4.20 cache=${SMISHGUARD_CACHE:-$HOME/.cache/smishguard}
    local p sudo=""
    KOTLIN_HOME=$cache/kotlin-compiler-$version/package
    local missing=()
    for p in libjna-java junit4; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        [ "$(id -u)" -ne 0 ] && sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    if [ ! -x "$KOTLIN_HOME/bin/kotlinc-jvm" ]; then
        mkdir -p "$cache/kotlin-compiler-$version"
        (cd "$cache" && npm pack --silent "kotlin-compiler@$version" >/dev/null \
            && tar -xzf "kotlin-compiler-$version.tgz" -C "kotlin-compiler-$version")
    fi
}
install_jvm_tools
unset -f install_jvm_tools
