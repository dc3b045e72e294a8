"""Writes the office corpus: workbooks as township and county offices make them, by the writers they use.

Run in a virtual environment with openpyxl 3.1.5, XlsxWriter 3.3.1, xlwt 1.3.0 and msoffcrypto-tool 6.1.0
(pip install openpyxl==3.1.5 xlsxwriter==3.3.1 xlwt==1.3.0 msoffcrypto-tool==6.1.0), with LibreOffice
(Debian libreoffice-calc, 7.4) on the path as soffice:
    python3 make_office_files.py
LibreOffice re-saves some files as Excel and WPS users' files come: formulas recalculated and cached,
shared strings, .xls (BIFF8) with merged ranges. EXPECTED.tsv states what each file holds and how it
reads; this script is only how the files were made, and its comments say what each file is for.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

import msoffcrypto
from msoffcrypto.format.ooxml import OOXMLFile
import openpyxl
import xlsxwriter
import xlwt
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))

# Monthly tax revenue (万元), January to March 2024.
TAX = {"青山镇": [1210.5, 980.2, 1105.0], "清溪镇": [860.0, 702.4, 799.9]}
# Industrial output (万元) for the wide tables, January to April 2024.
OUTPUT = {"青山镇": [8200, 8350.5, 9012.3, 9120], "清溪镇": [5100, 4980, 5230.7, 5301.2]}
LONG_HEADER = ["地区", "指标", "计量单位", "时间", "本月"]


def path(name):
    return os.path.join(HERE, name)


def libreoffice(source, target_format, name):
    """Converts `source` with LibreOffice headless (formulas recalculated) and saves it as `name`."""
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            ["soffice", "--headless", "--calc", "--convert-to", target_format, "--outdir", work, source],
            check=True, capture_output=True)
        produced = [f for f in os.listdir(work)]
        shutil.move(os.path.join(work, produced[0]), path(name))


def tax_long():
    """The long layout as an office exports it: two towns, three months, monthly tax. The same table by
    openpyxl, re-saved by LibreOffice as .xlsx and as .xls, and written by xlwt as .xls."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "税收"
    sheet.append(LONG_HEADER)
    for region, values in TAX.items():
        for month, value in enumerate(values, start=1):
            sheet.append([region, "税收收入", "万元", f"2024-{month:02d}", value])
    book.save(path("tax-long.xlsx"))
    libreoffice(path("tax-long.xlsx"), "xlsx:Calc MS Excel 2007 XML", "tax-long-lo.xlsx")
    libreoffice(path("tax-long.xlsx"), "xls", "tax-long-lo.xls")
    old = xlwt.Workbook(encoding="utf-8")
    sheet = old.add_sheet("税收")
    for column, text in enumerate(LONG_HEADER):
        sheet.write(0, column, text)
    row = 1
    for region, values in TAX.items():
        for month, value in enumerate(values, start=1):
            for column, cell in enumerate([region, "税收收入", "万元", f"2024-{month:02d}", value]):
                sheet.write(row, column, cell)
            row += 1
    old.save(path("tax-long-xlwt.xls"))


