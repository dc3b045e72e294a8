@_spi(ByteLevel) import ByteLevel
import TongbiKit

/// Generates a synthetic panel of economic indicators and writes it as CSV: regions `R00001`, … under
/// counties `C0001`, … (ten regions each), the indicators of ``SynthIndicator``, and monthly or
/// year-to-date values from ``SeriesSimulator``.
///
/// Output is streamed series by series through a `ByteOutput`; memory stays at one series of values
/// and rows and one output buffer whatever the size. The same options give the same bytes everywhere.
public struct PanelSynthesizer {
  /// What to generate.
  public let options: SynthOptions
  /// Called with (series written, series in all) now and then while writing.
  public var progress: ((Int, Int) -> Void)?

  /// Regions per parent county.
  static let regionsPerParent = 10

  /// Creates a generator for `options`.
  public init(options: SynthOptions) {
    self.options = options
  }

  /// Number of periods (value columns of the wide layout, rows per series of the long one) written.
  public var periodCount: Int {
    SynthPeriods(start: options.start, months: options.months, cumulative: options.cumulative).count
  }

  /// Number of data rows written (the header not counted).
  public var rowCount: Int {
    let series = max(0, options.regions) * max(0, options.indicators)
    return options.layout == .long ? series * periodCount : series
  }

  /// Writes the table (header and rows) to the file at `path` (atomically: see `ByteOutput`), or to
  /// standard output when `path` is `nil`.
  public func write(toPath path: String?) throws {
    let output = try path.map { path throws(SystemCallError) in try ByteOutput(path: path) } ?? ByteOutput()
    try write(to: output)
    try output.commit()
  }

  /// Writes the table (header and rows) to `output`, flushed; does not commit it.
  package func write(to output: ByteOutput) throws(SystemCallError) {
    let periods = SynthPeriods(start: options.start, months: options.months, cumulative: options.cumulative)
    let indicators = SynthIndicator.list(count: max(0, options.indicators))
    let simulator = SeriesSimulator(
      seasonal: Seasonality.factors(from: periods.firstSimulated, count: periods.simulatedCount),
      seed: options.seed)
    let table = SynthTableWriter(layout: options.layout, cumulative: options.cumulative, periods: periods)
    var rows: [UInt8] = []
    table.writeHeader(to: &rows)
    let seriesTotal = max(0, options.regions) * indicators.count
    var values: [Double] = []
    values.reserveCapacity(periods.simulatedCount)
    for region in 0..<max(0, options.regions) {
      let draw = simulator.region(region)
      let regionText = Array(("R" + DecimalText.padded(region + 1, width: 5) + ",").utf8)
      let parentText = Array(
        ("C" + DecimalText.padded(region / Self.regionsPerParent + 1, width: 4) + ",").utf8)
      for (index, indicator) in indicators.enumerated() {
        simulator.simulate(
          region: region, draw: draw, indicator: index, typicalLevel: indicator.typicalLevel, into: &values)
        if options.cumulative { SeriesSimulator.accumulate(&values) }
        let prefix = regionText + parentText + Array((indicator.name + "," + indicator.unit + ",").utf8)
        var missing = MissingCells(
          seed: options.seed, region: region, indicator: index, rate: options.missingRate)
        table.appendSeries(
          prefix: prefix, values: values, decimals: indicator.decimals, missing: &missing, to: &rows)
        try output.append(rows)
        rows.removeAll(keepingCapacity: true)
        let done = region * indicators.count + index + 1
        if let progress, done % 256 == 0 || done == seriesTotal { progress(done, seriesTotal) }
      }
    }
    try output.append(rows)
    try output.flush()
  }
}
