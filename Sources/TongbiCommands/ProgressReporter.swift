@_spi(ByteLevel) import ByteLevel
import Foundation

/// A one-line progress bar on standard error, shown only when standard error is a terminal.
final class ProgressReporter {
  /// Whether progress is drawn (standard error is a terminal).
  let isEnabled: Bool
  private let label: String
  /// What `done` counts: `nil` for bytes (shown in MB), else the name of the items (`series`).
  private let unit: String?
  private var lastDrawn = -1.0

  /// A reporter whose counts are bytes (`unit` nil, shown in MB) or items named `unit`.
  init(label: String, unit: String? = nil) {
    self.label = label
    self.unit = unit
    isEnabled = FileDescriptor.standardError.isTerminal
  }

  /// Redraws the bar when it moved by at least one percent.
  func update(done: Int, total: Int) {
    guard isEnabled, total > 0 else { return }
    let fraction = min(1, Double(done) / Double(total))
    guard fraction - lastDrawn >= 0.01 || (fraction == 1 && lastDrawn < 1) else { return }
    lastDrawn = fraction
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let count =
      unit.map { "\(done)/\(total) \($0)" } ?? "\(String(format: "%.0f", Double(done) / 1_048_576)) MB"
    StandardError.write(bytes: Array("\r\(label) [\(bar)] \(Int(fraction * 100))% \(count)".utf8))
  }

  /// Clears the bar's line.
  func finish() {
    guard isEnabled, lastDrawn >= 0 else { return }
    StandardError.write(bytes: Array("\r\u{1B}[K".utf8))
  }
}
