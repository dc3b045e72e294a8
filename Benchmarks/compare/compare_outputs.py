#!/usr/bin/env python3
"""Checks that two growth CSVs hold the same numbers (columns 5-12) within 1e-9, row by row."""
import csv
import math
import sys


def main():
    a = csv.reader(open(sys.argv[1], encoding="utf-8"))
    b = csv.reader(open(sys.argv[2], encoding="utf-8"))
    next(a)
    next(b)
    rows = bad = 0
    for x, y in zip(a, b):
        rows += 1
        for i in range(4, 12):
            u = float(x[i]) if x[i] else math.nan
            v = float(y[i]) if y[i] else math.nan
            if math.isnan(u) != math.isnan(v) or (not math.isnan(u) and abs(u - v) > 1e-9 * max(1, abs(v))):
                bad += 1
                if bad <= 5:
                    print("differ:", x, y)
    print(f"{rows} rows compared, {bad} cells differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
