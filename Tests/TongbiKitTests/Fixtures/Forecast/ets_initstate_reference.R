# Reference values for ETSInitialStatesTests: the heuristic initial states of R's ets (forecast's
# internal initstate), by classical decomposition of the whole series (n >= 3m) and by the trend plus
# first harmonic regression (m < n < 3m, here the first 30 values); and the log-likelihood of R's fits
# of seasonal models to the 30-value series.
# Run from this folder: Rscript ets_initstate_reference.R > ets_initstate_reference.txt
suppressPackageStartupMessages(library(forecast))
data <- "../../../../../shared/data/"
cat(sprintf("# %s, forecast %s\n", R.version.string, packageVersion("forecast")))
long <- read.csv(paste0(data, "monthly-series/r-datasets-monthly.csv"))
series <- function(id) long$value[long$series_id == id]
sets <- list(
  airpassengers = ts(series("datasets::AirPassengers"), frequency = 12),
  usaccdeaths = ts(series("datasets::USAccDeaths"), frequency = 12),
  airpassengers30 = ts(series("datasets::AirPassengers")[1:30], frequency = 12),
  usaccdeaths30 = ts(series("datasets::USAccDeaths")[1:30], frequency = 12)
)
# One line per series and model: level, trend (0 without), then the seasonal states s0 ... s(m-2), s0
# being the newest (used for the observation m - 1 before the first).
for (name in names(sets)) for (model in c("NA", "AA", "NM", "AM")) {
  trend <- substr(model, 1, 1)
  season <- substr(model, 2, 2)
  init <- forecast:::initstate(sets[[name]], trend, season)
  b <- if (trend == "N") 0 else init["b"]
  cat(name, ".", model, ",", paste(sprintf("%.17g", c(init["l"], b, init[grepl("^s", names(init))])),
    collapse = ","), "\n", sep = "")
}
# R's log-likelihood of seasonal models on the short series (key name.model.loglik).
for (name in c("airpassengers30", "usaccdeaths30")) for (model in c("ANA", "AAA", "MNM", "MAM")) {
  fit <- ets(sets[[name]], model = model, damped = FALSE)
  cat(name, ".", model, ".loglik,", sprintf("%.17g", fit$loglik), "\n", sep = "")
}
