#!/usr/bin/env python3
"""Forecast accuracy per monthly set (h = 18): sMAPE (M4 definition, mean over horizons 1-18, then over series)
and MASE (scaled by the in-sample seasonal naive error, m = 12) of tongbi's methods, statsforecast's AutoETS
and AutoARIMA, and R's ets, auto.arima, thetaf and their equal-weight mean ("R comb"), on the series every
source forecast; also each tool's fit seconds.

Sets (../shared/data/monthly-series/, see its README for provenance):
  m1          the M1 training file, scored on its test file (617 series)
  r-datasets  \\
  tsdl         > the last 18 months of each series are held out; the training part is at most the last 240
  fpp         /  months before them; series with fewer than 60 + 18 values are left out

Repeated series: a series whose values equal an earlier series' in the same set (TSDL holds 19 such pairs,
r-datasets one) is forecast but scored once, under the earlier name; M1 is scored as published.

Missing values: leading and trailing NAs are dropped; a series with an NA inside keeps only the stretch after
its last NA (left out when that is shorter than 78 values). Dates in year 0001 onwards (synthetic: the start
year is unknown; 15 M1 series, 14 TSDL series) are moved forward by 1900 years, as m1_accuracy.py does: tongbi
and pandas read only calendar years, and the position in the year, all that the methods use, is unchanged.
Twelve TSDL series label January as month 13 of the year before (`1978-13-01` between 1978-12 and 1979-02, an
artefact of their conversion; the meta file's start months are right): those dates become January of the next
year (tongbi would otherwise reject those rows, month 13 being out of range, and model the series as having
no January).

Run from the package root (tongbi release binary from `swift build -c release`, copied anywhere):
  python3 Benchmarks/compare/per_set_accuracy.py --tongbi .build/release/tongbi
  python3 Benchmarks/compare/per_set_accuracy.py --sets r-datasets,tsdl,fpp --methods ets,arima --peers statsforecast,r

Each tongbi method is one `tongbi forecast TRAIN --horizon 18 --method M --threads 1` process over the set's
training file (written to a temporary folder); its seconds are that process's wall time. statsforecast runs
in Benchmarks/compare/.venv (one thread, n_jobs=1; a warm-up fit of one series first, so numba's compilation
is excluded) and R runs `Rscript` (forecast package; each fit timed with system.time); their seconds are the
in-process fit times. All run with OPENBLAS/OMP/MKL/NUMBA_NUM_THREADS=1.

Peer forecasts are cached in --cache DIR (default Benchmarks/compare/data/per_set_cache, git-ignored), one CSV
per set and peer, named by a digest of the training file, so reruns do not refit them (R's auto.arima takes a
second or more per series). For M1 the committed peers/m1_r_forecasts.csv (R's three) and
peers/m1_statsforecast.csv (AutoETS) are used; their fit times were not recorded, so those cells are empty.
tongbi is always rerun.
"""
import argparse, csv, hashlib, math, os, platform, re, shutil, subprocess, sys, tempfile, time
from collections import defaultdict

from monthly_sets import after_last_gap, calendar, mase, read_long, smape

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "../../../shared/data/monthly-series/")
SETS = {"m1": "m1-monthly-train.csv", "r-datasets": "r-datasets-monthly.csv", "tsdl": "tsdl-monthly.csv",
        "fpp": "fpp-monthly.csv"}
H, SEASON, MAX_TRAIN, MIN_TRAIN = 18, 12, 240, 60
ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                                     "NUMBA_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")}
R_METHODS = ["ets", "auto.arima", "thetaf"]
SF_MODELS = ["AutoETS", "AutoARIMA"]

