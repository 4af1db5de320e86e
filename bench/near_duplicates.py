#!/usr/bin/env python3
"""Replicated Reuters for the near-duplicate benchmark, and scoring of the clusters.

usage: near_duplicates.py make REUTERS_DIR OUT_DIR [--stories N] [--copies K] [--min-words W]
       near_duplicates.py score TEXT_DIR RESULTS.jsonl
       near_duplicates.py clusters RESULTS.jsonl

make: the first N Reuters-21578 stories whose dateline and body have at least W words
(default 25: shorter bodies are one story only when near-exact; 10 takes them in too, the
shortest that newsindex clusters), each written K
times with rewritten ids (OUT_DIR/copyK/NEWID.txt) and the small edits wire copies carry:
copy 0 as is; 1 one word changed; 2 a sign-off added; 3 a new headline ("UPDATE 1-") and
the body re-wrapped at 50 columns; 4 and up all of these, with other words changed.

score: reads newsquery --format jsonl results (id, cluster) and the texts. Stories are the
same when they are replicas of one NEWID, or when two originals have exact Jaccard >= 0.5 on
the same word 3-shingles (real repeated or corrected Reuters stories), or one is a version
of the other cut short or extended (at least 0.8 of the smaller shingle set in the larger,
the smaller at least 0.4 of the larger's size: a correction sent shorter, results with a
note added); groups are the transitive closure. Also prints the mixing clusters counted
with Jaccard alone. Prints pair precision and recall of the clusters against those groups,
the replica sets split over several clusters, and the clusters mixing distinct stories.

clusters: for an index of real articles (BBC news), the clusters with more than one member
and the exact Jaccard similarity of each member's file (after its first line) to the head's.
"""
import collections
import itertools
import os
import random
import re
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reuters_to_text as rt  # noqa: E402

WORD = re.compile(r"[^\W_]+")
SIGN_OFFS = ["(Reporting by Jane Doe; Editing by John Roe)", "Reuter", "(Additional reporting by"
             " Ann Smith in London)"]


def words(text):
    return WORD.findall(text.casefold())


def shingles(text):
    w = words(text)
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def change_word(body, rng):
    tokens = body.split(" ")
    candidates = [i for i, t in enumerate(tokens) if t.isalpha() and len(t) > 3]
    if candidates:
        i = rng.choice(candidates)
        tokens[i] = tokens[i][::-1]  # a different word in the same place
    return " ".join(tokens)


def replica(title, dateline, body, k, rng):
    if k == 0:
        return f"{title}\n\n{dateline} {body}\n"
    if k == 1:
        return f"{title}\n\n{dateline} {change_word(body, rng)}\n"
    if k == 2:
        return f"{title}\n\n{dateline} {body}\n{rng.choice(SIGN_OFFS)}\n"
    wrapped = textwrap.fill(" ".join(body.split()), 50)
    if k == 3:
        return f"UPDATE 1-{title}\n\n{dateline} {wrapped}\n"
    edited = textwrap.fill(" ".join(change_word(body, rng).split()), 50)
    return f"UPDATE {k - 2}-{title}\n\n{dateline} {edited}\n{rng.choice(SIGN_OFFS)}\n"


def make(src, out, stories, copies, min_words=25):
    rng = random.Random(9)
    count = skipped = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".sgm") or count >= stories:
            continue
        for newid, text in rt.stories(os.path.join(src, name)):
            title, body = rt.field("TITLE", text), rt.field("BODY", text)
            dateline = rt.field("DATELINE", text)
            if len(words(f"{dateline} {body}")) < min_words or not title:
                skipped += 1
                continue
            if count >= stories:
                break
            for k in range(copies):
                folder = os.path.join(out, f"copy{k}")
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, f"{newid}.txt"), "w", encoding="utf-8") as f:
                    f.write(replica(title, dateline, body, k, rng))
            count += 1
    print(f"{count} stories x {copies} copies = {count * copies} articles in {out} "
          f"({skipped} stories with no title or under {min_words} words left out)")


