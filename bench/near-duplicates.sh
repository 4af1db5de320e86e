#!/usr/bin/env bash
# Near-duplicate clusters on replicated Reuters-21578: every replica set (a story written
# several times with rewritten ids and small edits) must be one cluster, and no cluster may
# hold two distinct stories (real repeated Reuters stories count as one; see
# bench/near_duplicates.py). Also times indexing and reports the index size.
#
#   bench/near-duplicates.sh [--stories N] [--copies K] [--min-words W] [--baseline NEWSINDEX]
#
# Default 1000 stories x 5 copies of at least 25 words (--min-words 10: short stories too).
# --baseline also indexes the same files with another newsindex program (e.g. one built
# without near-duplicates) for time and size.
#
# Exit status 1 when a replica set is split or a cluster mixes stories.
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=../shared/corpora/reuters21578
if [ ! -d "$reuters" ]; then
  echo "near-duplicates: skipped: $reuters not found (it lives beside the repository)"
  exit 0
fi
stories=1000
copies=5
min_words=25
baseline=
while [ $# -gt 0 ]; do
  case $1 in
    --stories) stories=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    --min-words) min_words=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    *) echo "usage: $0 [--stories N] [--copies K] [--min-words W] [--baseline NEWSINDEX]" >&2
       exit 2 ;;
  esac
done
build=${BUILD_DIR:-build}
[ -x "$build/indexer/newsindex" ] || scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/near_duplicates.py make "$reuters" "$work/replicas" --stories "$stories" \
  --copies "$copies" --min-words "$min_words"
articles=$(find "$work/replicas" -name '*.txt' | wc -l)
# timed LABEL NEWSINDEX DB: indexes the replicas (compacted), prints time and size.
timed() {
  local start end
  start=$(date +%s.%N)
  "$2" --quiet --compact --db "$3" "$work/replicas"
  end=$(date +%s.%N)
  awk -v l="$1" -v s="$start" -v e="$end" -v n="$articles" -v k="$(du -sk "$3" | cut -f1)" \
    'BEGIN { printf "%s: %d articles in %.1f s (%.2f ms per article), index %d KiB\n", l, n, e - s, 1000 * (e - s) / n, k }'
}
if [ -n "$baseline" ]; then
  timed baseline "$baseline" "$work/baseline-db"
fi
timed newsindex "$build"/indexer/newsindex "$work/db"
# Every article: a pure NOT of a word no article has.
"$build"/query/newsquery --db "$work/db" --format jsonl --all --no-collapse "NOT qqqqzzzz" >"$work/results.jsonl"
python3 bench/near_duplicates.py score "$work/replicas" "$work/results.jsonl"
