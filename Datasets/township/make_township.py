#!/usr/bin/env python3
"""Make the synthetic 清溪镇 (Qingxi township) dataset in this folder.

Standard library only, fixed seed, byte-identical output on every run and every
platform: the random numbers come only from random.Random.random() (integer
Mersenne Twister, the same on every build of Python 3), noise is shaped with
+ - * / alone (no libm calls), and amounts are rounded half away from zero
through decimal.Decimal.

Writes (UTF-8 without BOM, LF line ends unless noted):
  township-monthly.csv          long layout, one row per region, indicator, period
  township-monthly-gb18030.csv  the same text encoded as GB18030
  township-wide.csv             wide layout as exported from an Excel sheet
  targets.csv                   annual targets 2023 and 2024
  indicators.csv                the indicator file

Run: python3 Datasets/township/make_township.py
"""

import os
import random
from decimal import Decimal, ROUND_HALF_UP

SEED = 20240715
HERE = os.path.dirname(os.path.abspath(__file__))

TOWN = "清溪镇"
SUBAREAS = ["清溪村", "东岭村", "南湾村", "西山村", "北塘社区", "清溪工业园区"]
REGIONS = [TOWN] + SUBAREAS
YEARS = [2022, 2023, 2024]
# Published cumulative periods 1-m月; January is never published alone.
MONTHS = list(range(2, 13))

# Monthly seasonal weights, January..December (each sums to 1). January and
# February together sit below two average months (Spring Festival); investment
# has a strong year-end push in December.
SEASON = {
    "tax": [0.095, 0.065, 0.085, 0.095, 0.085, 0.085, 0.085, 0.075, 0.080, 0.085, 0.075, 0.090],
    "fai": [0.030, 0.030, 0.075, 0.080, 0.085, 0.095, 0.080, 0.080, 0.090, 0.090, 0.105, 0.160],
    "industrial_output": [0.075, 0.060, 0.086, 0.086, 0.088, 0.092, 0.082, 0.080, 0.086, 0.086, 0.087, 0.092],
    "tech_renovation": [0.025, 0.025, 0.070, 0.080, 0.085, 0.095, 0.085, 0.080, 0.090, 0.090, 0.105, 0.170],
}

# code, name, English name, unit, decimal places, town level in 2022,
# standard deviation of the monthly noise, parent indicator code
INDICATORS = [
    ("tax", "税收收入", "tax revenue", "万元", 1, 31200.0, 0.08, ""),
    ("fai", "固定资产投资", "fixed-asset investment", "亿元", 2, 22.5, 0.18, ""),
    ("industrial_output", "规上工业总产值", "above-designated-size industrial output", "万元", 1, 668000.0, 0.05, ""),
    ("tech_renovation", "工业技改投资", "industrial technical-renovation investment", "亿元", 2, 3.1, 0.30, "fai"),
]

# Per sub-area: share of the 2022 town level, growth of the annual level in
# 2023 and in 2024 (percent). 西山村 declines in 2024 (a plant closed).
PROFILE = {
    "tax": {
        "清溪村": (0.14, 6, 7), "东岭村": (0.12, 9, 11), "南湾村": (0.10, 4, 5),
        "西山村": (0.09, 3, -9), "北塘社区": (0.11, 7, 8), "清溪工业园区": (0.44, 10, 10),
    },
    "fai": {
        "清溪村": (0.14, 8, 12), "东岭村": (0.12, 15, 6), "南湾村": (0.13, 5, 9),
        "西山村": (0.09, 6, -11), "北塘社区": (0.12, -3, 10), "清溪工业园区": (0.40, 12, 14),
    },
    "industrial_output": {
        "清溪村": (0.10, 6, 7), "东岭村": (0.09, 8, 9), "南湾村": (0.08, 5, 6),
        "西山村": (0.08, 2, -11), "北塘社区": (0.04, 10, 12), "清溪工业园区": (0.61, 9, 10),
    },
    "tech_renovation": {
        "清溪村": (0.12, 10, 15), "东岭村": (0.11, 5, 8), "南湾村": (0.07, -30, 25),
        "西山村": (0.09, 0, -20), "北塘社区": (0.05, 12, 10), "清溪工业园区": (0.56, 12, 12),
    },
}

# 南湾村's technical-renovation project stalled in 2023 and restarted in July:
# nothing in 1-2月 to 1-6月 2023 (0.00), so 2024 grows from a zero base.
ZERO_MONTHS = {("南湾村", "tech_renovation", 2023): range(1, 7)}

# Cells published as * (confidential: too few enterprises). Sub-areas only;
# the town total keeps the true sum.
REDACTED = {
    ("东岭村", "tax", 2022, 9),
    ("北塘社区", "industrial_output", 2023, 4),
    ("北塘社区", "industrial_output", 2023, 5),
    ("西山村", "tech_renovation", 2024, 10),
}

# Targets: ("growth", percent) or ("level", growth over last year's actual used
# to set it, rounding step); the town row also gets a second (力争) tier of the
# same kind. 东岭村's renovation project is winding down, so its level target
# is set below last year's actual.
TARGETS = {
    "tax": {
        TOWN: ("growth", "8", "10"),
        "清溪村": ("growth", "6"), "东岭村": ("level", 0.08, "100"), "南湾村": ("growth", "7"),
        "西山村": ("growth", "5"), "北塘社区": ("level", 0.05, "100"), "清溪工业园区": ("growth", "9"),
    },
    "fai": {
        TOWN: ("level", 0.10, "0.5", 0.15),
        "清溪村": ("level", 0.10, "0.1"), "东岭村": ("growth", "10"), "南湾村": ("growth", "8"),
        "西山村": ("level", 0.05, "0.1"), "北塘社区": ("growth", "6"), "清溪工业园区": ("level", 0.12, "0.5"),
    },
    "industrial_output": {
        TOWN: ("growth", "7", "9"),
        "清溪村": ("growth", "6"), "东岭村": ("growth", "7.5"), "南湾村": ("level", 0.06, "1000"),
        "西山村": ("growth", "3"), "北塘社区": ("growth", "8"), "清溪工业园区": ("level", 0.08, "1000"),
    },
    "tech_renovation": {
        TOWN: ("level", 0.12, "0.1", 0.20),
        "清溪村": ("growth", "12"), "东岭村": ("level", -0.15, "0.01"), "南湾村": ("level", 0.30, "0.01"),
        "西山村": ("growth", "5"), "北塘社区": ("growth", "10"), "清溪工业园区": ("growth", "15"),
    },
}


