import Foundation
import Testing

@Suite("forecast and backtest across missing months")
struct ForecastGapNoteTests {
  /// ForecastLevelTests' four years with the months of `months` (2021-MM) redacted.
  static func redacted(_ months: [Int]) -> String {
    var text = ForecastLevelTests.csv
    for month in months {
      let label = "2021-\(month < 10 ? "0" : "")\(month)"
      text = text.replacingOccurrences(
        of: "r,x,\(label),[0-9.]+\n", with: "r,x,\(label),*\n", options: .regularExpression)
    }
    return text
  }

  /// ForecastLevelTests' four years: each month's period, its value as written, and the year-to-date sum
  /// through it (exact as decimals).
  static func yearToDate() throws -> [(period: String, value: String, total: Decimal)] {
    var rows: [(period: String, value: String, total: Decimal)] = []
    var total: Decimal = 0
    for line in ForecastLevelTests.csv.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",").map(String.init)
      let value = try #require(Decimal(string: fields[3]))
      total = fields[2].hasSuffix("-01") ? value : total + value
      rows.append((fields[2], fields[3], total))
    }
    return rows
  }

  // 2021-05 redacted: the ETS combination fills it and every method sees the four years; the seasonal
  // naive forecast of 2024-01 is the value of 2023-01, 11 · 1.15 + ((7 + 9) mod 5) / 10 = 12.75. Twelve months
  // redacted (the whole of 2021) are a gap the series is not bridged across: it is modelled from 2022-01
  // and the note says that the 12 values of 2020 are left out. The complete series has no such note.
  @Test("a missing month is filled; a year-long gap leaves the values before it out, and the note says so")
  func notes() throws {
    let one = try BuiltTongbi.run(
      ["forecast", "-", "--method", "snaive", "--horizon", "2", "--level", "none"],
      input: Data(Self.redacted([5]).utf8))
    #expect(one.status == 0, "\(one.errorText)")
    #expect(
      one.outputText.contains("1 missing month (2021-05) filled with the ETS combination's forecasts"),
      "\(one.outputText)")
    #expect(!one.outputText.contains("left out"))
    #expect(one.outputText.contains("r,x,,monthly,2024-01,12.75,snaive"), "\(one.outputText)")
    // The drift forecast shows where the series starts: bridged from 2020-01 (11 + 0.2 = 11.2) to 2023-12
    // (22 · 1.15 + 0.3 = 25.6) over n = 48 values, 25.6 + 14.4/47 = 25.906383; started after the gap
    // (2021-06, 16 · 1.05 = 16.8, n = 31) it would be 25.6 + 8.8/30 = 25.893333.
    let drift = try BuiltTongbi.run(
      ["forecast", "-", "--method", "drift", "--horizon", "1", "--level", "none"],
      input: Data(Self.redacted([5]).utf8))
    let driftRow = try #require(drift.outputText.split(separator: "\n").last?.split(separator: ","))
    #expect(abs((Double(driftRow[4]) ?? 0) - (25.6 + 14.4 / 47)) < 1e-9, "\(drift.outputText)")
    let year = try BuiltTongbi.run(
      ["forecast", "-", "--method", "snaive", "--horizon", "2"],
      input: Data(Self.redacted(Array(1...12)).utf8))
    #expect(year.status == 0, "\(year.errorText)")
    let note =
      "12 earlier values left out: the monthly value of 2021-12 is unknown; the series is modelled from 2022-01"
    #expect(year.outputText.contains(note), "\(year.outputText)")
    let complete = try BuiltTongbi.run(
      ["forecast", "-", "--method", "snaive", "--horizon", "2"], input: Data(ForecastLevelTests.csv.utf8))
    #expect(complete.status == 0 && !complete.outputText.contains("left out"), "\(complete.outputText)")
  }

  // The township's six years: 东岭村 税收收入 1-9月 2022 is redacted (September and October unknown as months),
  // 北塘社区 规上工业总产值 1-4月 and 1-5月 2023 (April to June), 西山村 技改投资 1-10月 2024 (October and
  // November): all filled, nothing left out.
  @Test("the township's redacted months are filled")
  func township() throws {
    let folder = "Datasets/township/"
    let run = try BuiltTongbi.run([
      "forecast", folder + "township-history.csv", folder + "township-monthly.csv", "--indicators",
      folder + "indicators.csv", "--horizon", "3", "--level", "none", "--format", "csv",
    ])
    #expect(run.status == 0, "\(run.errorText)")
    let notes = run.outputText.split(separator: "\n").filter { $0.contains("missing month") }
    #expect(notes.count == 3, "\(notes)")
    // Each run's sum is fixed by the cumulative values around it, so each is scaled to it.
    #expect(
      notes.contains {
        $0.hasPrefix("东岭村,tax,") && $0.contains("2 missing months (2022-09, 2022-10) filled")
          && $0.contains("made to add up to the total the cumulative values give for 2022-09 to 2022-10")
      })
    #expect(
      notes.contains {
        $0.hasPrefix("北塘社区,industrial_output,")
          && $0.contains("3 missing months (2023-04, 2023-05, 2023-06) filled")
          && $0.contains("made to add up to the total the cumulative values give for 2023-04 to 2023-06")
      })
    #expect(
      notes.contains {
        $0.hasPrefix("西山村,tech_renovation,") && $0.contains("2 missing months (2024-10, 2024-11) filled")
          && $0.contains("made to add up to the total the cumulative values give for 2024-10 to 2024-11")
      })
    #expect(!run.outputText.contains("left out"))
  }

  // The township's projection from 1-6月 2024 with its six years: 东岭村 税收收入 misses September and October
  // 2022 (1-9月 redacted) and 北塘社区 规上工业总产值 April to June 2023, each run's sum known; the note says so.
  // The series whose redacted month comes after 2024-06 (西山村 技改投资, 2024-10) has no such note.
  @Test("project names the months its model's history misses and how they were taken")
  func projectNotes() throws {
    let folder = "Datasets/township/"
    let run = try BuiltTongbi.run([
      "project", folder + "township-history.csv", folder + "township-monthly.csv", "--indicators",
      folder + "indicators.csv", "--period", "2024-06", "--format", "csv",
    ])
    #expect(run.status == 0, "\(run.errorText)")
    let notes = run.outputText.split(separator: "\n").filter { $0.contains("history misses") }
    #expect(notes.count == 2, "\(notes)")
    #expect(
      notes.contains {
        $0.hasPrefix("东岭村,tax,")
          && $0.contains(
            "misses 2 months (2022-09, 2022-10): filled to their sums from the cumulative values")
      })
    #expect(
      notes.contains {
        $0.hasPrefix("北塘社区,industrial_output,") && $0.contains("misses 3 months (2023-04, 2023-05, 2023-06)")
      })
  }

  // ForecastLevelTests' four years published both monthly and cumulative (running sums within each year,
  // exact as decimals), the monthly cell of 2023-06 empty: it is C(2023,6) − C(2023,5), the value of
  // 2023-06 itself ((10 + 6) · 1.15 + ((6 · 7 + 3 · 3) mod 5) / 10 = 18.4 + 0.1), so nothing is missing: no
  // note, and every forecast is the complete series' (the seasonal naive one of 2024-06 is that value).
  @Test("a monthly cell left empty beside the cumulative values is taken from them, not filled")
  func monthlyFromCumulative() throws {
    var text = "region,indicator,period,monthly,cumulative\n"
    var complete = text
    var june = ""
    for row in try Self.yearToDate() {
      complete += "r,x,\(row.period),\(row.value),\(row.total)\n"
      text += "r,x,\(row.period),\(row.period == "2023-06" ? "*" : row.value),\(row.total)\n"
      if row.period == "2023-06" { june = row.value }
    }
    #expect(abs((Double(june) ?? 0) - 18.5) < 1e-9)
    let arguments = [
      "forecast", "-", "--column", "monthly=monthly", "--column", "cumulative=cumulative", "--method",
      "snaive", "--horizon", "6", "--level", "none",
    ]
    let run = try BuiltTongbi.run(arguments, input: Data(text.utf8))
    let reference = try BuiltTongbi.run(arguments, input: Data(complete.utf8))
    #expect(run.status == 0, "\(run.errorText)")
    #expect(run.outputText.contains("r,x,,monthly,2024-06,\(june),snaive,\n"), "\(run.outputText)")
    #expect(!run.outputText.contains("missing"))
    #expect(run.outputText == reference.outputText)
  }

  // ForecastLevelTests' four years as year-to-date values, 1-11月 2023 redacted: November and December 2023
  // are unknown as months, but C(2023,12) − C(2023,10) is their sum, (10 + 11) · 1.15 + ((77 + 9) mod 5)/10 +
  // (10 + 12) · 1.15 + ((84 + 9) mod 5)/10 = 24.25 + 25.6 = 49.85. The series is carried on to 2023-12 with the
  // two months filled to that sum, and forecast from there: the seasonal naive forecasts of 2024-11 and
  // 2024-12 are the filled months, adding up to 49.85, and the forecasts start in 2024-01, not 2023-11.
  @Test("missing months at the end whose sum the cumulative values fix: filled, forecasts start after them")
  func closingRun() throws {
    var text = "region,indicator,period,value\n"
    for row in try Self.yearToDate() {
      text += "r,x,\(row.period),\(row.period == "2023-11" ? "*" : "\(row.total)")\n"
    }
    let run = try BuiltTongbi.run(
      [
        "forecast", "-", "--column", "value=cumulative", "--method", "snaive", "--horizon", "12", "--level",
        "none",
      ], input: Data(text.utf8))
    #expect(run.status == 0, "\(run.errorText)")
    let rows = run.outputText.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(rows.first?[4] == "2024-01" && rows.last?[4] == "2024-12", "\(run.outputText)")
    let november = try #require(Double(String(rows[10][5])))
    let december = try #require(Double(String(rows[11][5])))
    #expect(abs(november + december - 49.85) < 1e-9)
    #expect(
      run.outputText.contains(
        "2 missing months (2023-11, 2023-12) filled with the ETS combination's forecasts from the months before, "
          + "made to add up to the total the cumulative values give for 2023-11 to 2023-12"),
      "\(run.outputText)")
  }

  // The same year-to-date values with 1-9月 2022 redacted and 1-10月 2022 written 5 below 1-8月: September and
  // October would add up to −5 in a series whose months are all positive. That total is not used (the
  // months stay the combination's forecasts) and the note says so.
  @Test("a total that contradicts a positive series is not used, and the note says so")
  func fallingTotal() throws {
    var text = "region,indicator,period,value\n"
    var august: Decimal = 0
    for row in try Self.yearToDate() {
      if row.period == "2022-08" { august = row.total }
      let written = row.period == "2022-09" ? "*" : row.period == "2022-10" ? "\(august - 5)" : "\(row.total)"
      text += "r,x,\(row.period),\(written)\n"
    }
    let run = try BuiltTongbi.run(
      [
        "forecast", "-", "--column", "value=cumulative", "--method", "snaive", "--horizon", "1", "--level",
        "none",
      ],
      input: Data(text.utf8))
    #expect(run.status == 0, "\(run.errorText)")
    #expect(
      run.outputText.contains(
        "2 missing months (2022-09, 2022-10) filled with the ETS combination's forecasts from the months before; "
          + "the cumulative values do not rise across 2022-09 to 2022-10, so their total was not used"),
      "\(run.outputText)")
  }

  // 2023-10 redacted, H = 3, N = 2: the gap-free tail (2023-11, 2023-12) is too short, but the series is
  // bridged. Origin 0 trains through 2023-09 and scores 2023-11 and 2023-12 (October is missing) against the
  // seasonal naive 2022-11 and 2022-12: 24.25 against 23.4 and 25.6 against 24.2, sMAPE (3.5677 + 5.6225)/2
  // = 4.5951. Origin 1 trains through 2023-08 and scores 2023-09 and 2023-11: 22.05 against 21.3 and 24.25
  // against 23.4, (3.4602 + 3.5677)/2 = 3.5139. The series' sMAPE is their mean, 4.0545.
  @Test("backtest scores a series across a missing month, not the months that are missing")
  func backtestAcrossTheGap() throws {
    var text = ForecastLevelTests.csv
    text = text.replacingOccurrences(
      of: #"r,x,2023-10,[0-9.]+\n"#, with: "r,x,2023-10,*\n", options: .regularExpression)
    let run = try BuiltTongbi.run(
      ["backtest", "-", "--method", "snaive", "--horizon", "3", "--origins", "2", "--format", "csv"],
      input: Data(text.utf8))
    #expect(run.status == 0, "\(run.errorText)")
    let row = try #require(run.outputText.split(separator: "\n").first { $0.hasPrefix("r,x,snaive,") })
    let fields = row.split(separator: ",")
    #expect(fields[3] == "2")
    #expect(abs((Double(fields[4]) ?? 0) - 4.054514896746625) < 1e-9, "\(row)")
  }

  // 2023-06 redacted, H = 3, N = 2: both origins (through 2023-09 and 2023-08) hold the gap in their
  // training months, filled there from a model of those months alone; the gap-free stretch after it (from
  // 2023-07, 6 values) is too short for H + N + 2 = 7. snaive forecasts from the last twelve training
  // months, which hold the filled June at neither origin's scored months, so the scores are those of the
  // complete series: both rows are the same but for MASE, whose scale skips the pairs with June. By hand,
  // 2023 against 2022: September 22.05/21.3 (sMAPE 3.4602), October 23.4/22.1 (5.7143), November
  // 24.25/23.4 (3.5677), December 25.6/24.2 (5.6225); origin 0 scores October-December (4.9682), origin 1
  // September-November (4.2474), the series their mean 4.6078.
  @Test("backtest fills the missing months of each origin's training stretch")
  func backtestFillsTraining() throws {
    let redacted = ForecastLevelTests.csv.replacingOccurrences(
      of: #"r,x,2023-06,[0-9.]+\n"#, with: "r,x,2023-06,*\n", options: .regularExpression)
    let arguments = [
      "backtest", "-", "--method", "snaive", "--horizon", "3", "--origins", "2", "--format", "csv",
    ]
    let gappy = try BuiltTongbi.run(arguments, input: Data(redacted.utf8))
    let complete = try BuiltTongbi.run(arguments, input: Data(ForecastLevelTests.csv.utf8))
    #expect(gappy.status == 0 && complete.status == 0, "\(gappy.errorText)")
    let row = { (text: String) in
      text.split(separator: "\n").first { $0.hasPrefix("r,x,snaive,") }?.split(separator: ",").map(
        String.init)
    }
    let a = try #require(row(gappy.outputText))
    let b = try #require(row(complete.outputText))
    #expect(a[3] == "2" && a[4] == b[4] && a[6...] == b[6...], "\(a) \(b)")
    #expect(abs((Double(a[4]) ?? 0) - 4.60777183592633) < 1e-9, "\(a)")
  }

  // A year without values (2020-12 … 2021-11) and then 2022-06 redacted: the series is bridged from 2021-12,
  // June is filled, and the 11 values of 2020 before the year-long gap are left out; the note says both.
  @Test("a filled month after a year-long gap: the note names both")
  func filledAfterLongGap() throws {
    var text = ForecastLevelTests.csv
    for label in ["2020-12"] + (1...11).map({ "2021-\($0 < 10 ? "0" : "")\($0)" }) + ["2022-06"] {
      text = text.replacingOccurrences(
        of: "r,x,\(label),[0-9.]+\n", with: "r,x,\(label),*\n", options: .regularExpression)
    }
    let run = try BuiltTongbi.run(
      ["forecast", "-", "--method", "ets", "--horizon", "1", "--level", "none"], input: Data(text.utf8))
    #expect(run.status == 0, "\(run.errorText)")
    #expect(run.outputText.contains("1 missing month (2022-06) filled"), "\(run.outputText)")
    #expect(
      run.outputText.contains(
        "11 earlier values left out: the monthly value of 2021-11 is unknown; the series is modelled from 2021-12"
      ),
      "\(run.outputText)")
  }
}
