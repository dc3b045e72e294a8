"""Projections from histories with redacted months: what the office sees when a cell here and there is withheld.

From make_panels.py's panels of the four real monthly sets, each series loses, in each calendar year with
probability 1/4, one month drawn at random (a fixed seed per series and year), and `tongbi backtest --projection`
projects every year from 1-m月, m = 1-11. A year with a redacted month has no outcome to score (its total is
unknown) and no C(y,m) from that month on, so only the years after it are scored; their histories hold the gap.
Printed by m, for each tongbi binary given: the cases scored, the share with a model estimate and the share with
an interval, how often the 80% and 95% intervals held the outcome, and the MAPE (%) of the projection over the
cases where every binary gives one.

With --cumulative the panels are written as offices publish flows, year-to-date values (1-N月累计, running sums
within each calendar year; each series from its first January), and the redaction takes one cumulative value
C(y,m) instead of a month: M(y,m) and M(y,m+1) are then unknown, though C(y,m+1) − C(y,m−1) still fixes their
sum, and the year keeps its outcome unless C(y,12) is the one redacted. tongbi reads the value column as
cumulative.

  python3 Benchmarks/compare/projection/redacted.py --tongbi LABEL=BINARY [--tongbi LABEL=BINARY ...] [--out DIR]
      [--cumulative]
"""
import argparse, csv, os, random, subprocess, sys
from collections import defaultdict

import make_panels

HERE = os.path.dirname(os.path.abspath(__file__))
SHARE = 0.25


def cumulated(rows):
    """The rows (region,indicator,period,value, each region's months in order) as year-to-date sums, each
    region from its first January; after a month without a row (or value), none until the next January."""
    out, total, started, last = [], {}, set(), {}
    for row in rows:
        region, month = row["region"], row["period"][5:7]
        year = int(row["period"][:4])
        ordinal = year * 12 + int(month)
        if last.get(region, ordinal - 1) != ordinal - 1 or row["value"] in ("", "NA", "nan"):
            started.discard(region)
        last[region] = ordinal
        if month == "01" and row["value"] not in ("", "NA", "nan"):
            started.add(region)
            total[region] = 0.0
        if region not in started:
            continue
        total[region] += float(row["value"])
        out.append({**row, "value": repr(total[region])})
    return out


def redact(source, target, cumulative=False):
    """Writes `source` (region,indicator,period,value) to `target` without the redacted months (or, with
    `cumulative`, as year-to-date values without the redacted ones); the (region, period) redacted."""
    with open(source) as f:
        rows = list(csv.DictReader(f))
    if cumulative:
        rows = cumulated(rows)
    years = defaultdict(list)
    for row in rows:
        years[(row["region"], row["period"][:4])].append(row["period"])
    dropped = set()
    for (region, year), periods in years.items():
        draw = random.Random(f"{region}|{year}")
        if draw.random() < SHARE:
            dropped.add((region, draw.choice(sorted(periods))))
    with open(target, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["region", "indicator", "period", "value"])
        writer.writeheader()
        writer.writerows(row for row in rows if (row["region"], row["period"]) not in dropped)
    return dropped


def cases(binary, panel, extra=()):
    done = subprocess.run([binary, "backtest", "--projection", panel, "--format", "csv", "--threads", "2"]
                          + list(extra), capture_output=True, text=True, check=True)
    return {(r["region"], r["year"], r["month"]): r for r in csv.DictReader(done.stdout.splitlines())}


def held(row, level):
    return float(row[f"lower_{level}"]) <= float(row["actual"]) <= float(row[f"upper_{level}"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tongbi", action="append", required=True, help="LABEL=BINARY")
    parser.add_argument("--out", default=os.path.join(HERE, "../data/projection-redacted"))
    parser.add_argument("--cumulative", action="store_true", help="year-to-date values, a cumulative one redacted")
    args = parser.parse_args()
    binaries = dict(item.split("=", 1) for item in args.tongbi)
    os.makedirs(args.out, exist_ok=True)
    panels = os.path.join(args.out, "panels")
    if not os.path.exists(os.path.join(panels, "fpp.csv")):
        make_panels.main(panels)
    results = {label: {} for label in binaries}
    before_origin = set()
    for name in make_panels.SETS:
        target = os.path.join(args.out, f"{name}-redacted.csv")
        dropped = redact(os.path.join(panels, f"{name}.csv"), target, args.cumulative)
        before_origin |= {(name, region, period) for region, period in dropped}
        count = len(dropped)
        print(f"{name}: {count} {'cumulative values' if args.cumulative else 'months'} redacted", file=sys.stderr)
        extra = ["--column", "value=cumulative"] if args.cumulative else []
        for label, binary in binaries.items():
            for key, row in cases(binary, target, extra).items():
                results[label][(name,) + key] = row
    common = set.intersection(*[{k for k, r in rows.items() if r["project"] != ""} for rows in results.values()])
    what = "cumulative value" if args.cumulative else "month"
    print(f"Redacted: one {what} in a quarter of the series-years ({SHARE}); cases: years with an outcome.\n")
    for label, rows in results.items():
        print(f"### {label}\n")
        print("| m | cases | with a model estimate | with an interval | 80% held | 95% held | MAPE (common cases) |")
        print("|---|---|---|---|---|---|---|")
        by_month = defaultdict(list)
        for key, row in rows.items():
            by_month[int(row["month"])].append((key, row))
        for month in sorted(by_month):
            items = by_month[month]
            model = [r for _, r in items if r["model"] != ""]
            interval = [r for _, r in items if r["lower_80"] != "" and r["project"] != ""]
            apes = [abs(float(r["project"]) / float(r["actual"]) - 1) for k, r in items if k in common]
            covered = lambda level: 100 * sum(held(r, level) for r in interval) / len(interval) if interval else 0
            print(f"| {month} | {len(items)} | {100 * len(model) / len(items):.1f}% | "
                  f"{100 * len(interval) / len(items):.1f}% | {covered('80'):.1f}% | {covered('95'):.1f}% | "
                  f"{100 * sum(apes) / len(apes):.2f} |")
        print()
    if args.cumulative:
        print("MAPE (%) of the projection and of the model alone, on the common cases where the month before m is the")
        print("redacted value (C(y,m−1): the model's last two months unknown, their sum known) and on the others (the")
        print("model over the cases where every binary has one):\n")
        print("| binary | cases, C(y,m−1) redacted | projection | model | other cases | projection | model |")
        print("|---|---|---|---|---|---|---|")
        def just_before(key):
            name, region, year, month = key
            return int(month) > 1 and (name, region, f"{year}-{int(month) - 1:02d}") in before_origin
        with_model = {k for k in common if all(rows[k]["model"] != "" for rows in results.values())}
        for label, rows in results.items():
            cells = []
            for subset in ([k for k in common if just_before(k)], [k for k in common if not just_before(k)]):
                ape = lambda k, column: abs(float(rows[k][column]) / float(rows[k]["actual"]) - 1)
                models = [k for k in subset if k in with_model]
                cells += [str(len(subset)), f"{100 * sum(ape(k, 'project') for k in subset) / len(subset):.3f}",
                          f"{100 * sum(ape(k, 'model') for k in models) / max(1, len(models)):.3f} ({len(models)})"]
            print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
