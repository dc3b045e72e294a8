#!/usr/bin/env python3
"""Writes a long monthly CSV of the shape `tongbi synth` writes, for the growth benchmark.

Usage: make_long_csv.py REGIONS OUT.csv [--years 10]

Header `地区,上级地区,指标,计量单位,期别,本月`; regions R00001.. under counties C0001.. (100 regions
each); four indicators; periods 2015-01 ... (120 months for 10 years); values with the decimals of the
unit (1 for 万元, 2 for 亿元); a few missing cells (empty) and a few zero cells so undefined growth occurs.
Deterministic (fixed seed), standard library only.
"""
import random
import sys

INDICATORS = [("税收收入", "万元", 1, 800.0), ("固定资产投资", "亿元", 2, 2.0),
              ("规上工业总产值", "万元", 1, 20000.0), ("工业技改投资", "亿元", 2, 0.3)]


def main():
    regions = int(sys.argv[1])
    path = sys.argv[2]
    years = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--years" else 10
    rng = random.Random(20240601)
    periods = [f"{2015 + m // 12}-{m % 12 + 1:02d}" for m in range(12 * years)]
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("地区,上级地区,指标,计量单位,期别,本月\n")
        for r in range(regions):
            region = f"R{r + 1:05d}"
            parent = f"C{r // 100 + 1:04d}"
            for name, unit, decimals, scale in INDICATORS:
                level = scale * (0.5 + rng.random())
                trend = 1.0 + 0.08 * (rng.random() - 0.3) / 12
                lines = []
                for p in periods:
                    level *= trend
                    u = rng.random()
                    if u < 0.002:
                        text = ""
                    elif u < 0.004:
                        text = "0" if decimals == 0 else "0." + "0" * decimals
                    else:
                        text = f"{level * (0.8 + 0.4 * rng.random()):.{decimals}f}"
                    lines.append(f"{region},{parent},{name},{unit},{p},{text}\n")
                out.write("".join(lines))


if __name__ == "__main__":
    main()
