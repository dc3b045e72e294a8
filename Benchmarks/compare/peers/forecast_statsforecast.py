#!/usr/bin/env python3
"""Peer of `tongbi forecast FILE --method ets|theta --horizon H --level 80,95 --format csv`: statsforecast
on one thread, the same long CSV in, the same forecast columns out.

Usage: forecast_statsforecast.py ets|theta IN.csv OUT.csv H

- ets: `AutoETS(season_length=12)` (model "ZZZ": error A/M, trend N/A/Ad, season N/A/M, chosen by AICc:
  15 models; `tongbi forecast --method ets` screens 10 of them, without the undamped trend, since 2026-12-04,
  and since 2026-12-05 lets the leader's undamped twin take its place when its AICc is lower by more than 2).
- theta: `Theta(season_length=12)` (the standard Theta method: seasonal test, classical multiplicative
  decomposition, SES with drift; the method of R's `thetaf`, with the smoothing parameter and initial
  level estimated).

`n_jobs=1` (one process, one thread). Before the timed fit, the same model is fitted once on the first
series so that numba's compilation (or its load from numba's cache) is excluded; the time of the fit
of every series alone is printed on stderr as `fit_seconds=` (no interpreter start, no imports, no JIT,
no CSV reading or writing), the warm-up as `warmup_seconds=`.
"""
import sys

from long_panel import KEYS, MISSING, OUTPUT_COLUMNS, PERIOD, Stopwatch, report_fit, value_column


def main():
    method, source, target, horizon = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import AutoETS, Theta

    frame = pd.read_csv(source, na_values=MISSING, keep_default_na=False,
                        dtype={KEYS[0]: str, KEYS[1]: str, PERIOD: str})
    values = value_column(frame.columns)
    frame = frame.dropna(subset=[values])
    data = pd.DataFrame({
        "unique_id": frame[KEYS[0]] + "\x1f" + frame[KEYS[1]],
        "ds": pd.to_datetime(frame[PERIOD], format="%Y-%m"),
        "y": frame[values].astype(float),
    })
    model, name = {"ets": (lambda: AutoETS(season_length=12), "AutoETS"),
                   "theta": (lambda: Theta(season_length=12), "Theta")}[method]
    levels = [80, 95]

    first = data[data["unique_id"] == data["unique_id"].iloc[0]]
    clock = Stopwatch()
    StatsForecast(models=[model()], freq="MS", n_jobs=1).forecast(df=first, h=horizon, level=levels)
    report_fit(clock.seconds(), "warmup")

    clock = Stopwatch()
    forecasts = StatsForecast(models=[model()], freq="MS", n_jobs=1).forecast(df=data, h=horizon, level=levels)
    report_fit(clock.seconds())

    forecasts = forecasts.reset_index() if "unique_id" not in forecasts.columns else forecasts
    keys = forecasts["unique_id"].str.split("\x1f", n=1, expand=True)
    out = pd.DataFrame({
        "region": keys[0], "indicator": keys[1], "period": forecasts["ds"].dt.strftime("%Y-%m"),
        "mean": forecasts[name],
        "lower_80": forecasts[f"{name}-lo-80"], "upper_80": forecasts[f"{name}-hi-80"],
        "lower_95": forecasts[f"{name}-lo-95"], "upper_95": forecasts[f"{name}-hi-95"],
        "method": f"statsforecast {name}",
    })[OUTPUT_COLUMNS]
    out.to_csv(target, index=False)
    print(f"statsforecast {name}: {data['unique_id'].nunique()} series, {len(out)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
