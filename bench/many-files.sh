#!/usr/bin/env bash
# Memory and time of newsindex over many small files: builds a tree of N one-line text
# files (folders of 1,000) under WORK, then indexes it with each program given (a fresh
# index), and runs it again on the same index (nothing changed: the nightly case), each
# under /usr/bin/time -v. Prints one table row per run: wall seconds, CPU seconds, peak
# RSS, articles in the index.
#
#   bench/many-files.sh [--work DIR] [--files N] [--jobs J] NEWSINDEX...
#
# DIR (default /tmp/newsindex-many) holds the tree (kept and reused while it has N files)
# and the indexes; never put it in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
work=/tmp/newsindex-many
files=500000
jobs=2
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -*) echo "usage: $0 [--work DIR] [--files N] [--jobs J] NEWSINDEX..." >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then
  echo "usage: $0 [--work DIR] [--files N] [--jobs J] NEWSINDEX..." >&2
  exit 2
fi
mkdir -p "$work"
work=$(realpath "$work")
case $work/ in
  "$(pwd)"/*) echo "many-files: $work is inside the repository; choose a folder outside it" >&2
              exit 2 ;;
esac
tree=$work/tree-$files
if [ ! -f "$tree.done" ]; then
  rm -rf "$tree"
  python3 - "$tree" "$files" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    folder = os.path.join(root, "d%04d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(folder)
    with open(os.path.join(folder, "story-%07d.txt" % i), "w") as f:
        f.write("Council meeting %d votes on the harbour budget in Springfield.\n" % i)
PY
  touch "$tree.done"
fi

# One run: "wall CPU peak-MB" from /usr/bin/time -v.
measure() {
  local log=$work/time.log
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { tail -5 "$log" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); w = 0;
                for (i = 1; i <= n; i++) w = w * 60 + t[i]}
              /User time/ {u = $2} /System time/ {s = $2}
              /Maximum resident set size/ {m = $2}
              END {printf "%.1f %.1f %.0f\n", w, u + s, m / 1024}' "$log"
}

echo "| program | run | files | wall s | CPU s | peak RSS MB | articles | load |"
echo "|---|---|---|---|---|---|---|---|"
for program in "$@"; do
  name=$(basename "$(dirname "$(realpath "$program")")")/$(basename "$program")
  db=$work/index-$(echo "$program" | md5sum | cut -c1-8)
  rm -rf "$db"
  for run in first again; do
    read -r wall cpu mb < <(measure "$program" --quiet --jobs "$jobs" --db "$db" "$tree")
    articles=$(xapian-delve "$db" 2>/dev/null | awk '/number of documents/ {print $NF}')
    echo "| $name | $run | $files | $wall | $cpu | $mb | ${articles:-?} | $(cut -d' ' -f1 /proc/loadavg) |"
  done
done
