/// The median of a buffer by selection (Hoare's quickselect, median-of-three pivots) rather than a sort:
/// linear time on average, where a sort takes n log n; for the many short series whose median the
/// ingest checks look at.
@_spi(ByteLevel) public enum MedianSelection {
  /// The median of `values`, which it reorders: the middle value, or the mean of the two middle values
  /// of an even count; NaN when empty. `values` holds no NaN.
  public static func median(_ values: inout [Double]) -> Double {
    let count = values.count
    guard count > 0 else { return .nan }
    return values.withUnsafeMutableBufferPointer { buffer in
      let middle = count / 2
      select(buffer, middle)
      let upper = buffer[middle]
      guard count % 2 == 0 else { return upper }
      // After the selection nothing before `middle` exceeds it: the lower middle is their largest.
      var lower = buffer[0]
      for index in 1..<middle { lower = max(lower, buffer[index]) }
      return (lower + upper) / 2
    }
  }

  /// Reorders `buffer` so that index `k` holds the value a sort would put there, nothing before it
  /// larger and nothing after it smaller.
  static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int) {
    assert(buffer.indices.contains(k), "k within the buffer")
    var low = 0
    var high = buffer.count - 1
    while high > low {
      let mid = low + (high - low) / 2
      if buffer[mid] < buffer[low] { buffer.swapAt(mid, low) }
      if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
      if buffer[high] < buffer[mid] { buffer.swapAt(high, mid) }
      let pivot = buffer[mid]
      var left = low
      var right = high
      while left <= right {
        while buffer[left] < pivot { left += 1 }
        while buffer[right] > pivot { right -= 1 }
        if left <= right {
          buffer.swapAt(left, right)
          left += 1
          right -= 1
        }
      }
      // [low, right] ≤ pivot ≤ [left, high]; between them, values equal to the pivot.
      if k <= right {
        high = right
      } else if k >= left {
        low = left
      } else {
        return
      }
    }
  }
}
