#!/usr/bin/env bash
# Archive-scale figures: Reuters-21578 replicated 1, 5 and 25 times (ids rewritten: copyK/
# folders; x25 is about 521,000 articles). Build time and peak memory of newsindex at each
# scale; at the largest, top-10 query latency p50/p95 in a warm process (bench/query_latency)
# and per `newsquery` command, against SQLite FTS5 on the same articles and query mix
# (../shared/bench/queries.tsv plus person, date-range and facet queries).
#
#   bench/archive-scale.sh [--work DIR] [--scales "1 5 25"] [--rounds N] [--index-only]
#
# --index-only builds the indexes of --scales and skips the queries (to build a smaller
# scale in another process meanwhile: the figures of both then say what the load was).
# DIR (default /tmp/newsindex-scale) holds the texts, indexes and the report (report-*.md);
# it is kept, and what it already holds is reused (remove it to measure again). Never put it
# in the repository. The programs are copied to DIR/bin first, so rebuilding meanwhile does
# not change what is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=../shared/corpora/reuters21578
queries=../shared/bench/queries.tsv
if [ ! -d "$reuters" ] || [ ! -f "$queries" ]; then
  echo "archive-scale: skipped: $reuters or $queries not found (they live beside the repository)"
  exit 0
fi
work=/tmp/newsindex-scale
scales="1 5 25"
rounds=5
index_only=
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --scales) scales=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --index-only) index_only=1; shift ;;
    *) echo "usage: $0 [--work DIR] [--scales \"1 5 25\"] [--rounds N] [--index-only]" >&2
       exit 2 ;;
  esac
