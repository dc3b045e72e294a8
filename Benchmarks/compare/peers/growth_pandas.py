#!/usr/bin/env python3
"""The growth table of `tongbi growth FILE --format csv` computed with pandas, for the benchmark.

Usage: growth_pandas.py IN.csv OUT.csv

Input: the long layout `tongbi synth` writes (地区,上级地区,指标,计量单位,期别,本月), monthly flows with
January published alone and every month present for every series (consecutive rows, oldest first).
Output columns: region, indicator, period, unit, monthly, monthly_yoy_pct, cumulative,
cumulative_yoy_pct, mom_pct, yoy_change_pp, increment, two_year_avg_pct, note. Formulas as DESIGN.md: C = running sum
within the year (unknown from the first missing month), ratios (x - b) / b * 100 undefined for a
missing, zero or negative base, change in points from rates rounded half away from zero to 0.1.
"""
import sys

import numpy as np
import pandas as pd

from durable import sync_to_disk


def ratio(current, base):
    value = (current - base) / base * 100
    reason = np.select(
        [np.isnan(current), np.isnan(base), base == 0, base < 0],
        ["missing current value", "no base", "zero base", "negative base"], default="")
    return np.where(reason == "", value, np.nan), reason


def round1(x):
    return np.sign(x) * np.floor(np.abs(np.round(x, 9)) * 10 + 0.5) / 10


def main():
    source, target = sys.argv[1], sys.argv[2]
    print(f"pandas {pd.__version__}, numpy {np.__version__}", file=sys.stderr)
    df = pd.read_csv(source, dtype={"地区": str, "上级地区": str, "指标": str, "计量单位": str, "期别": str,
                                    "本月": float})
    year = df["期别"].str.slice(0, 4).astype(np.int32)
    month = df["期别"].str.slice(5, 7).astype(np.int32)
    keys = [df["地区"], df["指标"]]
    monthly = df["本月"]
    missing = monthly.isna().groupby(keys + [year], sort=False).cummax()
    cumulative = monthly.groupby(keys + [year], sort=False).cumsum().where(~missing)
    grouped = pd.DataFrame({"m": monthly, "c": cumulative}).groupby(keys, sort=False)
    m12 = grouped["m"].shift(12).to_numpy()
    c12 = grouped["c"].shift(12).to_numpy()
    m1 = grouped["m"].shift(1).to_numpy()
    m = monthly.to_numpy()
    c = cumulative.to_numpy()
    monthly_yoy, r1 = ratio(m, m12)
    cumulative_yoy, r2 = ratio(c, c12)
    mom, r3 = ratio(m, m1)
    previous = pd.Series(cumulative_yoy).groupby(keys, sort=False).shift(1).to_numpy()
    previous_reason = pd.Series(r2).groupby(keys, sort=False).shift(1).fillna("no base").to_numpy()
    change = round1(round1(cumulative_yoy) - round1(previous))
    r4 = np.where(r2 != "", r2, np.where(previous_reason != "", "no base", ""))
    change = np.where(r4 == "", change, np.nan)
    increment = c - c12
    c24 = grouped["c"].shift(24).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        quotient = c / c24
        two_year = (np.sqrt(quotient) - 1) * 100
    r6 = np.select([np.isnan(c), np.isnan(c24), c24 == 0, quotient <= 0],
                   ["missing current value", "no base", "zero base", "negative base"], default="")
    two_year = np.where(r6 == "", two_year, np.nan)
    r5 = np.select([np.isnan(c), np.isnan(c12)], ["missing current value", "no base"], default="")
    note = pd.Series([""] * len(df))
    for name, reason in [("monthly_yoy_pct", r1), ("cumulative_yoy_pct", r2), ("mom_pct", r3),
                         ("yoy_change_pp", r4), ("increment", r5), ("two_year_avg_pct", r6)]:
        part = pd.Series(reason)
        part = np.where(part != "", name + ": " + part, "")
        note = np.where((note != "") & (part != ""), note + "; " + part, note + part)
    out = pd.DataFrame({
        "region": df["地区"], "indicator": df["指标"], "period": df["期别"], "unit": df["计量单位"],
        "monthly": m, "monthly_yoy_pct": monthly_yoy, "cumulative": c, "cumulative_yoy_pct": cumulative_yoy,
        "mom_pct": mom, "yoy_change_pp": change, "increment": increment, "two_year_avg_pct": two_year,
        "note": note,
    })
    out.to_csv(target, index=False)
    sync_to_disk(target)


if __name__ == "__main__":
    main()
