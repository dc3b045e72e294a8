"""Loads a long panel CSV into a new DuckDB database file: CREATE TABLE AS SELECT from read_csv_auto.
Usage: csv_to_duckdb.py PANEL.csv STORE.duckdb"""
import sys

import duckdb

connection = duckdb.connect(sys.argv[2])
connection.execute("CREATE TABLE observations AS SELECT * FROM read_csv_auto(?)", [sys.argv[1]])
connection.close()
