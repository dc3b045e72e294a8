/// The period, region and unit of a one-period report form, from what states them: the period from
/// `IngestOptions.formPeriod`, else the header (1-6月 with the year from elsewhere, or 2024年1-6月),
/// else a title line, the sheet's name or the file's name; the region from `--default-region`, else a
/// title line naming it before the period (青山镇2024年1-6月…), the sheet's or the file's name; the unit
/// from a 单位：万元 line. A form with a region column takes a title's region as its rows' parent.
struct ReportFormContext {
  var period: Period
  /// Where the period was read, for the notice (`the header`, `line 1`, `the sheet name`, …).
  var periodSource: String
  /// Whether the period was stated as a year-to-date span (1-6月), which makes an open form
  /// (上年同期, 增长(%)) cumulative when the form has no cumulative column.
  var isCumulativePeriod: Bool
  var region: String
  var parent: String?
  var unit: String?

  /// The form of columns whose header leaves it open: cumulative when the form has year-to-date values
  /// or its period was written as a span, else monthly.
  func openForm(header: ReportFormHeader) -> ValueForm {
    header.hasCumulative || isCumulativePeriod ? .cumulative : .monthly
  }

  /// The context of a form with `header` under the title lines `titles` (text and line) in the file
  /// `path` (`book.xlsx[Sheet]` for a sheet); throws when nothing states the period's year and month.
  static func resolve(
    header: ReportFormHeader, headerLine: Int, titles: [(title: TitleText, line: Int)], path: String,
    options: IngestOptions
  ) throws(IngestError) -> Self {
    let (file, sheet) = Self.names(path)
    var sources: [(String, TitleText)] = titles.map { ("line \($0.line)", $0.title) }
    if let sheet { sources.append(("the sheet name", TitleText(sheet))) }
    sources.append(("the file name", TitleText(file)))
    let headerYear = header.columns.lazy.compactMap(\.year).first
    let headerMonth = header.columns.lazy.compactMap(\.month).first
    let stated = sources.first { $0.1.period != nil }
    var period: Period?
    var source = ""
    if let given = options.formPeriod {
      (period, source) = (given, "--form-period")
    } else if let headerMonth, let year = headerYear ?? sources.lazy.compactMap(\.1.year).first {
      (period, source) = (Period(year: year, month: headerMonth), "the header")
    } else if let stated, let named = stated.1.period {
      (period, source) = (named, stated.0)
    }
    guard let period else {
      throw .malformed(
        SourcePosition(file: path, line: headerLine, column: 0),
        reason:
          "a one-period report form (本月, 1-本月, 上年同期, 增长(%)) whose period is stated nowhere: not in its "
          + "header, a title line (2024年1-6月), the sheet's or the file's name; give it with --form-period 2024-06"
      )
    }
    let cumulative =
      header.columns.contains { $0.form == .cumulative && $0.month != nil }
      || (stated?.1.isCumulative ?? false)
    let named =
      sources.lazy.compactMap(\.1.region).first
      ?? (sheet.flatMap { TitleText.isRegionName($0) ? $0 : nil })
    var context = Self(
      period: period, periodSource: source, isCumulativePeriod: cumulative, region: options.defaultRegion,
      parent: nil, unit: sources.lazy.compactMap(\.1.unit).first)
    if header.regionColumn != nil {
      context.parent = named
    } else if context.region.isEmpty, let named {
      context.region = named
    }
    return context
  }

  /// The file's name without folders and extension, and the sheet's name of a `book.xlsx[Sheet]` path.
  private static func names(_ path: String) -> (file: String, sheet: String?) {
    var file = Substring(path)
    var sheet: String?
    if file.hasSuffix("]"), let open = file.lastIndex(of: "[") {
      sheet = String(file[file.index(after: open)..<file.index(before: file.endIndex)])
      file = file[..<open]
    }
    if let slash = file.lastIndex(of: "/") { file = file[file.index(after: slash)...] }
    if let dot = file.lastIndex(of: "."), dot > file.startIndex { file = file[..<dot] }
    return (String(file), sheet)
  }
}
