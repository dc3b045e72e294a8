"""Writes the workbook fixtures of WorkbookTests: Excel files as offices make them.

Run with openpyxl 3.1.5 and XlsxWriter 3.3.1 (pip install openpyxl==3.1.5 xlsxwriter==3.3.1), with
LibreOffice (Debian libreoffice-calc) on the path as soffice:
python3 make_workbooks.py
The tests state by hand what each file holds; this script is only how the files were made.
"""
import datetime
import subprocess
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

TAX_2023 = [5477.4, 7402.1, 9810.6, 12204.3, 14577.8, 17404.4, 20115.0, 22761.9, 25492.6, 28131.4, 30920.8, 34073.2]
TAX_2024 = [5811.0, 8012.5, 10634.6, 13137.2, 15828.7, 18927.2]


def long_layout():
    """One sheet in the long layout, cumulative values from 1-2月 on, two regions."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "数据"
    sheet.append(["地区", "指标", "计量单位", "期别", "本月止累计"])
    for region, scale in [("清溪镇", 1.0), ("东岭村", 0.1)]:
        for year, values in [(2023, TAX_2023), (2024, TAX_2024)]:
            for month, value in enumerate(values[1:], start=2):
                sheet.append([region, "税收收入", "万元", f"{year}年1-{month}月", round(value * scale, 1)])
    book.save("long.xlsx")
    # The same workbook as Excel 97–2003 (.xls), saved by LibreOffice headless (Debian libreoffice-calc).
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xls", "long.xlsx"], check=True,
                   capture_output=True)


def wide_dates(name, epoch):
    """The wide layout with real dates as period headers (shown yyyy-mm), a formula without a cached
    value, an error cell, and an empty second sheet."""
    book = openpyxl.Workbook()
    if epoch is not None:
        book.epoch = epoch
    sheet = book.active
    sheet.title = "月度"
    months = [datetime.datetime(2023, m, 1) for m in range(1, 13)] + [datetime.datetime(2024, 1, 1)]
    sheet.append(["地区", "指标", "计量单位"] + months)
    for column in range(4, 4 + len(months)):
        sheet.cell(row=1, column=column).number_format = "yyyy-mm"
    sheet.append(["清溪镇", "规上工业总产值", "万元"] + [60000 + 100 * m for m in range(12)] + [63000])
    # D3: a formula openpyxl stores without a cached value; E3: the error #DIV/0!.
    row = ["东岭村", "规上工业总产值", "万元", "=SUM(D2:E2)", "#DIV/0!"] + [6000 + 10 * m for m in range(2, 12)] + [6300]
    sheet.append(row)
    book.create_sheet("空表")
    book.save(name)


def merged_blocks():
    """A title merged across the table, region names merged down their blocks, a hidden row, a
    hidden sheet with a second table, and numbers stored as text."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "汇总"
    sheet.append(["青山镇2024年主要指标", None, None, None, None])
    sheet.merge_cells("A1:E1")
    sheet.append(["地区", "指标", "计量单位", "期别", "本月"])
    rows = [
        ("甲村", "税收收入", "万元", "2023-06", 100.0),
        (None, "税收收入", "万元", "2024-06", 110.0),
        ("乙村", "税收收入", "万元", "2023-06", 200.0),
        (None, "税收收入", "万元", "2024-06", "1,230.5"),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("A5:A6")
    sheet.row_dimensions[4].hidden = True
    hidden = book.create_sheet("备用")
    hidden.sheet_state = "hidden"
    hidden.append(["地区", "指标", "计量单位", "期别", "本月"])
    hidden.append(["丙村", "税收收入", "万元", "2024-06", 50.0])
    book.save("merged.xlsx")


def hand_written():
    """A workbook written without openpyxl, as other writers do: inline strings, a formula string,
    booleans, a number stored with 17 digits, cells without r attributes, prefixed tags."""
    sheet = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>地区</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>指标</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>计量单位</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>期别</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>本月</x:t></x:is></x:c></x:row>
<x:row r="2"><x:c r="A2" t="str"><x:f>"西"&amp;"山村"</x:f><x:v>西山村</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>工业</x:t></x:r><x:r><x:t>产值</x:t></x:r></x:is></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>万元</x:t></x:is></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>2023-06</x:t></x:is></x:c><x:c r="E2"><x:v>1357.9500000000001</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>西山村</x:t></x:is></x:c><x:c r="B4" t="inlineStr"><x:is><x:t>工业产值</x:t></x:is></x:c><x:c r="C4" t="inlineStr"><x:is><x:t>万元</x:t></x:is></x:c><x:c r="D4" t="inlineStr"><x:is><x:t>2024-06</x:t></x:is></x:c><x:c r="E4"><x:v>1.4937449999999999E3</x:v></x:c><x:c r="F4" t="b"><x:v>1</x:v></x:c></x:row>
</x:sheetData></x:worksheet>"""
    parts = {
        "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/s1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""",
        "_rels/.rels": """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
        "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet &amp; 1" sheetId="1" r:id="rId7"/></sheets></workbook>""",
        "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s1.xml"/></Relationships>""",
        "xl/worksheets/s1.xml": sheet,
    }
    with zipfile.ZipFile("hand-written.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)


def other_archives():
    """ZIP archives that are no Excel workbook: any ZIP, an OpenDocument spreadsheet, and the layout of an
    Apple Numbers document."""
    with zipfile.ZipFile("not-a-workbook.xlsx", "w") as archive:
        archive.writestr("a.txt", "x")
    # Apple Numbers documents are ZIP archives of .iwa files, Index/Document.iwa among them.
    with zipfile.ZipFile("sheet.numbers", "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00")
    with zipfile.ZipFile("sheet.ods", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")


def report_form_sheets():
    """The monthly 快报 as a township keeps it: one sheet per town, a title merged over the table, a
    单位 line, a two-level header (指标名称 and 计量单位 merged down two rows, 本月 over 本期 / 上年同月,
    1-6月 over 本年累计 / 上年同期 / 增长(%)), outline-numbered names."""
    book = openpyxl.Workbook()
    towns = [("青山镇", [("一、税收收入", "万元", 120.5, 110.0, 800.2, 700.1, 14.3),
                         ("其中：增值税", "万元", 60.0, 50.0, 400.0, 350.0, 14.3)]),
             ("清溪镇", [("一、税收收入", "万元", 98.0, 100.0, 600.0, 612.0, -2.0),
                         ("其中：增值税", "万元", 40.0, 41.0, 300.0, 290.0, 3.4)])]
    for index, (town, rows) in enumerate(towns):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = town
        sheet.append(["2024年主要经济指标快报"])
        sheet.merge_cells("A1:G1")
        sheet.append(["单位：万元"])
        sheet.append(["指标名称", "计量单位", "本月", None, "1-6月", None, None])
        sheet.append([None, None, "本期", "上年同月", "本年累计", "上年同期", "增长(%)"])
        for cells in ["A3:A4", "B3:B4", "C3:D3", "E3:G3"]:
            sheet.merge_cells(cells)
        for row in rows:
            sheet.append(list(row))
    book.save("report-form.xlsx")


def shared_strings():
    """Text as Excel stores it, in the shared-string table (openpyxl writes inline strings): a title
    with a semicolon and no comma in A1, a rich-text indicator name (工业 in bold, 产值 plain), strings
    repeated across rows and sheets."""
    book = xlsxwriter.Workbook("shared-strings.xlsx")
    bold = book.add_format({"bold": True})
    for name in ["一月", "二月"]:
        sheet = book.add_worksheet(name)
        sheet.write_string(0, 0, "2024年主要指标; 单位:万元")
        for column, text in enumerate(["地区", "指标", "计量单位", "期别", "本月"]):
            sheet.write_string(1, column, text)
        month = 1 if name == "一月" else 2
        rows = [("甲村", 10.5), ("乙村", 20.25)]
        for row, (region, value) in enumerate(rows, start=2):
            sheet.write_string(row, 0, region)
            sheet.write_rich_string(row, 1, bold, "工业", "产值")
            sheet.write_string(row, 2, "万元")
            sheet.write_string(row, 3, f"2024-0{month}")
            sheet.write_number(row, 4, value * month)
    book.close()


def one_bad_sheet():
    """shared-strings.xlsx with the second sheet's A3 referenced as row 99999999, beyond any sheet: that
    sheet is refused, the first still read."""
    with zipfile.ZipFile("shared-strings.xlsx") as source, zipfile.ZipFile(
        "one-bad-sheet.xlsx", "w", zipfile.ZIP_DEFLATED
    ) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b'r="A3"', b'r="A99999999"')
            target.writestr(item, data)


if __name__ == "__main__":
    long_layout()
    wide_dates("wide-dates-1900.xlsx", None)
    wide_dates("wide-dates-1904.xlsx", CALENDAR_MAC_1904)
    merged_blocks()
    hand_written()
    other_archives()
    report_form_sheets()
    shared_strings()
    one_bad_sheet()
