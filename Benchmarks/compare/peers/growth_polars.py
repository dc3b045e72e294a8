#!/usr/bin/env python3
"""The growth table of `tongbi growth FILE --format csv` computed with polars, for the benchmark.

Usage: growth_polars.py IN.csv OUT.csv

Same input, columns and formulas as growth_pandas.py (see there); lazy query, written with sink_csv
so polars may stream.
"""
import sys

import polars as pl

from durable import sync_to_disk


def ratio(current, base):
    value = (current - base) / base * 100
    reason = (pl.when(current.is_null()).then(pl.lit("missing current value"))
              .when(base.is_null()).then(pl.lit("no base"))
              .when(base == 0).then(pl.lit("zero base"))
              .when(base < 0).then(pl.lit("negative base"))
              .otherwise(pl.lit("")))
    return pl.when(reason == "").then(value).otherwise(None), reason


def round1(x):
    return x.round(9).abs().mul(10).add(0.5).floor().truediv(10) * x.sign()


def main():
    source, target = sys.argv[1], sys.argv[2]
    print(f"polars {pl.__version__}", file=sys.stderr)
    keys = ["地区", "指标"]
    frame = pl.scan_csv(source, schema_overrides={"本月": pl.Float64, "期别": pl.Utf8})
    frame = frame.with_columns(year=pl.col("期别").str.slice(0, 4).cast(pl.Int32))
    frame = frame.with_columns(
        c=pl.when(pl.col("本月").is_null().cast(pl.Int32).cum_max().over(keys + ["year"]) == 0)
        .then(pl.col("本月").cum_sum().over(keys + ["year"])).otherwise(None))
    m = pl.col("本月")
    c = pl.col("c")
    m12 = m.shift(12).over(keys)
    c12 = c.shift(12).over(keys)
    monthly_yoy, r1 = ratio(m, m12)
    cumulative_yoy, r2 = ratio(c, c12)
    mom, r3 = ratio(m, m.shift(1).over(keys))
    frame = frame.with_columns(monthly_yoy=monthly_yoy, r1=r1, cumulative_yoy=cumulative_yoy, r2=r2, mom=mom,
                               r3=r3, increment=c - c12,
                               r5=pl.when(c.is_null()).then(pl.lit("missing current value"))
                               .when(c12.is_null()).then(pl.lit("no base")).otherwise(pl.lit("")))
    c24 = c.shift(24).over(keys)
    frame = frame.with_columns(
        two_year=pl.when(c.is_not_null() & c24.is_not_null() & (c24 != 0) & (c / c24 > 0))
        .then(((c / c24).sqrt() - 1) * 100).otherwise(None),
        r6=pl.when(c.is_null()).then(pl.lit("missing current value"))
        .when(c24.is_null()).then(pl.lit("no base"))
        .when(c24 == 0).then(pl.lit("zero base"))
        .when(c / c24 <= 0).then(pl.lit("negative base")).otherwise(pl.lit("")))
    previous = pl.col("cumulative_yoy").shift(1).over(keys)
    previous_reason = pl.col("r2").shift(1).over(keys).fill_null("no base")
    r4 = (pl.when(pl.col("r2") != "").then(pl.col("r2"))
          .when(previous_reason != "").then(pl.lit("no base")).otherwise(pl.lit("")))
    frame = frame.with_columns(r4=r4, change=round1(round1(pl.col("cumulative_yoy")) - round1(previous)))
    parts = [pl.when(pl.col(r) != "").then(pl.lit(name + ": ") + pl.col(r)).otherwise(None)
             for name, r in [("monthly_yoy_pct", "r1"), ("cumulative_yoy_pct", "r2"), ("mom_pct", "r3"),
                             ("yoy_change_pp", "r4"), ("increment", "r5"), ("two_year_avg_pct", "r6")]]
    frame = frame.select(
        region=pl.col("地区"), indicator=pl.col("指标"), period=pl.col("期别"), unit=pl.col("计量单位"),
        monthly=m, monthly_yoy_pct=pl.col("monthly_yoy"), cumulative=c, cumulative_yoy_pct=pl.col("cumulative_yoy"),
        mom_pct=pl.col("mom"), yoy_change_pp=pl.when(pl.col("r4") == "").then(pl.col("change")).otherwise(None),
        increment=pl.col("increment"), two_year_avg_pct=pl.col("two_year"), note=pl.concat_str(parts, separator="; ", ignore_nulls=True))
    frame.sink_csv(target)
    sync_to_disk(target)


if __name__ == "__main__":
    main()
