"""Prints the comparison table from the runs file written by `run`.

Each input line: workload, tool, bytes of input (0 when MB/s does not apply), seconds, peak KB.
Output: per workload and tool the median seconds, MB/s, median peak MB, and peer/Tongbi ratio of
median seconds (how many times faster Tongbi is).
"""

import statistics
import sys
from collections import defaultdict


def main():
    runs = defaultdict(list)
    sizes = {}
    order = []
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            workload, tool, size, seconds, peak_kb = line.rstrip("\n").split("\t")
            key = (workload, tool)
            if key not in runs:
                order.append(key)
            runs[key].append((float(seconds), int(peak_kb)))
            sizes[key] = int(size)
    header = f"| {'workload':<24} | {'tool':<7} | {'runs':>4} | {'median s':>9} | {'MB/s':>7} | {'peak MB':>8} | {'peer/Tongbi':>11} |"
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for workload, tool in order:
        samples = runs[(workload, tool)]
        seconds = statistics.median(s for s, _ in samples)
        peak = statistics.median(k for _, k in samples) / 1024
        size = sizes[(workload, tool)]
        rate = f"{size / 1e6 / seconds:.1f}" if size and seconds > 0 else "-"
        tongbi = runs.get((workload, "tongbi"))
        if tool == "tongbi" or not tongbi:
            ratio = "-"
        else:
            base = statistics.median(s for s, _ in tongbi)
            ratio = f"{seconds / base:.2f}" if base > 0 else "-"
        print(f"| {workload:<24} | {tool:<7} | {len(samples):>4} | {seconds:>9.3f} | {rate:>7} | {peak:>8.1f} | {ratio:>11} |")


if __name__ == "__main__":
    main()
