import ArgumentParser
import TongbiKit

/// `tongbi export`: the data of any vintage as a long table.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the store's data as of a vintage as a long table (地区,上级地区,指标,计量单位,期别,本月,本月止累计).",
    discussion: """
      A row per region, indicator and month with the monthly and the cumulative value as the store holds them \
      as of the vintage (each with its published decimals), readable again by every command with the store's \
      indicator file. Published rates and comparable bases are indicators of their own.
      """
  )

  @OptionGroup var store: StoreOption
  @OptionGroup var destination: OutputOption

  @Option(
    name: .customLong("as-of"),
    help: "The vintage (its number in `tongbi vintages`) or date (2024-07-10, the end of that day UTC).")
  var asOf: String?

  @Option(help: "Output format: csv, table or json.")
  var format: ListingFormat = .csv

  func run() throws {
    try destination.refuseOverwriting([store.path])
    let opened = try store.open(create: false)
    let panel = try CommandFailure.wrapStore { () throws(StoreError) in
      try opened.panel(asOf: try asOf.map { given throws(StoreError) in try opened.vintage(named: given) })
    }
    try destination.write(Self.listing(panel).render(format))
  }

  /// The panel as a long table: a row per region, indicator and month with a value in either form, in
  /// the order the series were first imported; the 本月 and 本月止累计 columns only when some series has
  /// that form (an empty column would read as values published and missing, not as a form derived).
  static func listing(_ panel: Panel) -> StoreListing {
    let forms = Set(panel.keys.map(\.form))
    let shown = [ValueForm.monthly, .cumulative].filter(forms.contains)
    let titles: [ValueForm: String] = [.monthly: "本月", .cumulative: "本月止累计"]
    var listing = StoreListing(
      header: ["地区", "上级地区", "指标", "计量单位", "期别"] + shown.compactMap { titles[$0] },
      numeric: Set(5..<(5 + shown.count)))
    var order: [SeriesKey] = []
    var columns: [SeriesKey: [ValueForm: Int]] = [:]
    for (column, key) in panel.keys.enumerated() {
      let pair = SeriesKey(region: key.region, indicator: key.indicator, form: .monthly)
      if columns[pair] == nil { order.append(pair) }
      columns[pair, default: [:]][key.form] = column
    }
    for pair in order {
      let indicator = panel.indicators[pair.indicator]
      for row in 0..<panel.periodCount {
        let cells = shown.map { form -> String in
          guard let column = columns[pair]?[form] else { return "" }
          let value = panel.values[row, column]
          return value.isNaN ? "" : DisplayNumber.text(value, decimals: panel.decimals[column])
        }
        if cells.allSatisfy(\.isEmpty) { continue }
        listing.rows.append(
          [
            pair.region, panel.regions[pair.region]?.parent ?? "", indicator?.nameZh ?? pair.indicator,
            indicator?.unit.symbol ?? "", "\(panel.period(atRow: row))",
          ] + cells)
      }
    }
    return listing
  }
}
