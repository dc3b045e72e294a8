"""Reference values for TrendRegressionTests: ordinary least squares by numpy.linalg.lstsq.

Design per row r (0-based, first month of the series at r = 0): intercept, trend t = r + 1, dummies of
calendar months 2..12 (January the base). For the retail series (1-2月 published combined) January rows are
missing, so February is the base and only the March..December dummies enter.
Forecast intervals: mean +- t_{(1+level)/2, n-p} * sigma * sqrt(1 + x0' (X'X)^-1 x0), scipy.stats.t.
Run: python3 trend_regression_reference.py > trend_regression_reference.txt
"""
import csv, sys
import numpy as np
import scipy
from scipy import stats

DATA = "../../../../../shared/data/"

def air_passengers():
    rows = [r for r in csv.DictReader(open(DATA + "monthly-series/r-datasets-monthly.csv"))
            if r["series_id"] == "datasets::AirPassengers"]
    return [float(r["value"]) for r in rows], (1949, 1)

def retail():
    values, months = [], []
    for r in csv.reader(open(DATA + "china-retail-sales-2012-2018.csv", encoding="utf-8")):
        if r[0] == "时间":
            continue
        label = r[0]
        year = int(label[:4])
        if "1-2月" in label:
            values += [np.nan, float(r[1])]
        else:
            values.append(float(r[1]))
    return values, (2012, 1)

def fit(values, start, months_used, horizon, levels):
    y = np.array(values)
    n = len(y)
    month = [((start[1] - 1 + r) % 12) + 1 for r in range(n + horizon)]
    def row(r):
        return [1.0, r + 1.0] + [1.0 if month[r] == k else 0.0 for k in months_used]
    observed = [r for r in range(n) if not np.isnan(y[r])]
    X = np.array([row(r) for r in observed])
    beta, _, rank, _ = np.linalg.lstsq(X, y[observed], rcond=None)
    resid = y[observed] - X @ beta
    dof = len(observed) - X.shape[1]
    s2 = resid @ resid / dof
    inv = np.linalg.inv(X.T @ X)
    out = {"coefficients": beta, "sigma2": [s2], "dof": [dof]}
    means, bounds = [], {l: ([], []) for l in levels}
    for h in range(horizon):
        r = n + h
        if month[r] == 1 and 1 not in [month[o] for o in observed]:
            means.append(np.nan)
            for l in levels:
                bounds[l][0].append(np.nan); bounds[l][1].append(np.nan)
            continue
        x0 = np.array(row(r))
        mean = x0 @ beta
        se = np.sqrt(s2 * (1 + x0 @ inv @ x0))
        means.append(mean)
        for l in levels:
            q = stats.t.ppf((1 + l) / 2, dof)
            bounds[l][0].append(mean - q * se); bounds[l][1].append(mean + q * se)
    out["mean"] = means
    for l in levels:
        out[f"lower_{int(l*100)}"] = bounds[l][0]; out[f"upper_{int(l*100)}"] = bounds[l][1]
    return out

print(f"# numpy {np.__version__}, scipy {scipy.__version__}, python {sys.version.split()[0]}")
for name, (values, start), months in [("airpassengers", air_passengers(), list(range(2, 13))),
                                       ("retail", retail(), list(range(3, 13)))]:
    result = fit(values, start, months, 14, [0.8, 0.95])
    print(f"# series {name}: n = {len(values)} starting {start[0]}-{start[1]:02d}")
    for key, vals in result.items():
        print(name + "." + key + "," + ",".join(repr(float(v)) for v in vals))
