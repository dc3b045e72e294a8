"""Peer of `tongbi ingest BOOK.xlsx`: read every cell of the first sheet into Python values.

Usage: xlsx_read.py calamine|openpyxl BOOK.xlsx
Prints the row count and the sum of the numeric cells so that no work can be skipped.
"""

import sys


def with_calamine(path):
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()


def with_openpyxl(path):
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def main(tool, path):
    rows = {"calamine": with_calamine, "openpyxl": with_openpyxl}[tool](path)
    total = sum(v for row in rows for v in row if isinstance(v, (int, float)) and not isinstance(v, bool))
    print(f"{len(rows)} rows, numeric sum {total:.6g}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
