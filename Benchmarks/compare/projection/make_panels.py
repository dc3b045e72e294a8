"""The real monthly sets as long panels Tongbi reads, for the projection backtest (evaluate).

Each set's series become regions of one indicator `value` (region,indicator,period,value; period YYYY-MM). A
series is kept when it has real dates (M1's and TSDL's synthetic year-0001 dates are dropped: the calendar
year is the task) and all its values are positive (a share of the year is meaningless otherwise). M1's train
and test parts are joined into one history. Twelve TSDL series label January as month 13 of the year before
(`1978-13-01` between 1978-12 and 1979-02): those become January of the next year, as in per_set_accuracy.py.

Each set also gets a panel with its history cut to two years, `SET-two-years.csv`: for every series and each of
its last ten complete years y whose two years before are complete too, a region `SERIES@y` holding January y-2
to December y only. Projecting y from it is what an office with two years of data does: `tongbi project` then
has no model estimate and takes its intervals from a model of those years (`YearProjector.shortHistorySpreads`).
Unlike per_set_accuracy.py, a series whose values repeat an earlier one's is kept (TSDL holds 13 such series
that pass the filters above, M1 and r-datasets one each: 147 of the 5,185 two-year cuts).

  python3 Benchmarks/compare/projection/make_panels.py OUTDIR
"""
import csv, os, sys
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from monthly_sets import calendar, read_long  # noqa: E402

DATA = os.path.join(os.path.dirname(__file__), "../../../../shared/data/monthly-series/")
SETS = {
    "m1": ["m1-monthly-train.csv", "m1-monthly-test.csv"],
    "r-datasets": ["r-datasets-monthly.csv"],
    "tsdl": ["tsdl-monthly.csv"],
    "fpp": ["fpp-monthly.csv"],
}


def read(files):
    """series -> {period YYYY-MM: value} over `files` (values present only; month 13 read as January of the next
    year, synthetic years 0001-0999 kept as they are, so that main can leave those series out)."""
    series = defaultdict(dict)
    for name in files:
        for sid, points in read_long(os.path.join(DATA, name)).items():
            for date, value in points:
                if value is not None:
                    series[sid][(date if date.startswith("0") else calendar(date))[:7]] = value
    return series


def two_year_cuts(values):
    """(y, periods of January y-2 to December y) for each of the last ten complete years y of `values` (period ->
    value) whose two years before are complete as well."""
    months = lambda year: [f"{year:04d}-{month:02d}" for month in range(1, 13)]
    complete = sorted({int(p[:4]) for p in values if all(m in values for m in months(int(p[:4])))})
    return [(year, months(year - 2) + months(year - 1) + months(year)) for year in complete[-10:]
            if year - 1 in complete and year - 2 in complete]


def main(out):
    os.makedirs(out, exist_ok=True)
    for name, files in SETS.items():
        kept = cuts = 0
        with open(os.path.join(out, name + ".csv"), "w", newline="") as f, \
                open(os.path.join(out, name + "-two-years.csv"), "w", newline="") as g:
            writer, short = csv.writer(f), csv.writer(g)
            writer.writerow(["region", "indicator", "period", "value"])
            short.writerow(["region", "indicator", "period", "value"])
            for series, values in sorted(read(files).items()):
                if any(period.startswith("0") for period in values) or min(values.values()) <= 0:
                    continue
                kept += 1
                for period in sorted(values):
                    writer.writerow([series, "value", period, repr(values[period])])
                for year, periods in two_year_cuts(values):
                    cuts += 1
                    for period in periods:
                        short.writerow([f"{series}@{year}", "value", period, repr(values[period])])
        print(f"{name}: {kept} series, {cuts} two-year cuts", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
