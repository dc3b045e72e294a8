"""Prints the tables of Benchmarks/compare/run from its runs file: the comparison, the floors of issues 3
and 4 (MET / NOT MET), and Tongbi's scaling in the number of series. Markdown, to paste into RESULTS.md.

Usage: summarize.py RUNS.tsv

Each input line: workload, tool, input bytes, series, wall s, peak KB, CPU s (user + sys), in-process
fit s (empty when the tool does not report it). Runs of one workload alternate tongbi, peer, peer, ...,
so the k-th run of a peer is paired with the k-th run of Tongbi: ratios are the median over pairs of
peer / Tongbi (how many times faster Tongbi is; > 1 means Tongbi is faster).
"""

import statistics
import sys
from collections import defaultdict

# Floors named in issues 3 and 4 (workload names as written by `run`).
INGEST_FLOOR_MBS = 250
GROWTH_FLOOR_RATIO = 5
GROWTH_MEMORY_FLOOR = 1 / 3
ETS_FLOOR_RATIO = 50
TREND_FLOOR_RATIO = 1
RATE_WORKLOADS = {"ingest", "growth", "trend"}  # MB/s is shown for these


class Runs:
    def __init__(self):
        self.wall, self.peak_kb, self.cpu, self.fit = [], [], [], []
        self.bytes = self.series = 0

    def median(self, name):
        values = [v for v in getattr(self, name) if v is not None]
        return statistics.median(values) if values else None


def read(path):
    runs = defaultdict(Runs)
    order = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            workload, tool, size, series, wall, peak, cpu, fit = line.rstrip("\n").split("\t")
            key = (workload, tool)
            if key not in runs:
                order.append(key)
            r = runs[key]
            r.bytes, r.series = int(size), int(series)
            r.wall.append(float(wall))
            r.peak_kb.append(int(peak))
            r.cpu.append(float(cpu))
            r.fit.append(float(fit) if fit else None)
    return runs, order


def pair_ratio(peer, tongbi, field="wall"):
    """Median over runs k of peer[k] / tongbi.wall[k]."""
    values = getattr(peer, field)
    ratios = [p / t for p, t in zip(values, tongbi.wall) if p is not None and t > 0]
    return statistics.median(ratios) if ratios else None


def fmt(value, spec):
    return "-" if value is None else format(value, spec)


def table(rows, header):
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    line = lambda cells: "| " + " | ".join(str(c).rjust(w) if i > 1 else str(c).ljust(w)
                                           for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))


def comparison(runs, order):
    rows = []
    for workload, tool in order:
        if workload.startswith("scaling "):
            continue
        r = runs[(workload, tool)]
        wall = r.median("wall")
        tongbi = runs.get((workload, "tongbi"))
        peer = tool != "tongbi" and tongbi is not None
        rows.append([
            workload, tool, len(r.wall), fmt(wall, ".2f"), fmt(r.median("cpu"), ".2f"),
            fmt(r.bytes / 1e6 / wall if r.bytes and wall and workload.split()[0] in RATE_WORKLOADS else None, ".1f"),
            fmt(r.series / wall if r.series and wall else None, ",.0f" if r.series / wall >= 100 else ".1f")
            if r.series and wall else "-",
            fmt(r.median("peak_kb") / 1024, ",.0f"), fmt(r.median("fit"), ".2f"),
            fmt(pair_ratio(r, tongbi) if peer else None, ".2f"),
            fmt(pair_ratio(r, tongbi, "fit") if peer else None, ".2f"),
        ])
    table(rows, ["workload", "tool", "runs", "median s", "CPU s", "MB/s", "series/s", "peak MB",
                 "fit s", "peer/Tongbi wall", "peer fit/Tongbi wall"])


def verdict(met):
    return "MET" if met else "**NOT MET**"


