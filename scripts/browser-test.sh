#!/usr/bin/env bash
# End-to-end tests of the web page (newsquery --serve) in headless Chromium, driven by
# puppeteer-core (tests/browser/). Indexes sample_corpus/ (with the hostile article of
# broken/hostile/) into a temporary folder, serves it on a free port of 127.0.0.1, runs
# tests/browser/serve.test.mjs, and keeps the screenshots in $BUILD_DIR/browser-artifacts/.
#   scripts/browser-test.sh            needs a build (scripts/build.sh) and chromium, node, npm
# Without chromium or npm it says so and exits 0 (SKIP), unless BROWSER_TESTS_REQUIRED=1
# (CI), where that is a failure. The whole run is bounded by BROWSER_TEST_SECONDS (300).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD_DIR:-build}
artifacts="$root/$build/browser-artifacts"

missing() {
  if [ "${BROWSER_TESTS_REQUIRED:-0}" = 1 ]; then
    echo "browser-test: FAILED: $1 (scripts/install-deps.sh installs it)" >&2
    exit 1
  fi
  echo "browser-test: SKIP: $1; install it with scripts/install-deps.sh to run the browser tests"
  exit 0
}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chromium" ] || missing "no chromium"
command -v node >/dev/null || missing "no node"
command -v npm >/dev/null || missing "no npm"
for program in indexer/newsindex query/newsquery; do
  [ -x "$build/$program" ] || { echo "browser-test: no $build/$program: run scripts/build.sh" >&2; exit 1; }
done

# puppeteer-core, as package-lock.json pins it (again only when the lock file changed).
if [ ! -f tests/browser/node_modules/.package-lock.json ] ||
  [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

cp -r sample_corpus "$work/corpus"
rm -rf "$work/corpus/broken"
cp -r sample_corpus/broken/hostile "$work/corpus/hostile"
NEWSINDEX_CONFIG= "$build/indexer/newsindex" --quiet --db "$work/index.db" "$work/corpus"

NEWSINDEX_CONFIG= "$build/query/newsquery" --serve --port 0 --db "$work/index.db" \
  >"$work/serve.out" 2>"$work/serve.err" &
server=$!
url=""
for _ in $(seq 1 300); do
  url=$(grep -o 'http://[^ ]*/' "$work/serve.out" || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "browser-test: the server printed no address" >&2; exit 1; }
echo "browser-test: $url with $chromium"

rm -rf "$artifacts"
mkdir -p "$artifacts"
cd tests/browser
# One test at a time (one server, one browser); Node 18 (Debian's) runs a file's tests in
# order already and has no --test-concurrency.
node_flags=(--test)
if (($(node -p 'process.versions.node.split(".")[0]') >= 20)); then
  node_flags+=(--test-concurrency=1)
fi
BASE_URL=$url CHROMIUM=$chromium ARTIFACTS=$artifacts \
  timeout "${BROWSER_TEST_SECONDS:-300}" node "${node_flags[@]}" serve.test.mjs
echo "browser-test: passed; screenshots in $artifacts"