R_CODE = r"""
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1], colClasses = c("character", "character", "numeric"))
h <- as.integer(args[2])
methods <- strsplit(args[3], ",")[[1]]
ids <- unique(train$series_id)
values <- split(train$value, factor(train$series_id, levels = ids))
seconds <- setNames(numeric(length(methods)), methods)
cat(sprintf("# %s, forecast %s\n", R.version.string, packageVersion("forecast")))
cat("series_id,method,step,mean\n")
for (id in ids) {
  y <- ts(values[[id]], frequency = 12)
  for (method in methods) {
    elapsed <- system.time(f <- tryCatch(switch(method,
      ets = forecast(ets(y), h = h)$mean,
      auto.arima = forecast(auto.arima(y), h = h)$mean,
      thetaf = thetaf(y, h = h)$mean), error = function(e) rep(NA, h)))[["elapsed"]]
    seconds[[method]] <- seconds[[method]] + elapsed
    cat(sprintf("%s,%s,%d,%.10g\n", id, method, 1:h, as.numeric(f)), sep = "")
  }
}
cat(sprintf("# fit_seconds,%s,%.3f,%d\n", methods, seconds, length(ids)), sep = "")
"""


# ---------------------------------------------------------------- data

def prepare(name):
    """(train, test, dropped): train id -> [(date, value)], test id -> [values]; dropped reason -> [ids]."""
    dropped = defaultdict(list)
    raw = read_long(os.path.join(DATA, SETS[name]))
    train, test = {}, {}
    if name == "m1":
        future = read_long(os.path.join(DATA, "m1-monthly-test.csv"))
        for sid, points in raw.items():
            train[sid] = [(calendar(d), v) for d, v in points]
            test[sid] = [v for _, v in future[sid]]
        return train, test, dropped
    first = {}
    for sid, points in raw.items():
        cut = after_last_gap(points)
        if len(cut) < MIN_TRAIN + H and cut and cut[0] is not points[0]:
            dropped["fewer than 78 values after the last missing value"].append(sid)
            continue
        points = cut
        if len(points) < MIN_TRAIN + H:
            dropped["fewer than 78 values"].append(sid)
            continue
        train[sid] = [(calendar(d), v) for d, v in points[:-H][-MAX_TRAIN:]]
        values = tuple(v for _, v in points)
        if values in first:
            dropped["the same values as an earlier series (forecast, not scored)"].append(f"{sid} = {first[values]}")
            continue
        first[values] = sid
        test[sid] = [v for _, v in points[-H:]]
    return train, test, dropped


def write_long(train, path):
    """train id -> [(date, value)] as a long CSV; a None value is written `*`, as offices redact."""
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["series_id", "date", "value"])
        for sid, points in train.items():
            for date, value in points:
                writer.writerow([sid, date, "*" if value is None else repr(value)])


def digest(path, *extra):
    h = hashlib.sha256(open(path, "rb").read())
    for item in extra:
        h.update(str(item).encode())
    return h.hexdigest()[:12]


# ---------------------------------------------------------------- scores

# ---------------------------------------------------------------- tools

def run_tongbi(binary, method, train_path, threads):
    start = time.perf_counter()
    done = subprocess.run([binary, "forecast", train_path, "--horizon", str(H), "--method", method,
                           "--threads", str(threads)], capture_output=True, text=True, env={**os.environ, **ONE_THREAD})
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        print(f"  tongbi {method} failed ({done.returncode}): {done.stderr.strip()[:500]}", file=sys.stderr)
        return {}, seconds, {}
    means, notes = defaultdict(list), {}
    for row in csv.DictReader(done.stdout.splitlines()):
        if row["mean"]:
            means[row["indicator"]].append(float(row["mean"]))
        if row["note"]:
            notes[row["indicator"]] = row["note"]
    if done.stderr.strip():
        print(f"  tongbi {method} stderr: {done.stderr.strip()[:300]}", file=sys.stderr)
    return means, seconds, notes


def read_peer_csv(path, prefix="", rename=None):
    """A forecasts CSV `series_id,method,step,mean` (# lines: comments; `# fit_seconds,METHOD,SECONDS,N`)."""
    out, seconds = defaultdict(lambda: defaultdict(list)), {}
    with open(path) as f:
        lines = []
        for line in f:
            if line.startswith("# fit_seconds,"):
                _, method, secs, _ = line.strip().split(",")
                seconds[prefix + (rename or {}).get(method, method)] = float(secs)
            elif not line.startswith("#"):
                lines.append(line)
    for row in csv.DictReader(lines):
        value = float("nan") if row["mean"] in ("NA", "", "nan") else float(row["mean"])
        out[prefix + (rename or {}).get(row["method"], row["method"])][row["series_id"]].append(value)
    return out, seconds


