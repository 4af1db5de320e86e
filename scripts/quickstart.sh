#!/usr/bin/env bash
# From a fresh clone: install what is missing, build, index sample_corpus/ and search it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export NEWSINDEX_DB=${NEWSINDEX_DB:-$PWD/newsindex.db}
echo
echo "\$ newsindex sample_corpus"
build/indexer/newsindex sample_corpus || [ $? -eq 4 ]  # 4: the broken/ examples are reported
echo
echo "\$ newsquery Taliban"
build/query/newsquery Taliban
echo
echo "\$ newsquery --person \"Khawaja Asif\" --format csv --limit 3"
build/query/newsquery --person "Khawaja Asif" --format csv --limit 3
echo
echo "The index is in $NEWSINDEX_DB; try: build/query/newsquery --help"
echo "or search it in a web browser: build/query/newsquery --serve (docs/web.md)"
