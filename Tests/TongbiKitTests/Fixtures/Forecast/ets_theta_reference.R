# Reference values for ETSTests and ThetaTests: R's forecast package (ets, thetaf).
# Run from this folder: Rscript ets_theta_reference.R > ets_theta_reference.txt
suppressPackageStartupMessages(library(forecast))
data <- "../../../../../shared/data/"
cat(sprintf("# %s, forecast %s\n", R.version.string, packageVersion("forecast")))
long <- read.csv(paste0(data, "monthly-series/r-datasets-monthly.csv"))
series <- function(id) long$value[long$series_id == id]
fpp <- read.csv(paste0(data, "monthly-series/fpp-monthly.csv"))
retail <- read.csv(paste0(data, "china-retail-sales-2012-2018.csv"), check.names = FALSE)[[2]]
sets <- list(
  airpassengers = ts(series("datasets::AirPassengers"), frequency = 12),
  usaccdeaths = ts(series("datasets::USAccDeaths"), frequency = 12),
  wineind = ts(series("forecast::wineind"), frequency = 12),
  retail = ts(retail, frequency = 11),  # 1-2月 combined: 11 periods a year
  # the first 66 of 84 months: the training part of the per-set benchmark (h = 18)
  souvenirs = ts(head(fpp$value[fpp$series_id == "fpp3::souvenirs"], 66), frequency = 12)
)
emit <- function(key, values) cat(key, ",", paste(sprintf("%.17g", values), collapse = ","), "\n", sep = "")
h <- 12
for (name in names(sets)) {
  y <- sets[[name]]
  cat(sprintf("# %s: n = %d, frequency %d\n", name, length(y), frequency(y)))
  for (model in c("ANN", "AAN", "AAdN", "AAA", "MAM", "MNM", "MAdM", "auto")) {
    fit <- if (model == "auto") ets(y) else ets(y, model = gsub("d", "", model), damped = grepl("d", model))
    key <- paste0(name, ".", model)
    par <- fit$par
    cat("# ", key, " = ", fit$method, "\n", sep = "")
    emit(paste0(key, ".params"), c(par["alpha"], ifelse(is.na(par["beta"]), 0, par["beta"]),
      ifelse(is.na(par["gamma"]), 0, par["gamma"]), ifelse(is.na(par["phi"]), 1, par["phi"])))
    emit(paste0(key, ".criteria"), c(fit$loglik, fit$aicc, fit$sigma2))
    init <- fit$initstate
    seasonal <- init[grepl("^s", names(init))]
    emit(paste0(key, ".init"), c(init["l"], ifelse(is.na(init["b"]), 0, init["b"]), seasonal))
    f <- forecast(fit, h = h, level = c(80, 95), simulate = FALSE)
    emit(paste0(key, ".mean"), f$mean)
    emit(paste0(key, ".lower_80"), f$lower[, 1])
    emit(paste0(key, ".upper_95"), f$upper[, 2])
  }
  th <- thetaf(y, h = h, level = c(80, 95))
  emit(paste0(name, ".theta.mean"), th$mean)
  emit(paste0(name, ".theta.lower_80"), th$lower[, 1])
  emit(paste0(name, ".theta.upper_95"), th$upper[, 2])
  emit(paste0(name, ".theta.alpha"), th$model$par["alpha"])
}
