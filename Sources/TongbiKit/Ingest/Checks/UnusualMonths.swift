@_spi(ByteLevel) import ByteLevel

/// Months far outside their series' usual level, which a statistician spots by eye: a digit typed twice
/// or lost, a figure in 元 among 万元. Noticed at the cell, never rejected (a plant that opens does
/// make such a month).
///
/// A monthly value x of a flow or stock series of at least `fewestValues` positive values is unusual
/// when, with r = `ratio` (5):
/// - x > r·m or x < m / r for m the median of the series, and for m the median of the months within six
///   on either side (at least four of them);
/// - each adjacent month that has a value is as far from x (x is a spike, not the first month after a
///   lasting change of level): the first test, made in one pass over the series;
/// - x lies more than `steps` (8) times the series' typical step (the median of |x(t) − x(t−1)|) from
///   that median around it (a series near zero, such as rainfall, swings many-fold by small steps);
/// - no value of the same month one or two years before or after lies within a factor 2.5 of x (a
///   seasonal peak recurs);
/// - the series has at most one such month per 50 values (at least one): a series with more swings
///   that far by nature (rainfall, sunspots, a village's occasional land sale), and none is noticed.
enum UnusualMonths {
  /// How many times above or below its usual level a month must be.
  static let ratio = 5.0
  /// The factor within which last or next year's same month makes a month seasonal, not unusual.
  static let seasonalFactor = 2.5
  /// How many typical steps from the months around it a month must be.
  static let steps = 8.0
  /// Fewest positive values a series needs before its months are judged.
  static let fewestValues = 8
  /// Most months noticed one by one; more get one notice.
  static let listedAtMost = 10

  /// Notices the unusual months of every monthly flow and stock series.
  static func notice(_ session: inout IngestSession) {
    let builder = session.builder
    var found: [(column: Int, ordinal: Int, value: Double, usual: Double, position: PackedPosition)] = []
    var scratch: [Double] = []
    // Whether each indicator is a flow or a stock, looked up once per indicator: a panel has few
    // indicators and many series, and a short list compared by name costs less than hashing the name.
    var judged: [(indicator: String, isLevel: Bool)] = []
    for (column, key) in builder.keys.enumerated() where key.form == .monthly {
      let isLevel: Bool
      if let known = judged.first(where: { $0.indicator == key.indicator }) {
        isLevel = known.isLevel
      } else {
        isLevel = [.flow, .stock].contains(session.catalog.indicators[key.indicator]?.kind)
        judged.append((key.indicator, isLevel))
      }
      guard isLevel else { continue }
      builder.withCells(of: column) { values, positions, rows, base in
        for row in spikes(values, rows: rows, scratch: &scratch) {
          found.append(
            (
              column, base + row.index, values[row.index], row.usual,
              PackedPosition(raw: positions[row.index])
            ))
        }
      }
    }
    for (index, month) in found.enumerated() {
      let position = session.position(of: month.position)
      if index == listedAtMost {
        session.notice(
          position,
          "\(found.count - listedAtMost) more month(s) far from their series' usual level, the first here")
        return
      }
      let key = builder.keys[month.column]
      let times = month.value / month.usual
      let how = times > 1 ? "\(rounded(times)) times" : "1/\(rounded(1 / times)) of"
      session.notice(
        position,
        "\(key.region.isEmpty ? key.indicator : "\(key.indicator) of \(key.region)"), \(Period(ordinal: month.ordinal)): \(NumberBytes.text(month.value)) is "
          + "\(how) the months around it (their median \(NumberBytes.text(month.usual))): a mistyped figure?")
    }
  }

  /// The rows of `values[0..<rows]` that are unusual, each with the median of the months around it;
  /// `scratch` is reused across series.
  static func spikes(_ values: UnsafePointer<Double>, rows: Int, scratch: inout [Double]) -> [(
    index: Int, usual: Double
  )] {
    // One pass first, without allocating: the months far from each neighbour that has a value. Most
    // series have none, and no median is then taken.
    var count = 0
    var candidates: [Int] = []
    var previous = Double.nan
    for row in 0..<rows {
      let value = values[row]
      defer { previous = value }
      guard value > 0 else { continue }
      count += 1
      // Nearly every month is within `ratio` of the one before: two comparisons, and on.
      guard !(previous > 0) || isFar(value, from: previous) else { continue }
      let next = row + 1 < rows ? values[row + 1] : .nan
      if !(next > 0) || isFar(value, from: next) { candidates.append(row) }
    }
    guard count >= fewestValues, !candidates.isEmpty else { return [] }
    let seriesMedian = median(of: (0..<rows).lazy.map { values[$0] }, scratch: &scratch)
    var typicalStep: Double?
    var result: [(index: Int, usual: Double)] = []
    for row in candidates {
      let value = values[row]
      guard isFar(value, from: seriesMedian) else { continue }
      let seasonal = [row - 24, row - 12, row + 12, row + 24].contains { other in
        (0..<rows).contains(other) && values[other] > 0
          && max(value, values[other]) < seasonalFactor * min(value, values[other])
      }
      guard !seasonal else { continue }
      let window = max(0, row - 6)..<min(rows, row + 7)
      let around = median(of: window.lazy.filter { $0 != row }.map { values[$0] }, scratch: &scratch)
      guard scratch.count >= 4, isFar(value, from: around) else { continue }
      let step =
        typicalStep
        ?? median(
          of: (1..<rows).lazy.map { abs(values[$0] - values[$0 - 1]) }.filter { !$0.isNaN },
          scratch: &scratch, positiveOnly: false)
      typicalStep = step
      if !(abs(value - around) <= steps * step) { result.append((row, around)) }
    }
    return result.count <= max(1, count / 50) ? result : []
  }

  /// Whether `value` is more than `ratio` times above or below `level`.
  @inline(__always)
  private static func isFar(_ value: Double, from level: Double) -> Bool {
    value > ratio * level || value * ratio < level
  }

  /// The median of the positive (or, unless `positiveOnly`, all) finite values of `candidates`, which
  /// are left in `scratch`; NaN when none.
  private static func median(
    of candidates: some Sequence<Double>, scratch: inout [Double], positiveOnly: Bool = true
  ) -> Double {
    scratch.removeAll(keepingCapacity: true)
    for value in candidates where (value > 0 || !positiveOnly) && value.isFinite { scratch.append(value) }
    return MedianSelection.median(&scratch)
  }

  /// `value` with one decimal below 10, else whole.
  private static func rounded(_ value: Double) -> String {
    value < 10 ? NumberBytes.text((value * 10).rounded() / 10) : NumberBytes.text(value.rounded())
  }
}
