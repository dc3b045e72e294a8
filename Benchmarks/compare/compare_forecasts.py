#!/usr/bin/env python3
"""Checks that two forecast CSVs (columns region, indicator, period, mean, lower_80, upper_80, lower_95,
upper_95, as `tongbi forecast --format csv` writes them) hold the same numbers, matched on (region,
indicator, period): |a - b| within TOLERANCE x max(1, |b|), or within half a unit of the last digit A
printed (Tongbi rounds its forecast CSV to the input's decimals plus a few).

Usage: compare_forecasts.py A.csv B.csv [TOLERANCE, default 1e-6]
"""
import csv
import math
import sys

COLUMNS = ["mean", "lower_80", "upper_80", "lower_95", "upper_95"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return {(r["region"], r["indicator"], r["period"]): r for r in csv.DictReader(f)}


def main():
    a, b = load(sys.argv[1]), load(sys.argv[2])
    tolerance = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-6
    common = a.keys() & b.keys()
    bad = worst = 0
    for key in common:
        for column in COLUMNS:
            text = a[key][column]
            u, v = float(text or "nan"), float(b[key][column] or "nan")
            if math.isnan(u) and math.isnan(v):
                continue
            decimals = len(text) - text.index(".") - 1 if "." in text and "e" not in text.lower() else 0
            error = abs(u - v) / max(1.0, abs(v))
            worst = max(worst, error if not math.isnan(error) else math.inf)
            if not (error <= tolerance or abs(u - v) <= 0.51 * 10.0 ** -decimals):
                bad += 1
    print(f"{len(common)} forecasts in both ({len(a)} and {len(b)} rows), {bad} numbers differ by more than "
          f"{tolerance:g} relative or half the last printed digit (largest relative difference {worst:.2g})")
    sys.exit(1 if bad or len(common) != len(a) or len(a) != len(b) else 0)


if __name__ == "__main__":
    main()
