"""The growth table written as an .xlsx workbook by Python's XlsxWriter in constant-memory mode, as a
Python user would write it: the table's CSV (`tongbi growth --format csv`) read row by row with the csv
module, numbers written as numbers in the numeric columns, text elsewhere, 1,048,575 rows a sheet.

    python growth_csv_to_xlsx.py GROWTH.csv OUT.xlsx
"""
import csv
import sys

import xlsxwriter

TEXT_COLUMNS = {"region", "indicator", "period", "unit", "note"}
ROWS_PER_SHEET = 1_048_575


def main(source, target):
    book = xlsxwriter.Workbook(target, {"constant_memory": True})
    with open(source, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        numeric = [key not in TEXT_COLUMNS for key in header]
        sheet = None
        row_number = ROWS_PER_SHEET
        sheets = 0
        for row in rows:
            if row_number == ROWS_PER_SHEET:
                sheets += 1
                sheet = book.add_worksheet("growth" if sheets == 1 else f"growth ({sheets})")
                sheet.write_row(0, 0, header)
                row_number = 0
            row_number += 1
            for column, cell in enumerate(row):
                if cell == "":
                    continue
                if numeric[column]:
                    sheet.write_number(row_number, column, float(cell))
                else:
                    sheet.write_string(row_number, column, cell)
    book.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
