#!/usr/bin/env python3
"""Forecast accuracy when months of the history are redacted (h = 18, sets and scores of per_set_accuracy.py).

Each series' training part loses, in each calendar year with probability 1/4, one month drawn at random (a fixed
seed per series and year; never the last month, where the forecasts start), written as `*` as offices redact.
Every binary given forecasts the redacted training files with each method; the same binary (the first) also
forecasts the complete ones, the best that can be done. sMAPE and MASE (scaled by the complete training part)
are means over the series every run forecast.

  python3 Benchmarks/compare/redacted_forecasts.py --tongbi before=OLD --tongbi after=NEW [--methods auto,ets]
"""
import argparse, os, random, sys, tempfile

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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tongbi", action="append", required=True, help="LABEL=BINARY")
    parser.add_argument("--methods", default="auto,ets")
    parser.add_argument("--sets", default=",".join(P.SETS))
    args = parser.parse_args()
    binaries = dict(item.split("=", 1) for item in args.tongbi)
    first = next(iter(binaries.values()))
    print("| set | method | complete history | " + " | ".join(f"redacted, {label}" for label in binaries) + " |")
    print("|---|---|---|" + "---|" * len(binaries))
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets.split(","):
            train, test, _ = P.prepare(name)
            gappy, count = redacted(train)
            complete_path, gappy_path = os.path.join(folder, "complete.csv"), os.path.join(folder, "gappy.csv")
            P.write_long(train, complete_path)
            P.write_long(gappy, gappy_path)
            print(f"{name}: {count} months redacted in {len(train)} series", file=sys.stderr)
            for method in args.methods.split(","):
                runs = [P.run_tongbi(first, method, complete_path, 1)[0]]
                runs += [P.run_tongbi(binary, method, gappy_path, 1)[0] for binary in binaries.values()]
                ids = [sid for sid in test if all(len(run.get(sid, [])) == len(test[sid]) for run in runs)]
                if not ids:
                    print(f"| {name} (0) | {method} | no series every run forecast |")
                    continue
                cells = []
                for run in runs:
                    s = sum(smape(test[sid], run[sid]) for sid in ids) / len(ids)
                    scores = [mase([v for _, v in train[sid]], test[sid], run[sid]) for sid in ids]
                    finite = [q for q in scores if q == q]
                    cells.append(f"{s:.3f} / " + (f"{sum(finite) / len(finite):.3f}" if finite else "undefined"))
                print(f"| {name} ({len(ids)}) | {method} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
