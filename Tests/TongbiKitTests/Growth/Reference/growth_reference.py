#!/usr/bin/env python3
"""Reference growth table for Datasets/township/township-monthly.csv, written independently of Tongbi.

Usage (from the repository root):
    python3 Tests/TongbiKitTests/Growth/Reference/growth_reference.py \
        > Tests/TongbiKitTests/Growth/Reference/township-growth-reference.csv

Plain Python 3 (csv, decimal, math): every series is a flow published as year-to-date cumulative values
with January and February combined (1-2月), as Datasets/township/indicators.csv declares. Formulas
(DESIGN.md), per region, indicator and month r (rows from the first published month):
    M(y,m)     = C(y,m) - C(y,m-1) for m >= 3; unknown for m <= 2 (combined 1-2月)
    同比       = (M(y,m) - M(y-1,m)) / M(y-1,m) * 100
    累计同比   = (C(y,m) - C(y-1,m)) / C(y-1,m) * 100
    环比       = (M(y,m) - M(y,m-1)) / M(y,m-1) * 100, undefined for m <= 3 (combined period)
    提高/回落  = round1(累计同比 now) - round1(累计同比 of the previous published period), rounded
                 half away from zero on the decimal value (1-2月 against last December)
    increment  = C(y,m) - C(y-1,m)
    两年平均   = (sqrt(C(y,m) / C(y-2,m)) - 1) * 100
Undefined values are empty, with the reason in `note` (the same wording as Tongbi's).
The header lines starting with '#' record the tool versions.
"""
import csv
import math
import platform
import sys
from decimal import ROUND_HALF_UP, Decimal

DATA = "Datasets/township/township-monthly.csv"
QUANTITIES = ["monthly_yoy_pct", "cumulative_yoy_pct", "mom_pct", "yoy_change_pp", "increment", "two_year_avg_pct"]
REASONS = ["no base", "zero base", "negative base", "combined 1-2月 period", "missing current value"]
NAN = float("nan")


def ratio(current, base):
    if math.isnan(current):
        return (NAN, "missing current value")
    if math.isnan(base):
        return (NAN, "no base")
    if base == 0:
        return (NAN, "zero base")
    if base < 0:
        return (NAN, "negative base")
    return ((current - base) / base * 100, None)


def difference(current, base):
    if math.isnan(current):
        return (NAN, "missing current value")
    if math.isnan(base):
        return (NAN, "no base")
    return (current - base, None)


def two_year(current, base):
    if math.isnan(current):
        return (NAN, "missing current value")
    if math.isnan(base):
        return (NAN, "no base")
    if base == 0:
        return (NAN, "zero base")
    if current / base <= 0:
        return (NAN, "negative base")
    return ((math.sqrt(current / base) - 1) * 100, None)


def round1(x):
    """Half away from zero at one decimal, after removing binary noise at 1e-9."""
    return float(Decimal(repr(round(x, 9))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def number(x):
    return "" if math.isnan(x) else repr(x)


def main():
    series = {}
    order = []
    units = {}
    with open(DATA, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["地区"], row["指标"])
            if key not in series:
                series[key] = {}
                order.append(key)
            units[key] = row["计量单位"]
            year, months = row["期别"].split("年")
            month = int(months.rstrip("月").split("-")[1])
            text = row["本月止累计"]
            series[key][(int(year), month)] = NAN if text == "*" else float(text)
    periods = sorted({p for values in series.values() for p in values})
    first = periods[0]
    last = periods[-1]
    count = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    months = [((first[0] * 12 + first[1] - 1 + r) // 12, (first[1] - 1 + r) % 12 + 1) for r in range(count)]

    out = csv.writer(sys.stdout, lineterminator="\n")
    print(f"# python {platform.python_version()}; csv, decimal (ROUND_HALF_UP); source {DATA}")
    out.writerow(["region", "indicator", "period", "unit", "monthly", "monthly_yoy_pct", "cumulative",
                  "cumulative_yoy_pct", "mom_pct", "yoy_change_pp", "increment", "two_year_avg_pct", "note"])
    for key in order:
        c = [series[key].get(p, NAN) for p in months]
        m = [NAN] * count
        for r, (_, month) in enumerate(months):
            if month >= 3 and r >= 1:
                m[r] = c[r] - c[r - 1]
        base = lambda values, r, lag: values[r - lag] if r >= lag else NAN
        columns = {q: [None] * count for q in QUANTITIES}
        for r, (_, month) in enumerate(months):
            columns["monthly_yoy_pct"][r] = (NAN, "combined 1-2月 period") if month <= 2 else ratio(m[r], base(m, r, 12))
            columns["cumulative_yoy_pct"][r] = (NAN, "combined 1-2月 period") if month == 1 else ratio(c[r], base(c, r, 12))
            columns["mom_pct"][r] = (NAN, "combined 1-2月 period") if month <= 3 else ratio(m[r], base(m, r, 1))
            columns["increment"][r] = difference(c[r], base(c, r, 12))
            columns["two_year_avg_pct"][r] = two_year(c[r], base(c, r, 24))
        for r, (_, month) in enumerate(months):
            now, reason = columns["cumulative_yoy_pct"][r]
            previous = r - 2 if month == 2 else r - 1
            if reason is not None:
                columns["yoy_change_pp"][r] = (NAN, reason)
            elif previous < 0 or columns["cumulative_yoy_pct"][previous][1] is not None:
                columns["yoy_change_pp"][r] = (NAN, "no base")
            else:
                before = columns["cumulative_yoy_pct"][previous][0]
                columns["yoy_change_pp"][r] = (round1(round1(now) - round1(before)), None)
        for r, (year, month) in enumerate(months):
            if month == 1:
                continue
            notes = []
            for reason in REASONS:
                names = [q for q in QUANTITIES if columns[q][r][1] == reason]
                if names:
                    notes.append(f"{reason}: " + ", ".join(names))
            out.writerow([key[0], key[1], f"{year}-{month:02d}", units[key], number(m[r]),
                          number(columns["monthly_yoy_pct"][r][0]), number(c[r]),
                          number(columns["cumulative_yoy_pct"][r][0]), number(columns["mom_pct"][r][0]),
                          number(columns["yoy_change_pp"][r][0]), number(columns["increment"][r][0]),
                          number(columns["two_year_avg_pct"][r][0]), "; ".join(notes)])


if __name__ == "__main__":
    main()
