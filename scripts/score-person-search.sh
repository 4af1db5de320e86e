#!/usr/bin/env bash
# Person search on the Reuters-21578 stories as plain wire text, with
# ../shared/eval/person_search_eval.py: the mean recall of `newsquery --person "First Last"`
# over the persons tagged on 10 or more stories must be >= 0.95. Also prints the junk
# among the 30 most frequent persons and "Reuter" as a person (recognition figures, with
# the issue's bars, for information). Skips, exit 0, when ../shared is not beside the
# repository. The stories are converted once into $REUTERS_TXT (default build/reuters-txt).
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
corpus=../shared/corpora/reuters21578
if [ ! -f "$eval_dir/person_search_eval.py" ] || [ ! -d "$corpus" ]; then
  echo "score-person-search: skipped: $eval_dir/person_search_eval.py or $corpus not found" \
       "(they live beside the repository)"
  exit 0
fi
newsindex=${NEWSINDEX:-build/indexer/newsindex}
newsquery=${NEWSQUERY:-build/query/newsquery}
{ [ -x "$newsindex" ] && [ -x "$newsquery" ]; } || scripts/build.sh >/dev/null
text=${REUTERS_TXT:-build/reuters-txt}
if [ ! -f "$text/truth.jsonl" ]; then
  python3 "$eval_dir/reuters2txt.py" "$corpus" "$text" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The scorer asks for --all, which lists every article (copies of a story included), so
# recall counts articles; no config file changes what it measures.
export NEWSINDEX_CONFIG=
python3 "$eval_dir/person_search_eval.py" "$newsindex" "$newsquery" "$text" "$work" \
  | tee "$work/out.txt"
python3 - "$work/out.txt" <<'PY'
import re, sys
line = [l for l in open(sys.argv[1]) if l.startswith("PERSON_SEARCH")][-1]
recall = float(re.search(r"recall=([0-9.]+)", line).group(1))
junk = int(re.search(r"top30_junk=(\d+)", line).group(1))
reuter = int(re.search(r"reuter_as_person=(\d+)", line).group(1))
print(f"recall             {recall:.3f}  bar 0.95  {'ok' if recall >= 0.95 else 'BELOW'}")
print(f"top30 junk         {junk}      (recognition; issue bar <= 2)")
print(f"Reuter as person   {reuter}   (recognition; issue bar 0)")
sys.exit(0 if recall >= 0.95 else 1)
PY
