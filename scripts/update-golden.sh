#!/usr/bin/env bash
# Regenerates the expected outputs that tests/cli/golden_test.cpp compares against, from
# the built programs. Review the diff before committing it: it is the change in behaviour.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
out=tests/cli/expected
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Text and Markdown articles: every field but the body and the machine-specific path.
"$build"/indexer/newsindex --extract sample_corpus/pakistan-afghanistan-talks.txt \
  sample_corpus/world sample_corpus/business sample_corpus/science sample_corpus/sport \
  sample_corpus/archive 2>/dev/null |
  python3 -c '
import json, sys
for line in sys.stdin:
    j = json.loads(line)
    j.pop("body", None); j.pop("path", None); j.pop("near_duplicate", None)  # as the test
    print(json.dumps(j, ensure_ascii=False, sort_keys=True))' | sort >"$out/extract.jsonl"
cp -r sample_corpus "$work/corpus"
rm -rf "$work/corpus/broken"
"$build"/indexer/newsindex --quiet --db "$work/db" "$work/corpus"
"$build"/query/newsquery --db "$work/db" --format jsonl --all --sort newest 'date:2025-10' |
  python3 -c '
import json, sys
for line in sys.stdin:
    j = json.loads(line)
    print(json.dumps({k: j[k] for k in ("rank", "id", "title", "date")}, ensure_ascii=False))' \
  >"$out/query-october-newest.jsonl"
echo "updated $out"
