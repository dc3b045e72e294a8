#!/usr/bin/env python3
"""Sanity checks for the synthetic 清溪镇 dataset made by make_township.py.

Checks the layout of every file, that each (region, indicator) has 33 periods
(1-2月 .. 1-12月 for 2022-2024), that the town equals the sum of its sub-areas
wherever no sub-area is redacted, that cumulative values never fall within a
year, that the wide and GB18030 files carry the same data as the long file,
and that every target row has exactly one kind of target. Prints cumulative
growth 1-6月 2024 against 1-6月 2023, full-year growth, and target completion
at 1-6月 2024 against 序时进度 (50%). Exits 1 on any failure.

Run: python3 Datasets/township/check_township.py
"""

import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
TOWN = "清溪镇"
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def read_lines(name, encoding="utf-8"):
    raw = open(os.path.join(HERE, name), "rb").read()
    check(not raw.startswith(b"\xef\xbb\xbf"), f"{name}: has a BOM")
    check(b"\r" not in raw, f"{name}: has CR line ends")
    check(raw.endswith(b"\n"), f"{name}: no final newline")
    return raw.decode(encoding).split("\n")[:-1]


def period_key(label):
    year, rest = label.split("年1-")
    return int(year), int(rest.rstrip("月"))


def pct(new, old):
    if old is None or new is None:
        return "—"
    if old == 0:
        return "zero base (新增)" if new > 0 else "zero base"
    g = (Decimal(new) / Decimal(old) - 1) * 100
    return f"{g.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):+}%"


# ---- long file ------------------------------------------------------------
lines = read_lines("township-monthly.csv")
check(lines[0] == "地区,上级地区,指标,计量单位,期别,本月止累计", "long: header")
series, units, order, redacted = {}, {}, [], []
for n, line in enumerate(lines[1:], start=2):
    region, parent, name, unit, period, value = line.split(",")
    check(parent == ("" if region == TOWN else TOWN), f"long line {n}: parent")
    key = (region, name)
    if key not in series:
        series[key] = {}
        order.append(key)
    units[name] = unit
    y, m = period_key(period)
    check(2 <= m <= 12, f"long line {n}: month {m}")
    check((y, m) not in series[key], f"long line {n}: duplicate")
    if value == "*":
        redacted.append((region, name, period))
        series[key][(y, m)] = None
    else:
        series[key][(y, m)] = Decimal(value)

regions = list(dict.fromkeys(r for r, _ in order))
names = list(dict.fromkeys(i for _, i in order))
subs = regions[1:]
check(regions[0] == TOWN and len(subs) == 6, "long: regions")
check(names == ["税收收入", "固定资产投资", "规上工业总产值", "工业技改投资"], "long: indicator order")
check(order == [(r, i) for r in regions for i in names], "long: row order")
for key, s in series.items():
    check(len(s) == 33, f"{key}: {len(s)} periods")
    check(list(s) == sorted(s), f"{key}: periods not in order")
    for y in (2022, 2023, 2024):
        check(all((y, m) in s for m in range(2, 13)), f"{key}: {y} incomplete")
        last = Decimal(0)
        for m in range(2, 13):
            v = s.get((y, m))
            if v is not None:
                check(v >= last, f"{key}: falls at {y}年1-{m}月")
                last = v
check(3 <= len(redacted) <= 5, f"redacted cells: {len(redacted)}")
check(all(r != TOWN for r, _, _ in redacted), "redacted town cell")
summed = skipped = 0
for name in names:
    for p, total in series[(TOWN, name)].items():
        parts = [series[(r, name)][p] for r in subs]
        if None in parts:
            skipped += 1
            continue
        summed += 1
        check(total == sum(parts), f"{name} {p}: town {total} != sum {sum(parts)}")
for r in regions:
    for p, v in series[(r, "工业技改投资")].items():
        fai = series[(r, "固定资产投资")][p]
        if v is not None and fai is not None:
            check(v <= fai, f"{r} {p}: 技改 above 固定资产投资")

# ---- GB18030 copy ---------------------------------------------------------
check(read_lines("township-monthly-gb18030.csv", "gb18030") == lines, "gb18030 text differs")

