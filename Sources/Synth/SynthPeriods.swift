import TongbiKit

/// The months a synthetic panel simulates and the periods it writes.
///
/// Simulation starts in January of the first year, so year-to-date sums are complete even when the
/// table starts mid-year. The written periods are the months from `start` on; cumulative tables skip
/// January, which is published together with February (1-2月).
struct SynthPeriods {
  /// First simulated month (January of the start year).
  let firstSimulated: Period
  /// Number of simulated months.
  let simulatedCount: Int
  /// Offsets (from `firstSimulated`) of the written periods, in order.
  let writtenOffsets: [Int]
  /// Label of each written period, as UTF-8 bytes (`2024-06`, or `2024年1-6月` when cumulative).
  let labels: [[UInt8]]

  /// The periods of `months` months from `start`, monthly or cumulative.
  init(start: Period, months: Int, cumulative: Bool) {
    let first = Period(ordinal: start.year * 12)
    firstSimulated = first
    let lead = start - first
    simulatedCount = lead + max(0, months)
    writtenOffsets = (lead..<simulatedCount).filter { !cumulative || (first + $0).month != 1 }
    labels = writtenOffsets.map { offset in
      let period = first + offset
      let text = cumulative ? "\(period.year)年1-\(period.month)月" : period.description
      return Array(text.utf8)
    }
  }

  /// Number of written periods.
  var count: Int { writtenOffsets.count }
}
