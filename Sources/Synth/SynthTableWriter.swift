/// Writes the header and the rows of one series in the long or the wide layout.
struct SynthTableWriter {
  /// The layout written.
  let layout: SynthLayout
  /// Whether values are year-to-date (本月止累计) rather than monthly (本月).
  let cumulative: Bool
  /// The written periods.
  let periods: SynthPeriods

  /// Key columns of both layouts.
  static let keyHeader = "地区,上级地区,指标,计量单位"

  /// Appends the header line.
  func writeHeader(to output: inout [UInt8]) {
    output.append(contentsOf: Self.keyHeader.utf8)
    switch layout {
    case .long:
      output.append(contentsOf: (cumulative ? ",期别,本月止累计\n" : ",期别,本月\n").utf8)
    case .wide:
      for label in periods.labels {
        output.append(UInt8(ascii: ","))
        output.append(contentsOf: label)
      }
      output.append(UInt8(ascii: "\n"))
    }
  }

  /// Appends the row(s) of one series to `rows`: `prefix` holds its key cells, each followed by a
  /// comma; `values` its simulated months.
  func appendSeries(
    prefix: [UInt8], values: [Double], decimals: Int, missing: inout MissingCells, to rows: inout [UInt8]
  ) {
    switch layout {
    case .long:
      for (label, offset) in zip(periods.labels, periods.writtenOffsets) {
        rows.append(contentsOf: prefix)
        rows.append(contentsOf: label)
        rows.append(UInt8(ascii: ","))
        appendCell(values[offset], decimals: decimals, mark: missing.next(), to: &rows)
        rows.append(UInt8(ascii: "\n"))
      }
    case .wide:
      rows.append(contentsOf: prefix.dropLast())
      for offset in periods.writtenOffsets {
        rows.append(UInt8(ascii: ","))
        appendCell(values[offset], decimals: decimals, mark: missing.next(), to: &rows)
      }
      rows.append(UInt8(ascii: "\n"))
    }
  }

  private func appendCell(_ value: Double, decimals: Int, mark: MissingCells.Mark, to output: inout [UInt8]) {
    switch mark {
    case .value: DecimalText.append(value, decimals: decimals, to: &output)
    case .empty: break
    case .redacted: output.append(UInt8(ascii: "*"))
    }
  }
}
