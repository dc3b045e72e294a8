/// Twelve months of one series and year, NaN where there is no value: one buffer reused for every row.
final class MonthRow {
  private let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: 12)

  init() { storage.initialize(repeating: .nan) }

  deinit { storage.deallocate() }

  /// The months, January first.
  var buffer: UnsafeMutableBufferPointer<Double> { storage }

  /// Sets every month to NaN.
  func clear() { storage.update(repeating: .nan) }
}
