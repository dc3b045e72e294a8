"""Reading the long CSV `tongbi synth` writes (地区,上级地区,指标,计量单位,期别,本月) into what the
forecast peers need, and writing their forecasts in the columns of `tongbi forecast --format csv`.

Shared by forecast_statsforecast.py and trend_numpy.py. Our own code, standard Python + pandas/polars.
"""

import sys
import time

KEYS = ["地区", "指标"]
PERIOD = "期别"
MISSING = ["", "*"]
OUTPUT_COLUMNS = ["region", "indicator", "period", "mean", "lower_80", "upper_80", "lower_95", "upper_95",
                  "method"]


def value_column(columns):
    """The value column: 本月 for monthly tables, 本月止累计 for year-to-date ones."""
    return "本月" if "本月" in columns else "本月止累计"


def future_periods(last, horizon):
    """The `horizon` labels YYYY-MM after the label `last`."""
    year, month = int(last[:4]), int(last[5:7])
    labels = []
    for _ in range(horizon):
        month += 1
        if month > 12:
            year, month = year + 1, 1
        labels.append(f"{year:04d}-{month:02d}")
    return labels


def report_fit(seconds, label="fit"):
    """Prints the in-process time of the model work (no interpreter start, imports, JIT or file I/O)
    on stderr, where Benchmarks/compare/run picks it up."""
    print(f"{label}_seconds={seconds:.6f}", file=sys.stderr)


class Stopwatch:
    def __init__(self):
        self.start = time.perf_counter()

    def seconds(self):
        return time.perf_counter() - self.start
