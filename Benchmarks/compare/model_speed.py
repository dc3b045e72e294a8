#!/usr/bin/env python3
"""Automatic ARIMA or ETS speed, one thread each, on the same real monthly series: tongbi `--method arima`, R's
`auto.arima` + `forecast(h = 18)` and statsforecast's `AutoARIMA(season_length=12)`; or, with --method ets,
tongbi `--method ets`, R's `ets` + `forecast(h = 18)` and statsforecast's `AutoETS(season_length=12)`.

Series (../shared/data/monthly-series/, see its README): every M1 training series of 60-150 months, and every
r-datasets, TSDL and fpp series with at least 60 values, cut to its last 120 values when longer; --series N
(default 200) of them drawn with random.Random(--seed) and kept in file order. R is slow (about a second a
series for auto.arima, half a second for ets), so it is timed on --r-series K (default 50) of those N, every
(N/K)-th; tongbi is also timed on those K. Dates: year 0001 onwards (synthetic; M1 and TSDL) moved forward 1900
years, and TSDL's month 13 (January, mislabelled) made January of the next year, as per_set_accuracy.py does; a
series with a missing value keeps only the stretch after its last one.

What is timed (each tool with OPENBLAS/OMP/MKL/NUMBA_NUM_THREADS=1), METHOD being arima or ets (--method,
default arima) and MODEL its statsforecast model, AutoARIMA or AutoETS:
  tongbi         the whole process `tongbi forecast FILE --horizon 18 --method METHOD --threads 1` (start,
                 reading, fits, forecasts and intervals, CSV out), wall seconds; and again with `--level none`
                 (point forecasts only: what statsforecast computes here; tongbi's ETS intervals come
                 from 2,000 simulated paths, for a combination of models or a model with multiplicative
                 errors, about half its time)
  statsforecast  in-process `StatsForecast([MODEL(season_length=12)], freq="MS", n_jobs=1).forecast(h=18)`
                 (no `level`: point forecasts only) over all N series, after a warm-up fit of one series (numba's compilation excluded)
  R              system.time around the loop of auto.arima (or ets) + forecast(h = 18) over the K series (R's
                 start, library load and reading excluded); both with their defaults (ets: every model R
                 allows, damped or not, by AICc)
The peers' whole-process wall times are printed too. Runs alternate tongbi, statsforecast, R (--runs, default
1); a ratio is the peer's seconds per series over tongbi's seconds per series in the same run (median over
runs; > 1: tongbi is faster), against tongbi on all N series and against tongbi on R's K series.
Also printed, on the K series: for arima, how often tongbi's chosen orders (p,d,q)(P,D,Q) equal R's
(`as.character(fit)`); for ets, how often tongbi's leading model (the member with the largest Akaike weight,
first in its `method` column, e.g. ETS(M,Ad,M) in `ETS(M,Ad,M) 0.71 + ETS(A,Ad,A) 0.29`) equals R's
`fit$method`, and how often the two agree on an undamped additive trend ETS(.,A,.), which tongbi's ETS takes
only when it beats the damped leader by more than 2 AICc units (`AutoETS`).
statsforecast's models are not compared.

--accuracy: each tool also forecasts every series from all but its last 18 values (untimed) and is scored on
those 18: sMAPE (M4 definition) and MASE (seasonal naive scale, m = 12), on the N series and on R's K.

Run from the package root (tongbi from `swift build -c release`, copied anywhere):
  python3 Benchmarks/compare/model_speed.py --tongbi .build/release/tongbi
  python3 Benchmarks/compare/model_speed.py --series 200 --r-series 30 --runs 3 --accuracy
  python3 Benchmarks/compare/model_speed.py --method ets --r-series 50 --runs 3
"""
import argparse, csv, math, os, platform, random, re, statistics, subprocess, sys, tempfile, time
from collections import defaultdict

from monthly_sets import after_last_gap, calendar, mase, read_long, smape

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "../../../shared/data/monthly-series/")
H, SEASON, MIN_LENGTH, M1_MAX, CUT = 18, 12, 60, 150, 120
ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                                     "NUMBA_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")}
# --method: title, statsforecast model, R function
METHODS = {"arima": ("Automatic ARIMA", "AutoARIMA", "auto.arima"),
           "ets": ("Automatic ETS", "AutoETS", "ets")}

