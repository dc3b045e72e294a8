#!/usr/bin/env python3
"""Forecast accuracy when months of the history are redacted (h = 18, sets and scores of per_set_accuracy.py).

Each series' training part loses, in each calendar year with probability 1/4, one month drawn at random (a fixed
seed per series and year; never the last month, where the forecasts start), written as `*` as offices redact.
Every binary given forecasts the redacted training files with each method; the same binary (the first) also
forecasts the complete ones, the best that can be done. Forecasts are matched to the test months by period (a
series whose last months are missing may be forecast from an earlier month). sMAPE and MASE (scaled by the complete training part)
are means over the series every run forecast. With --coverage, a second table gives how often the 80% and 95%
intervals held the test values, over the series that lost a month (each run with its default intervals).

With --cumulative the training parts are written as offices publish flows, year-to-date cumulative values
(1-N月累计, running sums within each calendar year; each series from its first January, for both files), and
the redaction takes one cumulative value C(y,m) instead of a month: M(y,m) and M(y,m+1) are then unknown,
though C(y,m+1) − C(y,m−1) still fixes their sum. tongbi reads the value column as cumulative.

  python3 Benchmarks/compare/redacted_forecasts.py --tongbi before=OLD --tongbi after=NEW [--methods auto,ets]
      [--coverage] [--cumulative]
"""
import argparse, csv, os, random, subprocess, sys, tempfile

import per_set_accuracy as P
from monthly_sets import mase, smape

SHARE = 0.25


def redacted(train):
    """The training parts with one month in a quarter of the series-years replaced by None; the count."""
    out, count = {}, 0
    for sid, points in train.items():
        years = {}
        for index, (date, _) in enumerate(points[:-1]):
            years.setdefault(date[:4], []).append(index)
        dropped = set()
        for year, indices in years.items():
            draw = random.Random(f"{sid}|{year}")
            if draw.random() < SHARE:
                dropped.add(draw.choice(indices))
        count += len(dropped)
        out[sid] = [(date, None if index in dropped else value) for index, (date, value) in enumerate(points)]
    return out, count


def cumulative(train):
    """The training parts from each series' first January on, as year-to-date sums within each year."""
    out = {}
    for sid, points in train.items():
        start = next((i for i, (date, _) in enumerate(points) if date[5:7] == "01"), len(points))
        total, rows = 0.0, []
        for date, value in points[start:]:
            total = value if date[5:7] == "01" else total + value
            rows.append((date, total))
        out[sid] = rows
    return out


def test_periods(train):
    """series -> the H months after its last training date (YYYY-MM), which the test values are."""
    out = {}
    for sid, points in train.items():
        year, month = int(points[-1][0][:4]), int(points[-1][0][5:7])
        out[sid] = [f"{year + (month - 1 + k) // 12:04d}-{(month - 1 + k) % 12 + 1:02d}" for k in range(1, P.H + 1)]
    return out


def forecasts(binary, method, path, extra, periods, intervals=False):
    """series -> one entry per test month of `periods` that `tongbi forecast` (one thread, with the extra
    arguments) gives: the point forecast, or with `intervals` the bounds (lower 80, upper 80, lower 95, upper
    95; NaN where a row has none). Matched by period: a series whose last months are missing is forecast from
    its last value, and those months are not test months (H + 12 months are asked for, so that every test
    month is there)."""
    levels = [] if intervals else ["--level", "none"]
    done = subprocess.run([binary, "forecast", path, "--horizon", str(P.H + 12), "--method", method,
                           "--threads", "1"] + levels + list(extra), capture_output=True, text=True,
                          check=True, env={**os.environ, **P.ONE_THREAD})
    by_period = {}
    for row in csv.DictReader(done.stdout.splitlines()):
        if intervals:
            value = tuple(float(row[c] or "nan") for c in ("lower_80", "upper_80", "lower_95", "upper_95"))
        elif row["mean"]:
            value = float(row["mean"])
        else:
            continue
        by_period.setdefault(row["indicator"], {})[row["period"]] = value
    return {sid: [months[p] for p in periods[sid] if p in months] for sid, months in by_period.items()
            if sid in periods}


