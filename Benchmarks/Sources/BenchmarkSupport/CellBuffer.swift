/// Many short cell texts packed into one byte array, as they sit in a CSV buffer.
public struct CellBuffer: Sendable {
  private let bytes: [UInt8]
  private let bounds: [Range<Int>]

  /// Packs `cells`.
  public init(_ cells: [String]) {
    var bytes: [UInt8] = []
    var bounds: [Range<Int>] = []
    for cell in cells {
      let start = bytes.count
      bytes += cell.utf8
      bounds.append(start..<bytes.count)
    }
    self.bytes = bytes
    self.bounds = bounds
  }

  /// Number of cells.
  public var count: Int { bounds.count }

  /// Calls `body` with the bytes of each cell in order.
  @inline(__always)
  public func forEachCell(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    bytes.withUnsafeBufferPointer { buffer in
      for range in bounds {
        body(UnsafeBufferPointer(rebasing: buffer[range]))
      }
    }
  }
}
