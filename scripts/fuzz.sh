#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer; the build scripts/test.sh --sanitize uses, in build-sanitize/)
# and runs each for SECONDS (default 30) from a seed corpus made from sample_corpus/ and
# tests/fuzz/regressions/. A crash, sanitizer report, leak or slow input fails the run; the
# input is kept in build-sanitize/fuzz/artifacts/: fix the bug, then save the input as
# tests/fuzz/regressions/TARGET/NAME so that the ordinary test suite replays it.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (targets: text html json csv warc container
#                                              dates query; default all)
#   scripts/fuzz.sh --ci [TARGET...]          the same inputs every time: a fixed seed and a
#                                              fixed number of runs per target (about 30 s
#                                              each on two cores) from a fresh corpus, so
#                                              that a run passing here passes in CI
set -euo pipefail
cd "$(dirname "$0")/.."
ci=false
seconds=30
if [ "${1:-}" = --ci ]; then
  ci=true
  shift
elif [ -n "${1:-}" ]; then
  seconds=$1
  shift
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(text html json csv warc container dates query)
fi
# Runs per target in --ci mode: about 30 s each under the sanitizers on two cores.
declare -A ci_runs=([text]=2000 [html]=3000 [json]=15000 [csv]=20000 [warc]=30000
  [container]=8000 [dates]=250000 [query]=200000)
build=${BUILD_DIR:-build-sanitize}
CC=clang CXX=clang++ BUILD_DIR=$build BUILD_TYPE=Debug \
  scripts/build.sh -DNEWS_SANITIZE=ON -DNEWS_FUZZ=ON -DNEWS_BUILD_BENCH=OFF >/dev/null

work="$build/fuzz"
rm -rf "$work/seeds" "$work/artifacts"
$ci && rm -rf "$work/corpus"
mkdir -p "$work/seeds" "$work/artifacts"

# seed TARGET FILE [SELECTOR]: a seed from a file (a container's seeds start with the byte
# that picks the container kind, see tests/fuzz/fuzz_targets.cpp).
seed() {
  local dir="$work/seeds/$1"
  mkdir -p "$dir"
  local name
  name="$(echo "$2" | tr '/' '_')"
  if [ -n "${3:-}" ]; then
    { printf "\\$(printf '%03o' "$3")"; cat "$2"; } >"$dir/$name"
  else
    head -c 262144 "$2" >"$dir/$name"
  fi
}

make_seeds() {
  local f
  while IFS= read -r -d '' f; do
    case "$f" in
      *.txt | *.md) seed text "$f" ;;
      *.html | *.htm) seed html "$f" ;;
      *.json | *.jsonl) seed json "$f" ;;
      *.csv | *.tsv) seed csv "$f" ;;
      *.zip) seed container "$f" 0 ;;
      *.tar.gz) seed container "$f" 1 ;;
      *.warc.gz)
        gzip -dc "$f" >"$work/crawl.warc" 2>/dev/null || true
        seed warc "$work/crawl.warc"
        ;;
      *.gz) seed container "$f" 2 ;;
    esac
  done < <(find sample_corpus -type f -size -2M -print0)
  mkdir -p "$work/seeds/dates" "$work/seeds/query"
  local i=0 line
  while IFS= read -r line; do
    printf '%s' "$line" >"$work/seeds/dates/$((i++))"
  done <<'DATES'
2025-10-29T10:00:00+05:00
Wed, 29 Oct 2025 10:00:00 GMT
October 29, 2025 4:15 p.m. EDT
29th Oct 2025
29. Oktober 2025
29 de octubre de 2025
29 октября 2025
10/29/2025
29.10.2025
ISLAMABAD, Oct 29 (Reuters) -
archive/2024/03/01/story.txt
DATES
  i=0
  while IFS= read -r line; do
    printf '%s' "$line" >"$work/seeds/query/$((i++))"
  done <<'QUERIES'
talks AND (Doha OR Kabul) -weather
"talks resume" NEAR Monday
person:"Khawaja Asif" date:2025-10..2025-11
title:ferry* lang:en org:"United Nations"
place:Doha date:..2024 source:Reuters byline:Asif
QUERIES
  local t
  for t in "${targets[@]}"; do
    mkdir -p "$work/seeds/$t"
    if compgen -G "tests/fuzz/regressions/$t/*" >/dev/null; then
      cp tests/fuzz/regressions/"$t"/* "$work/seeds/$t/"
    fi
  done
}

make_seeds
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$work/corpus/$t"
  log="$work/$t.log"
  if $ci; then
    budget=(-seed=1 -runs="${ci_runs[$t]}")
  else
    budget=(-max_total_time="$seconds")
  fi
  max_len=131072
  [ "$t" = container ] && max_len=1048576
  if ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$PWD/tests/fuzz/lsan.supp" \
    UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/fuzz_$t" "${budget[@]}" -timeout=25 -rss_limit_mb=2560 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$work/artifacts/$t-" \
    "$work/corpus/$t" "$work/seeds/$t" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
    echo "fuzz: $t ok, $runs runs, coverage $cov edges"
  else
    echo "fuzz: $t FAILED (log $log):" >&2
    # The report and its stack (or what the program printed before dying), then the input.
    grep -E -A40 'ERROR|terminate called|what\(\)' "$log" | head -60 >&2 || tail -40 "$log" >&2
    grep -E 'Test unit written' "$log" >&2 || true
    for crash in "$work/artifacts/$t-"*; do
      [ -f "$crash" ] && echo "fuzz: input (base64): $(head -c 2048 "$crash" | base64 -w0)" >&2
    done
    failed+=("$t")
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: failed: ${failed[*]}; inputs in $work/artifacts/" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, no failures"
