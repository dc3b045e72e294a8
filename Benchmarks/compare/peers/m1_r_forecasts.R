# M1 monthly (617 series, h = 18): point forecasts of R's ets, auto.arima and thetaf, for the accuracy
# comparison in Benchmarks/compare/m1_accuracy.py.
# Run: Rscript m1_r_forecasts.R ../../../../shared/data/monthly-series/m1-monthly-train.csv > m1_r_forecasts.csv
# An optional second argument names the methods to run (comma-separated, e.g. auto.arima); default all three.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1])
h <- 18
cat(sprintf("# %s, forecast %s\n", R.version.string, packageVersion("forecast")))
cat("series_id,method,step,mean\n")
# Two passes (ets and thetaf for every series, then auto.arima), flushing each series, so that a run
# cut short still gives complete results for the series it reached.
passes <- list(c("ets", "thetaf"), "auto.arima")
if (length(args) >= 2) {
  wanted <- strsplit(args[2], ",")[[1]]
  passes <- Filter(length, lapply(passes, function(p) intersect(p, wanted)))
}
for (methods in passes) for (id in unique(train$series_id)) {
  y <- ts(train$value[train$series_id == id], frequency = 12)
  for (method in methods) {
    f <- tryCatch(switch(method,
      ets = forecast(ets(y), h = h)$mean,
      auto.arima = forecast(auto.arima(y), h = h)$mean,
      thetaf = thetaf(y, h = h)$mean), error = function(e) rep(NA, h))
    cat(sprintf("%s,%s,%d,%.10g\n", id, method, 1:h, as.numeric(f)), sep = "")
    flush(stdout())
  }
}