R_CODE = r"""
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1], colClasses = c("character", "character", "numeric"))
h <- as.integer(args[2])
method <- args[3]
ids <- unique(train$series_id)
values <- split(train$value, factor(train$series_id, levels = ids))
series <- lapply(ids, function(id) ts(values[[id]], frequency = 12))
means <- vector("list", length(ids))
models <- character(length(ids))
elapsed <- system.time(for (i in seq_along(ids)) {
  r <- tryCatch({
    fit <- if (method == "ets") ets(series[[i]]) else auto.arima(series[[i]])
    list(forecast(fit, h = h)$mean, if (method == "ets") fit$method else as.character(fit))
  }, error = function(e) list(rep(NA, h), paste("error:", gsub("[\",\n]", " ", conditionMessage(e)))))
  means[[i]] <- r[[1]]
  models[i] <- r[[2]]
})[["elapsed"]]
cat(sprintf("# %s, forecast %s\n", R.version.string, packageVersion("forecast")))
cat(sprintf("# fit_seconds,%.3f,%d\n", elapsed, length(ids)))
cat("series_id,model,step,mean\n")
for (i in seq_along(ids)) cat(sprintf("%s,\"%s\",%d,%.10g\n", ids[i], models[i], 1:h, as.numeric(means[[i]])), sep = "")
"""


# ---------------------------------------------------------------- series

def candidates():
    """[(set, id, [(date, value)])] in a fixed order: M1 training series of 60-150 months, then the other
    sets' series with at least 60 values (after the last missing value), cut to their last 120."""
    pool = []
    for sid, points in read_long(os.path.join(DATA, "m1-monthly-train.csv")).items():
        if MIN_LENGTH <= len(points) <= M1_MAX:
            pool.append(("m1", sid, [(calendar(d), v) for d, v in points]))
    for name in ("r-datasets", "tsdl", "fpp"):
        for sid, points in read_long(os.path.join(DATA, f"{name}-monthly.csv")).items():
            points = after_last_gap(points)
            if len(points) >= MIN_LENGTH:
                pool.append((name, sid, [(calendar(d), v) for d, v in points[-CUT:]]))
    return pool


def write_long(rows, path, drop_last=0):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["series_id", "date", "value"])
        for _, sid, points in rows:
            for date, value in points[:len(points) - drop_last]:
                writer.writerow([sid, date, repr(value)])


# ---------------------------------------------------------------- tools

def comments(path):
    """`# fit_seconds,SECONDS,N` and other `#` lines of a peer's output."""
    seconds, lines = None, []
    for line in open(path):
        if line.startswith("# fit_seconds,"):
            seconds = float(line.split(",")[1])
        elif line.startswith("#"):
            lines.append(line[1:].strip())
    return seconds, lines


def read_forecasts(path, id_column, mean_column="mean", model_column=None):
    means, models = defaultdict(list), {}
    with open(path) as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            if row[mean_column] in ("", "NA", "nan"):
                continue
            means[row[id_column]].append(float(row[mean_column]))
            if model_column:
                models[row[id_column]] = row[model_column]
    return means, models


def run_tongbi(binary, method, path, out, extra=()):
    start = time.perf_counter()
    with open(out, "w") as f:
        done = subprocess.run([binary, "forecast", path, "--horizon", str(H), "--method", method, "--threads", "1",
                               *extra],
                              stdout=f, stderr=subprocess.PIPE, text=True, env={**os.environ, **ONE_THREAD})
    wall = time.perf_counter() - start
    if done.returncode != 0 or done.stderr.strip():
        print(f"tongbi ({done.returncode}): {done.stderr.strip()[:500]}", file=sys.stderr)
    return wall


def run_statsforecast(python, method, path, out):
    start = time.perf_counter()
    subprocess.run([python, os.path.abspath(__file__), "--statsforecast-worker", method, path, out], check=True,
                   env={**os.environ, **ONE_THREAD})
    return time.perf_counter() - start, comments(out)[0]


def run_r(script, method, path, out):
    start = time.perf_counter()
    with open(out, "w") as f:
        subprocess.run(["Rscript", script, path, str(H), method], stdout=f, check=True,
                       env={**os.environ, **ONE_THREAD})
    return time.perf_counter() - start, comments(out)[0]


