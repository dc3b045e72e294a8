"""Full-year projections evaluated on every real monthly set: from 1-m月 predict the calendar year, m = 1-11.

For each set (make_panels.py; and two Chinese tables of ../shared/data read in their own layouts: the CEI
database export of monthly output, freight, profit and export values 2010-05 to 2020-04, and the retail sales
of 2012-2018 with 1-2月 combined), `tongbi backtest --projection --format csv` projects each series' last ten
complete years from every month, with every method (last-year, seasonal-share, model, their combination
mean(seasonal-share, model), the run rate C(y,m)*12/m) and the projection `tongbi project` gives.
This script adds combinations of the methods' estimates and prints, per set and pooled over all sets, the
MAPE and median APE (percent) by m on the cases where every method applies. Then the projection's 80% and 95%
intervals and its probability of 5% growth: coverage and Brier score by m, separately for the cases with three
full years of history or more and for those with two to three (whose intervals come from a model of those
years, widened by `YearProjector.shortHistorySpreads`), by set, by the method chosen, and out of sample (each
set with the widening that would calibrate all the other sets). The short-history intervals are also checked
where every series gives cases: on the monthly sets with each series' history cut to the two years before each
projected year (make_panels.py's `SET-two-years.csv`), by m, pooled and by set.

  python3 Benchmarks/compare/projection/evaluate.py --tongbi .build/release/tongbi [--out DIR] [--reuse]
"""
import argparse, csv, math, os, statistics, subprocess, sys
from collections import defaultdict

from make_panels import SETS

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "../../../../shared/data")
# Chinese statistical tables in their original export layouts, read by tongbi as they are (its tests check how).
CHINESE = {"cei": "cei-export-industrial-output-monthly.csv", "china-retail": "china-retail-sales-2012-2018.csv"}
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


def interval_cases(rows, select):
    """By m: for each selected case with intervals, (r80, r95, probability or None, met), r the distance of
    A(y) from the projection in units of the interval's half on that side: the interval holds A(y) when r <= 1,
    and the same interval f times as wide around the projection when r <= f."""
    out = defaultdict(list)
    for row in rows:
        if row["lower_80"] == "" or row["project"] == "" or not select(row):
            continue
        actual, centre = float(row["actual"]), float(row["project"])
        ratios = []
        for level in ("80", "95"):
            side = float(row[f"upper_{level}"]) - centre if actual >= centre else centre - float(row[f"lower_{level}"])
            gap = abs(actual - centre)
            ratios.append(gap / side if side > 0 else (0.0 if gap == 0 else math.inf))
        probability = float(row["probability"]) if row["probability"] != "" else None
        met = 1.0 if row["target"] != "" and actual >= float(row["target"]) else 0.0
        out[int(row["month"])].append((ratios[0], ratios[1], probability, met))
    return out


def full_history(row):
    return row.get("short_history", "0") == "0" and all(row[name] != "" for name in BASE)


def short_history(row):
    return row.get("short_history") == "1"


def cut_to_two_years(row):
    """A projection of the last year of a `SERIES@YEAR` region of a two-year panel, from its two years before."""
    return short_history(row) and row["region"].rsplit("@", 1)[-1] == row["year"]


def brier(items):
    """(Brier, base-rate Brier, skill) of the probabilities in `items` (skill None when every case met the target,
    or none did), or None without any."""
    pairs = [(p, met) for _, _, p, met in items if p is not None]
    if not pairs:
        return None
    rate = sum(met for _, met in pairs) / len(pairs)
    score = sum((p - met) ** 2 for p, met in pairs) / len(pairs)
    reference = sum((rate - met) ** 2 for _, met in pairs) / len(pairs)
    return score, reference, (1 - score / reference if reference > 0 else None)


def held(items, column, factor=1.0):
    return 100 * sum(1 for item in items if item[column] <= factor) / len(items)


def quantile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


def coverage_table(title, by_month):
    print(f"\n#### {title}\n")
    print("| m | cases | 80% holds | 95% holds | Brier | base-rate Brier | skill | factor for 80% | for 95% |")
    print("|---|---|---|---|---|---|---|---|---|")
    everything = []
    for month in range(1, 12):
        items = by_month.get(month, [])
        if not items:
            continue
        everything += items
        scores = brier(items)
        if scores:
            skill = f"{scores[2]:.2f}" if scores[2] is not None else "- (every case alike)"
            scores = f"{scores[0]:.3f} | {scores[1]:.3f} | {skill}"
        else:
            scores = " | | "
        print(f"| {month} | {len(items)} | {held(items, 0):.1f} | {held(items, 1):.1f} | {scores} | "
              f"{quantile([i[0] for i in items], 0.8):.2f} | {quantile([i[1] for i in items], 0.95):.2f} |")
    if everything:
        print(f"| all | {len(everything)} | {held(everything, 0):.1f} | {held(everything, 1):.1f} | | | | "
              f"{quantile([i[0] for i in everything], 0.8):.2f} | {quantile([i[1] for i in everything], 0.95):.2f} |")


