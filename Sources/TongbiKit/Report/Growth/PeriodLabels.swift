@_spi(ByteLevel) import ByteLevel

/// The UTF-8 labels of a table's periods in one buffer, so that a row copies its label without
/// reference counting; the last is followed by `BlockCopy.slack` bytes.
final class PeriodLabels {
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Label r is bytes `starts[r]..<starts[r + 1]`.
  private let starts: UnsafeMutableBufferPointer<Int>

  init(_ labels: [String]) {
    let flat = labels.flatMap { Array($0.utf8) }
    bytes = .allocate(capacity: flat.count + BlockCopy.slack)
    _ = UnsafeMutableBufferPointer(rebasing: bytes[..<flat.count]).initialize(fromContentsOf: flat)
    UnsafeMutableBufferPointer(rebasing: bytes[flat.count...]).initialize(repeating: 0)
    starts = .allocate(capacity: labels.count + 1)
    var offset = 0
    starts[0] = 0
    for (row, label) in labels.enumerated() {
      offset += label.utf8.count
      starts[row + 1] = offset
    }
  }

  deinit {
    bytes.deallocate()
    starts.deallocate()
  }

  /// The label of row `row`.
  @inline(__always)
  subscript(row: Int) -> UnsafeBufferPointer<UInt8> {
    assert(starts[row + 1] + BlockCopy.slack <= bytes.count, "a label is followed by readable slack")
    return UnsafeBufferPointer(rebasing: bytes[starts[row]..<starts[row + 1]])
  }
}
