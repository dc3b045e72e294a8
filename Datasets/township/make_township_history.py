#!/usr/bin/env python3
"""Make township-history.csv: the synthetic 清溪镇 panel's earlier years, 2019-2021.

The same regions, indicators, units, seasonal weights and noise as make_township.py (imported from it), and
the same byte-identical rules (random.Random.random() only, + - * / noise, decimal rounding half away from
zero), its own seed. Each sub-area's annual level runs backwards from its 2022 total in township-monthly.csv:
2022 grew 4-8% over 2021, 2021 rebounded 8-12% over 2020, and 2020 fell 1-5% against 2019, with January to
March 2020 (the epidemic's first months) at half their usual weight. The town is the sum of its sub-areas, as
in township-monthly.csv. Read together with township-monthly.csv, it gives the six years `tongbi project`
needs for the model (three full years before the year projected) and `scripts/demo` shows the projection's
interval and the probability of meeting each target:

  tongbi project --period 2024-06 Datasets/township/township-history.csv Datasets/township/township-monthly.csv \\
    --indicators Datasets/township/indicators.csv --targets Datasets/township/targets.csv

Run: python3 Datasets/township/make_township_history.py
"""

import os
import random
from decimal import Decimal

import make_township as township

SEED = 20190101
YEARS = [2019, 2020, 2021]
# Growth of the annual level into 2020, 2021 and 2022 (percent): the centre of a uniform range ±2.
GROWTH = {2020: -3.0, 2021: 10.0, 2022: 6.0}
EPIDEMIC_MONTHS = {(2020, 1), (2020, 2), (2020, 3)}


def generate():
    """Return {(region, code): {(year, month): Decimal}} for 2019-2021, months 2..12."""
    later = township.generate()
    rng = random.Random(SEED)
    data = {}
    for code, _name, _en, _unit, places, _town2022, sd, _parent in township.INDICATORS:
        town = {}
        for area in township.SUBAREAS:
            level = float(later[(area, code)][(2022, 12)])
            levels = {}
            for year in (2022, 2021, 2020):
                growth = GROWTH[year] + 4.0 * (rng.random() - 0.5)
                level /= 1.0 + growth / 100.0
                levels[year - 1] = level
            series = {}
            for year in YEARS:
                weights = []
                for m in range(1, 13):
                    w = township.SEASON[code][m - 1] * max(0.05, 1.0 + sd * township.normal(rng))
                    weights.append(w * 0.5 if (year, m) in EPIDEMIC_MONTHS else w)
                total_w = sum(weights)
                cum = 0.0
                for m in range(1, 13):
                    cum += levels[year] * weights[m - 1] / total_w
                    if m >= 2:
                        series[(year, m)] = township.quantize(cum, places)
            data[(area, code)] = series
            for key, value in series.items():
                town[key] = town.get(key, Decimal(0)) + value
        data[(township.TOWN, code)] = town
    return data


def main():
    data = generate()
    out = [township.csv_line(["地区", "上级地区", "指标", "计量单位", "期别", "本月止累计"])]
    for region in township.REGIONS:
        parent = "" if region == township.TOWN else township.TOWN
        for code, name, _en, unit, *_ in township.INDICATORS:
            for year in YEARS:
                for m in township.MONTHS:
                    value = format(data[(region, code)][(year, m)], "f")
                    out.append(township.csv_line([region, parent, name, unit, township.period_label(year, m), value]))
    township.write("township-history.csv", "".join(out))


if __name__ == "__main__":
    main()
