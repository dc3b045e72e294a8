"""The real monthly sets of ../shared/data/monthly-series/ as arima_speed.py and per_set_accuracy.py read them."""
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
