#!/usr/bin/env python3
"""Which extraction rules generalise: per-rule outcome changes by site on html-dev, and a
leave-sites-out estimate of title, date and author accuracy.

usage: scripts/html-rule-report.py BASE.jsonl ABLATIONS_DIR [--truth TRUTH.jsonl]

BASE.jsonl is `newsindex --extract` output of the build under test on
../shared/corpora/html-dev/pages; ABLATIONS_DIR holds one NAME.jsonl per rule, the output of
the same build with that rule taken out (patched out locally, never committed). For every
rule and field the report gives the sites (the host of the page's `url`) where the rule
fires (the field's value changes without it, on any of the 450 pages) and the pages whose
outcome it decides (helps: right only with it; hurts: right only without it).

Leave-sites-out: html-dev has about one page per site, so a rule that fires on one or two
sites was fitted to them. A page keeps a rule's help only when the rule fires on at least
two other sites and helps on more other sites than it hurts; otherwise the page counts as
missed. The estimate is what html-dev would score if every rule had to earn its place on
sites other than the page's own. Skips (exit 0) without ../shared.
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


def read_predictions(pred_path):
    """The `--extract` records of a file by page name; None when it holds none (a file of
    another kind, such as the scorer's --per-page output, in the same folder)."""
    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                p = json.loads(line)
                if "path" not in p:
                    return None
                preds[os.path.basename(p["path"])] = p
    return preds


def values(preds, field):
    """The field's value per page, as the scorer reads it."""
    key = {"title": "title", "date": "date", "author": "byline"}[field]
    out = {}
    for name, p in preds.items():
        v = p.get(key)
        out[name] = (v or "")[:10] if field == "date" else (v or "")
    return out


def outcomes(scorer, truth, preds):
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
    base_preds = read_predictions(args.base) or {}
    base = outcomes(scorer, truth, base_preds)
    lost = collections.defaultdict(set)
    for path in sorted(glob.glob(os.path.join(args.ablations, "*.jsonl"))):
        rule = os.path.basename(path)[: -len(".jsonl")]
        preds = read_predictions(path)
        if preds is None:
            continue
        ablated = outcomes(scorer, truth, preds)
        for field in FIELDS:
            before, after = values(base_preds, field), values(preds, field)
            fires = {site.get(f, f) for f in before if before[f] != after.get(f, "")}
            helps = [f for f in base if base[f].get(field) is True and ablated[f].get(field) is False]
            hurts = [f for f in base if base[f].get(field) is False and ablated[f].get(field) is True]
            if not fires:
                continue
            help_sites = {site[f] for f in helps}
            hurt_sites = {site[f] for f in hurts}
            print(f"{rule:24s} {field:6s} fires on {len(fires):3d} sites   helps {len(helps):3d} pages /"
                  f" {len(help_sites):3d} sites   hurts {len(hurts):3d} pages / {len(hurt_sites):3d} sites")
            for label, files in (("helps", helps), ("hurts", hurts)):
                if 0 < len(files) <= 4:
                    print(f"{'':31s}{label}: " + " ".join(f"{f} ({site[f]})" for f in files))
            for f in helps:
                own = {site[f]}
                net = len(help_sites - own) - len(hurt_sites - own)
                if len(fires - own) < MIN_OTHER_SITES or net <= 0:
                    lost[field].add(f)
    print()
    for field in FIELDS:
        n = sum(1 for o in base.values() if field in o)
        ok = sum(1 for o in base.values() if o.get(field))
        if n:
            print(f"{field:6s} html-dev {ok / n:.3f}   leave-sites-out {(ok - len(lost[field])) / n:.3f}"
                  f"   (n={n}; {len(lost[field])} pages rest on rules that fire on fewer than"
                  f" {MIN_OTHER_SITES} other sites or do not help more other sites than they hurt)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
