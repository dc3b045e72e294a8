import ArgumentParser
import Testing

@testable import TongbiCommands

/// A command's help is part of its interface: checked word for word, as swift-argument-parser checks its
/// examples' help. It must not depend on the machine (the thread default reads "the number of cores").
@Suite("tongbi backtest --help")
struct HelpTextTests {
  @Test("backtest --help, 100 columns, exactly")
  func backtestHelp() {
    let expected = """
      OVERVIEW: Rolling-origin backtest: sMAPE, MASE (seasonal naive scale) and interval coverage per
      method.

      With --projection, the full-year projection of tongbi project instead: for every cumulating series,
      every one of its last --years complete years y and every month m = 1-11, each method projects the
      year from the data up to (y, m) only; the table gives by m the mean and median absolute percentage
      error of each method, of the run rate C(y,m)·12/m and of the projection tongbi project gave; csv
      and json list every case.

      USAGE: tongbi backtest [<options>] [<files> ...]

      ARGUMENTS:
        <files>                 CSV files (long, wide, time-series or report-form layout; UTF-8 or
                                GB18030) or .xlsx, .xls workbooks to read; '-' reads standard input.

      OPTIONS:
        --column <HEADER=ROLE>  Read a header as a role: HEADER=ROLE, ROLE one of region, parent,
                                indicator, series, period, year, unit, kind, value, monthly, cumulative,
                                growth-rate, base, monthly-base, ignore.
        --default-region <default-region>
                                Region name for tables without a region column.
        --header-line <header-line>
                                The line (a workbook's row) that holds the header, when the one found is
                                not it.
        --form-period <MONTH>   The month of one-period report forms (本月, 1-本月, 上年同期, 增长%) whose title,
                                header or name does not state it (a command's --period serves when this
                                is omitted).
        --sheet <sheet>         Workbooks: read only this sheet (its name, or its number from 1); every
                                sheet when omitted.
        --indicators <indicators>
                                Indicator file (CSV): codes, names, units, kinds, report order.
        --store <store>         The store of vintages: an SQLite file or a postgresql:// URL (default:
                                $TONGBI_STORE).
        --as-of <VINTAGE|DATE>  With a store and no files: the data as of this vintage (its number in
                                `tongbi vintages`) or date (2024-07-10, the end of that day UTC).
        --threads <threads>     Threads to use: parts of a big input read at once, series fitted or
                                rendered at once (default: the number of cores). Output does not depend
                                on it.
        --output <output>       Write to this file (atomically) instead of standard output.
        --horizon <horizon>     Months forecast from each origin. (default: 12)
        --origins <origins>     Number of forecast origins (the last N cut points, one month apart).
                                (default: 3)
        --method <method>       Methods, comma-separated. (default: auto,ets,theta,trend,snaive,naive2)
        --level <level>         Interval levels in percent, comma-separated, or none (no interval
                                coverage). (default: 80,95)
        --format <format>       Output format: table, csv, json or xlsx (csv, json and xlsx add the
                                scores per series and method). (values: csv, json, table, xlsx; default:
                                table)
        --projection            Backtest the full-year projection (tongbi project) from 1-m月, m = 1-11,
                                instead of forecasts.
        --years <years>         With --projection: the last N complete years of each series projected.
                                (default: 10)
        --version               Show the version.
        -h, --help              Show help information.
      """
    #expect(TongbiCommand.helpMessage(for: BacktestCommand.self, columns: 100) == expected + "\n")
  }
}
