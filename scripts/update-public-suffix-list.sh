#!/usr/bin/env bash
# Replaces core/data/public_suffix_list.dat by the Public Suffix List that the PyPI package
# `publicsuffixlist` ships (the list as published, comments and ICANN/PRIVATE sections kept,
# MPL-2.0). core/build.rs compiles that file into the table of core/src/public_suffix.rs at
# every build, so the repository carries the list itself and a build needs no download.
#
# Usage: bash scripts/update-public-suffix-list.sh [PYPI_VERSION]   (default: the latest)
#   then: cargo test -p smishguard-core public_suffix
# The test compares our table with the `psl` crate (a dev-dependency) on every rule and on
# generated hosts; rules where the two snapshots differ are listed in that test: update
# that list (or `psl` in Cargo.lock) with the file.
set -euo pipefail
cd "$(dirname "$0")/.."
spec=publicsuffixlist${1:+==$1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "$spec"
python3 - "$tmp" <<'EOF'
import sys, zipfile, glob
wheel = glob.glob(sys.argv[1] + "/publicsuffixlist-*.whl")[0]
with zipfile.ZipFile(wheel) as z:
    data = z.read("publicsuffixlist/public_suffix_list.dat")
open("core/data/public_suffix_list.dat", "wb").write(data)
print(wheel.rsplit("/", 1)[1])
EOF
grep -m2 -E '^// (VERSION|COMMIT):' core/data/public_suffix_list.dat
