#!/usr/bin/env bash
# Growth-table benchmark: tongbi against pandas and polars on the same long CSV, end to end
# (CSV on disk to CSV on disk), wall time and peak memory from /usr/bin/time.
#
#   Benchmarks/compare/run_growth_bench.sh REGIONS [WORKDIR]
#
# Needs: a release build (swift build -c release --product tongbi), python3, and a virtual environment
# with pandas and polars at $VENV (default /tmp/growth-venv: python3 -m venv /tmp/growth-venv &&
# /tmp/growth-venv/bin/pip install pandas polars). Set SKIP_PANDAS=1 for sizes where pandas would need
# more memory than the machine has (it takes about 16 GB at 40,000 regions).
set -euo pipefail
regions=${1:?number of regions}
work=${2:-/tmp/gbench}
venv=${VENV:-/tmp/growth-venv}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$work"
input="$work/long-$regions.csv"
[ -f "$input" ] || python3 "$here/make_long_csv.py" "$regions" "$input"
measure() { /usr/bin/time -f "$1 %e s wall, %U s user, %S s sys, %M KB peak" "${@:2}"; }
uptime
measure tongbi "$root/.build/release/tongbi" growth "$input" --format csv --output "$work/out-tongbi.csv"
measure polars "$venv/bin/python" "$here/peers/growth_polars.py" "$input" "$work/out-polars.csv"
if [ "${SKIP_PANDAS:-0}" != 1 ]; then
  measure pandas "$venv/bin/python" "$here/peers/growth_pandas.py" "$input" "$work/out-pandas.csv"
fi
python3 "$here/compare_outputs.py" "$work/out-tongbi.csv" "$work/out-polars.csv"
