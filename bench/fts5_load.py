#!/usr/bin/env python3
"""Load a folder of plain-text articles (title line, blank line, body) into SQLite FTS5.

usage: fts5_load.py DB_FILE FOLDER...

The peer for newsindex in bench/run-bench.sh: one FTS5 table (title, body) with the
porter tokenizer, loaded in one transaction, then optimized. The publication day
(YYYY-MM-DD at the start of the file name, as bench/reuters_to_text.py writes it) goes to
the unindexed column `day`, for date-range queries.
"""
import os
import re
import sqlite3
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    db = sqlite3.connect(sys.argv[1])
    db.execute("CREATE VIRTUAL TABLE articles USING fts5(path UNINDEXED, title, body,"
               " day UNINDEXED, tokenize='porter unicode61')")
    rows = []
    for folder in sys.argv[2:]:
        for root, _, files in os.walk(folder):
            for name in files:
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    title, _, body = f.read().partition("\n\n")
                day = re.match(r"\d{4}-\d{2}-\d{2}", name)
                rows.append((path, title, body, day.group(0) if day else ""))
    with db:
        db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)", rows)
    db.execute("INSERT INTO articles(articles) VALUES ('optimize')")
    db.commit()
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    main()
