"""Writes a CSV table as a one-sheet .xlsx workbook (openpyxl, write-only mode): numbers as numbers,
everything else as text (inline strings: openpyxl writes no shared-string table, where Excel would).

Usage: csv_to_xlsx.py IN.csv OUT.xlsx
"""

import csv
import sys

import openpyxl


def cell(text):
    """The number a cell's text is, or the text."""
    try:
        return float(text) if any(c in text for c in ".eE") else int(text)
    except ValueError:
        return text


def main(source, target):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("数据")
    with open(source, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        sheet.append(next(reader))
        for row in reader:
            sheet.append([cell(text) for text in row])
    book.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
