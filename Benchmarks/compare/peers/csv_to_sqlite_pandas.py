"""Loads a long panel CSV into SQLite the way a pandas user would: read_csv, then to_sql into a new
database (one table, no index). Usage: csv_to_sqlite_pandas.py PANEL.csv STORE.db"""
import sqlite3
import sys

import pandas as pd

frame = pd.read_csv(sys.argv[1])
with sqlite3.connect(sys.argv[2]) as connection:
    frame.to_sql("observations", connection, index=False, chunksize=100_000)
