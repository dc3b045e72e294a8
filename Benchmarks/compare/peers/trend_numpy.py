#!/usr/bin/env python3
"""Peer of `tongbi forecast FILE --method trend --horizon H --level 80,95 --format csv`: the seasonal trend
regression of every series by numpy's best batched form, the same long CSV in, the same forecast
columns out.

Usage: trend_numpy.py IN.csv OUT.csv H

Model (as Tongbi's TrendRegression): y(r) = b0 + b1 (r + 1) + sum of 11 month dummies + e, ordinary
least squares; the calendar month of the first row is the base of the dummies. Forecasts x0'b with
Student-t intervals  x0'b +- t((1 + level) / 2, n - p) * s * sqrt(1 + x0' (X'X)^-1 x0).

Reading: polars `read_csv` (the fastest reader in the venv), cells scattered into a dense
[months x series] float64 matrix. Solving: complete series (no missing month) all at once: one QR of the
120 x 13 design, B = R^-1 Q' Y with every series as a right-hand side (one gemm and one triangular
solve), residual variances from one more gemm; series with gaps are solved one by one with lstsq on their
observed months (none in `tongbi synth` panels without --missing). The time of the regression and the
forecasts alone (no interpreter start, no imports, no CSV reading or writing) is printed on stderr as
`fit_seconds=`.
"""
import sys

import numpy as np

from long_panel import KEYS, MISSING, OUTPUT_COLUMNS, PERIOD, Stopwatch, future_periods, report_fit, value_column

LEVELS = (80, 95)


def read_panel(path):
    """(matrix [months x series], period labels, region per series, indicator per series)."""
    import polars as pl

    frame = pl.read_csv(path, null_values=MISSING, schema_overrides={PERIOD: pl.Utf8})
    values = value_column(frame.columns)
    frame = frame.with_columns(
        (pl.col(PERIOD).rank("dense") - 1).alias("row"),
        (pl.concat_str(KEYS, separator="\x1f").rank("dense") - 1).alias("column"))
    rows = frame["row"].to_numpy().astype(np.int64)
    columns = frame["column"].to_numpy().astype(np.int64)
    matrix = np.full((int(rows.max()) + 1, int(columns.max()) + 1), np.nan)
    matrix[rows, columns] = frame[values].cast(pl.Float64).fill_null(float("nan")).to_numpy()
    periods = frame.select(PERIOD, "row").unique().sort("row")[PERIOD].to_list()
    keys = frame.select(KEYS + ["column"]).unique("column").sort("column")
    return matrix, periods, keys[KEYS[0]].to_numpy(), keys[KEYS[1]].to_numpy()


def design(first_month, rows):
    """Intercept, trend t = r + 1, dummies for the 11 calendar months other than the first row's."""
    r = np.arange(rows)
    month = (first_month - 1 + r) % 12
    base = month[0]
    dummies = [(month == k).astype(float) for k in range(12) if k != base]
    return np.column_stack([np.ones(rows), r + 1.0] + dummies)


def fit_and_forecast(matrix, first_month, horizon, student_t):
    """Means [horizon x series] and, per level, lower and upper bounds of the same shape (student_t:
    scipy.stats.t, imported before the clock starts)."""
    n, series = matrix.shape
    full = design(first_month, n + horizon)
    x, x0 = full[:n], full[n:]
    p = x.shape[1]
    mean = np.full((horizon, series), np.nan)
    scale = np.full((horizon, series), np.nan)
    dof = np.full(series, np.nan)

    complete = ~np.isnan(matrix).any(axis=0)
    if complete.any():
        y = matrix[:, complete]
        q, r = np.linalg.qr(x)
        beta = np.linalg.solve(r, q.T @ y)
        residual = y - x @ beta
        sigma = np.sqrt((residual * residual).sum(axis=0) / (n - p))
        leverage = (np.linalg.solve(r.T, x0.T) ** 2).sum(axis=0)  # x0' (X'X)^-1 x0 per step
        mean[:, complete] = x0 @ beta
        scale[:, complete] = np.sqrt(1 + leverage)[:, None] * sigma[None, :]
        dof[complete] = n - p
    for column in np.flatnonzero(~complete):
        observed = ~np.isnan(matrix[:, column])
        keep = x[observed].any(axis=0)
        xs = x[observed][:, keep]
        if observed.sum() < xs.shape[1] + 1:
            continue
        beta, *_ = np.linalg.lstsq(xs, matrix[observed, column], rcond=None)
        residual = matrix[observed, column] - xs @ beta
        k = observed.sum() - xs.shape[1]
        inverse = np.linalg.pinv(xs.T @ xs)
        f = x0[:, keep]
        mean[:, column] = f @ beta
        scale[:, column] = np.sqrt(residual @ residual / k) * np.sqrt(1 + np.einsum("ij,jk,ik->i", f, inverse, f))
        dof[column] = k
    bounds = {}
    for level in LEVELS:
        quantile = student_t.ppf((1 + level / 100) / 2, dof)  # per series (NaN where not fitted)
        bounds[level] = (mean - quantile * scale, mean + quantile * scale)
    return mean, bounds


def main():
    source, target, horizon = sys.argv[1], sys.argv[2], int(sys.argv[3])
    import polars as pl
    from scipy.stats import t as student_t

    matrix, periods, regions, indicators = read_panel(source)
    clock = Stopwatch()
    mean, bounds = fit_and_forecast(matrix, int(periods[0][5:7]), horizon, student_t)
    report_fit(clock.seconds())

    series = matrix.shape[1]
    out = pl.DataFrame({
        "region": np.repeat(regions, horizon), "indicator": np.repeat(indicators, horizon),
        "period": np.tile(future_periods(periods[-1], horizon), series),
        "mean": mean.T.ravel(),
        "lower_80": bounds[80][0].T.ravel(), "upper_80": bounds[80][1].T.ravel(),
        "lower_95": bounds[95][0].T.ravel(), "upper_95": bounds[95][1].T.ravel(),
    }).with_columns(pl.lit("trend").alias("method")).select(OUTPUT_COLUMNS)
    out.write_csv(target)
    print(f"numpy {np.__version__}: {series} series x {matrix.shape[0]} months, {out.height} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
