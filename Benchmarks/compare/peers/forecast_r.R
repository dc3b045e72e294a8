# Peer of `tongbi forecast FILE --method ets|theta --horizon H --level 80,95 --format csv`: R's forecast
# package (Debian r-cran-forecast), the same long CSV in, the same forecast columns out.
#
# Usage: Rscript forecast_r.R ets|theta IN.csv OUT.csv H
#
# ets: forecast(ets(y), h = H, level = c(80, 95)), R's defaults: selection by AICc among error A/M, trend
# N/A/Ad, season N/A/M (multiplicative trends only with allow.multiplicative.trend = TRUE, off by default),
# and restrict = TRUE leaves out additive error with multiplicative season: the same 15 models as
# `tongbi forecast --method ets` and statsforecast's AutoETS. theta: thetaf(y, h = H, level = c(80, 95)).
# Series are the (地区, 指标) pairs, rows of a series consecutive and oldest first, as `tongbi synth`
# writes them. The time of the model work alone (no R start, no library(), no CSV reading or writing) is
# printed on stderr as `fit_seconds=`.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
method <- args[1]
h <- as.integer(args[4])
data <- read.csv(args[2], colClasses = "character", check.names = FALSE, encoding = "UTF-8",
                 na.strings = c("", "*"))
region <- data[[1]]
indicator <- data[[3]]
period <- data[[5]]
value <- as.numeric(data[[6]])
key <- paste(region, indicator, sep = "\x1f")
rows <- split(seq_along(key), factor(key, levels = unique(key)))

fit_one <- switch(method,
  ets = function(y) forecast(ets(y), h = h, level = c(80, 95)),
  theta = function(y) thetaf(y, h = h, level = c(80, 95)),
  stop("method must be ets or theta"))

future <- function(last) {
  year <- as.integer(substr(last, 1, 4))
  month <- as.integer(substr(last, 6, 7)) + seq_len(h)
  sprintf("%04d-%02d", year + (month - 1) %/% 12, (month - 1) %% 12 + 1)
}

start <- proc.time()[["elapsed"]]
parts <- lapply(rows, function(index) {
  index <- index[!is.na(value[index])]
  first <- period[index[1]]
  y <- ts(value[index], start = c(as.integer(substr(first, 1, 4)), as.integer(substr(first, 6, 7))),
          frequency = 12)
  f <- tryCatch(fit_one(y), error = function(e) NULL)
  if (is.null(f)) return(NULL)
  data.frame(region = region[index[1]], indicator = indicator[index[1]], period = future(period[index[length(index)]]),
             mean = as.numeric(f$mean), lower_80 = as.numeric(f$lower[, 1]), upper_80 = as.numeric(f$upper[, 1]),
             lower_95 = as.numeric(f$lower[, 2]), upper_95 = as.numeric(f$upper[, 2]),
             method = paste("R", method))
})
seconds <- proc.time()[["elapsed"]] - start
cat(sprintf("fit_seconds=%.6f\n", seconds), file = stderr())
out <- do.call(rbind, parts)
write.csv(out, args[3], row.names = FALSE, fileEncoding = "UTF-8")
cat(sprintf("R %s, forecast %s: %d series, %d rows\n", getRversion(), packageVersion("forecast"),
            length(rows), nrow(out)), file = stderr())