def wide_dates():
    """The wide layout with real dates as period headers shown yyyy-mm: in the 1900 system (openpyxl,
    and LibreOffice's .xls of it) and in the 1904 system (XlsxWriter's date_1904, xlwt's dates_1904)."""
    months = [datetime.datetime(2024, m, 1) for m in range(1, 5)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "产值"
    sheet.append(["地区", "指标", "计量单位"] + months)
    for column in range(4, 8):
        sheet.cell(row=1, column=column).number_format = "yyyy-mm"
    for region, values in OUTPUT.items():
        sheet.append([region, "规上工业总产值", "万元"] + values)
    book.save(path("wide-1900.xlsx"))
    libreoffice(path("wide-1900.xlsx"), "xls", "wide-1900-lo.xls")

    book = xlsxwriter.Workbook(path("wide-1904.xlsx"), {"date_1904": True})
    sheet = book.add_worksheet("产值")
    date = book.add_format({"num_format": "yyyy-mm"})
    for column, text in enumerate(["地区", "指标", "计量单位"]):
        sheet.write(0, column, text)
    for column, month in enumerate(months, start=3):
        sheet.write_datetime(0, column, month, date)
    for row, (region, values) in enumerate(OUTPUT.items(), start=1):
        sheet.write_row(row, 0, [region, "规上工业总产值", "万元"] + values)
    book.close()

    old = xlwt.Workbook(encoding="utf-8")
    old.dates_1904 = True
    sheet = old.add_sheet("产值")
    style = xlwt.easyxf(num_format_str="yyyy-mm")
    for column, text in enumerate(["地区", "指标", "计量单位"]):
        sheet.write(0, column, text)
    for column, month in enumerate(months, start=3):
        sheet.write(0, column, month, style)
    for row, (region, values) in enumerate(OUTPUT.items(), start=1):
        for column, cell in enumerate([region, "规上工业总产值", "万元"] + values):
            sheet.write(row, column, cell)
    old.save(path("wide-1904.xls"))


def formulas():
    """Villages of 青山镇 with a 合计 row summed by a formula: openpyxl stores it without a cached value,
    LibreOffice re-saves it computed (.xlsx and .xls), xlwt writes its formula uncomputed."""
    rows = [("甲村", 100.0), ("乙村", 200.5), ("丙村", 50.0)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "六月"
    sheet.append(["青山镇2024年6月村级税收"])
    sheet.append(LONG_HEADER)
    for region, value in rows:
        sheet.append([region, "税收收入", "万元", "2024-06", value])
    sheet.append(["合计", "税收收入", "万元", "2024-06", "=SUM(E3:E5)"])
    book.save(path("formulas-uncached.xlsx"))
    libreoffice(path("formulas-uncached.xlsx"), "xlsx:Calc MS Excel 2007 XML", "formulas-cached.xlsx")
    libreoffice(path("formulas-uncached.xlsx"), "xls", "formulas-cached.xls")
    old = xlwt.Workbook(encoding="utf-8")
    sheet = old.add_sheet("六月")
    sheet.write(0, 0, "青山镇2024年6月村级税收")
    for column, text in enumerate(LONG_HEADER):
        sheet.write(1, column, text)
    for row, (region, value) in enumerate(rows, start=2):
        for column, cell in enumerate([region, "税收收入", "万元", "2024-06", value]):
            sheet.write(row, column, cell)
    for column, cell in enumerate(["合计", "税收收入", "万元", "2024-06"]):
        sheet.write(5, column, cell)
    sheet.write(5, 4, xlwt.Formula("SUM(E3:E5)"))
    old.save(path("formulas-uncached.xls"))


def error_cells():
    """Error values where growth was divided by a zero base or a lookup failed: formulas LibreOffice
    computes to #DIV/0! and #N/A (.xlsx and .xls), and error cells xlwt writes as they are. April's row
    takes its indicator from a formula (=B2, a cached string) and its value from one (=E2*2, 2421)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "税收"
    sheet.append(LONG_HEADER)
    sheet.append(["青山镇", "税收收入", "万元", "2024-01", 1210.5])
    sheet.append(["青山镇", "税收收入", "万元", "2024-02", "=E2/0"])
    sheet.append(["青山镇", "税收收入", "万元", "2024-03", "=NA()"])
    sheet.append(["青山镇", "=B2", "万元", "2024-04", "=E2*2"])
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "error-cells.xlsx")
        book.save(source)
        libreoffice(source, "xlsx:Calc MS Excel 2007 XML", "error-cells.xlsx")
        libreoffice(source, "xls", "error-cells.xls")
    old = xlwt.Workbook(encoding="utf-8")
    sheet = old.add_sheet("税收")
    for column, text in enumerate(LONG_HEADER):
        sheet.write(0, column, text)
    for row, month in enumerate(["2024-01", "2024-02", "2024-03"], start=1):
        for column, cell in enumerate(["青山镇", "税收收入", "万元", month]):
            sheet.write(row, column, cell)
    sheet.write(1, 4, 1210.5)
    # By its code: xlwt maps the text "#VALUE!" to the code of #NUM!.
    sheet.row(2).set_cell_error(4, 0x0F)
    sheet.write(3, 4, True)
    old.save(path("error-cells-xlwt.xls"))


def text_numbers():
    """Numbers stored as text, as pasted from a web page or a system export: thousands separators,
    spaces around, a full-width minus is not among them; and a text that is no number."""
    cells = ["1,210.5", " 980.2 ", "1105", "约1100"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "税收"
    sheet.append(LONG_HEADER)
    for month, cell in enumerate(cells, start=1):
        sheet.append(["青山镇", "税收收入", "万元", f"2024-{month:02d}", cell])
    book.save(path("text-numbers.xlsx"))
    old = xlwt.Workbook(encoding="utf-8")
    sheet = old.add_sheet("税收")
    for column, text in enumerate(LONG_HEADER):
        sheet.write(0, column, text)
    for row, cell in enumerate(cells, start=1):
        for column, value in enumerate(["青山镇", "税收收入", "万元", f"2024-{row:02d}", cell]):
            sheet.write(row, column, value)
    old.save(path("text-numbers.xls"))


# The 快报 rows: indicator, unit, this month, same month last year, 1-6月, same period last year, growth.
KUAIBAO = {
    "青山镇": [("税收收入", "万元", 1210.5, 1100.0, 6520.3, 6011.2, 8.5),
            ("规上工业总产值", "万元", 9120.0, 8800.0, 52310.0, 49870.5, 4.9)],
    "清溪镇": [("税收收入", "万元", 860.0, 905.0, 4712.6, 4800.1, -1.8),
            ("规上工业总产值", "万元", 5301.2, 5012.0, 30115.8, 28990.0, 3.9)],
}


def kuaibao_two_level():
    """The monthly 快报 of one town with a title naming town and period, a 单位 line, and a two-level
    header: 指标名称 and 计量单位 merged down two rows, 本月 over 本期 / 上年同月, 1-6月 over 本年累计 /
    上年同期 / 增长(%). openpyxl, and LibreOffice's .xls of it (merged ranges in MERGEDCELLS records)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "快报"
    sheet.append(["青山镇2024年1-6月主要经济指标完成情况"])
    sheet.merge_cells("A1:G1")
    sheet.append(["单位：万元"])
    sheet.append(["指标名称", "计量单位", "本月", None, "1-6月", None, None])
    sheet.append([None, None, "本期", "上年同月", "本年累计", "上年同期", "增长(%)"])
    for cells in ["A3:A4", "B3:B4", "C3:D3", "E3:G3"]:
        sheet.merge_cells(cells)
    for row in KUAIBAO["青山镇"]:
        sheet.append(list(row))
    book.save(path("kuaibao-two-level.xlsx"))
    libreoffice(path("kuaibao-two-level.xlsx"), "xls", "kuaibao-two-level.xls")


def kuaibao_sheet_per_town():
    """One sheet per town named by the town, the title naming only the year and months, a one-level
    header: XlsxWriter (shared strings), and xlwt's .xls."""
    header = ["指标名称", "计量单位", "本月", "上年同月", "1-6月", "上年同期", "增长(%)"]
    book = xlsxwriter.Workbook(path("kuaibao-sheet-per-town.xlsx"))
    for town, rows in KUAIBAO.items():
        sheet = book.add_worksheet(town)
        sheet.write(0, 0, "2024年1-6月主要经济指标")
        sheet.write_row(1, 0, header)
        for index, row in enumerate(rows, start=2):
            sheet.write_row(index, 0, list(row))
    book.close()
    old = xlwt.Workbook(encoding="utf-8")
    for town, rows in KUAIBAO.items():
        sheet = old.add_sheet(town)
        sheet.write(0, 0, "2024年1-6月主要经济指标")
        for column, text in enumerate(header):
            sheet.write(1, column, text)
        for index, row in enumerate(rows, start=2):
            for column, cell in enumerate(row):
                sheet.write(index, column, cell)
    old.save(path("kuaibao-sheet-per-town.xls"))


def kuaibao_period_in_file_name():
    """A 快报 whose sheet and title say nothing of the period: the file's name does (2024年5月), the
    title names the town; the header words of another statistical system."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["清溪镇主要经济指标"])
    sheet.append(["指标名称", "计量单位", "本月", "本年累计", "上年同期累计", "比上年同期增长%"])
    sheet.append(["税收收入", "万元", 790.4, 3852.6, 3790.0, 1.7])
    book.save(path("清溪镇2024年5月快报.xlsx"))


def blocks():
    """Region names once per block: merged down the block (openpyxl, and LibreOffice's .xls), or
    written once with the cells below left blank (as a merged range saved as CSV and reopened)."""
    for name, merged in [("blocks-merged.xlsx", True), ("blocks-blank.xlsx", False)]:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "税收"
        sheet.append(LONG_HEADER)
        for region, values in TAX.items():
            for month, value in enumerate(values, start=1):
                sheet.append([region if month == 1 else None, "税收收入", "万元", f"2024-{month:02d}", value])
        if merged:
            sheet.merge_cells("A2:A4")
            sheet.merge_cells("A5:A7")
        book.save(path(name))
    libreoffice(path("blocks-merged.xlsx"), "xls", "blocks-merged.xls")


# Village tax (万元), January to March 2024, of 清溪镇's three villages.
VILLAGES = {"甲村": [120.0, 95.5, 101.2], "乙村": [80.4, 77.0, 90.1], "丙村": [30.0, 28.5, 33.3]}


def village_totals():
    """A township's table of its villages with a 合计 row: equal to their sum, and (in the mismatch file)
    with February's total typed 211.0 where the villages sum to 201.0. Without a 合计 row, the town's own
    row (清溪镇, equal to the sum) among the villages, in xlwt's .xls: the hierarchy is inferred."""
    header = ["村（社区）", "指标名称", "2024年1月", "2024年2月", "2024年3月"]
    sums = [round(sum(v[m] for v in VILLAGES.values()), 1) for m in range(3)]
    for name, total_row in [("villages-total.xlsx", sums), ("villages-total-mismatch.xlsx", [sums[0], 211.0, sums[2]])]:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "村级"
        sheet.append(["清溪镇2024年1-3月村级税收收入"])
        sheet.append(["单位：万元"])
        sheet.append(header)
        for village, values in VILLAGES.items():
            sheet.append([village, "税收收入"] + values)
        sheet.append(["合计", "税收收入"] + total_row)
        book.save(path(name))
    old = xlwt.Workbook(encoding="utf-8")
    sheet = old.add_sheet("村级")
    for column, text in enumerate(header):
        sheet.write(0, column, text)
    rows = [("清溪镇", sums)] + list(VILLAGES.items())
    for index, (region, values) in enumerate(rows, start=1):
        for column, cell in enumerate([region, "税收收入"] + values):
            sheet.write(index, column, cell)
    old.save(path("villages-inferred.xls"))


def falling_cumulative():
    """Year-to-date values (1-N月累计, 1-2月 combined) with 1-8月 typed 1234.5 instead of 3234.5: below
    1-7月's 2840.6, which a cumulative of a positive indicator cannot be."""
    values = [(2, 702.3), (3, 1105.8), (4, 1490.2), (5, 1902.7), (6, 2371.0), (7, 2840.6), (8, 1234.5),
              (9, 3650.9)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "累计"
    sheet.append(["地区", "指标", "计量单位", "期别", "本月止累计"])
    for month, value in values:
        sheet.append(["青山镇", "税收收入", "万元", f"2024年1-{month}月", value])
    book.save(path("falling-cumulative.xlsx"))


def dotted_months():
    """Periods typed as numbers 2023.9, 2023.10, 2023.11 that Excel stores as 2023.9, 2023.1, 2023.11:
    2023.1 is October between September and November. A second town's lone 2023.1 beside 2023.3 could be
    January or October: rejected as ambiguous."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "月度"
    sheet.append(LONG_HEADER)
    for period, value in [(2023.9, 1010.0), (2023.1, 1090.5), (2023.11, 1120.2), (2023.12, 1300.0)]:
        sheet.append(["青山镇", "税收收入", "万元", period, value])
    for period, value in [(2023.1, 700.0), (2023.3, 710.0)]:
        sheet.append(["清溪镇", "税收收入", "万元", period, value])
    book.save(path("dotted-months.xlsx"))


def hidden_sheet_and_rows():
    """xlwt's .xls with a hidden row in the table and a hidden second sheet holding a table too."""
    old = xlwt.Workbook(encoding="utf-8")
    sheet = old.add_sheet("税收")
    for column, text in enumerate(LONG_HEADER):
        sheet.write(0, column, text)
    for row, (month, value) in enumerate([(1, 1210.5), (2, 980.2), (3, 1105.0)], start=1):
        for column, cell in enumerate(["青山镇", "税收收入", "万元", f"2024-{month:02d}", value]):
            sheet.write(row, column, cell)
    sheet.row(2).hidden = True
    hidden = old.add_sheet("备用")
    hidden.visibility = 1
    for column, text in enumerate(LONG_HEADER):
        hidden.write(0, column, text)
    for column, cell in enumerate(["清溪镇", "税收收入", "万元", "2024-01", 860.0]):
        hidden.write(1, column, cell)
    old.save(path("hidden-sheet-and-rows.xls"))


def unreadable():
    """What cannot be read, each with its message: a password-protected workbook (msoffcrypto-tool's
    encryption of tax-long.xlsx, an OLE2 container like an .xls), an OpenDocument spreadsheet saved by
    LibreOffice, and an .xls cut short after its first 2,048 bytes."""
    with open(path("tax-long.xlsx"), "rb") as plain, open(path("password.xlsx"), "wb") as locked:
        document = OOXMLFile(plain)
        document.encrypt("tongbi", locked)
    libreoffice(path("tax-long.xlsx"), "ods", "tax-long.ods")
    with open(path("tax-long-lo.xls"), "rb") as whole:
        data = whole.read()
    with open(path("damaged.xls"), "wb") as cut:
        cut.write(data[:2048])


if __name__ == "__main__":
    tax_long()
    wide_dates()
    formulas()
    error_cells()
    text_numbers()
    kuaibao_two_level()
    kuaibao_sheet_per_town()
    kuaibao_period_in_file_name()
    blocks()
    village_totals()
    falling_cumulative()
    dotted_months()
    hidden_sheet_and_rows()
    unreadable()
