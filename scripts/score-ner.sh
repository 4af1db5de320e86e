#!/usr/bin/env bash
# Scores entity extraction on CoNLL-2003 valid.txt with ../shared/eval/ner_eval.py, laid
# out one sentence a line and as raw wire copy (--wire: hard-wrapped lines, a dateline in
# capitals, the "Reuter" sign-off), and checks the bar on both: persons >= 0.95
# (surname-tolerant F1), organisations >= 0.85 and places >= 0.92 (strict F1). Skips,
# exit 0, when ../shared is not beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_script=../shared/eval/ner_eval.py
data=../shared/corpora/conll2003/valid.txt
if [ ! -f "$eval_script" ] || [ ! -f "$data" ]; then
  echo "score-ner: skipped: $eval_script or $data not found (they live beside the repository)"
  exit 0
fi
binary=${NEWSINDEX:-build/indexer/newsindex}
[ -x "$binary" ] || scripts/build.sh >/dev/null
status=0
for layout in clean wire; do
  flag=()
  [ "$layout" = wire ] && flag=(--wire)
  echo "== $layout layout"
  python3 "$eval_script" "$binary" "$data" "${flag[@]}" | tee /tmp/score-ner.$$
  python3 - /tmp/score-ner.$$ <<'PY' || status=1
import re, sys
text = open(sys.argv[1]).read()
f1 = {m[0]: (float(m[1]), float(m[2])) for m in
      re.findall(r"^(PER|ORG|LOC): .*?F1=([0-9.]+) \| tolerant .*?F1=([0-9.]+)", text, re.M)}
checks = [("persons (tolerant)", f1["PER"][1], 0.95), ("organisations", f1["ORG"][0], 0.85),
          ("places", f1["LOC"][0], 0.92)]
ok = True
for name, value, bar in checks:
    print(f"{name:20} {value:.3f}  bar {bar:.2f}  {'ok' if value >= bar else 'BELOW'}")
    ok = ok and value >= bar
sys.exit(0 if ok else 1)
PY
done
rm -f /tmp/score-ner.$$
exit $status
