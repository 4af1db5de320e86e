#!/usr/bin/env python3
"""Turn Reuters-21578 SGML into one plain-text article per story, for benchmarks.

usage: reuters_to_text.py REUTERS_DIR OUT_DIR [--copies N]

Each story becomes OUT_DIR/[copyK/]reut2-NNN/YYYY-MM-DD-NEWID.txt: the title, a blank
line, then the dateline and body. The date in the file name is the story's <DATE>, which
newsindex takes as the publication date. --copies N writes N copies with rewritten ids
(for scale tests: 25 copies is about 520,000 stories).
"""
import html
import os
import re
import sys

STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
         for name in ("DATE", "TITLE", "DATELINE", "BODY")}
MONTHS = {m: i + 1 for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
CONTROL = re.compile(r"&#\d+;")


def field(name, text):
    m = FIELD[name].search(text)
    return html.unescape(CONTROL.sub("", m.group(1))).strip() if m else ""


def iso_date(raw):
    m = re.match(r"\s*(\d+)-([A-Z]{3})-(\d{4})", raw)
    return f"{m.group(3)}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}" if m else None


def stories(path):
    with open(path, encoding="latin-1") as f:
        for m in STORY.finditer(f.read()):
            yield m.group(1), m.group(2)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[sys.argv.index("--copies") + 1]) if "--copies" in sys.argv else 1
    count = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".sgm"):
            continue
        for newid, text in stories(os.path.join(src, name)):
            title, body = field("TITLE", text), field("BODY", text)
            if not title and not body:
                continue
            date = iso_date(field("DATE", text)) or "undated"
            article = f"{title or body.splitlines()[0]}\n\n{field('DATELINE', text)} {body}\n"
            for k in range(copies):
                folder = os.path.join(out, f"copy{k}" if copies > 1 else "", name[:-4])
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, f"{date}-{newid}.txt"), "w", encoding="utf-8") as f:
                    f.write(article)
                count += 1
    print(f"{count} articles in {out}")


if __name__ == "__main__":
    main()