def statsforecast_worker(method, path, out):
    """Runs in the peers' venv."""
    import warnings
    warnings.filterwarnings("ignore", message="Having 3 or more differencing operations")
    import numpy
    import pandas as pd
    import statsforecast
    from statsforecast import StatsForecast
    import statsforecast.models
    name = METHODS[method][1]
    Model = getattr(statsforecast.models, name)
    frame = pd.read_csv(path, dtype={"series_id": str, "date": str})
    data = pd.DataFrame({"unique_id": frame["series_id"], "ds": pd.to_datetime(frame["date"]),
                         "y": frame["value"].astype(float)})
    first = data[data["unique_id"] == data["unique_id"].iloc[0]]
    StatsForecast(models=[Model(season_length=SEASON)], freq="MS", n_jobs=1).forecast(df=first, h=H)
    start = time.perf_counter()
    forecasts = StatsForecast(models=[Model(season_length=SEASON)], freq="MS", n_jobs=1).forecast(df=data, h=H)
    seconds = time.perf_counter() - start
    forecasts = forecasts.reset_index() if "unique_id" not in forecasts.columns else forecasts
    with open(out, "w", newline="") as f:
        f.write(f"# statsforecast {statsforecast.__version__}, numpy {numpy.__version__}, pandas {pd.__version__}\n")
        f.write(f"# fit_seconds,{seconds:.4f},{data['unique_id'].nunique()}\n")
        forecasts[["unique_id", "ds", name]].rename(columns={name: "mean"}).to_csv(f, index=False)


# ---------------------------------------------------------------- scores

def orders(model):
    match = re.search(r"\(\d+,\d+,\d+\)(\(\d+,\d+,\d+\))?", model or "")
    return match.group(0) if match else None