def merge(parts):
    out = defaultdict(list)
    for part in parts:
        for month, items in part.items():
            out[month] += items
    return out


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
    monthly = list(SETS)
    if not all(os.path.exists(os.path.join(panels, f"{name}{part}.csv")) for name in monthly for part in ("", "-two-years")):
        subprocess.run([sys.executable, os.path.join(HERE, "make_panels.py"), panels], check=True)
    pooled = defaultdict(lambda: defaultdict(list))
    sets = {}
    rows_by_set = {}
    sources = {name: os.path.join(panels, name + ".csv") for name in monthly}
    sources.update({name: os.path.join(SHARED, file) for name, file in CHINESE.items()})
    for name, source in sources.items():
        rows = cases(args.tongbi, source, os.path.join(args.out, f"cases-{name}.csv"), args.reuse)
        sets[name] = evaluate(rows)
        rows_by_set[name] = rows
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
    print("P(A(y) >= 1.05 A(y-1)) against the outcome, and of the base rate (the share of the cases at that m that")
    print("met it, known only afterwards) as the reference; skill = 1 - Brier / reference. Factor for 80% (95%):")
    print("how many times as wide around the projection the 80% (95%) intervals would have to be to hold 80% (95%)")
    print("of these outcomes (1.00: as calibrated).")
    every = {name: interval_cases(rows_by_set[name], lambda row: True) for name in rows_by_set}
    coverage_table("Every case with an interval (what `tongbi project` gives), pooled", merge(every.values()))
    full = {name: interval_cases(rows_by_set[name], full_history) for name in rows_by_set}
    short = {name: interval_cases(rows_by_set[name], short_history) for name in rows_by_set}
    coverage_table("Every method applies (3 full years of history or more), pooled", merge(full.values()))
    coverage_table("Two to three years of history (no model estimate; intervals from a model of those years), "
                   "pooled", merge(short.values()))
    cut = {}
    for name in monthly:
        rows = cases(args.tongbi, os.path.join(panels, name + "-two-years.csv"),
                     os.path.join(args.out, f"cases-{name}-two-years.csv"), args.reuse)
        cut[name] = interval_cases(rows, cut_to_two_years)
    coverage_table("Every series with its history cut to the two years before the year projected, pooled",
                   merge(cut.values()))
    for name in rows_by_set:
        coverage_table(f"{name}, every method applies", full[name])
    for name in monthly:
        coverage_table(f"{name}, history cut to two years", cut[name])
    print("\n#### By the method chosen, pooled over the sets: 80% / 95% intervals holding A(y), percent (cases)\n")
    chosen = sorted({row["chosen"] for rows in rows_by_set.values() for row in rows if row["lower_80"] != ""})
    print("| m | " + " | ".join(chosen) + " |")
    print("|---|" + "---|" * len(chosen))
    by_method = {method: merge(interval_cases(rows, lambda r, method=method: r["chosen"] == method)
                               for rows in rows_by_set.values()) for method in chosen}
    for month in range(1, 12):
        cells = []
        for method in chosen:
            items = by_method[method].get(month, [])
            cells.append(f"{held(items, 0):.1f} / {held(items, 1):.1f} ({len(items)})" if items else "")
        print(f"| {month} | " + " | ".join(cells) + " |")
    print("\n#### Out of sample: each set's coverage with the widening fitted on the other sets\n")
    print("The intervals were calibrated (`YearProjector.spread`, `tailSpread`) on the four monthly sets together. Here,")
    print("for each set, the factor that would make all the other sets' 80% (95%) intervals hold exactly 80% (95%) of")
    print("their outcomes (every method applies, all m) is applied to this set's intervals.\n")
    print("| set | cases | factor for 80% from the others | 80% holds | factor for 95% | 95% holds |")
    print("|---|---|---|---|---|---|")
    for name in rows_by_set:
        others = [item for other in rows_by_set if other != name for items in full[other].values() for item in items]
        mine = [item for items in full[name].values() for item in items]
        if not mine or not others:
            continue
        f80 = quantile([i[0] for i in others], 0.8)
        f95 = quantile([i[1] for i in others], 0.95)
        print(f"| {name} | {len(mine)} | {f80:.2f} | {held(mine, 0, f80):.1f} | {f95:.2f} | {held(mine, 1, f95):.1f} |")


if __name__ == "__main__":
    main()
