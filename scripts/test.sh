#!/usr/bin/env bash
# Builds newsindex and runs the whole test suite (unit and end-to-end) with CTest.
#   scripts/test.sh            release build in build/
#   scripts/test.sh --sanitize AddressSanitizer + UndefinedBehaviorSanitizer build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--sanitize" ]; then
  export BUILD_DIR=build-asan BUILD_TYPE=Debug
  scripts/build.sh -DNEWS_SANITIZE=ON
else
  scripts/build.sh
fi
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
