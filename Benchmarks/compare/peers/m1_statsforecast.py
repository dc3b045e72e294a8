#!/usr/bin/env python3
"""statsforecast AutoETS on M1 monthly (h = 18), one thread, for m1_accuracy.py's sMAPE comparison.

Usage: m1_statsforecast.py TRAIN.csv OUT.csv

Reads ../shared/data/monthly-series/m1-monthly-train.csv (series_id,date,value). Fifteen series have
synthetic dates starting in year 0001, which pandas cannot hold: they are moved forward by 1900 years, as
m1_accuracy.py does for tongbi (the position in the year is unchanged), so all 617 series are forecast.
Writes `series_id,method,step,mean` (method `statsforecast AutoETS`), the layout of m1_r_forecasts.csv.
The fit time of all series (after a warm-up fit of one series, so numba's compilation is excluded) is
printed on stderr.
"""
import sys
import time

import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS


def main():
    source, target = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(source, dtype={"series_id": str, "date": str})
    synthetic = frame["date"].str.startswith("0")
    frame.loc[synthetic, "date"] = (frame.loc[synthetic, "date"].str[:4].astype(int) + 1900).astype(str).str.zfill(4) \
        + frame.loc[synthetic, "date"].str[4:]
    data = pd.DataFrame({"unique_id": frame["series_id"], "ds": pd.to_datetime(frame["date"]),
                         "y": frame["value"].astype(float)})
    first = data[data["unique_id"] == data["unique_id"].iloc[0]]
    StatsForecast(models=[AutoETS(season_length=12)], freq="MS", n_jobs=1).forecast(df=first, h=18)
    start = time.perf_counter()
    forecasts = StatsForecast(models=[AutoETS(season_length=12)], freq="MS", n_jobs=1).forecast(df=data, h=18)
    seconds = time.perf_counter() - start
    series = data["unique_id"].nunique()
    print(f"fit_seconds={seconds:.2f} series={series} series_per_second={series / seconds:.1f}", file=sys.stderr)
    forecasts = forecasts.reset_index() if "unique_id" not in forecasts.columns else forecasts
    forecasts["step"] = forecasts.groupby("unique_id").cumcount() + 1
    out = pd.DataFrame({"series_id": forecasts["unique_id"], "method": "statsforecast AutoETS",
                        "step": forecasts["step"], "mean": forecasts["AutoETS"]})
    out.to_csv(target, index=False)


main()
