#!/usr/bin/env bash
# Writes every archive and compressed file of sample_corpus/archives/ and
# sample_corpus/broken/archives/, byte for byte the same on every run. The articles
# inside exist only in this script and in the files it writes (kept out of the corpus
# as loose files so that a run over sample_corpus/ does not index them twice).
# Needs: bash, coreutils, GNU tar, gzip, zip. Run from anywhere.
set -euo pipefail
export TZ=UTC LC_ALL=C
here="$(cd "$(dirname "$0")" && pwd)"
broken="$here/../broken/archives"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- articles of the zip ------------------------------------------------------------
z="$work/zip"
mkdir -p "$z/ferry" "$z/pages" "$z/images"
cat > "$z/ferry/new-ferry-timetable.txt" <<'EOF'
Kestrel Bay ferry adds early sailing to summer timetable

By Morwenna Tregear

14 Feb 2022

The Kestrel Bay ferry will add a sailing at a quarter to seven in the morning from May,
so that people who work on the far side of the estuary can be at their desks by eight.

Ferry manager Piran Nance said the early boat had been the most requested change in
three years of passenger surveys. "We listened, and we found a crew," Nance said.
EOF
cat > "$z/ferry/winter-service.md" <<'EOF'
---
title: Ferry keeps its winter service despite lower passenger numbers
date: 2022-01-20
author: Morwenna Tregear
source: Kestrel Bay Herald
persons: [Piran Nance]
places: [Kestrel Bay]
---
The Kestrel Bay ferry will keep running every half hour through the winter, even though
passenger numbers in January were a third lower than in the summer.

Ferry manager Piran Nance said cutting the winter service would make it harder to win
passengers back in the spring.
EOF
cat > "$z/pages/lighthouse-open-day.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lighthouse opens its doors for one day | Kestrel Bay Herald</title>
<meta property="og:title" content="Lighthouse opens its doors for one day">
<meta property="article:published_time" content="2022-02-26T10:00:00Z">
<meta name="author" content="Tamsin Oates">
<meta property="og:site_name" content="Kestrel Bay Herald">
<meta property="og:url" content="https://herald.kestrelbay.example/news/lighthouse-open-day">
</head>
<body>
<article>
<h1>Lighthouse opens its doors for one day</h1>
<p>The lighthouse on Gannet Point will open to visitors on Saturday for the first time in
ten years, with keepers' rooms and the lamp gallery on show.</p>
<p>Volunteer guide Elowen Rickard said places on the tours were limited to twelve people
at a time because the staircase is narrow. "Wear flat shoes," Rickard said.</p>
</article>
</body>
</html>
EOF
printf 'These files are sample articles for the Kestrel Bay archive.\n' > "$z/README.txt"
printf 'not an article\n' > "$z/.notes.txt"
printf '\377\330\377\340 not really a photo\n' > "$z/images/ferry.jpg"

# --- articles of the tar.gz ---------------------------------------------------------
t="$work/tar"
mkdir -p "$t/2022/03/02" "$t/pages" "$t/extra"
cat > "$t/2022/03/02/quay-lights.txt" <<'EOF'
New lights for the quay after a winter of complaints

The harbour board has replaced the twelve lamps along the quay at Kestrel Bay with
brighter ones, after fishermen complained that they could not see the mooring rings in
the dark.

Harbour master Ingrid Pellow said the new lamps use a third of the power of the old ones.
EOF
cat > "$t/pages/harbour-webcam.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour webcam back online after storm damage</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour webcam back online after storm damage",
 "datePublished": "2022-03-09T08:00:00Z",
 "author": {"@type": "Person", "name": "Jory Penhallow"},
 "publisher": {"@type": "Organization", "name": "Kestrel Bay Herald"}}
</script>
</head>
<body>
<article>
<h1>Harbour webcam back online after storm damage</h1>
<p>The webcam on the harbour office roof at Kestrel Bay is back online, six weeks after a
storm tore it from its mast.</p>
<p>The camera, which shows the harbour mouth and the weather over the bay, is watched
by sailors planning a trip out.</p>
</article>
</body>
</html>
EOF
cat > "$t/extra/briefs.jsonl" <<'EOF'
{"id": "brief-1", "title": "Beach clean on Sunday", "text": "Volunteers will meet at the slipway at ten o'clock on Sunday for a beach clean.", "date": "2022-03-12", "author": "Tamsin Oates"}
{"id": "brief-2", "title": "Sailing club open evening", "text": "The sailing club holds an open evening for new members on Thursday.", "date": "2022-03-14", "author": "Tamsin Oates"}
EOF

# --- the compressed single article ----------------------------------------------------
s="$work/single"
mkdir -p "$s"
cat > "$s/ferry-strike-ends.txt" <<'EOF'
Ferry crews end strike after pay deal

