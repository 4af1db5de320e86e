#!/usr/bin/env bash
# Peak memory and time of `newsquery --all --format jsonl` (an export of the whole match set)
# by the size of the match set, for every sort: Reuters-21578 replicated COPIES times (ids
# rewritten: copyK/ folders), one request per size. With --before NEWSQUERY (another build's
# program), the same runs with it too, and a check that both write the same bytes.
#
#   bench/all-memory.sh [--work DIR] [--copies N] [--before NEWSQUERY] [--db INDEX]
#
# DIR (default /tmp/newsindex-all-memory) holds the texts, the index and report.md; what it
# already holds is reused. --db measures an existing index instead (built from the same
# copies). Never put DIR in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=../shared/corpora/reuters21578
work=/tmp/newsindex-all-memory
copies=10
before=
db=
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    --before) before=$(realpath "$2"); shift 2 ;;
    --db) db=$(realpath "$2"); shift 2 ;;
    *) echo "usage: $0 [--work DIR] [--copies N] [--before NEWSQUERY] [--db INDEX]" >&2
       exit 2 ;;
  esac
done
build=${BUILD_DIR:-build}
mkdir -p "$work/bin"
scripts/build.sh >/dev/null
cp "$build/indexer/newsindex" "$build/query/newsquery" "$work/bin/"
after=$work/bin/newsquery
export NEWSINDEX_CONFIG=

if [ -z "$db" ]; then
  if [ ! -d "$reuters" ]; then
    echo "all-memory: skipped: $reuters not found (it lives beside the repository)"
    exit 0
  fi
  db=$work/x$copies.db
  if [ ! -d "$work/text" ]; then
    python3 bench/reuters_to_text.py "$reuters" "$work/text.tmp" --copies "$copies"
    mv "$work/text.tmp" "$work/text"
  fi
  if [ ! -d "$db" ]; then
    "$work/bin/newsindex" --quiet --db "$db.tmp" "$work"/text/copy*
    mv "$db.tmp" "$db"
  fi
fi

report=$work/report.md
log() { echo "$*" | tee -a "$report"; }
log "# --all --format jsonl ($(date -u +%F\ %H:%M) UTC, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
log ""
log "Index: $db ($("$after" --db "$db" --count --no-collapse 'date:..' OR datesource:none) articles)"
log ""
log "| request | matches | sort | program | seconds | peak RSS MB | same output |"
log "|---|---|---|---|---|---|---|"
# Requests of about 1,000, 15,000, 86,000 and 208,000 (every article) matches on Reuters x10.
for request in "cocoa" "oil" "mln" "date:.. OR datesource:none"; do
  matches=$("$after" --db "$db" --count --no-collapse -- "$request")
  for sort in relevance newest oldest; do
    programs=("$after")
    [ -n "$before" ] && programs=("$before" "$after")
    sums=()
    for program in "${programs[@]}"; do
      /usr/bin/time -f '%e %M' -o "$work/time" \
        "$program" --db "$db" --all --format jsonl --sort "$sort" -- "$request" >"$work/out.jsonl"
      read -r secs rss <"$work/time"
      sums+=("$(sha256sum <"$work/out.jsonl" | cut -d' ' -f1)")
      lines=$(wc -l <"$work/out.jsonl")
      [ "$lines" = "$matches" ] || echo "all-memory: $request: $lines lines, $matches matches" >&2
      name=after
      [ "$program" = "$before" ] && name=before
      same=
      [ ${#sums[@]} = 2 ] && { [ "${sums[0]}" = "${sums[1]}" ] && same=yes || same=NO; }
      log "| \`$request\` | $matches | $sort | $name | $secs | $((rss / 1024)) | $same |"
    done
  done
done
rm -f "$work/out.jsonl" "$work/time"