def normal(rng):
    """Approximately standard normal (Irwin-Hall, 12 uniforms), libm-free."""
    return sum(rng.random() for _ in range(12)) - 6.0


def quantize(x, places):
    """Round half away from zero at `places` decimals, through the shortest repr."""
    step = Decimal(1).scaleb(-places)
    return Decimal(repr(x)).quantize(step, rounding=ROUND_HALF_UP)


def period_label(year, month):
    return f"{year}年1-{month}月"


def generate():
    """Return {(region, code): {(year, month): Decimal}} for months 2..12."""
    rng = random.Random(SEED)
    data = {}
    for code, _name, _en, _unit, places, town2022, sd, _parent in INDICATORS:
        town = {}
        for area in SUBAREAS:
            share, g23, g24 = PROFILE[code][area]
            level = town2022 * share * (1.0 + 0.03 * normal(rng))
            series = {}
            for year in YEARS:
                if year == 2023:
                    level *= 1.0 + g23 / 100.0 + 0.015 * normal(rng)
                elif year == 2024:
                    level *= 1.0 + g24 / 100.0 + 0.015 * normal(rng)
                zero = ZERO_MONTHS.get((area, code, year), ())
                weights = []
                for m in range(1, 13):
                    w = SEASON[code][m - 1] * max(0.05, 1.0 + sd * normal(rng))
                    weights.append(0.0 if m in zero else w)
                total_w = sum(weights)
                cum = 0.0
                for m in range(1, 13):
                    cum += level * weights[m - 1] / total_w
                    if m >= 2:
                        series[(year, m)] = quantize(cum, places)
            data[(area, code)] = series
            for key, value in series.items():
                town[key] = town.get(key, Decimal(0)) + value
        data[(TOWN, code)] = town
    return data


def csv_line(cells):
    for c in cells:
        assert "," not in c and '"' not in c and "\n" not in c, c
    return ",".join(cells) + "\n"


def write(name, text, encoding="utf-8"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(encoding))


def cell(data, region, code, year, month):
    if (region, code, year, month) in REDACTED:
        return "*"
    return format(data[(region, code)][(year, month)], "f")


def long_csv(data):
    out = [csv_line(["地区", "上级地区", "指标", "计量单位", "期别", "本月止累计"])]
    for region in REGIONS:
        parent = "" if region == TOWN else TOWN
        for code, name, _en, unit, *_ in INDICATORS:
            for year in YEARS:
                for m in MONTHS:
                    out.append(csv_line([region, parent, name, unit, period_label(year, m),
                                         cell(data, region, code, year, m)]))
    return "".join(out)


def wide_csv(data):
    periods = [(y, m) for y in reversed(YEARS) for m in reversed(MONTHS)]
    width = 3 + len(periods)
    pad = lambda cells: cells + [""] * (width - len(cells))
    out = [csv_line(pad(["清溪镇主要经济指标（本月止累计）"])),
           csv_line(["地区", "指标", "计量单位"] + [period_label(y, m) for y, m in periods])]
    for region in REGIONS:
        for code, name, _en, unit, *_ in INDICATORS:
            out.append(csv_line([region, name, unit] + [cell(data, region, code, y, m) for y, m in periods]))
    out.append(csv_line(pad(["注：*为保密数据"])))
    return "".join(out)


def targets_csv(data):
    out = [csv_line(["地区", "指标", "年度", "目标值", "目标增速(%)", "力争目标值", "力争目标增速(%)"])]
    for year in (2023, 2024):
        for region in REGIONS:
            for code, name, *_ in INDICATORS:
                spec = TARGETS[code][region]
                row = [region, name, str(year), "", "", "", ""]
                if spec[0] == "growth":
                    row[4] = spec[1]
                    if len(spec) > 2:
                        row[6] = spec[2]
                else:
                    base = float(data[(region, code)][(year - 1, 12)])
                    step = Decimal(spec[2])

                    def level(g):
                        return str((Decimal(repr(base * (1.0 + g))) / step).quantize(
                            Decimal(1), rounding=ROUND_HALF_UP) * step)
                    row[3] = level(spec[1])
                    if len(spec) > 3:
                        row[5] = level(spec[3])
                out.append(csv_line(row))
    return "".join(out)


def indicators_csv():
    out = [csv_line(["代码", "指标名称", "英文名称", "计量单位", "类型", "发布方式", "一月",
                     "上级指标", "排名方向", "允许负值"])]
    for code, name, en, unit, _places, _lvl, _sd, parent in INDICATORS:
        out.append(csv_line([code, name, en, unit, "flow", "cumulative", "with-february",
                             parent, "higher", "no"]))
    return "".join(out)


def main():
    data = generate()
    text = long_csv(data)
    write("township-monthly.csv", text)
    write("township-monthly-gb18030.csv", text, "gb18030")
    write("township-wide.csv", wide_csv(data))
    write("targets.csv", targets_csv(data))
    write("indicators.csv", indicators_csv())


if __name__ == "__main__":
    main()
