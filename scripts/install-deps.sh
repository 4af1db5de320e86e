#!/usr/bin/env bash
# Installs the Debian packages newsindex needs to build, test and benchmark.
# Idempotent: packages already present are left alone. Works as root or via sudo.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git python3
  libxapian-dev xapian-tools xapian-omega
  libboost-program-options-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev libhowardhinnant-date-dev
  libgumbo-dev libarchive-dev zlib1g-dev zip libicu-dev libcld2-dev
  libyaml-cpp-dev libxxhash-dev iso-codes
  libjemalloc-dev  # newsindex allocates with jemalloc (indexer/CMakeLists.txt)
  sqlite3 libsqlite3-dev clang-format ccache
  help2man bash-completion dpkg-dev file man-db
  clang libclang-rt-14-dev
  libcpp-httplib-dev
  nodejs chromium  # the web page's browser tests (tests/browser, scripts/browser-test.sh)
)
# npm for the browser tests' puppeteer-core; a Node.js that brings its own npm (not
# Debian's) conflicts with Debian's npm package, so it is only added when none exists.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