def floors(runs):
    rows = []
    ingest = runs.get(("ingest large", "tongbi"))
    if ingest:
        megabytes = ingest.bytes / 1e6
        cpu_rate = megabytes / ingest.median("cpu")
        rows.append(["ingest >= 250 MB/s, single-threaded (ingest large, whole process; on CPU time: the ingest "
                     "is single-threaded, so CPU time is its wall time on a core of its own)",
                     f"{cpu_rate:.0f} MB/s on CPU time; wall {megabytes / ingest.median('wall'):.0f} MB/s median, "
                     f"{megabytes / min(ingest.wall):.0f} best run ({megabytes:,.0f} MB)",
                     verdict(cpu_rate >= INGEST_FLOOR_MBS)])
    growth = runs.get(("growth large", "tongbi"))
    peers = [(tool, runs[("growth large", tool)]) for tool in ("pandas", "polars") if ("growth large", tool) in runs]
    if growth and peers:
        tool, fastest = min(peers, key=lambda p: p[1].median("wall"))
        ratio = pair_ratio(fastest, growth)
        rows.append([f"growth table >= 5x the faster of pandas and polars, end to end (growth large; {tool})",
                     f"{ratio:.2f}x", verdict(ratio >= GROWTH_FLOOR_RATIO)])
    polars = runs.get(("growth large", "polars"))
    if growth and polars:
        share = growth.median("peak_kb") / polars.median("peak_kb")
        rows.append(["growth table peak memory <= 1/3 of polars' (growth large)",
                     f"{share:.2f} of polars' ({growth.median('peak_kb') / 1024:,.0f} MB vs "
                     f"{polars.median('peak_kb') / 1024:,.0f} MB)", verdict(share <= GROWTH_MEMORY_FLOOR)])
    for (workload, tool), r in runs.items():
        if workload.startswith("ets ") and tool == "statsforecast":
            tongbi = runs[(workload, "tongbi")]
            fit, wall = pair_ratio(r, tongbi, "fit"), pair_ratio(r, tongbi)
            rows.append([f"ETS selection >= 50x statsforecast AutoETS, one thread ({workload} series; statsforecast's "
                         f"fit without JIT warm-up vs Tongbi's whole process)",
                         f"{fit:.1f}x ({wall:.1f}x whole process vs whole process)", verdict(fit >= ETS_FLOOR_RATIO)])
    trend = runs.get(("trend large", "tongbi"))
    numpy = runs.get(("trend large", "numpy"))
    if trend and numpy:
        wall, fit = pair_ratio(numpy, trend), pair_ratio(numpy, trend, "fit")
        rows.append([f"trend regression no slower than numpy batched, end to end (trend large, {trend.series:,} series)",
                     f"{wall:.2f}x (numpy's solve alone, no CSV: {fit:.2f}x)", verdict(wall >= TREND_FLOOR_RATIO)])
    if rows:
        print("Ratios are peer time / Tongbi time (median over alternating pairs); > 1: Tongbi faster.")
        print()
        table(rows, ["floor", "measured", "status"])
    else:
        print("(none of the workloads behind a floor was run)")


def scaling(runs):
    sizes = defaultdict(dict)
    for (workload, tool), r in runs.items():
        if workload.startswith("scaling "):
            _, kind, _ = workload.split(" ")
            sizes[kind][r.series] = r
    rows = []
    for kind, by_size in sizes.items():
        counts = sorted(by_size)
        cells = [kind]
        for n in counts:
            wall = by_size[n].median("wall")
            cells.append(f"{wall:.2f} s ({wall / n * 1e6:.0f} µs/series)")
        ratios = [by_size[b].median("wall") / by_size[a].median("wall") for a, b in zip(counts, counts[1:])]
        cells.append(", ".join(f"{x:.1f}" for x in ratios))
        growth = [by_size[b].median("wall") / by_size[a].median("wall") / (b / a) for a, b in zip(counts, counts[1:])]
        cells.append("linear or better" if max(growth) <= 1.2 else "**superlinear**")
        rows.append(cells)
        header_sizes = [f"{n:,} series" for n in counts]
    if rows:
        print("Time ratio per 10x more series: 10 = linear; below 10, fixed costs (process start, BLAS load) "
              "still weigh; 'linear or better' when no step exceeds 12 (10 + 20% noise).")
        print()
        table(rows, ["workload"] + header_sizes + ["ratio per 10x", "verdict"])
    else:
        print("(not run)")


def main():
    runs, order = read(sys.argv[1])
    print("## Comparison")
    print()
    comparison(runs, order)
    print()
    print("MB/s and series/s: input size or series count / median wall time. fit s: the peer's own time of the "
          "model work in process (no interpreter start, imports, JIT warm-up or CSV I/O). peer/Tongbi wall: whole "
          "processes, CSV to CSV. peer fit/Tongbi wall: the peer's in-process fit against Tongbi's whole process.")
    print()
    print("## Floors (issues 3 and 4)")
    print()
    floors(runs)
    print()
    print("## Scaling (Tongbi alone)")
    print()
    scaling(runs)


if __name__ == "__main__":
    main()
