#!/usr/bin/env bash
# Index size against omindex's, table by table, and where newsindex's bytes go: both index
# the same text files (Reuters-21578 as one text file per story, bench/reuters_to_text.py,
# or the text files of FOLDER), both compacted (newsindex --compact; omindex's with
# xapian-compact); then build/bench/index_bytes attributes each compacted index's bytes to
# term prefixes, value slots and document data (docs/benchmarks.md, "Index size").
#
#   bench/index-size.sh [--text FOLDER] [--work DIR] [--no-omindex]
#
# --work DIR keeps the texts and indexes (default: a fresh folder under /tmp, removed at
# the end). $NEWSINDEX names the program to measure instead of this tree's build. Prints
# Markdown. Also prints the CPU seconds (user + system) of each build.
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=../shared/corpora/reuters21578
text= work= omindex=yes
while [ $# -gt 0 ]; do
  case $1 in
    --text) text=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --no-omindex) omindex=; shift ;;
    *) echo "usage: bench/index-size.sh [--text FOLDER] [--work DIR] [--no-omindex]" >&2; exit 2 ;;
  esac
done
if [ -z "$text" ] && [ ! -d "$reuters" ]; then
  echo "bench: skipped: $reuters not found (it lives beside the repository)"
  exit 0
fi
build=${BUILD_DIR:-build}
newsindex=${NEWSINDEX:-}
if [ -z "$newsindex" ]; then
  scripts/build.sh >/dev/null
  newsindex=$build/indexer/newsindex
fi
[ -x "$build/bench/index_bytes" ] || scripts/build.sh >/dev/null
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
if [ -z "$text" ]; then
  text=$work/text
  [ -d "$text" ] || python3 bench/reuters_to_text.py "$reuters" "$text" >/dev/null
fi

# cpu_of COMMAND...: runs it, prints its user + system CPU seconds.
cpu_of() {
  /usr/bin/time -f '%U %S' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" ||
    { echo "bench: $1 failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  awk '{ print $1 + $2 }' "$work/time.txt"
}

rm -rf "$work/newsindex.db" "$work/omindex.db" "$work/omindex-compact.db"
ours_cpu=$(cpu_of "$newsindex" --quiet --compact --db "$work/newsindex.db" "$text")
ours=$(sed -n 's/^glass //p' "$work/newsindex.db/XAPIANDB")
ours=$work/newsindex.db/$ours
dbs=("$ours")
names=(newsindex)
echo "newsindex: $ours_cpu CPU s ($(find "$text" -name '*.txt' | wc -l) text files)"
if [ -n "$omindex" ]; then
  omindex_cpu=$(cpu_of omindex --db "$work/omindex.db" --url / "$text")
  xapian-compact "$work/omindex.db" "$work/omindex-compact.db" >/dev/null
  dbs+=("$work/omindex-compact.db")
  names+=(omindex)
  echo "omindex: $omindex_cpu CPU s"
fi
echo
echo "| table | newsindex MB | omindex MB |"
echo "|---|---|---|"
for t in postlist position termlist docdata spelling synonym; do
  row="| $t"
  for db in "${dbs[@]}"; do
    row+=" | $(awk -v s="$(stat -c %s "$db/$t.glass" 2>/dev/null || echo 0)" 'BEGIN { printf "%.1f", s / 1e6 }')"
  done
  echo "$row |"
done
row="| total"
for db in "${dbs[@]}"; do
  row+=" | $(du -sb "$db" | awk '{ printf "%.1f", $1 / 1e6 }')"
done
echo "$row |"
for i in "${!dbs[@]}"; do
  echo
  echo "Where the bytes of ${names[$i]}'s compacted index go (MB):"
  echo
  "$build/bench/index_bytes" "${dbs[$i]}" "$work/parts" | tail -n +3
done
