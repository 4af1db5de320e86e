#!/usr/bin/env bash
# Indexing cost of newsindex against its peers, all in one run on the same text files:
# newsindex at --jobs 1 .. nproc and --writers 1 and nproc (each into a fresh index,
# --compact), omindex, SQLite FTS5. For each: wall time, CPU time (user + system), peak RSS (/usr/bin/time -v), index
# size, and the ratios to omindex; the load average before and after is printed, as the
# machine may be shared.
#
#   bench/indexing.sh [--copies N] [--repeat R] [--text FOLDER] [--before PROGRAM]
#                     [--jobs "1 2"] [--writers "1 2"]
#
# The articles are Reuters-21578 from ../shared/corpora converted to one text file per
# story (bench/reuters_to_text.py; N copies for scale), or the text files of FOLDER.
# With --repeat R each engine runs R times and the fastest wall time is kept (with its
# CPU and RSS). Prints a Markdown table for docs/benchmarks.md. --before PROGRAM also
# measures another newsindex program (an older build) in the same run, for before/after
# figures (without --writers: older builds have one writer); $NEWSINDEX names the program
# to measure instead of this tree's build. --jobs and --writers list the values measured
# (every pair).
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=../shared/corpora/reuters21578
copies=1 repeat=1 text= before=
jobs_list=$(seq -s ' ' 1 "$(nproc)")
writers_list=$(printf '%s\n' 1 "$(nproc)" | sort -nu | tr '\n' ' ')
while [ $# -gt 0 ]; do
  case $1 in
    --copies) copies=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --text) text=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --jobs) jobs_list=$2; shift 2 ;;
    --writers) writers_list=$2; shift 2 ;;
    *) echo "usage: bench/indexing.sh [--copies N] [--repeat R] [--text FOLDER] [--before PROGRAM] [--jobs LIST] [--writers LIST]" >&2; exit 2 ;;
  esac
done
if [ -z "$text" ] && [ ! -d "$reuters" ]; then
  echo "bench: skipped: $reuters not found (it lives beside the repository)"
  exit 0
fi
for tool in omindex xapian-compact /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install xapian-omega xapian-tools time)" >&2; exit 1; }
done
build=${BUILD_DIR:-build}
newsindex=${NEWSINDEX:-}
if [ -z "$newsindex" ]; then
  scripts/build.sh >/dev/null
  newsindex=$build/indexer/newsindex
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$text" ]; then
  python3 bench/reuters_to_text.py "$reuters" "$work/text" --copies "$copies" >/dev/null
  text=$work/text
fi
articles=$(find "$text" -name '*.txt' | wc -l)

# measure NAME DB COMMAND...: runs the command (into a fresh DB) $repeat times and keeps
# the fastest run's wall seconds, CPU seconds and peak RSS in wall/cpu/rss[NAME].
declare -A wall cpu rss size
measure() {
  local name=$1 db=$2
  shift 2
  for ((r = 0; r < repeat; r++)); do
    rm -rf "$db"
    /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" ||
      { echo "bench: $name failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    local w c m
    w=$(awk -F': ' '/Elapsed/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
    c=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$work/time.txt")
    m=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
    if [ -z "${wall[$name]:-}" ] || awk "BEGIN { exit !($w < ${wall[$name]}) }"; then
      wall[$name]=$w cpu[$name]=$c rss[$name]=$m
    fi
  done
  size[$name]=$(du -sm "$db" | cut -f1)
}

echo "load before: $(uptime | sed 's/.*load average: //')"
engines=()
for j in $jobs_list; do
  if [ -n "$before" ]; then
    measure "before-j$j" "$work/before-j$j.db" \
      "$before" --quiet --compact --jobs "$j" --db "$work/before-j$j.db" "$text"
    engines+=("before-j$j")
  fi
  for w in $writers_list; do
    measure "newsindex-j$j-w$w" "$work/newsindex-j$j-w$w.db" \
      "$newsindex" --quiet --compact --jobs "$j" --writers "$w" --db "$work/newsindex-j$j-w$w.db" "$text"
    engines+=("newsindex-j$j-w$w")
  done
done
measure omindex "$work/omindex.db" omindex --db "$work/omindex.db" --url / "$text"
xapian-compact "$work/omindex.db" "$work/omindex-compact.db" >/dev/null
measure fts5 "$work/fts5.db" python3 bench/fts5_load.py "$work/fts5.db" "$text"
engines+=(omindex fts5)
echo "load after: $(uptime | sed 's/.*load average: //')"

echo
echo "Indexing $articles articles on $(nproc) cores (best of $repeat):"
echo
echo "| engine | wall s | CPU s | peak RSS MB | index MB | wall / omindex | CPU / omindex |"
echo "|---|---|---|---|---|---|---|"
for e in "${engines[@]}"; do
  printf '| %s | %.1f | %.1f | %s | %s | %.2f | %.2f |\n' "$e" "${wall[$e]}" "${cpu[$e]}" \
    "${rss[$e]}" "${size[$e]}" "$(awk "BEGIN { print ${wall[$e]} / ${wall[omindex]} }")" \
    "$(awk "BEGIN { print ${cpu[$e]} / ${cpu[omindex]} }")"
done
echo
echo "omindex's index compacted (xapian-compact): $(du -sm "$work/omindex-compact.db" | cut -f1) MB;"
echo "newsindex indexes are compacted (--compact)."