def cached(cache, name, make):
    """The cache file `name`, made by make(partial_path) when absent (written under .part, then renamed)."""
    path = os.path.join(cache, name)
    if os.path.exists(path):
        print(f"  cached: {path}", file=sys.stderr)
        return path
    partial = path + ".part"
    make(partial)
    os.replace(partial, path)
    return path


def run_r(train_path, methods, out_path):
    with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False) as script:
        script.write(R_CODE)
    start = time.perf_counter()
    with open(out_path, "w") as out:
        subprocess.run(["Rscript", script.name, train_path, str(H), ",".join(methods)], stdout=out, check=True,
                       env={**os.environ, **ONE_THREAD})
    os.remove(script.name)
    print(f"  R {','.join(methods)}: {time.perf_counter() - start:.1f} s whole process", file=sys.stderr)


def run_statsforecast(python, train_path, models, out_path):
    start = time.perf_counter()
    subprocess.run([python, os.path.abspath(__file__), "--statsforecast-worker", train_path, out_path,
                    ",".join(models)], check=True, env={**os.environ, **ONE_THREAD})
    print(f"  statsforecast {','.join(models)}: {time.perf_counter() - start:.1f} s whole process", file=sys.stderr)


def statsforecast_worker(train_path, out_path, models):
    """Runs in the peers' venv: AutoETS / AutoARIMA (season 12, n_jobs=1), fit time after a warm-up fit."""
    import warnings
    warnings.filterwarnings("ignore", message="Having 3 or more differencing operations")
    import pandas as pd
    import statsforecast
    from statsforecast import StatsForecast
    from statsforecast.models import AutoARIMA, AutoETS
    make = {"AutoETS": lambda: AutoETS(season_length=SEASON), "AutoARIMA": lambda: AutoARIMA(season_length=SEASON)}
    frame = pd.read_csv(train_path, dtype={"series_id": str, "date": str})
    data = pd.DataFrame({"unique_id": frame["series_id"], "ds": pd.to_datetime(frame["date"]),
                         "y": frame["value"].astype(float)})
    ids = list(dict.fromkeys(data["unique_id"]))
    with open(out_path, "w", newline="") as f:
        f.write(f"# statsforecast {statsforecast.__version__}, pandas {pd.__version__}\n")
        writer = csv.writer(f)
        writer.writerow(["series_id", "method", "step", "mean"])
        fit_lines = []
        for name in models:
            StatsForecast(models=[make[name]()], freq="MS", n_jobs=1).forecast(df=data[data["unique_id"] == ids[0]], h=H)
            start = time.perf_counter()
            try:
                forecasts = StatsForecast(models=[make[name]()], freq="MS", n_jobs=1).forecast(df=data, h=H)
                forecasts = forecasts.reset_index() if "unique_id" not in forecasts.columns else forecasts
                per_series = {sid: list(group.sort_values("ds")[name]) for sid, group in forecasts.groupby("unique_id")}
            except Exception as error:  # one bad series fails the batch: fit one at a time instead
                print(f"statsforecast {name}: batch failed ({error}); fitting series one at a time", file=sys.stderr)
                per_series = {}
                for sid in ids:
                    try:
                        one = StatsForecast(models=[make[name]()], freq="MS", n_jobs=1).forecast(
                            df=data[data["unique_id"] == sid], h=H)
                        per_series[sid] = list(one[name])
                    except Exception as e:
                        print(f"statsforecast {name} {sid}: {e}", file=sys.stderr)
            seconds = time.perf_counter() - start
            fit_lines.append(f"# fit_seconds,statsforecast {name},{seconds:.3f},{len(ids)}\n")
            print(f"statsforecast {name}: fit_seconds={seconds:.2f} series={len(ids)}", file=sys.stderr)
            for sid in ids:
                for step, value in enumerate(per_series.get(sid, []), 1):
                    writer.writerow([sid, "statsforecast " + name, step, repr(float(value))])
        f.writelines(fit_lines)


# ---------------------------------------------------------------- main

