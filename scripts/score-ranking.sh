#!/usr/bin/env bash
# Ranks the six ir-test collections (ADI, CISI, Cranfield, MEDLINE, LISA, NPL) with
# ../shared/eval/rank_newsquery.sh, requests as typed and default options, prints the table
# beside SQLite FTS5's figures and checks the bars: mean MAP >= 0.37 and no collection more
# than 0.01 below FTS5. Skips, exit 0, when ../shared is not beside the repository.
# usage: scripts/score-ranking.sh [collection ...]   (NEWSINDEX/NEWSQUERY override the binaries)
set -uo pipefail
cd "$(dirname "$0")/.."
rank=../shared/eval/rank_newsquery.sh
corpora=../shared/corpora/ir-test
if [ ! -f "$rank" ] || [ ! -d "$corpora" ]; then
  echo "score-ranking: skipped: $rank or $corpora not found (they live beside the repository)"
  exit 0
fi
newsindex=${NEWSINDEX:-build/indexer/newsindex}
newsquery=${NEWSQUERY:-build/query/newsquery}
[ -x "$newsindex" ] && [ -x "$newsquery" ] || scripts/build.sh >/dev/null
collections=("$@")
[ ${#collections[@]} -gt 0 ] || collections=(adi cisi cran med lisa npl)
out=$(mktemp -d "${TMPDIR:-/tmp}/score-ranking.XXXXXX")
trap 'rm -rf "$out"' EXIT
for c in "${collections[@]}"; do
  bash "$rank" "$corpora/$c" "$newsindex" "$newsquery" >"$out/$c.out" 2>"$out/$c.err" ||
    { echo "score-ranking: $c failed:"; tail -5 "$out/$c.err"; exit 1; }
done
python3 - "$out" "${collections[@]}" <<'PY'
import re, sys
out, colls = sys.argv[1], sys.argv[2:]
# SQLite FTS5 bm25, words joined by OR (../shared/corpora/ir-test/README.md).
fts5 = {"adi": 0.4203, "cisi": 0.2197, "cran": 0.3014, "med": 0.5284, "lisa": 0.3620, "npl": 0.2865}
print(f"{'collection':10} {'MAP':>7} {'P@10':>7} {'nDCG@10':>8} {'FTS5 MAP':>9} {'diff':>7}  no results")
maps, ok = [], True
for c in colls:
    t = open(f"{out}/{c}.out").read()
    g = lambda k: float(re.search(rf"^{k}\s+([0-9.]+)", t, re.M).group(1))
    z = re.search(r"^no results (\d+) of (\d+)", t, re.M)
    m = g("MAP")
    maps.append(m)
    below = m < fts5[c] - 0.01
    ok = ok and not below
    print(f"{c:10} {m:7.4f} {g('P@10'):7.4f} {g('nDCG@10'):8.4f} {fts5[c]:9.4f} {m - fts5[c]:+7.4f}"
          f"  {z.group(1)} of {z.group(2)}{'  BELOW FTS5 - 0.01' if below else ''}")
mean = sum(maps) / len(maps)
print(f"{'mean':10} {mean:7.4f} {'':7} {'':8} {sum(fts5[c] for c in colls) / len(colls):9.4f}")
if len(colls) == 6:
    ok = ok and mean >= 0.37
    print(f"bar: mean MAP >= 0.37 and none more than 0.01 below FTS5: {'ok' if ok else 'NOT MET'}")
sys.exit(0 if ok else 1)
PY