def coverage(runs, test, ids):
    """'80% / 95%' held over every step of the series `ids`, for each run."""
    cells = []
    for run in runs:
        pairs = [(y, b) for sid in ids for y, b in zip(test[sid], run[sid])]
        held = [sum(b[2 * k] <= y <= b[2 * k + 1] for y, b in pairs) / len(pairs) for k in (0, 1)]
        cells.append(f"{100 * held[0]:.1f}% / {100 * held[1]:.1f}%")
    return cells


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tongbi", action="append", required=True, help="LABEL=BINARY")
    parser.add_argument("--methods", default="auto,ets")
    parser.add_argument("--sets", default=",".join(P.SETS))
    parser.add_argument("--coverage", action="store_true")
    parser.add_argument("--cumulative", action="store_true", help="year-to-date values, a cumulative one redacted")
    args = parser.parse_args()
    binaries = dict(item.split("=", 1) for item in args.tongbi)
    first = next(iter(binaries.values()))
    print("| set | method | complete history | " + " | ".join(f"redacted, {label}" for label in binaries) + " |")
    print("|---|---|---|" + "---|" * len(binaries))
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets.split(","):
            train, test, _ = P.prepare(name)
            if args.cumulative:
                train = {sid: points for sid, points in cumulative(train).items() if len(points) > 2 * P.SEASON}
                test = {sid: values for sid, values in test.items() if sid in train}
            gappy, count = redacted(train)
            extra = ["--column", "value=cumulative"] if args.cumulative else []
            complete_path, gappy_path = os.path.join(folder, "complete.csv"), os.path.join(folder, "gappy.csv")
            P.write_long(train, complete_path)
            P.write_long(gappy, gappy_path)
            monthly = {sid: [v - (points[i - 1][1] if i and date[5:7] != "01" else 0) if args.cumulative else v
                             for i, (date, v) in enumerate(points)] for sid, points in train.items()}
            print(f"{name}: {count} {'cumulative values' if args.cumulative else 'months'} redacted in "
                  f"{len(train)} series", file=sys.stderr)
            for method in args.methods.split(","):
                periods = test_periods(train)
                runs = [forecasts(first, method, complete_path, extra, periods)]
                runs += [forecasts(binary, method, gappy_path, extra, periods) for binary in binaries.values()]
                ids = [sid for sid in test if all(len(run.get(sid, [])) == len(test[sid]) for run in runs)]
                if not ids:
                    print(f"| {name} (0) | {method} | no series every run forecast |")
                    continue
                cells = []
                for run in runs:
                    s = sum(smape(test[sid], run[sid]) for sid in ids) / len(ids)
                    scores = [mase(monthly[sid], test[sid], run[sid]) for sid in ids]
                    finite = [q for q in scores if q == q]
                    cells.append(f"{s:.3f} / " + (f"{sum(finite) / len(finite):.3f}" if finite else "undefined"))
                print(f"| {name} ({len(ids)}) | {method} | " + " | ".join(cells) + " |")
                if args.coverage:
                    bounds = [forecasts(first, method, complete_path, extra, periods, intervals=True)]
                    bounds += [forecasts(binary, method, gappy_path, extra, periods, intervals=True)
                               for binary in binaries.values()]
                    lost = [sid for sid in ids if any(v is None for _, v in gappy[sid])
                            and all(len(run.get(sid, [])) == len(test[sid])
                                    and all(b[0] == b[0] for b in run[sid]) for run in bounds)]
                    if lost:
                        lines.append(f"| {name} ({len(lost)}) | {method} | " + " | ".join(coverage(bounds, test, lost)) + " |")
    if lines:
        print("\nIntervals holding the test values (80% / 95%), series that lost a month:\n")
        print("| set | method | complete history | " + " | ".join(f"redacted, {label}" for label in binaries) + " |")
        print("|---|---|---|" + "---|" * len(binaries))
        print("\n".join(lines))


if __name__ == "__main__":
    main()
