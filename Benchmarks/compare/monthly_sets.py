"""The real monthly sets of ../shared/data/monthly-series/ as the accuracy and speed scripts read them, and the
scores they use."""
import csv
from collections import defaultdict


def read_long(path):
    """series_id -> [(date, value or None)] in file order (empty and NA values are None)."""
    series = defaultdict(list)
    with open(path) as f:
        for row in csv.DictReader(f):
            value = row["value"].strip()
            series[row["series_id"]].append((row["date"], None if value in ("", "NA") else float(value)))
    return series


def calendar(date):
    """Year 0001-0999 (synthetic) moved forward by 1900 years; month 13 (TSDL) is January of the next year."""
    year, month = int(date[:4]), int(date[5:7])
    year += 1900 if year < 1000 else 0
    if month == 13:
        year, month = year + 1, 1
    return f"{year:04d}-{month:02d}{date[7:]}"


def after_last_gap(points):
    """The points without trailing missing values, from just after the last missing value inside."""
    while points and points[-1][1] is None:
        points = points[:-1]
    missing = [i for i, (_, v) in enumerate(points) if v is None]
    return points[missing[-1] + 1:] if missing else points


def smape(actual, forecast):
    """sMAPE in percent, M4 definition: mean of 2|a − f| / (|a| + |f|), 0 where both are 0."""
    terms = [2 * abs(a - f) / (abs(a) + abs(f)) if abs(a) + abs(f) > 0 else 0 for a, f in zip(actual, forecast)]
    return 100 * sum(terms) / len(terms)


def mase(train, actual, forecast, m=12):
    """MASE: mean |a − f| over the in-sample seasonal naive error (lag m, or 1 when the training part has m
    values or fewer); NaN when that scale is 0."""
    lag = m if len(train) > m else 1
    scale = sum(abs(train[t] - train[t - lag]) for t in range(lag, len(train))) / (len(train) - lag)
    if scale == 0:
        return float("nan")
    return sum(abs(a - f) for a, f in zip(actual, forecast)) / len(actual) / scale
