#!/usr/bin/env bash
# Checks that two newsindex programs (before and after a change meant to save time) build
# the same index from the same inputs: each INPUT folder is indexed by both, each index is
# compacted with xapian-compact, and every table file is compared byte for byte; then
# `newsquery --all --sort oldest --format jsonl` over every article (the request
# `-qqzzxxj`: every article without a word no article holds) and
# `newsindex --extract` of the inputs must print the same.
#
#   bench/identical-output.sh BEFORE_NEWSINDEX AFTER_NEWSINDEX INPUT...
#
# $NEWSQUERY names the newsquery program (default: this tree's build); $JOBS the --jobs of
# both runs (default 2); $WORK keeps the indexes in that folder (default: a temporary one).
# Exits 0 when everything is identical, 1 at the first difference (named).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 3 ]; then
  echo "usage: bench/identical-output.sh BEFORE_NEWSINDEX AFTER_NEWSINDEX INPUT..." >&2
  exit 2
fi
before=$(realpath "$1") after=$(realpath "$2")
shift 2
newsquery=$(realpath "${NEWSQUERY:-build/query/newsquery}")
jobs=${JOBS:-2}
command -v xapian-compact >/dev/null || { echo "xapian-compact is missing (apt-get install xapian-tools)" >&2; exit 1; }
work=${WORK:-}
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

differs() {
  echo "DIFFERENT: $1" >&2
  exit 1
}

n=0
for input in "$@"; do
  n=$((n + 1))
  for side in before after; do
    program=$before
    [ "$side" = after ] && program=$after
    db=$work/$side-$n.db
    rm -rf "$db" "$work/$side-$n.compact"
    "$program" --quiet --jobs "$jobs" --db "$db" "$input" >/dev/null 2>&1 || true
    xapian-compact "$db/XAPIANDB" "$work/$side-$n.compact" >/dev/null
    "$newsquery" --db "$db" --all --sort oldest --format jsonl -- -qqzzxxj >"$work/$side-$n.jsonl"
    "$program" --extract --jobs "$jobs" "$input" >"$work/$side-$n.extract" 2>/dev/null || true
  done
  tables=0
  for table in "$work/before-$n.compact"/*.glass; do
    name=$(basename "$table")
    cmp -s "$table" "$work/after-$n.compact/$name" || differs "$input: table $name"
    tables=$((tables + 1))
  done
  [ "$tables" -gt 0 ] || differs "$input: no tables compacted"
  cmp -s "$work/before-$n.jsonl" "$work/after-$n.jsonl" || differs "$input: newsquery --all"
  cmp -s "$work/before-$n.extract" "$work/after-$n.extract" || differs "$input: --extract"
  echo "identical: $input ($tables tables, $(wc -l <"$work/after-$n.jsonl") articles," \
    "$(wc -l <"$work/after-$n.extract") extracted)"
done
