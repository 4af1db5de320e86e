#!/usr/bin/env python3
"""The targets of docs/benchmarks.md checked against one run's figures, as a Markdown table.

usage: targets.py INDEXING_MD SCALE_MD

INDEXING_MD is the output of bench/indexing.sh, SCALE_MD the report of
bench/archive-scale.sh (with its query tables, from the same run: bench/run-all.sh).
"""
import re
import sys


def table_rows(lines, header_start):
    """The rows (lists of cells) of the first Markdown table whose header starts so."""
    rows, inside = [], False
    for line in lines:
        if line.startswith(header_start):
            inside = True
            continue
        if inside and line.startswith("|---"):
            continue
        if inside and line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif inside:
            break
    return rows


def after(lines, marker):
    return lines[next(i for i, l in enumerate(lines) if l.startswith(marker)):]


def p95(cell):
    return float(cell.split("/")[1])


def verdict(ok, how):
    return ("met" if ok else "missed") + (f" ({how})" if how else "")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    indexing = open(sys.argv[1]).read().splitlines()
    scale = open(sys.argv[2]).read().splitlines()
    engines = {r[0]: r for r in table_rows(indexing, "| engine")}
    # bench/indexing.sh names each run newsindex-jJ-wW (--jobs J --writers W); for each
    # number of jobs, the fastest of its writer counts.
    runs = {}
    for name, row in engines.items():
        m = re.fullmatch(r"newsindex-j(\d+)(?:-w(\d+))?", name)
        if m and (int(m.group(1)) not in runs or float(row[1]) < float(runs[int(m.group(1))][1])):
            runs[int(m.group(1))] = row
    jobs = sorted(runs)
    top = runs[jobs[-1]]
    omindex = engines["omindex"]
    compact = int(re.search(r"compacted \(xapian-compact\): (\d+) MB", "\n".join(indexing)).group(1))
    builds = table_rows(scale, "| copies")
    wall = {r[0]: r for r in table_rows(after(scale, "wall-clock"), "| category")}
    cpu = {r[0]: r for r in table_rows(after(scale, "CPU time"), "| category")}

    out = []
    ratio = float(top[1]) / float(omindex[1])
    out.append(("wall time on all Reuters stories <= 0.5x omindex's",
                f"{top[1]} s ({top[0]}) vs {omindex[1]} s: {ratio:.2f}x "
                f"(CPU {float(top[2]) / float(omindex[2]):.2f}x)",
                verdict(ratio <= 0.5, f"{ratio / 0.5:.1f}x the target" if ratio > 0.5 else "")))
    scaling = ", ".join(f"{runs[j][0]} {runs[j][1]} s / CPU {runs[j][2]} s" for j in jobs)
    faster = float(top[1]) < float(runs[jobs[0]][1])
    out.append((f"faster with more cores (1 to {jobs[-1]} jobs)", scaling,
                verdict(faster, "" if faster else "no gain in wall time")))
    rss = [(f"Reuters {name}", int(row[3])) for name, row in engines.items() if name.startswith("newsindex-j")]
    rss += [(f"x{r[0]}", int(r[5])) for r in builds]
    worst = max(rss, key=lambda x: x[1])
    out.append(("peak RSS < 500 MB at any archive size",
                ", ".join(f"{name} {mb} MB" for name, mb in rss),
                verdict(worst[1] < 500, f"{worst[0]}: {worst[1] - 500} MB over" if worst[1] >= 500 else "")))
    size = int(top[4])
    out.append(("compacted index <= omindex's (compacted)", f"{size} MB vs {compact} MB",
                verdict(size <= compact, f"{size / compact:.2f}x" if size > compact else "")))
    first, last = builds[0], builds[-1]
    cpu_ratio = (float(last[4]) / int(last[1])) / (float(first[4]) / int(first[1]))
    rss_ratio = int(last[5]) / int(first[5])
    scale_ratio = int(last[1]) / int(first[1])
    out.append((f"build time and memory grow no worse than linearly (x{first[0]} to x{last[0]})",
                "CPU per article " + ", ".join(f"x{r[0]} {1000 * float(r[4]) / int(r[1]):.2f} ms" for r in builds)
                + f"; peak RSS x{rss_ratio:.1f} for x{scale_ratio:.0f} the articles",
                verdict(cpu_ratio <= 1.1 and rss_ratio <= scale_ratio,
                        f"CPU per article x{cpu_ratio:.2f}" if cpu_ratio > 1.1 else "")))
    warm, warm_cpu = p95(wall["all"][1]), p95(cpu["all"][1])
    out.append(("top-10 p95 < 20 ms in a warm process", f"{warm:.1f} ms wall, {warm_cpu:.1f} ms CPU",
                verdict(warm < 20, f"wall {warm / 20:.1f}x the target; CPU {'under' if warm_cpu < 20 else 'over'}"
                        if warm >= 20 else "")))
    command, command_cpu = p95(wall["all"][2]), p95(cpu["all"][2])
    out.append(("top-10 p95 < 50 ms per newsquery command", f"{command:.1f} ms wall, {command_cpu:.1f} ms CPU",
                verdict(command < 50, f"wall {command / 50:.1f}x the target; CPU {'under' if command_cpu < 50 else 'over'}"
                        if command >= 50 else "")))
    fts5, fts5_cpu = p95(wall["all"][3]), p95(cpu["all"][3])
    out.append((">= 5x faster than FTS5 at p95 (warm, same mix)",
                f"wall {fts5 / warm:.1f}x, CPU {fts5_cpu / warm_cpu:.1f}x",
                verdict(fts5 / warm >= 5, f"{fts5 / warm:.1f}x of 5x" if fts5 / warm < 5 else "")))

    print("## Targets")
    print()
    print("| target | measured | verdict |")
    print("|---|---|---|")
    for target, measured, result in out:
        print(f"| {target} | {measured} | {result} |")


if __name__ == "__main__":
    main()
