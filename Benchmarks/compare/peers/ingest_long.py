"""Peer of `tongbi ingest FILE` for the long layout: read the CSV and pivot it into a dense
[months x series] float64 matrix (one column per region and indicator), NaN for missing cells.

Usage: ingest_long.py pandas|polars|duckdb FILE
Prints the matrix shape and the count of values so that no work can be skipped.
"""

import sys

import numpy as np

KEYS = ["地区", "指标"]
PERIOD = "期别"
MISSING = ["", "*"]


def value_column(columns):
    """The value column: 本月 for monthly tables, 本月止累计 for year-to-date ones."""
    return "本月" if "本月" in columns else "本月止累计"


def with_pandas(path):
    import pandas as pd

    frame = pd.read_csv(path, na_values=MISSING, keep_default_na=False)
    values = value_column(frame.columns)
    wide = frame.pivot(index=PERIOD, columns=KEYS, values=values).sort_index()
    return wide.to_numpy(dtype=np.float64)


def with_polars(path):
    """read_csv, then each cell scattered to (dense rank of its month, dense rank of its series).

    `DataFrame.pivot` gives the same matrix but took 385 s for 16,000 output columns (4,000 regions x
    4 indicators) on the machine of RESULTS.md, against seconds for this; the scatter is what a polars
    user wanting a dense matrix writes.
    """
    import polars as pl

    frame = pl.read_csv(path, null_values=MISSING)
    values = value_column(frame.columns)
    cells = frame.select(
        (pl.col(PERIOD).rank("dense") - 1).alias("row"),
        (pl.concat_str(KEYS, separator="|").rank("dense") - 1).alias("column"),
        pl.col(values).cast(pl.Float64).fill_null(float("nan")).alias("value"),
    )
    rows = cells["row"].to_numpy().astype(np.int64)
    columns = cells["column"].to_numpy().astype(np.int64)
    matrix = np.full((int(rows.max()) + 1, int(columns.max()) + 1), np.nan)
    matrix[rows, columns] = cells["value"].to_numpy()
    return matrix


def with_duckdb(path):
    """read_csv in DuckDB, dense ranks of month and series computed in SQL, cells scattered into the
    matrix with numpy (as for polars; DuckDB's PIVOT to 16,000+ columns is not what anyone would use)."""
    import duckdb

    connection = duckdb.connect()
    columns = connection.sql(f"select * from read_csv('{path}', all_varchar = true) limit 0").columns
    values = value_column(columns)
    cells = connection.sql(f"""
        select dense_rank() over (order by "{PERIOD}") - 1 as row,
               dense_rank() over (order by "{KEYS[0]}", "{KEYS[1]}") - 1 as col,
               "{values}" as value
        from read_csv('{path}', nullstr = ['', '*'], types = {{'{values}': 'DOUBLE', '{PERIOD}': 'VARCHAR'}})
    """).fetchnumpy()
    rows = cells["row"].astype(np.int64)
    columns = cells["col"].astype(np.int64)
    matrix = np.full((int(rows.max()) + 1, int(columns.max()) + 1), np.nan)
    value = cells["value"]
    matrix[rows, columns] = np.ma.filled(value.astype(np.float64), np.nan) if np.ma.isMaskedArray(value) else value
    return matrix


def main():
    engine, path = sys.argv[1], sys.argv[2]
    matrix = {"pandas": with_pandas, "polars": with_polars, "duckdb": with_duckdb}[engine](path)
    print(f"{engine}: {matrix.shape[0]} months x {matrix.shape[1]} series, {int(np.isfinite(matrix).sum())} values")


if __name__ == "__main__":
    main()
