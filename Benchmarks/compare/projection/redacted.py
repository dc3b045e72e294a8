"""Projections from histories with redacted months: what the office sees when a cell here and there is withheld.

From make_panels.py's panels of the four real monthly sets, each series loses, in each calendar year with
probability 1/4, one month drawn at random (a fixed seed per series and year), and `tongbi backtest --projection`
projects every year from 1-m月, m = 1-11. A year with a redacted month has no outcome to score (its total is
unknown) and no C(y,m) from that month on, so only the years after it are scored; their histories hold the gap.
Printed by m, for each tongbi binary given: the cases scored, the share with a model estimate and the share with
an interval, how often the 80% and 95% intervals held the outcome, and the MAPE (%) of the projection over the
cases where every binary gives one.

  python3 Benchmarks/compare/projection/redacted.py --tongbi LABEL=BINARY [--tongbi LABEL=BINARY ...] [--out DIR]
"""
import argparse, csv, os, random, subprocess, sys
from collections import defaultdict

import make_panels

HERE = os.path.dirname(os.path.abspath(__file__))
SHARE = 0.25


def redact(source, target):
    """Writes `source` (region,indicator,period,value) to `target` without the redacted months; their count."""
    with open(source) as f:
        rows = list(csv.DictReader(f))
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
    return len(dropped)


def cases(binary, panel):
    done = subprocess.run([binary, "backtest", "--projection", panel, "--format", "csv", "--threads", "2"],
                          capture_output=True, text=True, check=True)
    return {(r["region"], r["year"], r["month"]): r for r in csv.DictReader(done.stdout.splitlines())}


def held(row, level):
    return float(row[f"lower_{level}"]) <= float(row["actual"]) <= float(row[f"upper_{level}"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tongbi", action="append", required=True, help="LABEL=BINARY")
    parser.add_argument("--out", default=os.path.join(HERE, "../data/projection-redacted"))
    args = parser.parse_args()
    binaries = dict(item.split("=", 1) for item in args.tongbi)
    os.makedirs(args.out, exist_ok=True)
    panels = os.path.join(args.out, "panels")
    if not os.path.exists(os.path.join(panels, "fpp.csv")):
        make_panels.main(panels)
    results = {label: {} for label in binaries}
    for name in make_panels.SETS:
        target = os.path.join(args.out, f"{name}-redacted.csv")
        count = redact(os.path.join(panels, f"{name}.csv"), target)
        print(f"{name}: {count} months redacted", file=sys.stderr)
        for label, binary in binaries.items():
            for key, row in cases(binary, target).items():
                results[label][(name,) + key] = row
    common = set.intersection(*[{k for k, r in rows.items() if r["project"] != ""} for rows in results.values()])
    print(f"Redacted: one month in a quarter of the series-years ({SHARE}); cases: years with an outcome.\n")
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


if __name__ == "__main__":
    main()
