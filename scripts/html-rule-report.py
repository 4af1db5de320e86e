#!/usr/bin/env python3
"""Which extraction rules generalise: per-rule outcome changes by site on html-dev, and a
leave-sites-out estimate of title, date and author accuracy.

usage: scripts/html-rule-report.py BASE.jsonl ABLATIONS_DIR [--truth TRUTH.jsonl]

BASE.jsonl is `newsindex --extract` output of the build under test on
../shared/corpora/html-dev/pages; ABLATIONS_DIR holds one NAME.jsonl per rule, the output of
the same build with that rule taken out (patched out locally, never committed). For every
rule and field the report lists the pages whose outcome the rule decides (helps: right only
with it; hurts: right only without it) and their sites (the host of the page's `url`).

Leave-sites-out: html-dev has about one page per site, so a rule found by looking at a site
is fitted to it unless other sites back it. A page keeps a rule's help only when the rule
helps on at least two other sites, net of the sites it hurts; otherwise the page counts as
missed. The estimate is what html-dev would score if every rule had to be found on other
sites than the page's own. Skips (exit 0) without ../shared.
"""
import argparse
import collections
import glob
import json
import os
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
FIELDS = ("title", "date", "author")
MIN_OTHER_SITES = 2


def site_of(url):
    host = urllib.parse.urlparse(url or "").hostname or ""
    return host[4:] if host.startswith("www.") else host


def outcomes(scorer, truth, pred_path):
    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                p = json.loads(line)
                preds[os.path.basename(p.get("path", ""))] = p
    out = {}
    for t in truth:
        p = preds.get(t["file"], {})
        o = {}
        title = (t.get("annotated") or {}).get("title") or t.get("title")
        if title:
            o["title"] = scorer.norm_key(scorer.as_text(p.get("title"))) == scorer.norm_key(title)
        if t.get("date"):
            o["date"] = scorer.pred_date(p.get("date")) == t["date"]
        if t.get("author"):
            o["author"] = scorer.author_match(t["author"], scorer.as_text(p.get("byline")))
        out[t["file"]] = o
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("ablations")
    ap.add_argument("--truth", default=os.path.join(SHARED, "corpora", "html-dev", "truth.jsonl"))
    args = ap.parse_args()
    scorer_dir = os.path.join(SHARED, "eval")
    if not os.path.isfile(args.truth) or not os.path.isfile(os.path.join(scorer_dir, "score_html.py")):
        print(f"html-rule-report: skipped: {args.truth} or {scorer_dir}/score_html.py is not there")
        return 0
    sys.path.insert(0, scorer_dir)
    import score_html as scorer  # noqa: E402 (the shared scorer defines the metrics)

    with open(args.truth, encoding="utf-8") as f:
        truth = [json.loads(line) for line in f if line.strip()]
    site = {t["file"]: site_of(t.get("url")) for t in truth}
    base = outcomes(scorer, truth, args.base)
    lost = collections.defaultdict(set)
    for path in sorted(glob.glob(os.path.join(args.ablations, "*.jsonl"))):
        rule = os.path.basename(path)[: -len(".jsonl")]
        ablated = outcomes(scorer, truth, path)
        for field in FIELDS:
            helps = [f for f in base if base[f].get(field) is True and ablated[f].get(field) is False]
            hurts = [f for f in base if base[f].get(field) is False and ablated[f].get(field) is True]
            if not helps and not hurts:
                continue
            help_sites = {site[f] for f in helps}
            hurt_sites = {site[f] for f in hurts}
            print(f"{rule:24s} {field:6s} helps {len(helps):3d} pages / {len(help_sites):3d} sites"
                  f"   hurts {len(hurts):3d} pages / {len(hurt_sites):3d} sites")
            for label, files in (("helps", helps), ("hurts", hurts)):
                if 0 < len(files) <= 4:
                    print(f"{'':31s}{label}: " + " ".join(f"{f} ({site[f]})" for f in files))
            for f in helps:
                backing = len(help_sites - {site[f]}) - len(hurt_sites - {site[f]})
                if backing < MIN_OTHER_SITES:
                    lost[field].add(f)
    print()
    for field in FIELDS:
        n = sum(1 for o in base.values() if field in o)
        ok = sum(1 for o in base.values() if o.get(field))
        if n:
            print(f"{field:6s} html-dev {ok / n:.3f}   leave-sites-out {(ok - len(lost[field])) / n:.3f}"
                  f"   (n={n}; {len(lost[field])} pages rest on rules backed by fewer than"
                  f" {MIN_OTHER_SITES} other sites)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
