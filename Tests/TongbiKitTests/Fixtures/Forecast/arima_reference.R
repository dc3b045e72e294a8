# Reference values for ARIMAReferenceTests: R's arima (through forecast's Arima, method CSS-ML) and
# auto.arima. Run from this folder: Rscript arima_reference.R > arima_reference.txt
suppressPackageStartupMessages(library(forecast))
data <- "../../../../../shared/data/"
cat(sprintf("# %s, forecast %s\n", R.version.string, packageVersion("forecast")))
long <- read.csv(paste0(data, "monthly-series/r-datasets-monthly.csv"))
series <- function(id, frequency = 12) ts(long$value[long$series_id == id], frequency = frequency)
emit <- function(key, values) cat(key, ",", paste(sprintf("%.17g", values), collapse = ","), "\n", sep = "")
h <- 12
# name, series, order, seasonal order, constant (mean or drift), method (CSS-ML unless named: R's CSS
# stage gives a non-stationary seasonal AR for nottem, so its estimates start from zero)
fixed <- list(
  list("airline", log(series("datasets::AirPassengers")), c(0, 1, 1), c(0, 1, 1), FALSE),
  list("usaccdeaths", series("datasets::USAccDeaths"), c(0, 1, 1), c(0, 1, 1), FALSE),
  list("wineind", series("forecast::wineind"), c(1, 1, 1), c(0, 1, 1), FALSE),
  list("airdrift", series("datasets::AirPassengers"), c(1, 0, 0), c(1, 1, 0), TRUE),
  list("nottem", series("datasets::nottem"), c(2, 0, 0), c(1, 0, 1), TRUE, "ML"),
  list("bondyield", series("AER::BondYield", 1), c(0, 1, 1), c(0, 0, 0), TRUE),
  list("gas", series("forecast::gas"), c(2, 1, 1), c(0, 1, 1), FALSE)
)
for (case in fixed) {
  name <- case[[1]]; y <- case[[2]]
  fit <- Arima(y, order = case[[3]], seasonal = case[[4]], include.mean = case[[5]],
               include.drift = case[[5]] && sum(case[[3]][2], case[[4]][2]) == 1,
               method = if (length(case) > 5) case[[6]] else "CSS-ML")
  cat(sprintf("# %s: n = %d, %s: %s\n", name, length(y), as.character(fit), paste(names(coef(fit)), collapse = " ")))
  emit(paste0(name, ".order"), c(case[[3]], case[[4]], frequency(y), case[[5]]))
  emit(paste0(name, ".coef"), coef(fit))
  emit(paste0(name, ".criteria"), c(fit$loglik, fit$aicc, fit$sigma2))
  # The exact likelihood of the differenced series at these coefficients (R's arima on the original
  # series starts the differencing states from a prior of variance 1e6, which is close to, not exactly,
  # the differenced likelihood); the mean (or drift times its lag) is fixed at R's estimate.
  o <- case[[3]]; so <- case[[4]]; m <- frequency(y)
  w <- if (so[2] > 0) diff(y, lag = m, differences = so[2]) else y
  if (o[2] > 0) w <- diff(w, differences = o[2])
  arma <- coef(fit)[seq_len(sum(o[c(1, 3)]) + sum(so[c(1, 3)]))]
  constant <- if (case[[5]]) coef(fit)[length(coef(fit))] * (if (so[2] == 1) m else 1) else c()
  exact <- arima(w, order = c(o[1], 0, o[3]), seasonal = list(order = c(so[1], 0, so[3]), period = m),
                 include.mean = case[[5]], fixed = c(arma, constant), transform.pars = FALSE)
  emit(paste0(name, ".exact"), c(exact$loglik, exact$sigma2))
  f <- forecast(fit, h = h, level = c(80, 95))
  emit(paste0(name, ".mean"), f$mean)
  emit(paste0(name, ".lower_80"), f$lower[, 1])
  emit(paste0(name, ".upper_95"), f$upper[, 2])
}
automatic <- list(
  list("usaccdeaths", series("datasets::USAccDeaths")),
  list("wineind", series("forecast::wineind")),
  list("airline", log(series("datasets::AirPassengers"))),
  list("nottem", series("datasets::nottem")),
  list("drivers", series("datasets::Seatbelts.drivers")),
  list("bondyield", series("AER::BondYield", 1))
)
for (case in automatic) {
  name <- paste0("auto.", case[[1]]); y <- case[[2]]
  fit <- auto.arima(y)
  cat(sprintf("# %s: n = %d, %s\n", name, length(y), as.character(fit)))
  emit(paste0(name, ".order"), c(arimaorder(fit), if (length(arimaorder(fit)) == 3) c(0, 0, 0, 1) else c(),
    "drift" %in% names(coef(fit)) || "intercept" %in% names(coef(fit))))
  emit(paste0(name, ".coef"), coef(fit))
  emit(paste0(name, ".criteria"), c(fit$loglik, fit$aicc, fit$sigma2))
  f <- forecast(fit, h = h, level = c(80, 95))
  emit(paste0(name, ".mean"), f$mean)
}
# The KPSS level statistic with ndiffs' lag truncation, and ndiffs itself
for (case in list(list("usaccdeaths", series("datasets::USAccDeaths")),
                  list("bondyield", series("AER::BondYield", 1)),
                  list("nottem", series("datasets::nottem")),
                  list("airline", log(series("datasets::AirPassengers"))))) {
  y <- as.numeric(case[[2]])
  statistic <- function(x) urca::ur.kpss(x, type = "mu", use.lag = trunc(3 * sqrt(length(x)) / 13))@teststat
  emit(paste0("kpss.", case[[1]]), c(statistic(y), statistic(diff(y)), ndiffs(y, test = "kpss")))
}