def find(parent, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def is_version(sa, sb):
    """One shingle set a version of the other cut short or extended: at least 0.8 of the
    smaller in the larger, the smaller at least 0.4 of the larger's size."""
    small, large = sorted((sa, sb), key=len)
    return bool(small) and 5 * len(small) >= 2 * len(large) and \
        5 * len(small & large) >= 4 * len(small)


def real_duplicates(text_dir, newids, versions=True):
    """Groups of original stories with exact shingle Jaccard >= 0.5 or, with `versions`,
    one a version of the other cut short or extended (a correction sent shorter, an update
    with a paragraph more)."""
    sets = {}
    for newid in newids:
        with open(os.path.join(text_dir, "copy0", f"{newid}.txt"), encoding="utf-8") as f:
            sets[newid] = shingles(f.read().split("\n", 2)[-1])
    postings = collections.defaultdict(list)
    for newid, s in sets.items():
        for sh in s:
            postings[sh].append(newid)
    parent = {n: n for n in newids}
    pairs = []
    checked = set()
    for ids in postings.values():
        if len(ids) > 50:  # a stock phrase: pairs that share only it are not copies
            continue
        for a, b in itertools.combinations(ids, 2):
            if (a, b) in checked:
                continue
            checked.add((a, b))
            sa, sb = sets[a], sets[b]
            j = len(sa & sb) / len(sa | sb) if sa or sb else 0
            if j >= 0.5 or (versions and is_version(sa, sb)):
                pairs.append((a, b, j))
                parent[find(parent, a)] = find(parent, b)
    return {n: find(parent, n) for n in newids}, pairs


def mixing(cluster_of, truth):
    mixed = collections.defaultdict(set)
    for i in cluster_of:
        mixed[cluster_of[i]].add(truth[i])
    return {c: g for c, g in mixed.items() if len(g) > 1}


def pair_count(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def score(text_dir, results):
    import json
    cluster_of = {}
    with open(results, encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            cluster_of[j["id"]] = j.get("cluster", j["id"])
    # ids: COLLECTION/copyK/NEWID.txt
    story_of = {i: i.rsplit("/", 1)[1][:-4] for i in cluster_of}
    newids = sorted(set(story_of.values()), key=int)
    group_of, real_pairs = real_duplicates(text_dir, newids)
    truth = {i: group_of[s] for i, s in story_of.items()}
    clusters = collections.Counter(cluster_of.values())
    groups = collections.Counter(truth.values())
    both = collections.Counter((cluster_of[i], truth[i]) for i in cluster_of)
    found, true, correct = pair_count(clusters), pair_count(groups), pair_count(both)
    replica_sets = collections.defaultdict(set)
    for i, s in story_of.items():
        replica_sets[s].add(cluster_of[i])
    split = [s for s, c in replica_sets.items() if len(c) > 1]
    mixed = mixing(cluster_of, truth)
    jaccard_only = real_duplicates(text_dir, newids, versions=False)[0]
    mixed_jaccard_only = mixing(cluster_of, {i: jaccard_only[s] for i, s in story_of.items()})
    print(f"articles {len(cluster_of)}, stories {len(newids)}, story groups {len(groups)} "
          f"({len(real_pairs)} pairs of real Reuters stories with Jaccard >= 0.5 or versions), "
          f"clusters {len(clusters)}")
    print(f"pair precision {correct / found if found else 1:.4f} ({correct}/{found}), "
          f"pair recall {correct / true if true else 1:.4f} ({correct}/{true})")
    print(f"replica sets in one cluster: {len(replica_sets) - len(split)}/{len(replica_sets)}"
          f"; split: {' '.join(split[:10])}")
    copy0 = {s: cluster_of[i] for i, s in story_of.items() if "/copy0/" in i}
    together = [p for p in real_pairs if copy0.get(p[0]) is not None
                and copy0.get(p[0]) == copy0.get(p[1])]
    print(f"real Reuters pairs (Jaccard >= 0.5 or versions) in one cluster: "
          f"{len(together)}/{len(real_pairs)}")
    print(f"clusters mixing stories if versions cut short or extended were distinct: "
          f"{len(mixed_jaccard_only)}")
    print(f"clusters mixing distinct stories: {len(mixed)}"
          + "".join(f"\n  {c}: groups {sorted(g)[:5]}" for c, g in list(mixed.items())[:10]))
    return 0 if not split and not mixed else 1


def clusters(results):
    import json
    members = collections.defaultdict(list)
    with open(results, encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            members[j.get("cluster", j["id"])].append(j["path"])

    def body(path):
        with open(path, encoding="utf-8", errors="replace") as f:
            return shingles(f.read().split("\n", 1)[-1])

    multi = {c: paths for c, paths in members.items() if len(paths) > 1}
    below = 0
    for c, paths in sorted(multi.items()):
        head = body(sorted(paths)[0])
        sims = [len(head & body(p)) / max(1, len(head | body(p))) for p in sorted(paths)[1:]]
        below += sum(1 for x in sims if x < 0.5)
        print(f"  {c}: {len(paths)} articles, exact Jaccard to the first {min(sims):.2f}-{max(sims):.2f}")
    print(f"articles {sum(len(p) for p in members.values())}, clusters {len(members)}, "
          f"clusters with copies {len(multi)}, members below Jaccard 0.5: {below}")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "clusters":
        clusters(sys.argv[2])
        return
    if len(sys.argv) < 4 or sys.argv[1] not in ("make", "score"):
        sys.exit(__doc__)
    if sys.argv[1] == "make":
        opt = {k: int(sys.argv[sys.argv.index(k) + 1]) if k in sys.argv else d
               for k, d in (("--stories", 1000), ("--copies", 5), ("--min-words", 25))}
        make(sys.argv[2], sys.argv[3], opt["--stories"], opt["--copies"], opt["--min-words"])
    else:
        sys.exit(score(sys.argv[2], sys.argv[3]))


if __name__ == "__main__":
    main()
