import Foundation

/// Sample quantiles by selection: R's type 7 quantiles of a buffer without sorting it.
enum OrderStatistics {
  /// The type-7 quantile of `values` at each probability (in the order given; NaN when `values` is
  /// empty): with h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), equal to
  /// `SimulatedQuantiles.quantile(sorted:)` of the sorted values. `values` is reordered.
  ///
  /// Every order statistic needed (⌊h⌋ and ⌊h⌋ + 1 of each probability) is put in its sorted place by
  /// selection: the middle one first (Floyd–Rivest), then the others inside the parts on either side of
  /// it, so each is searched for only among the values that can hold it.
  static func quantiles(of values: UnsafeMutableBufferPointer<Double>, _ probabilities: [Double]) -> [Double]
  {
    let n = values.count
    guard n > 0 else { return [Double](repeating: .nan, count: probabilities.count) }
    let positions = probabilities.map { p -> (h: Double, low: Int, high: Int) in
      let h = Double(n - 1) * min(max(p, 0), 1)
      let low = Int(h)
      return (h, low, min(low + 1, n - 1))
    }
    let wanted = Array(Set(positions.flatMap { [$0.low, $0.high] })).sorted()
    selectAll(values, wanted[...], from: 0, to: n)
    return positions.map { values[$0.low] + ($0.h - Double($0.low)) * (values[$0.high] - values[$0.low]) }
  }

  /// Puts each of `indices` (ascending, within `lower..<upper`) in its sorted place within
  /// `values[lower..<upper]`.
  private static func selectAll(
    _ values: UnsafeMutableBufferPointer<Double>, _ indices: ArraySlice<Int>, from lower: Int, to upper: Int
  ) {
    guard !indices.isEmpty else { return }
    let middle = indices.startIndex + indices.count / 2
    let k = indices[middle]
    select(values, k, from: lower, to: upper)
    selectAll(values, indices[..<middle], from: lower, to: k)
    selectAll(values, indices[(middle + 1)...], from: k + 1, to: upper)
  }

  /// Reorders `values[lower..<upper]` so that position k holds the value a full sort would put there,
  /// with no larger value before it and no smaller one after it: Floyd and Rivest's SELECT (1975), which
  /// first narrows the range around k by selecting in a sample of about n^(2/3) values, so that it needs
  /// about n + min(k, n − k) comparisons.
  private static func select(
    _ values: UnsafeMutableBufferPointer<Double>, _ k: Int, from lower: Int, to upper: Int
  ) {
    var left = lower
    var right = upper - 1
    while right > left {
      if right - left > 600 {
        let n = Double(right - left + 1)
        let i = Double(k - left + 1)
        let z = log(n)
        let s = 0.5 * exp(2 * z / 3)
        let deviation = 0.5 * (z * s * (n - s) / n).squareRoot() * (i < n / 2 ? -1 : 1)
        let sampleLeft = max(left, Int(Double(k) - i * s / n + deviation))
        let sampleRight = min(right, Int(Double(k) + (n - i) * s / n + deviation))
        select(values, k, from: sampleLeft, to: sampleRight + 1)
      }
      let pivot = values[k]
      var i = left
      var j = right
      values.swapAt(left, k)
      if values[right] > pivot { values.swapAt(right, left) }
      while i < j {
        values.swapAt(i, j)
        i += 1
        j -= 1
        while values[i] < pivot { i += 1 }
        while values[j] > pivot { j -= 1 }
      }
      if values[left] == pivot {
        values.swapAt(left, j)
      } else {
        j += 1
        values.swapAt(j, right)
      }
      if j <= k { left = j + 1 }
      if k <= j { right = j - 1 }
    }
  }
}
