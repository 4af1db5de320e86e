#!/usr/bin/env bash
# Indexing and query speed of newsindex against its peers, on the same real articles:
# Xapian's omindex (plain Xapian indexing of the same text files) and SQLite FTS5.
#
#   bench/run-bench.sh [--copies N]    (Reuters-21578 from ../shared/corpora; N copies for scale)
#
# Prints wall time, articles/s and index size per engine, the ratios against newsindex,
# and the query mix of ../shared/bench/queries.tsv through build/bench/query_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=../shared/corpora/reuters21578
queries=../shared/bench/queries.tsv
if [ ! -d "$reuters" ] || [ ! -f "$queries" ]; then
  echo "bench: skipped: $reuters or $queries not found (they live beside the repository)"
  exit 0
fi
copies=1
[ "${1:-}" = "--copies" ] && copies=$2
build=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/reuters_to_text.py "$reuters" "$work/text" --copies "$copies"
articles=$(find "$work/text" -name '*.txt' | wc -l)

# timed ENGINE COMMAND...: runs the command and records its wall time in secs[ENGINE].
declare -A secs
timed() {
  local name=$1
  shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  secs[$name]=$(awk "BEGIN { print $end - $start }")
}
timed newsindex "$build"/indexer/newsindex --quiet --compact --db "$work/newsindex.db" "$work/text"
timed newsindex-1core "$build"/indexer/newsindex --quiet --compact --jobs 1 --db "$work/newsindex1.db" "$work/text"
timed newsindex-rerun "$build"/indexer/newsindex --quiet --db "$work/newsindex.db" "$work/text"
timed omindex omindex --db "$work/omindex.db" --url / "$work/text"
timed fts5 python3 bench/fts5_load.py "$work/fts5.db" "$work/text"

echo
echo "Indexing $articles articles ($(nproc) cores):"
printf '%-16s %9s %12s %10s %14s\n' engine seconds articles/s size "time/newsindex"
for e in newsindex newsindex-1core newsindex-rerun omindex fts5; do
  case $e in
    newsindex*) db=$work/newsindex.db ;;
    *) db=$work/$e.db ;;
  esac
  [ "$e" = newsindex-1core ] && db=$work/newsindex1.db
  printf '%-16s %9.2f %12.0f %10s %14.2f\n' "$e" "${secs[$e]}" \
    "$(awk "BEGIN { print $articles / ${secs[$e]} }")" "$(du -sh "$db" | cut -f1)" \
    "$(awk "BEGIN { print ${secs[$e]} / ${secs[newsindex]} }")"
done
echo "(newsindex also recognises persons, organisations and places and detects languages;"
echo " omindex and FTS5 index words only.)"

echo
echo "Query mix ($queries), top 10 with stored data, one core:"
"$build"/bench/query_bench "$work/newsindex.db" "$work/omindex.db" "$work/fts5.db" "$queries" \
  --benchmark_min_time=0.2 --benchmark_format=json >"$work/queries.json" 2>/dev/null
python3 - "$work/queries.json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
rate = {}
for r in runs:
    engine, category = r["name"].split("/")[:2]
    rate.setdefault(category, {})[engine] = r["queries/s"]
print(f"{'category':10} {'newsindex q/s':>14} {'omindex q/s':>12} {'fts5 q/s':>10} {'vs omindex':>11} {'vs fts5':>8}")
for category, r in sorted(rate.items()):
    print(f"{category:10} {r['newsindex']:14.0f} {r['omindex']:12.0f} {r['fts5']:10.0f} "
          f"{r['newsindex'] / r['omindex']:11.2f} {r['newsindex'] / r['fts5']:8.2f}")
PY