# ---- wide file ------------------------------------------------------------
wide = [l.split(",") for l in read_lines("township-wide.csv")]
width = len(wide[1])
check(all(len(r) == width for r in wide), "wide: ragged rows")
check(wide[0][0] == "清溪镇主要经济指标（本月止累计）" and not any(wide[0][1:]), "wide: title")
check(wide[-1][0] == "注：*为保密数据" and not any(wide[-1][1:]), "wide: footer")
check(wide[1][:3] == ["地区", "指标", "计量单位"], "wide: header")
wperiods = [period_key(h) for h in wide[1][3:]]
check(wperiods == sorted(wperiods, reverse=True), "wide: periods not newest first")
check(len(wide) - 3 == len(order), "wide: row count")
for row, key in zip(wide[2:-1], order):
    check(tuple(row[:2]) == key and row[2] == units[key[1]], f"wide: row {row[:2]}")
    for p, v in zip(wperiods, row[3:]):
        want = series[key][p]
        check(v == ("*" if want is None else format(want, "f")), f"wide: {key} {p}")

# ---- indicator file -------------------------------------------------------
ind = [l.split(",") for l in read_lines("indicators.csv")]
check(ind[0] == "代码,指标名称,英文名称,计量单位,类型,发布方式,一月,上级指标,排名方向,允许负值".split(","),
      "indicators: header")
check([r[1] for r in ind[1:]] == names, "indicators: names/order")
check([r[3] for r in ind[1:]] == [units[n] for n in names], "indicators: units")

# ---- growth ---------------------------------------------------------------
print(f"rows: {len(lines) - 1}; series: {len(series)}; redacted: {len(redacted)} {redacted}")
print(f"town = sum of sub-areas checked at {summed} (indicator, period) pairs; {skipped} skipped (redacted part)")
print("\n累计同比 1-6月 2024 vs 2023 | full year 2024 vs 2023 | full year 2023 vs 2022")
for name in names:
    print(f"  {name} ({units[name]})")
    for r in regions:
        s = series[(r, name)]
        h = pct(s[(2024, 6)], s[(2023, 6)])
        print(f"    {r:<8}{h:>18}{pct(s[(2024, 12)], s[(2023, 12)]):>10}{pct(s[(2023, 12)], s[(2022, 12)]):>10}")
        if h.endswith("%"):
            check(-15 <= float(h[:-1]) <= 30 or r != TOWN, f"{r} {name}: 1-6月 growth {h}")

# ---- targets --------------------------------------------------------------
tl = [l.split(",") for l in read_lines("targets.csv")]
check(tl[0] == "地区,指标,年度,目标值,目标增速(%),力争目标值,力争目标增速(%)".split(","), "targets: header")
print("\n2024 target completion at 1-6月 (序时进度 50%)")
ahead = behind = 0
for r, name, year, lvl, g, lvl2, g2 in tl[1:]:
    check((lvl == "") != (g == ""), f"targets {r} {name} {year}: need exactly one of level/growth")
    if r == TOWN:
        check((lvl2 != "") == (lvl != "") and (g2 != "") == (g != ""), f"targets {r} {name}: 力争 tier")
    else:
        check(lvl2 == g2 == "", f"targets {r} {name}: 力争 on a sub-area")
    if year != "2024":
        continue
    s = series[(r, name)]
    tiers = [lvl, lvl2] if lvl else [g, g2]
    out = []
    for t in filter(None, tiers):
        target = Decimal(t) if lvl else s[(2023, 12)] * (1 + Decimal(t) / 100)
        done = s[(2024, 6)] / target * 100
        out.append(f"{done:6.1f}% ({done - 50:+5.1f} pp)")
        if t == tiers[0]:
            ahead, behind = (ahead + 1, behind) if done >= 50 else (ahead, behind + 1)
    kind = f"目标值 {lvl}" if lvl else f"增速 {g}%"
    print(f"    {r:<8}{name:<8}{kind:<14}" + "  ".join(out))
print(f"  ahead of 序时进度: {ahead}, behind: {behind}")
check(ahead > 0 and behind > 0, "targets: all ahead or all behind")

if failures:
    print("\nFAILED:", *failures, sep="\n  ")
    sys.exit(1)
print("\nall checks passed")
