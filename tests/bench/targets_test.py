#!/usr/bin/env python3
"""bench/targets.py reads the reports of bench/indexing.sh and bench/archive-scale.sh as they
are written (regression: it expected runs named newsindex-jN after indexing.sh had named them
newsindex-jN-wW, and bench/run-all.sh stopped before its report)."""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

INDEXING = """Indexing 20841 articles on 2 cores (best of 1):

| engine | wall s | CPU s | peak RSS MB | index MB | wall / omindex | CPU / omindex |
|---|---|---|---|---|---|---|
| newsindex-j1-w1 | 45.3 | 37.0 | 153 | 99 | 1.42 | 1.96 |
| newsindex-j1-w2 | 43.2 | 39.0 | 151 | 100 | 1.36 | 2.07 |
| newsindex-j2-w1 | 44.8 | 36.2 | 168 | 99 | 1.41 | 1.92 |
| newsindex-j2-w2 | 38.3 | 37.1 | 162 | 100 | 1.20 | 1.97 |
| omindex | 31.8 | 18.8 | 174 | 114 | 1.00 | 1.00 |
| fts5 | 4.9 | 2.1 | 43 | 39 | 0.16 | 0.11 |

omindex's index compacted (xapian-compact): 60 MB;
"""

SCALE = """| copies | articles | seconds | articles/s | CPU seconds | peak RSS MB | index MB | load before/after |
|---|---|---|---|---|---|---|---|
| 1 | 20841 | 39.58 | 527 | 37.89 | 154 | 101 | 3.43 3.32 3.25 / 4.17 3.53 3.33 |
| 5 | 104205 | 190.00 | 548 | 202.00 | 203 | 455 | 3.0 3.0 3.0 / 3.0 3.0 3.0 |

wall-clock time, ms (p50 / p95):

| category | newsindex warm | newsquery command | FTS5 warm | FTS5 p95 / newsindex p95 |
|---|---|---|---|---|
| all | 3.19 / 21.45 | 10.9 / 15.2 | 3.91 / 65.38 | 3.0 |

CPU time of the query, ms (p50 / p95):

| category | newsindex warm | newsquery command | FTS5 warm | FTS5 p95 / newsindex p95 |
|---|---|---|---|---|
| all | 3.19 / 5.45 | 10.9 / 15.2 | 3.91 / 65.38 | 12.0 |
"""


def main():
    with tempfile.TemporaryDirectory() as work:
        indexing, scale = os.path.join(work, "indexing.md"), os.path.join(work, "scale.md")
        open(indexing, "w").write(INDEXING)
        open(scale, "w").write(SCALE)
        out = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "targets.py"), indexing, scale],
                             capture_output=True, text=True)
    failures = []
    if out.returncode != 0:
        failures.append(f"exit {out.returncode}: {out.stderr}")
    rows = {line.split("|")[1].strip(): line for line in out.stdout.splitlines() if line.startswith("| ")}
    expect = {
        "wall time on all Reuters stories <= 0.5x omindex's": "38.3 s (newsindex-j2-w2) vs 31.8 s: 1.20x",
        "faster with more cores (1 to 2 jobs)": "newsindex-j1-w2 43.2 s",
        "peak RSS < 500 MB at any archive size": "Reuters newsindex-j2-w1 168 MB",
        "compacted index <= omindex's (compacted)": "missed (1.67x)",
        "top-10 p95 < 20 ms in a warm process": "missed",
    }
    for target, text in expect.items():
        if text not in rows.get(target, ""):
            failures.append(f"{target}: expected {text!r} in {rows.get(target)!r}")
    if failures:
        print("\n".join(failures))
        print(out.stdout)
        sys.exit(1)
    print("targets.py reads both reports")


if __name__ == "__main__":
    main()
