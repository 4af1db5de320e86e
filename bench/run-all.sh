#!/usr/bin/env bash
# The benchmark set of docs/benchmarks.md in one command: one Markdown report with every
# figure and ratio measured in this run, and each target met or missed by how much.
#   1. Reuters-21578 indexing (bench/indexing.sh): newsindex at --jobs 1 .. nproc, omindex
#      and SQLite FTS5: wall, CPU, peak RSS, index size, omindex's compacted size.
#   2. Archive scale (bench/archive-scale.sh): Reuters x1, x5, x25 (521,025 articles, ids
#      rewritten): build time, CPU and peak RSS; at the largest, top-10 query p50/p95 in a
#      warm process and per newsquery command against FTS5 (../shared/bench/queries.tsv
#      plus person, date-range and facet queries).
#
#   bench/run-all.sh [--quick] [--work DIR] [--report FILE] [--before PROGRAM]
#
# --quick: scales 1 and 5 and 2 query rounds (about half an hour on 2 idle cores instead
# of hours). --work DIR keeps the texts, indexes and FTS5 database for a later run (default:
# a fresh folder under /tmp, removed at the end; never the repository). --report FILE
# (default DIR/../benchmark-report.md, printed at the end). --before PROGRAM measures an
# older newsindex too in step 1. The load average is in the report: on a shared machine
# the CPU columns are steadier than wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/corpora/reuters21578 ] || [ ! -f ../shared/bench/queries.tsv ]; then
  echo "run-all: skipped: ../shared/corpora/reuters21578 or ../shared/bench/queries.tsv not found"
  exit 0
fi
scales="1 5 25" rounds=5 work= report= before=()
while [ $# -gt 0 ]; do
  case $1 in
    --quick) scales="1 5" rounds=2; shift ;;
    --work) work=$2; shift 2 ;;
    --report) report=$2; shift 2 ;;
    --before) before=(--before "$2"); shift 2 ;;
    *) echo "usage: $0 [--quick] [--work DIR] [--report FILE] [--before PROGRAM]" >&2; exit 2 ;;
  esac
done
if [ -z "$work" ]; then
  work=$(mktemp -d /tmp/newsindex-bench.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
report=${report:-$(dirname "$work")/benchmark-report.md}
scripts/build.sh >/dev/null

indexing=$work/indexing.md
bench/indexing.sh "${before[@]}" | tee "$indexing"
scale_report=$work/report-x${scales// /-x}.md
rm -f "$scale_report"  # archive-scale.sh appends to it
bench/archive-scale.sh --work "$work" --scales "$scales" --rounds "$rounds"

{
  echo "# newsindex benchmarks ($(date -u +%F\ %H:%M) UTC)"
  echo
  echo "$(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, $(uname -sr);" \
    "commit $(git rev-parse --short HEAD); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  python3 bench/targets.py "$indexing" "$scale_report"
  echo
  echo "## Reuters-21578 indexing (bench/indexing.sh)"
  echo
  cat "$indexing"
  echo
  echo "## Archive scale (bench/archive-scale.sh)"
  echo
  sed 1d "$scale_report"
} >"$report"
echo "report: $report"
