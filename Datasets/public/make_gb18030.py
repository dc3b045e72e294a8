#!/usr/bin/env python3
"""Re-encode china-retail-sales-2012-2018.csv (UTF-8, CRLF) as GB18030.

Only the encoding changes: same characters, same CRLF line ends, no BOM.
Run: python3 Datasets/public/make_gb18030.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "china-retail-sales-2012-2018.csv")
TARGET = os.path.join(HERE, "china-retail-sales-2012-2018-gb18030.csv")

with open(SOURCE, "rb") as f:
    text = f.read().decode("utf-8")
with open(TARGET, "wb") as f:
    f.write(text.encode("gb18030"))
