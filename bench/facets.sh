#!/usr/bin/env bash
# Facets and timelines on replicated Reuters-21578: indexes N stories x K copies (default
# 16,667 x 6 = 100,002 articles, written by bench/near_duplicates.py as
# bench/near-duplicates.sh does), picks the request whose match set is nearest 50,000 articles,
# and times newsquery on it: the plain search, then all six facets plus a monthly timeline,
# by article and by story (median of --runs, whole process: start, open, search, output).
# Then checks the clusters against the replicas (every replica set one story:
# bench/near_duplicates.py score) and that --count-by story counts one per cluster.
#
#   bench/facets.sh [--stories N] [--copies K] [--runs R] [--work DIR]
#
# --work keeps the replicas and the index in DIR and reuses them on the next run.
# Exit status 1 when a replica set is split, a cluster mixes stories or the story counts
# disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=../shared/corpora/reuters21578
if [ ! -d "$reuters" ]; then
  echo "facets: skipped: $reuters not found (it lives beside the repository)"
  exit 0
fi
stories=16667 copies=6 runs=5 work=
while [ $# -gt 0 ]; do
  case $1 in
    --stories) stories=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: $0 [--stories N] [--copies K] [--runs R] [--work DIR]" >&2; exit 2 ;;
  esac
done
build=${BUILD_DIR:-build}
[ -x "$build/indexer/newsindex" ] || scripts/build.sh >/dev/null
newsquery=$build/query/newsquery
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
if [ ! -d "$work/replicas" ]; then
  python3 bench/near_duplicates.py make "$reuters" "$work/replicas" --stories "$stories" \
    --copies "$copies"
fi
if [ ! -e "$work/db" ]; then
  start=$(date +%s.%N)
  "$build"/indexer/newsindex --quiet --compact --db "$work/db" "$work/replicas"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "indexed in %.1f s\n", e - s }'
fi
articles=$("$newsquery" --db "$work/db" --count "NOT qqqqzzzz")
echo "articles: $articles"

# The request whose match set is nearest half the index.
best= best_gap=
for word in said mln "mln OR billion" "said AND NOT mln" "would OR year" pct year; do
  n=$("$newsquery" --db "$work/db" --count "$word")
  gap=$(( n > articles / 2 ? n - articles / 2 : articles / 2 - n ))
  if [ -z "$best_gap" ] || [ "$gap" -lt "$best_gap" ]; then
    best=$word best_gap=$gap
  fi
done
matches=$("$newsquery" --db "$work/db" --count "$best")
echo "query: $best ($matches matching articles)"

# median_ms LABEL ARGS...: the median wall-clock time of `runs` runs of newsquery.
median_ms() {
  local label=$1
  shift
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N)
    "$newsquery" --db "$work/db" "$@" >/dev/null
    e=$(date +%s%N)
    echo $(((e - s) / 1000000))
  done | sort -n | awk -v l="$label" '{ t[NR] = $1 } END { printf "%-44s %6d ms (median of %d)\n", l, t[int((NR + 1) / 2)], NR }'
}
facets=person,org,place,source,lang,year
median_ms "search, first page" -n 10 "$best"
median_ms "search, exact count (--count)" --count "$best"
median_ms "facets + timeline by month, by article" -n 10 --facets $facets --timeline month \
  --format json "$best"
median_ms "facets + timeline by month, by story" -n 10 --facets $facets --timeline month \
  --count-by story --format json "$best"
median_ms "facets + timeline, --no-collapse" -n 10 --no-collapse --facets $facets \
  --timeline month --format json "$best"
"$newsquery" --db "$work/db" -n 3 --facets person,place --facet-limit 5 --timeline month \
  --count-by story "$best" | sed -n '/^person/,$p'

# Clusters against the replicas, and stories as the query side counts them.
"$newsquery" --db "$work/db" --format jsonl --all --no-collapse "NOT qqqqzzzz" \
  >"$work/results.jsonl"
status=0
python3 bench/near_duplicates.py score "$work/replicas" "$work/results.jsonl" || status=1
clusters=$(python3 -c 'import json, sys
print(len({json.loads(l)["cluster"] for l in open(sys.argv[1])}))' "$work/results.jsonl")
counted=$("$newsquery" --db "$work/db" --format json -n 1 --timeline year --count-by story \
  "NOT qqqqzzzz" | python3 -c 'import json, sys; print(json.load(sys.stdin)["counted"])')
echo "clusters in the index: $clusters; stories counted by --count-by story: $counted"
[ "$clusters" = "$counted" ] || status=1
exit $status
