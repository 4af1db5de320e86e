#!/usr/bin/env bash
# Builds the Debian package of newsindex and newsquery (Release build in build/ or
# $BUILD_DIR) and prints its path. Install it with: apt-get install ./build/newsindex_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
scripts/build.sh >&2
rm -f "$build_dir"/newsindex_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
ls "$PWD/$build_dir"/newsindex_*.deb
