"""Full-year projections evaluated on every real monthly set: from 1-m月 predict the calendar year, m = 1-11.

For each set (make_panels.py), `tongbi backtest --projection --format csv` projects each series' last ten
complete years from every month, with every method (last-year, seasonal-share, model, their combination
mean(seasonal-share, model), the run rate C(y,m)*12/m) and the projection `tongbi project` gives.
This script adds combinations of the methods' estimates and prints, per set and pooled over all sets, the
MAPE and median APE (percent) by m on the cases where every method applies.

  python3 Benchmarks/compare/projection/evaluate.py --tongbi .build/release/tongbi [--out DIR] [--months 6]
"""
import argparse, csv, os, statistics, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = ["last-year", "seasonal-share", "model", "combination", "run-rate"]
SIMPLE = ["last-year", "seasonal-share", "run-rate"]


def cases(tongbi, panel, cache, reuse):
    if not (reuse and os.path.exists(cache)):
        with open(cache + ".tmp", "w") as out:
            subprocess.run([tongbi, "backtest", "--projection", panel, "--format", "csv", "--threads", "2"],
                           stdout=out, check=True)
        os.replace(cache + ".tmp", cache)
    with open(cache) as f:
        return list(csv.DictReader(f))


def combinations(row, history):
    """Each candidate's estimate for one case; `history` holds the series' earlier cases at the same m."""
    value = {name: float(row[name]) for name in BASE + ["project"] if row[name] != ""}
    if any(name not in value for name in BASE + ["project"]):
        return None
    trio = [value["last-year"], value["seasonal-share"], value["model"]]
    value["mean(ly,ss,model)"] = sum(trio) / 3
    value["median(ly,ss,model)"] = statistics.median(trio)
    value["mean(ly,ss)"] = (value["last-year"] + value["seasonal-share"]) / 2
    # Weighted by the inverse of each method's mean APE over the series' last three earlier years.
    past = history[-3:]
    if past:
        weights = []
        for name, estimate in zip(["last-year", "seasonal-share", "model"], trio):
            errors = [abs(float(p[name]) / float(p["actual"]) - 1) for p in past if p[name] != ""]
            mean = sum(errors) / len(errors) if errors else None
            weights.append(1 / max(mean, 1e-3) if mean is not None else 0)
        total = sum(weights)
        value["inverse-error weighted"] = sum(w * e for w, e in zip(weights, trio)) / total if total else value["mean(ly,ss,model)"]
    else:
        value["inverse-error weighted"] = value["mean(ly,ss,model)"]
    return value


def coverage(rows):
    """By m: (cases with an interval, how many held the outcome), on the cases where every method applies."""
    held = defaultdict(lambda: [0, 0, 0, []])
    for row in rows:
        if any(row[name] == "" for name in BASE) or row["lower_80"] == "":
            continue
        month = int(row["month"])
        actual = float(row["actual"])
        held[month][0] += 1
        held[month][1] += float(row["lower_80"]) <= actual <= float(row["upper_80"])
        held[month][2] += float(row["lower_95"]) <= actual <= float(row["upper_95"])
        if row["probability"] != "":
            met = 1.0 if actual >= float(row["target"]) else 0.0
            held[month][3].append((float(row["probability"]), met))
    return held


def evaluate(rows):
    """APEs by candidate and m."""
    by_series = defaultdict(list)
    for row in rows:
        by_series[(row["region"], row["indicator"], row["month"])].append(row)
    apes = defaultdict(lambda: defaultdict(list))
    for key, series in by_series.items():
        series.sort(key=lambda r: int(r["year"]))
        for index, row in enumerate(series):
            value = combinations(row, series[:index])
            if value is None:
                continue
            actual = float(row["actual"])
            for name, estimate in value.items():
                apes[int(row["month"])][name].append(100 * abs(estimate / actual - 1))
    return apes


def table(title, apes, candidates):
    print(f"\n### {title}\n")
    print("| m | cases | " + " | ".join(candidates) + " |")
    print("|---|---|" + "---|" * len(candidates))
    for month in sorted(apes):
        cells = []
        best_simple = min(statistics.fmean(apes[month][name]) for name in SIMPLE)
        for name in candidates:
            values = apes[month][name]
            mean = statistics.fmean(values)
            mark = "**" if mean < best_simple * 0.9 else ""
            cells.append(f"{mark}{mean:.2f}{mark} / {statistics.median(values):.2f}")
        print(f"| {month} | {len(apes[month]['model'])} | " + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tongbi", required=True)
    parser.add_argument("--out", default=os.path.join(HERE, "../data/projection"))
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the cases of an earlier run in --out instead of running tongbi again")
    args = parser.parse_args()
    panels = os.path.join(args.out, "panels")
    if not os.path.isdir(panels):
        subprocess.run([sys.executable, os.path.join(HERE, "make_panels.py"), panels], check=True)
    pooled = defaultdict(lambda: defaultdict(list))
    sets = {}
    covered = {}
    for name in ["m1", "r-datasets", "tsdl", "fpp"]:
        rows = cases(args.tongbi, os.path.join(panels, name + ".csv"), os.path.join(args.out, f"cases-{name}.csv"),
                     args.reuse)
        sets[name] = evaluate(rows)
        covered[name] = coverage(rows)
        for month, by_name in sets[name].items():
            for candidate, values in by_name.items():
                pooled[month][candidate].extend(values)
    candidates = list(next(iter(pooled.values())).keys())
    print("MAPE / median APE (percent) of the full-year projection from 1-m月; **bold**: at least 10% below the"
          " best simple method (last-year, seasonal-share, run-rate) at that m.")
    table("Pooled over all sets", pooled, candidates)
    for name, apes in sets.items():
        table(name, apes, candidates)
    print("\n### The projection's intervals and its probability of meeting a 5%-growth target\n")
    print("80% and 95% intervals: share of cases holding A(y), percent (targets 75-85 and 92-97). Brier score of")
    print("P(A(y) >= 1.05 A(y-1)) against the outcome, and of the base rate (the share of all cases at that m that")
    print("met it, known only afterwards) as the reference; skill = 1 - Brier / reference.\n")
    print("| m | cases | 80% holds | 95% holds | Brier | base-rate Brier | skill |")
    print("|---|---|---|---|---|---|---|")
    for month in range(1, 12):
        n = k80 = k95 = 0
        pairs = []
        for name in covered:
            entry = covered[name].get(month)
            if entry:
                n += entry[0]
                k80 += entry[1]
                k95 += entry[2]
                pairs += entry[3]
        if not n:
            continue
        if pairs:
            rate = sum(met for _, met in pairs) / len(pairs)
            brier = sum((p - met) ** 2 for p, met in pairs) / len(pairs)
            reference = sum((rate - met) ** 2 for _, met in pairs) / len(pairs)
            skill = f"{1 - brier / reference:.2f}" if reference > 0 else ""
            scores = f"{brier:.3f} | {reference:.3f} | {skill}"
        else:
            scores = " | | "
        print(f"| {month} | {n} | {100 * k80 / n:.1f} | {100 * k95 / n:.1f} | {scores} |")
    for name in covered:
        print(f"\n{name}: " + ", ".join(
            f"m={m} {100 * covered[name][m][1] / covered[name][m][0]:.1f}/{100 * covered[name][m][2] / covered[name][m][0]:.1f}"
            for m in sorted(covered[name]) if covered[name][m][0]))


if __name__ == "__main__":
    main()