done
largest=${scales##* }
build=${BUILD_DIR:-build}
mkdir -p "$work/bin"
if [ ! -x "$work/bin/newsindex" ]; then
  scripts/build.sh >/dev/null
  cp "$build/indexer/newsindex" "$build/query/newsquery" "$build/bench/query_latency" "$work/bin/"
fi
bin=$work/bin
report=$work/report-x${scales// /-x}.md
log() { echo "$*" | tee -a "$report"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ ! -d "$work/text" ]; then
  python3 bench/reuters_to_text.py "$reuters" "$work/text.tmp" --copies "$largest"
  if [ "$largest" = 1 ]; then  # one copy is written without a copyK folder
    mkdir "$work/text.tmp/copy0" && mv "$work/text.tmp"/reut2-* "$work/text.tmp/copy0/"
  fi
  mv "$work/text.tmp" "$work/text"
fi

log "# Archive scale ($(date -u +%F\ %H:%M) UTC, $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB)"
log ""
log "| copies | articles | seconds | articles/s | CPU seconds | peak RSS MB | index MB | load before/after |"
log "|---|---|---|---|---|---|---|---|"
for scale in $scales; do
  db=$work/x$scale.db
  inputs=()
  for ((k = 0; k < scale; ++k)); do inputs+=("$work/text/copy$k"); done
  articles=$(find "${inputs[@]}" -name '*.txt' | wc -l)
  if [ ! -f "$work/x$scale.time" ]; then
    rm -rf "$db"
    before=$(load)
    /usr/bin/time -f '%e %M %U %S' -o "$work/x$scale.time.tmp" \
      "$bin/newsindex" --quiet --compact --db "$db" "${inputs[@]}"
    echo "$(cat "$work/x$scale.time.tmp") $before / $(load)" >"$work/x$scale.time"
    rm "$work/x$scale.time.tmp"
  fi
  read -r secs rss user sys l1 l2 l3 _ m1 m2 m3 <"$work/x$scale.time"
  log "| $scale | $articles | $secs | $(awk "BEGIN { printf \"%.0f\", $articles / $secs }") |" \
    "$(awk "BEGIN { print $user + $sys }") | $((rss / 1024)) | $(du -sm "$db" | cut -f1) |" \
    "$l1 $l2 $l3 / $m1 $m2 $m3 |"
done
[ -n "$index_only" ] && exit 0

fts5=$work/fts5-x$largest.db
if [ ! -f "$fts5" ]; then
  start=$(date +%s.%N)
  python3 bench/fts5_load.py "$fts5.tmp" "${inputs[@]}" >/dev/null
  mv "$fts5.tmp" "$fts5"
  echo "$(awk "BEGIN { print $(date +%s.%N) - $start }")" >"$work/fts5.time"
fi
log ""
log "SQLite FTS5 load of x$largest: $(cat "$work/fts5.time") s, $(du -sm "$fts5" | cut -f1) MB"

# The mix: keyword queries as they are, plus person, date-range and facet queries.
mix=$work/mix.tsv
awk -F'\t' '!/^#/ && NF == 2 { print $1 "\t" $2 "\t\t\t\t" }' "$queries" >"$mix"
for person in "James Baker" "Paul Volcker" "Ronald Reagan" "Alan Greenspan" \
  "Yasuhiro Nakasone" "Margaret Thatcher" "Karl Otto Poehl" "Jacques Chirac"; do
  printf 'person\t\t%s\t\t\t\n' "$person" >>"$mix"
done
while read -r words since until; do
  printf 'daterange\t%s\t\t%s\t%s\t\n' "$words" "$since" "$until" >>"$mix"
done <<'EOF'
oil 1987-03-01 1987-03-31
trade 1987-04-01 1987-04-15
bank 1987-02-26 1987-03-05
coffee 1987-06-01 1987-10-31
dollar 1987-03-15 1987-03-20
gold 1987-01-01 1987-12-31
wheat 1987-04-01 1987-06-30
merger 1987-03-01 1987-03-07
EOF
# Facets over the whole match set (persons and years of the matches) with the top 10.
for words in oil trade bank dollar "interest rates" wheat; do
  printf 'facet\t%s\t\t\t\tperson,year\n' "$words" >>"$mix"
done

db=$work/x$largest.db
log ""
log "Query mix: $(wc -l <"$mix") queries ($(cut -f1 "$mix" | sort -u | tr '\n' ' '))," \
  "top 10 with snippets, x$largest; load before: $(load)"
"$bin/query_latency" "$db" "$fts5" "$mix" "$rounds" >"$work/warm.tsv"
# newsquery as a command: one process per query, as a shell user runs it.
python3 - "$bin/newsquery" "$db" "$mix" "$rounds" >"$work/command.tsv" <<'PY'
import resource, subprocess, sys, time
newsquery, db, mix, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
lines = [l.rstrip("\n").split("\t") for l in open(mix) if l.strip()]
for round in range(rounds + 1):
    for category, words, person, since, until, facets in lines:
        args = [newsquery, "--db", db, "--limit", "10"]
        args += ["--person", person] if person else []
        args += ["--since", since] if since else []
        args += ["--until", until] if until else []
        args += ["--facets", facets] if facets else []
        args += [words] if words else []
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = (time.perf_counter() - start) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
        if round > 0:
            print(f"command\t{category}\t{wall:.3f}\t{cpu:.3f}")
PY
python3 - "$work/warm.tsv" "$work/command.tsv" <<'PY' | tee -a "$report"
import sys
from collections import defaultdict
times = defaultdict(list)
for path in sys.argv[1:]:
    for line in open(path):
        engine, category, wall, cpu = line.split("\t")
        for c in (category, "all"):
            times[(engine, c, "wall")].append(float(wall))
            times[(engine, c, "cpu")].append(float(cpu))
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
categories = sorted({c for _, c, _ in times if c != "all"}) + ["all"]
for clock, what in (("wall", "wall-clock time"), ("cpu", "CPU time of the query")):
    print()
    print(f"{what}, ms (p50 / p95):")
    print()
    print("| category | newsindex warm | newsquery command | FTS5 warm | FTS5 p95 / newsindex p95 |")
    print("|---|---|---|---|---|")
    for c in categories:
        n, cmd, f = (times[(e, c, clock)] for e in ("newsindex", "command", "fts5"))
        print(f"| {c} | {pct(n, 50):.2f} / {pct(n, 95):.2f} | {pct(cmd, 50):.1f} / {pct(cmd, 95):.1f}"
              f" | {pct(f, 50):.2f} / {pct(f, 95):.2f} | {pct(f, 95) / max(pct(n, 95), 1e-3):.1f} |")
PY
log ""
log "load after: $(load)"
echo "report: $report"
