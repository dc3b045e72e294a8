"""M1 monthly accuracy (h = 18): sMAPE (M4 definition, mean over horizons 1-18, then over series) and MASE
(scaled by the in-sample seasonal naive error, m = 12) of tongbi's methods and of R's ets, auto.arima and
thetaf and their equal-weight mean ("R comb"), on the series every source forecast.

Run (from the package root, after `swift build -c release`):
  python3 Benchmarks/compare/m1_accuracy.py --methods auto,ets,theta,... --r Benchmarks/compare/peers/m1_r_forecasts.csv
tongbi's forecasts are made by running `.build/release/tongbi forecast TRAIN --horizon 18 --method M`
(or read from --cache DIR/M.csv when present).

Fifteen M1 series have synthetic dates starting in year 0001 (`date_is_synthetic` in m1-monthly-meta.csv);
tongbi reads only calendar years (1000-9999), so those dates are moved forward by 1900 years in a temporary
copy of the training file. Only the position in the year matters to the methods, and it is unchanged, so
all 617 series are forecast.
"""
import argparse, csv, math, os, subprocess, sys, tempfile, time
from collections import defaultdict

from monthly_sets import mase, smape

DATA = os.path.join(os.path.dirname(__file__), "../../../shared/data/monthly-series/")

def load_long(path):
    series = defaultdict(list)
    with open(path) as f:
        for row in csv.DictReader(f):
            series[row["series_id"]].append(float(row["value"]))
    return series

def tongbi(method, train_path, cache):
    path = os.path.join(cache, method + ".csv") if cache else None
    if path and os.path.exists(path):
        text, seconds = open(path).read(), None
    else:
        start = time.time()
        text = subprocess.run([".build/release/tongbi", "forecast", train_path, "--horizon", "18", "--method", method],
                              check=True, capture_output=True, text=True).stdout
        seconds = time.time() - start
        if path:
            open(path, "w").write(text)
    out = defaultdict(list)
    for row in csv.DictReader(text.splitlines()):
        if row["mean"]:
            out[row["indicator"]].append(float(row["mean"]))
    return out, seconds

def calendar_copy(train_path, meta_path):
    """A copy of the training file in which synthetic dates (year 0001 onwards) start in 1901."""
    synthetic = {row["series_id"] for row in csv.DictReader(open(meta_path)) if row["date_is_synthetic"] == "True"}
    handle, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(handle, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["series_id", "date", "value"])
        for row in csv.DictReader(open(train_path)):
            date = row["date"]
            if row["series_id"] in synthetic:
                date = f"{int(date[:4]) + 1900:04d}{date[4:]}"
            writer.writerow([row["series_id"], date, row["value"]])
    return path

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--methods", default="auto,comb,ets,theta,trend,naive2,snaive,naive,drift,ses,holt,damped")
    parser.add_argument("--r", help="R forecasts CSV (peers/m1_r_forecasts.R)")
    parser.add_argument("--cache", help="folder for tongbi's forecast CSVs")
    parser.add_argument("--peer", action="append", default=[],
                        help="other forecasts CSV (series_id,method,step,mean), e.g. peers/m1_statsforecast.py's")
    args = parser.parse_args()
    train_path = DATA + "m1-monthly-train.csv"
    train, test = load_long(train_path), load_long(DATA + "m1-monthly-test.csv")
    calendar_train = calendar_copy(train_path, DATA + "m1-monthly-meta.csv")
    sources = {}
    seconds = {}
    for method in args.methods.split(","):
        sources[method], seconds[method] = tongbi(method, calendar_train, args.cache)
    if args.r:
        r = defaultdict(lambda: defaultdict(list))
        for row in csv.DictReader(line for line in open(args.r) if not line.startswith("#")):
            if row["mean"] != "NA":
                r[row["method"]][row["series_id"]].append(float(row["mean"]))
        for method, table in r.items():
            sources["R " + method] = table
        if all(m in r for m in ("ets", "auto.arima", "thetaf")):
            sources["R comb"] = {k: [sum(v) / 3 for v in zip(r["ets"][k], r["auto.arima"][k], r["thetaf"][k])]
                                 for k in r["ets"] if all(len(r[m].get(k, [])) == 18 for m in ("ets", "auto.arima", "thetaf"))}
    for path in args.peer:
        for row in csv.DictReader(open(path)):
            sources.setdefault(row["method"], defaultdict(list))[row["series_id"]].append(float(row["mean"]))
    common = [s for s in test if all(len(src.get(s, [])) == 18 for src in sources.values())]
    print(f"series: {len(test)} in M1 monthly, {len(common)} forecast by every source below")
    print(f"{'method':<16}{'sMAPE':>8}{'MASE':>8}{'seconds':>9}")
    for name, src in sources.items():
        s = [smape(test[k], src[k]) for k in common]
        q = [v for v in (mase(train[k], test[k], src[k]) for k in common) if not math.isnan(v)]
        t = seconds.get(name)
        print(f"{name:<16}{sum(s)/len(s):8.3f}{sum(q)/len(q):8.3f}{'' if t is None else f'{t:9.1f}'}")
    os.remove(calendar_train)

main()
