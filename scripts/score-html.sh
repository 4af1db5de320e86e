#!/usr/bin/env bash
# Scores the HTML reader on the shared development set: runs the already built
# `newsindex --extract` (one job) on ../shared/corpora/html-dev/pages, scores the output
# with ../shared/eval/score_html.py and prints the HTML_SCORE line and pages per second.
# Builds nothing. Skips (exit 0) when ../shared is not there.
#
#   scripts/score-html.sh [--by-source] [BUILD_DIR]     (BUILD_DIR defaults to build)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
by_source=()
if [[ "${1:-}" == "--by-source" ]]; then
  by_source=(--by-source)
  shift
fi
build="${1:-build}"
shared="$root/../shared"
pages="$shared/corpora/html-dev/pages"
truth="$shared/corpora/html-dev/truth.jsonl"
scorer="$shared/eval/score_html.py"
binary="$root/$build/indexer/newsindex"

if [[ ! -d "$pages" || ! -f "$truth" || ! -f "$scorer" ]]; then
  echo "score-html: skipped: $shared/corpora/html-dev or $shared/eval is not there"
  exit 0
fi
if [[ ! -x "$binary" ]]; then
  echo "score-html: $binary is not built (cmake --build $build --target newsindex)" >&2
  exit 1
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
count=$(find "$pages" -name '*.html' | wc -l)
start=$(date +%s.%N)
"$binary" --extract --jobs 1 "$pages" >"$out/pred.jsonl" 2>"$out/stderr.txt" || true
end=$(date +%s.%N)
python3 "$scorer" "$truth" "$out/pred.jsonl" --with-annotated "${by_source[@]}" | tail -n +2
awk -v n="$count" -v s="$start" -v e="$end" \
  'BEGIN { printf "pages/s: %.1f (%d pages in %.2f s, --jobs 1, entity recognition included)\n", n / (e - s), n, e - s }'
