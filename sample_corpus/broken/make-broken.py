#!/usr/bin/env python3
"""Writes the bad inputs in sample_corpus/broken/.

The output is deterministic: running the script again produces byte-identical files.
The files are committed as well, so tests read them directly and never run this script.

    python3 sample_corpus/broken/make-broken.py
"""

import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# The 5 MB file must be at least this long, all on one line.
SINGLE_LINE_MIN_BYTES = 5_000_000

SINGLE_LINE_SENTENCE = (
    "The harbour committee met again on a grey morning to debate ferry fares, "
    "fishing quotas and the cost of repairing the old sea wall while reporters "
    "waited outside."
)

INVALID_UTF8_ARTICLE = (
    b"Dock workers in Rotterdam vote to extend strike over pay\n"
    b"\n"
    b"Dock workers at the port of Rotterdam voted to extend their strike for another "
    b"week, union officials said, after talks with employers broke down over pay and "
    b"night-shift allowances.\n"
    b"\n"
    # \xC3 must start a two-byte sequence, but "(" is not a continuation byte.
    b"Harbour master Ren\xC3\x28 Visser said more than forty container ships were "
    b"waiting at anchor in the North Sea. \"Every day of delay is felt across Europe,\" "
    b"Visser said.\n"
    b"\n"
    # \xFF never appears in UTF-8.
    b"The union said its members had rejected an offer of a 3 percent rise \xFF as "
    b"too little to cover higher living costs. Employers said the offer was final.\n"
    b"\n"
    # \xE2\x82 starts a three-byte sequence that stops short.
    b"Shipping lines have begun diverting cargo to Antwerp and Hamburg \xE2\x82 and "
    b"freight forwarders warned that supermarket shelves could feel the effect within "
    b"days.\n"
)

UNCLOSED_FRONT_MATTER = """---
title: Harbour strike enters third week
author: Pat Quinn
source: Continental Wire
tags:
  - strike
  - ports

Dock workers stayed off the job for a third week as talks with port employers
remained deadlocked. The block above opens with three dashes but is never closed.
"""

BAD_YAML_FRONT_MATTER = """---
title: [unclosed
author: Pat Quinn
persons: [Ren\u00e9 Visser, Anna de Groot
---

Port employers and the dockers' union agreed to return to talks on Monday, a
mediator said. The front matter above is closed but is not valid YAML.
"""


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def random_bytes(count):
    rng = random.Random(1)
    data = bytearray(rng.getrandbits(8) for _ in range(count))
    data[16] = 0  # make sure of a NUL near the start, whatever the generator gives
    return bytes(data)


def single_line():
    count = -(-SINGLE_LINE_MIN_BYTES // (len(SINGLE_LINE_SENTENCE) + 1))
    text = " ".join([SINGLE_LINE_SENTENCE] * count)
    assert len(text) >= SINGLE_LINE_MIN_BYTES and "\n" not in text
    return text


def main():
    write("empty.txt", b"")
    write("whitespace-only.txt", b"   \n\n        \n \n\n    ")
    write("binary.txt", random_bytes(4096))
    write("invalid-utf8.txt", INVALID_UTF8_ARTICLE)
    write("single-line-5mb.txt", single_line())
    write("unclosed-front-matter.md", UNCLOSED_FRONT_MATTER)
    write("bad-yaml-front-matter.md", BAD_YAML_FRONT_MATTER)


if __name__ == "__main__":
    main()