By Dylan Roskilly

Ferry crews at Kestrel Bay returned to work on Wednesday 6 April 2022 after accepting a
pay offer of five per cent, ending a three-day strike that had cut the town off from the
far side of the estuary.
EOF

# --- a web archive: two HTML responses (one chunked and gzip-encoded) and a stylesheet --
w="$work/warc"
mkdir -p "$w"
cat > "$w/page1.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Pasty shop wins county prize</title>
<meta property="article:published_time" content="2022-04-28">
<meta name="author" content="Dylan Roskilly">
</head><body><article><h1>Pasty shop wins county prize</h1>
<p>A pasty shop on Fore Street in Kestrel Bay has won the county prize for the best
traditional pasty, beating forty other bakers.</p>
<p>Owner Keziah Trenoweth said the recipe had not changed since her grandmother opened
the shop.</p>
</article></body></html>
EOF
cat > "$w/page2.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Swimming pool reopens after roof repairs</title>
</head><body><article><h1>Swimming pool reopens after roof repairs</h1>
<p>The swimming pool at Kestrel Bay leisure centre has reopened after repairs to its
roof, which had leaked since the winter storms.</p>
<p>Early morning lane swimming starts again next week.</p>
</article></body></html>
EOF
printf 'body { font-family: serif; }\n' > "$w/style.css"

# warc_record TYPE URI DATE FILE: one WARC record holding FILE, as a gzip member.
warc_record() {
  local length
  length=$(wc -c < "$4")
  {
    printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n' "$1" "$2" "$3"
    printf 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n' "$length"
    printf 'Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n' "$length"
    cat "$4"
    printf '\r\n\r\n'
  } | gzip -n -9
}
# http_message FILE TYPE [chunked]: an HTTP response with FILE as its body.
http_message() {
  if [ "${3:-}" = chunked ]; then
    gzip -n -9 -c "$1" > "$w/body.gz"
    local size
    size=$(wc -c < "$w/body.gz")
    printf 'HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Encoding: gzip\r\n' "$2"
    printf 'Transfer-Encoding: chunked\r\n\r\n'
    printf '%x\r\n' 64; head -c 64 "$w/body.gz"; printf '\r\n'
    printf '%x\r\n' $((size - 64)); tail -c +65 "$w/body.gz"; printf '\r\n0\r\n\r\n'
  else
    printf 'HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n' "$2" "$(wc -c < "$1")"
    cat "$1"
  fi
}
http_message "$w/page1.html" 'text/html; charset=utf-8' chunked > "$w/r1"
http_message "$w/style.css" 'text/css' > "$w/r2"
http_message "$w/page2.html" 'text/html' > "$w/r3"

# --- writing the files ----------------------------------------------------------------
find "$work" -exec touch -h -d '2022-06-01 12:00:00' {} +
make_zip() {  # make_zip OUT DIR: members in sorted order, no extra fields
  rm -f "$1"
  (cd "$2" && find . -type f | sed 's|^\./||' | sort | zip -q -X -D "$1" -@)
}
make_tgz() {  # make_tgz OUT DIR
  tar --sort=name --mtime='2022-06-01 12:00:00' --owner=0 --group=0 --numeric-owner \
    --format=gnu -C "$2" -cf - . | gzip -n -9 > "$1"
}
make_zip "$here/kestrel-bay-ferry.zip" "$z"
make_tgz "$here/kestrel-bay-harbour.tar.gz" "$t"
gzip -n -9 -c "$s/ferry-strike-ends.txt" > "$here/ferry-strike-ends.txt.gz"
{
  warc_record response https://herald.kestrelbay.example/news/pasty-prize \
    2022-04-28T09:15:00Z "$w/r1"
  warc_record response https://herald.kestrelbay.example/static/style.css \
    2022-05-02T09:16:00Z "$w/r2"
  warc_record response https://herald.kestrelbay.example/news/pool-reopens \
    2022-05-02T09:17:00Z "$w/r3"
} > "$here/kestrel-bay-crawl.warc.gz"

# Broken: cut short inside the last member, so the members before it are still read.
mkdir -p "$broken"
make_zip "$work/whole.zip" "$z"
head -c "$(( $(wc -c < "$work/whole.zip") * 3 / 5 ))" "$work/whole.zip" > "$broken/damaged-ferry.zip"
make_tgz "$work/whole.tar.gz" "$t"
head -c "$(( $(wc -c < "$work/whole.tar.gz") * 4 / 5 ))" "$work/whole.tar.gz" > "$broken/truncated-harbour.tar.gz"
head -c 120 "$here/ferry-strike-ends.txt.gz" > "$broken/truncated-story.txt.gz"
echo "make-archives: wrote $(cd "$here" && ls *.zip *.gz | tr '\n' ' ')and broken/archives/"
