#!/usr/bin/env bash
# Scores publication dates on the Reuters-21578 stories as plain wire copy with
# ../shared/eval/date_eval.py and checks the bar: right day >= 0.88 of the stories, wrong
# <= 0.005. The stories are converted with reuters2txt.py into a temporary folder, or
# read from $REUTERS_TXT when it names one already made. Skips, exit 0, when ../shared is
# not beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
corpus=../shared/corpora/reuters21578
if [ ! -f "$eval_dir/date_eval.py" ] || { [ -z "${REUTERS_TXT:-}" ] && [ ! -d "$corpus" ]; }; then
  echo "score-dates: skipped: $eval_dir/date_eval.py or $corpus not found (they live beside the repository)"
  exit 0
fi
binary=${NEWSINDEX:-build/indexer/newsindex}
[ -x "$binary" ] || scripts/build.sh >/dev/null
work=$(mktemp -d /tmp/score-dates.XXXXXX)
trap 'rm -rf "$work"' EXIT
stories=${REUTERS_TXT:-$work/reuters-txt}
if [ -z "${REUTERS_TXT:-}" ]; then
  python3 "$eval_dir/reuters2txt.py" "$corpus" "$stories" >/dev/null
fi
python3 "$eval_dir/date_eval.py" "$binary" "$stories" "$work/dates" | tee "$work/score"
python3 - "$work/score" <<'PY'
import re, sys
m = re.search(r"^DATE_SCORE right=([0-9.]+) wrong=([0-9.]+)", open(sys.argv[1]).read(), re.M)
right, wrong = float(m[1]), float(m[2])
print(f"right day            {right:.4f}  bar >= 0.88   {'ok' if right >= 0.88 else 'BELOW'}")
print(f"wrong day            {wrong:.4f}  bar <= 0.005  {'ok' if wrong <= 0.005 else 'ABOVE'}")
sys.exit(0 if right >= 0.88 and wrong <= 0.005 else 1)
PY
