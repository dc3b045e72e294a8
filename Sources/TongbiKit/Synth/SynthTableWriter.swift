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

  /// Appends the row(s) of one series: `prefix` holds its key cells, each followed by a comma;
  /// `values` its simulated months. Flushes the writer between rows when its buffer is full.
  func writeSeries(
    prefix: [UInt8], values: [Double], decimals: Int, missing: inout MissingCells, to writer: BufferedWriter
  ) throws(SynthError) {
    switch layout {
    case .long:
      for (label, offset) in zip(periods.labels, periods.writtenOffsets) {
        writer.buffer.append(contentsOf: prefix)
        writer.buffer.append(contentsOf: label)
        writer.buffer.append(UInt8(ascii: ","))
        appendCell(values[offset], decimals: decimals, mark: missing.next(), to: &writer.buffer)
        writer.buffer.append(UInt8(ascii: "\n"))
        try writer.flushIfFull()
      }
    case .wide:
      writer.buffer.append(contentsOf: prefix.dropLast())
      for offset in periods.writtenOffsets {
        writer.buffer.append(UInt8(ascii: ","))
        appendCell(values[offset], decimals: decimals, mark: missing.next(), to: &writer.buffer)
      }
      writer.buffer.append(UInt8(ascii: "\n"))
      try writer.flushIfFull()
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
