import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

/// The one column schema: every renderer iterates the same columns, `--columns` chooses them, and the
/// CSV fast path writes what the plain plan-following writer writes.
@Suite("Growth: column schema")
struct GrowthSchemaTests {
  /// The township panel with its indicator file, and its table with target, contribution and rank
  /// columns (every kind of extra column but the published-rate pair).
  static func townshipTable() throws -> GrowthTable {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: datasetPath("township/indicators.csv")))
    let panel = try ingest(datasetPath("township/township-monthly.csv"), options: options).panel
    var table = try GrowthTable(panel: panel)
    table.addTargetColumns(try TargetsReader.read(path: datasetPath("township/targets.csv"), for: panel))
    table.addContributionColumns()
    table.addRankColumns(by: .growth)
    return table
  }

  /// The retail-sales table, whose growth is the published comparable rate (level_yoy_pct and the
  /// 口径差 added, the latter an amount).
  static func retailTable() throws -> GrowthTable {
    let panel = try ingest(datasetPath("public/china-retail-sales-2012-2018.csv")).panel
    var table = try GrowthTable(panel: panel)
    table.addPublishedRateColumns()
    return table
  }

  /// `table` as CSV text through `makeRenderer`'s renderers, on `threads` threads.
  static func csv(
    _ table: GrowthTable, threads: Int = 1, unit: TongbiKit.Unit? = nil, plannedOnly: Bool = false
  ) -> String {
    let periods = PeriodLabels(
      (0..<table.panel.periodCount).map { table.panel.period(atRow: $0).description })
    var bytes: [UInt8] = []
    table.renderInChunks(
      threads: threads,
      makeRenderer: {
        CSVSeriesRenderer(table: table, unit: unit, periods: periods, plannedOnly: plannedOnly)
      }
    ) { renderer, _ in bytes += renderer.chunk.bytes }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// What `write` puts in a file, as text.
  static func written(_ write: (ByteOutput) throws -> Void) throws -> String {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("out")
    let output = try ByteOutput(path: path)
    try write(output)
    try output.commit()
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test("the CSV fast path writes what the plan-following writer writes, for any columns and unit")
  func fastPathEqualsPlan() throws {
    for table in [try Self.townshipTable(), try Self.retailTable()] {
      for unit in [nil, TongbiKit.Unit.hundredMillionYuan, TongbiKit.Unit.tenThousandYuan] {
        let fast = Self.csv(table, unit: unit)
        #expect(fast.count > 10_000)
        #expect(fast == Self.csv(table, unit: unit, plannedOnly: true))
        #expect(fast == Self.csv(table, threads: 2, unit: unit))
      }
    }
  }

  @Test("--columns keeps the chosen columns in the chosen order: each CSV row is the full row's cells")
  func chosenColumns() throws {
    var table = try Self.townshipTable()
    let full = try Self.written { try GrowthCSVRenderer().write(table, to: $0) }
      .split(separator: "\n").map(ReferenceTableTests.cells)
    let keys = [
      "rank", "period", "region", "cumulative_yoy_pct", "note", "unit", "contribution_pp", "monthly",
    ]
    try table.selectColumns(keys)
    #expect(table.columns.map(\.key) == keys)
    let chosen = try Self.written { try GrowthCSVRenderer().write(table, to: $0) }
      .split(separator: "\n").map(ReferenceTableTests.cells)
    let positions = keys.compactMap { full[0].firstIndex(of: $0) }
    #expect(positions.count == keys.count)
    #expect(chosen.count == full.count)
    for (row, cells) in zip(full, chosen) {
      #expect(cells == positions.map { row[$0] })
    }
    // The plan-following writer is the one that wrote them; the fast path stays the default's only.
    #expect(Self.csv(table) == Self.csv(table, plannedOnly: true))
    // JSON carries the same keys in the same order.
    let json = try Self.written { try GrowthJSONRenderer().write(table, to: $0, threads: 2) }
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(objects.count == full.count - 1)
    #expect(Set(objects[0].keys) == Set(keys))
    let first = try #require(json.range(of: "{"))
    let keyOrder = json[first.lowerBound...].prefix(while: { $0 != "}" }).split(separator: "\n")
      .compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
    #expect(keyOrder == keys)
  }

  @Test("a key the table lacks is refused with the keys it has")
  func unknownColumn() throws {
    var table = try Self.retailTable()
    #expect(throws: GrowthError.unknownColumn("rank", known: table.columns.map(\.key))) {
      try table.selectColumns(["region", "rank"])
    }
    let error = GrowthError.unknownColumn("x", known: ["region", "note"])
    #expect(error.description == "unknown column 'x'; the table has: region, note")
  }

  @Test("every column a table can have is in the catalogue once, with both titles")
  func catalogue() throws {
    var table = try Self.townshipTable()
    table.addPublishedRateColumns()
    let keys = GrowthColumn.all.map(\.key)
    #expect(Set(keys).count == keys.count)
    for column in table.columns {
      #expect(GrowthColumn.named(column.key) == column, "\(column.key)")
      #expect(!column.titleZh.isEmpty && !column.titleEn.isEmpty)
    }
  }

  @Test("JSON is the same on one or two threads and parses; a table without rows is []")
  func jsonChunks() throws {
    let table = try Self.townshipTable()
    let one = try Self.written { try GrowthJSONRenderer().write(table, to: $0, threads: 1) }
    let two = try Self.written { try GrowthJSONRenderer().write(table, to: $0, threads: 2) }
    #expect(one == two)
    #expect(one.hasPrefix("[\n  {\n    \"region\": "))
    #expect(one.hasSuffix("\n  }\n]\n"))
    let objects = try #require(try JSONSerialization.jsonObject(with: Data(one.utf8)) as? [[String: Any]])
    #expect(objects.count == Self.csv(table).split(separator: "\n").count)
    // 税收收入 publishes 1-2月 together: January 2024 has no row.
    let empty = try GrowthTable(panel: table.panel, indicators: ["tax"], period: Period(year: 2024, month: 1))
    #expect(try Self.written { try GrowthJSONRenderer().write(empty, to: $0) } == "[]\n")
  }

  // 清溪镇 税收收入 2024年1-6月 in Datasets/township (cumulative 万元): C = 18927.2, C(2023,6) = 17404.4,
  // growth 18927.2 / 17404.4 − 1 = 8.7495…% → 8.7; 亿元: 1.89272 → 1.89 (two decimals).
  @Test("tables title the columns in the language asked for and show amounts at the unit's decimals")
  func titledTable() throws {
    var table = try Self.townshipTable()
    try table.selectColumns(["region", "indicator", "period", "unit", "cumulative", "cumulative_yoy_pct"])
    let whole = table
    table = try whole.selecting(regions: ["清溪镇"])
    let zh = try Self.written {
      try GrowthTextRenderer(style: .markdown, unit: .hundredMillionYuan, language: .zh).write(table, to: $0)
    }
    let lines = zh.split(separator: "\n")
    #expect(lines[0] == "| 地区 | 指标 | 时期 | 计量单位 | 累计值 | 累计同比(%) |")
    #expect(lines[1] == "| --- | --- | --- | --- | ---: | ---: |")
    #expect(lines.contains("| 清溪镇 | 税收收入 | 2024年1-6月 | 亿元 | 1.89 | 8.7 |"))
    let en = try Self.written {
      try GrowthTextRenderer(style: .markdown, language: .en).write(table, to: $0)
    }
    #expect(en.hasPrefix("| Region | Indicator | Period | Unit | Year to date | YTD YoY (%) |\n"))
    #expect(en.contains("| 清溪镇 | tax revenue | January–June 2024 | 10,000 yuan | 18927.2 | 8.7 |"))
  }
}