def table(title, rows, counts):
    print(f"\n### {title}\n")
    print(counts + "\n")
    print("| tool | sMAPE | MASE | fit seconds | ms/series |")
    print("|---|---:|---:|---:|---:|")
    for name, s, q, secs, n in rows:
        per = "" if secs is None or not n else f"{1000 * secs / n:.1f}"
        print(f"| {name} | {s:.3f} | {q:.3f} | {'' if secs is None else f'{secs:.2f}'} | {per} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tongbi", default=".build/release/tongbi", help="tongbi binary (default .build/release/tongbi)")
    parser.add_argument("--methods", default="ets,arima,theta,comb,auto", help="tongbi methods")
    parser.add_argument("--threads", type=int, default=1, help="tongbi --threads (default 1)")
    parser.add_argument("--sets", default="m1,r-datasets,tsdl,fpp")
    parser.add_argument("--peers", default="statsforecast,r", help="statsforecast, r, or both (comma-separated)")
    parser.add_argument("--cache", default=os.path.join(HERE, "data/per_set_cache"))
    parser.add_argument("--python", default=os.path.join(HERE, ".venv/bin/python"), help="python with statsforecast")
    parser.add_argument("--m1-r", default=os.path.join(HERE, "peers/m1_r_forecasts.csv"),
                        help="R forecasts for M1 (empty: fit them)")
    parser.add_argument("--m1-statsforecast", default=os.path.join(HERE, "peers/m1_statsforecast.csv"),
                        help="statsforecast AutoETS forecasts for M1 (empty: fit them)")
    args = parser.parse_args()
    peers = [p for p in args.peers.split(",") if p]
    os.makedirs(args.cache, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="per_set_accuracy-")

    print("# Forecast accuracy per monthly set, h = 18\n")
    print("command: `" + " ".join(["python3"] + [os.path.relpath(sys.argv[0])] + sys.argv[1:]) + "`  ")
    model = next((line.split(":", 1)[1].strip() for line in subprocess.run(
        ["lscpu"], capture_output=True, text=True).stdout.splitlines() if line.startswith("Model name")), "?")
    print(f"machine: {os.cpu_count()} cores ({model}), {platform.system()} {platform.release()}, "
          f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}  ")
    print("tongbi: " + " / ".join(subprocess.run([args.tongbi, "--version"], capture_output=True,
                                                 text=True).stdout.strip().splitlines()) + "  ")
    versions_printed = set()

    pooled = defaultdict(lambda: {"smape": [], "mase": []})
    pooled_seconds, pooled_series = defaultdict(float), defaultdict(int)
    pooled_counts = []
    order = []
    for name in args.sets.split(","):
        print(f"[{name}] preparing", file=sys.stderr)
        train, test, dropped = prepare(name)
        train_path = os.path.join(tmp, name + "-train.csv")
        write_long(train, train_path)
        key = digest(train_path, H)
        sources, seconds, notes = {}, {}, {}
        for method in args.methods.split(","):
            print(f"[{name}] tongbi {method}", file=sys.stderr)
            means, secs, note = run_tongbi(args.tongbi, method, train_path, args.threads)
            sources["tongbi " + method], seconds["tongbi " + method], notes["tongbi " + method] = means, secs, note
        peer_files = []
        if "statsforecast" in peers:
            models = SF_MODELS
            if name == "m1" and args.m1_statsforecast:
                peer_files.append(args.m1_statsforecast)
                models = [m for m in SF_MODELS if m != "AutoETS"]
            print(f"[{name}] statsforecast {','.join(models)}", file=sys.stderr)
            peer_files.append(cached(args.cache, f"{name}-statsforecast-{'-'.join(models)}-{key}.csv",
                                     lambda p: run_statsforecast(args.python, train_path, models, p)))
        if "r" in peers:
            if name == "m1" and args.m1_r:
                peer_files.append(args.m1_r)
            else:
                print(f"[{name}] R {','.join(R_METHODS)} (slow)", file=sys.stderr)
                peer_files.append(cached(args.cache, f"{name}-r-{key}.csv",
                                         lambda p: run_r(train_path, R_METHODS, p)))
        for path in peer_files:
            with open(path) as f:
                first = f.readline().strip()
            if first.startswith("#") and first not in versions_printed:
                versions_printed.add(first)
                print(f"peer: {first[1:].strip()} (`{os.path.relpath(path)}`)  ")
            is_r = "R version" in first
            table_, secs = read_peer_csv(path, prefix="R " if is_r else "")
            sources.update(table_)
            seconds.update(secs)
        if all("R " + m in sources for m in R_METHODS):
            comb = {}
            for sid in train:
                parts = [sources["R " + m].get(sid, []) for m in R_METHODS]
                if all(len(p) == H for p in parts):
                    comb[sid] = [sum(v) / 3 for v in zip(*parts)]
            sources["R comb"] = comb
            if all("R " + m in seconds for m in R_METHODS):
                seconds["R comb"] = sum(seconds["R " + m] for m in R_METHODS)

        def complete(src, sid):
            values = src.get(sid, [])
            return len(values) == H and all(math.isfinite(v) for v in values)

        missing = {tool: [sid for sid in test if not complete(src, sid)] for tool, src in sources.items()}
        common = [sid for sid in test if all(complete(src, sid) for src in sources.values())]
        lines = [f"{len(common)} series scored"]
        prepared_out = sum(len(v) for v in dropped.values())
        lines.append(f"of {len(test) + prepared_out} in the set")
        reasons = [f"{len(v)} with {reason}" for reason, v in dropped.items()]
        reasons += [f"{len(v)} not forecast by {tool} ({', '.join(v[:4])}{', …' if len(v) > 4 else ''})"
                    for tool, v in missing.items() if v]
        counts = ", ".join(lines) + (("; left out: " + "; ".join(reasons)) if reasons else "; none left out") + "."
        for tool, by_series in notes.items():
            kinds = defaultdict(int)
            for sid, note in by_series.items():
                if sid in test:
                    kinds[re.sub(r"\d+", "N", note)] += 1
            if kinds:
                counts += f" {tool} notes: " + "; ".join(f"{n} × \"{k}\"" for k, n in sorted(kinds.items())) + "."
        nonpositive = sum(1 for s in common if min(v for _, v in train[s]) <= 0 or min(test[s]) <= 0)
        if nonpositive:
            counts += f" {nonpositive} scored series have values <= 0 (their sMAPE can reach 200)."
        lengths = sorted(len(train[s]) for s in common)
        if lengths:
            counts += f" Training lengths {lengths[0]}-{lengths[-1]} (median {lengths[len(lengths) // 2]})."
        rows = []
        for tool, src in sources.items():
            s = [smape(test[k], src[k]) for k in common]
            q = [v for v in (mase([v for _, v in train[k]], test[k], src[k]) for k in common) if not math.isnan(v)]
            if not s:
                continue
            rows.append((tool, sum(s) / len(s), sum(q) / len(q) if q else float("nan"), seconds.get(tool), len(train)))
            pooled[tool]["smape"] += s
            pooled[tool]["mase"] += q
            if tool not in order:
                order.append(tool)
            if seconds.get(tool) is not None:
                pooled_seconds[tool] += seconds[tool]
                pooled_series[tool] += len(train)
        table(f"{name} ({len(common)} series)", rows, counts)
        pooled_counts.append(f"{name} {len(common)}")

    rows = []
    for tool in order:
        s, q = pooled[tool]["smape"], pooled[tool]["mase"]
        # fit seconds are pooled only over the sets where they are known (not M1's committed peer files)
        secs = pooled_seconds.get(tool)
        rows.append((tool, sum(s) / len(s), sum(q) / len(q) if q else float("nan"), secs, pooled_series.get(tool)))
    total = sum(int(c.split()[-1]) for c in pooled_counts)
    table(f"pooled ({total} series)", rows,
          f"{total} series: {', '.join(pooled_counts)} (each series weighs the same). A tool missing from some set "
          "is pooled over the series it was scored on; fit seconds and ms/series are over the sets "
          "where they were measured (not M1's committed peer forecasts).")
    print("\nsMAPE: M4 definition, percent. MASE: seasonal naive (m = 12) in-sample scale over the training part "
          "each tool saw (series with a zero scale are left out of MASE only). tongbi seconds: whole process "
          "(start, reading, fitting, writing); peer seconds: in-process fit time only.")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--statsforecast-worker":
        statsforecast_worker(sys.argv[2], sys.argv[3], sys.argv[4].split(","))
    else:
        main()