def ets_model(model):
    """ETS(E,T,S) as R's fit$method writes it, or the first (largest-weight) member of tongbi's `method` column
    (`ETS(M,Ad,M) 0.71 + ETS(A,Ad,A) 0.29`, or one model alone); None for anything else."""
    match = re.match(r"ETS\([AM],(N|A|Ad),[NAM]\)", (model or "").strip())
    return match.group(0) if match else None


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--method", choices=sorted(METHODS), default="arima", help="tongbi method (default arima)")
    parser.add_argument("--tongbi", default=".build/release/tongbi", help="tongbi binary (default .build/release/tongbi)")
    parser.add_argument("--series", type=int, default=200, help="series N (default 200)")
    parser.add_argument("--r-series", type=int, default=50, help="of those, R's K (default 50)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--accuracy", action="store_true", help="also score forecasts of the last 18 months")
    parser.add_argument("--python", default=os.path.join(HERE, ".venv/bin/python"), help="python with statsforecast")
    parser.add_argument("--keep", help="keep the input and output files in this folder")
    args = parser.parse_args()

    pool = candidates()
    n = min(args.series, len(pool))
    chosen = sorted(random.Random(args.seed).sample(range(len(pool)), n))
    rows = [pool[i] for i in chosen]
    k = min(args.r_series, n)
    r_rows = [rows[i * n // k] for i in range(k)]
    title, sf_name, r_name = METHODS[args.method]
    work = args.keep or tempfile.mkdtemp(prefix="model_speed-")
    os.makedirs(work, exist_ok=True)
    files = {"all": os.path.join(work, "series.csv"), "r": os.path.join(work, "series-r.csv")}
    write_long(rows, files["all"])
    write_long(r_rows, files["r"])
    r_script = os.path.join(work, "model_speed.R")
    open(r_script, "w").write(R_CODE)

    model = next((line.split(":", 1)[1].strip() for line in subprocess.run(
        ["lscpu"], capture_output=True, text=True).stdout.splitlines() if line.startswith("Model name")), "?")
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    load_before = os.getloadavg()
    lengths = sorted(len(p) for _, _, p in rows)
    composition = defaultdict(int)
    for name, _, _ in rows:
        composition[name] += 1

    out = lambda name: os.path.join(work, name)
    wall = defaultdict(list)     # tool -> seconds per run
    started = time.time()
    for run in range(args.runs):
        print(f"run {run + 1}/{args.runs}: tongbi", file=sys.stderr)
        wall["tongbi"].append(run_tongbi(args.tongbi, args.method, files["all"], out("tongbi.csv")))
        wall["tongbi K"].append(run_tongbi(args.tongbi, args.method, files["r"], out("tongbi-r.csv")))
        wall["tongbi point"].append(run_tongbi(args.tongbi, args.method, files["all"], out("tongbi-point.csv"),
                                               ("--level", "none")))
        print(f"run {run + 1}/{args.runs}: statsforecast", file=sys.stderr)
        process, fit = run_statsforecast(args.python, args.method, files["all"], out("statsforecast.csv"))
        wall["statsforecast process"].append(process)
        wall["statsforecast"].append(fit)
        print(f"run {run + 1}/{args.runs}: R ({k} series)", file=sys.stderr)
        process, fit = run_r(r_script, args.method, files["r"], out("r.csv"))
        wall["R process"].append(process)
        wall["R"].append(fit)
    total = time.time() - started
    load_after = os.getloadavg()

    # ---- report
    print(f"# {title} speed, one thread each\n")
    print("command: `" + " ".join(["python3", os.path.relpath(sys.argv[0])] + sys.argv[1:]) + "`  ")
    print(f"machine: nproc {nproc}, {model}, {platform.system()} {platform.release()}; load average "
          f"{load_before[0]:.2f} before, {load_after[0]:.2f} after (1 min)  ")
    print("tongbi: " + " / ".join(subprocess.run([args.tongbi, "--version"], capture_output=True,
                                                 text=True).stdout.strip().splitlines()) + "  ")
    print(f"statsforecast: {'; '.join(comments(out('statsforecast.csv'))[1])}  ")
    print(f"R: {'; '.join(comments(out('r.csv'))[1])}  ")
    print(f"series: {n} ({', '.join(f'{c} {s}' for s, c in composition.items())}; lengths {lengths[0]}-{lengths[-1]}, "
          f"median {lengths[n // 2]}), R on {k} of them; seed {args.seed}; runs {args.runs}; horizon {H}; "
          f"{total:.0f} s of timed runs\n")

    def med(xs):
        return statistics.median(xs)

    per = lambda tool, count: [s / count for s in wall[tool]]
    t_all, t_k, t_point = per("tongbi", n), per("tongbi K", k), per("tongbi point", n)
    table = [
        (f"tongbi {args.method}, whole process", n, "tongbi", t_all, t_all),
        (f"tongbi {args.method}, whole process (R's {k} series)", k, "tongbi K", t_k, t_k),
        (f"tongbi {args.method} --level none (point forecasts only), whole process", n, "tongbi point", t_point,
         t_point),
        (f"statsforecast {sf_name}, in-process fit", n, "statsforecast", t_all, t_all),
        (f"statsforecast {sf_name}, in-process fit, against tongbi --level none", n, "statsforecast", t_point,
         t_point),
        (f"statsforecast {sf_name}, whole process", n, "statsforecast process", t_all, t_all),
        (f"R {r_name} + forecast, in-process loop", k, "R", t_all, t_k),
        (f"R {r_name} + forecast, whole process", k, "R process", t_all, t_k),
    ]
    print("| tool | series | seconds | ms/series | ratio vs tongbi (per series) | ratio vs tongbi on the same series |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, count, tool, base_all, base_same in table:
        mine = per(tool, count)
        ratio_all = med([a / b for a, b in zip(mine, base_all)])
        ratio_same = med([a / b for a, b in zip(mine, base_same)])
        print(f"| {label} | {count} | {med(wall[tool]):.2f} | {1000 * med(mine):.1f} | {ratio_all:.2f} | {ratio_same:.2f} |")
    if args.runs > 1:
        print("\nseconds per run: " + "; ".join(f"{tool} " + ", ".join(f"{s:.2f}" for s in v) for tool, v in wall.items()))

    # ---- what came out (last run)
    tongbi_means, tongbi_models = read_forecasts(out("tongbi.csv"), "indicator", model_column="method")
    tongbi_notes = {}
    for row in csv.DictReader(open(out("tongbi.csv"))):
        if row["note"]:
            tongbi_notes[row["indicator"]] = row["note"]
    sf_means, _ = read_forecasts(out("statsforecast.csv"), "unique_id")
    r_means, r_models = read_forecasts(out("r.csv"), "series_id", model_column="model")
    ids = [sid for _, sid, _ in rows]
    r_ids = [sid for _, sid, _ in r_rows]
    print("\nforecasts: " + ", ".join(
        f"{name} {sum(1 for s in want if len(src.get(s, [])) == H)}/{len(want)}"
        for name, src, want in (("tongbi", tongbi_means, ids), ("statsforecast", sf_means, ids),
                                ("R", r_means, r_ids))) + " series with 18 means")
    if tongbi_notes:
        print(f"tongbi notes ({len(tongbi_notes)} series): " + "; ".join(
            f"{sid}: {note}" for sid, note in list(tongbi_notes.items())[:5]))
    failed = [sid for sid in r_ids if (r_models.get(sid) or "").startswith("error")]
    if failed:
        print(f"R errors: {', '.join(failed)}")
    if args.method == "ets":
        same = [sid for sid in r_ids if ets_model(tongbi_models.get(sid)) and
                ets_model(tongbi_models.get(sid)) == ets_model(r_models.get(sid))]
        def undamped(model):
            return (ets_model(model) or "").split(",")[1:2] == ["A"]
        r_undamped = [sid for sid in r_ids if undamped(r_models.get(sid))]
        both = [sid for sid in r_undamped if undamped(tongbi_models.get(sid))]
        ours = [sid for sid in r_ids if undamped(tongbi_models.get(sid))]
        print(f"ETS model equal to R's: {len(same)}/{k} series. Undamped additive trend ETS(.,A,.): R chose one on "
              f"{len(r_undamped)} of the {k}, tongbi on {len(ours)}, both on {len(both)}")
    else:
        same = [sid for sid in r_ids if orders(tongbi_models.get(sid)) and
                orders(tongbi_models.get(sid)) == orders(r_models.get(sid))]
        exact = [sid for sid in r_ids if tongbi_models.get(sid) and tongbi_models.get(sid) == r_models.get(sid)]
        print(f"orders (p,d,q)(P,D,Q) equal to R's: {len(same)}/{k} series (model strings identical, constant "
              f"included: {len(exact)}/{k})")
    if args.accuracy:
        accuracy(args, rows, r_rows, work, r_script)


def accuracy(args, rows, r_rows, work, r_script):
    fit_all, fit_r = os.path.join(work, "fit.csv"), os.path.join(work, "fit-r.csv")
    write_long(rows, fit_all, drop_last=H)
    write_long(r_rows, fit_r, drop_last=H)
    out = lambda name: os.path.join(work, name)
    print("accuracy: fitting on all but the last 18 values", file=sys.stderr)
    _, sf_name, r_name = METHODS[args.method]
    run_tongbi(args.tongbi, args.method, fit_all, out("acc-tongbi.csv"))
    run_statsforecast(args.python, args.method, fit_all, out("acc-statsforecast.csv"))
    run_r(r_script, args.method, fit_r, out("acc-r.csv"))
    sources = {f"tongbi {args.method}": read_forecasts(out("acc-tongbi.csv"), "indicator")[0],
               f"statsforecast {sf_name}": read_forecasts(out("acc-statsforecast.csv"), "unique_id")[0],
               f"R {r_name}": read_forecasts(out("acc-r.csv"), "series_id")[0]}
    history = {sid: [v for _, v in points] for _, sid, points in rows}
    r_ids = [sid for _, sid, _ in r_rows]

    def ok(src, sid):
        return len(src.get(sid, [])) == H and all(math.isfinite(v) for v in src[sid])

    print(f"\n### Accuracy, last {H} months held out (fit on the rest, untimed)\n")
    print("| tool | series | sMAPE | MASE |")
    print("|---|---:|---:|---:|")
    for label, want, tools in ((f"all {len(rows)}", [sid for _, sid, _ in rows], list(sources)[:2]),
                               (f"R's {len(r_ids)}", r_ids, list(sources))):
        common = [sid for sid in want if all(ok(sources[t], sid) for t in tools)]
        for tool in tools:
            s = [smape(history[sid][-H:], sources[tool][sid]) for sid in common]
            q = [v for v in (mase(history[sid][:-H], history[sid][-H:], sources[tool][sid]) for sid in common)
                 if not math.isnan(v)]
            print(f"| {tool} ({label}) | {len(common)} | {sum(s) / len(s):.3f} | {sum(q) / len(q):.3f} |")
        if len(common) < len(want):
            print(f"\n({len(want) - len(common)} of {label} left out: not forecast by every tool)\n")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--statsforecast-worker":
        statsforecast_worker(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        main()
