/// Sample quantiles by selection: R's type 7 quantiles of a buffer without sorting it.
enum OrderStatistics {
  /// The type-7 quantile of `values` at each probability (in the order given; NaN when `values` is
  /// empty): with h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), equal to
  /// `SimulatedQuantiles.quantile(sorted:)` of the sorted values. `values` is reordered.
  ///
  /// Probabilities are taken in ascending order; each order statistic is selected (three-way
  /// quickselect, median-of-three pivot) in the part of the buffer right of the previous one, and
  /// x₍⌊h⌋+1₎ is the minimum of the part right of x₍⌊h⌋₎.
  static func quantiles(of values: UnsafeMutableBufferPointer<Double>, _ probabilities: [Double]) -> [Double]
  {
    let n = values.count
    var result = [Double](repeating: .nan, count: probabilities.count)
    guard n > 0 else { return result }
    var start = 0
    for index in probabilities.indices.sorted(by: { probabilities[$0] < probabilities[$1] }) {
      let h = Double(n - 1) * min(max(probabilities[index], 0), 1)
      let low = Int(h)
      select(values, low, from: start, to: n)
      start = low
      var next = values[low]
      if low + 1 < n {
        next = values[low + 1]
        for i in (low + 2)..<n where values[i] < next { next = values[i] }
      }
      result[index] = values[low] + (h - Double(low)) * (next - values[low])
    }
    return result
  }

  /// Reorders `values[lower..<upper]` so that position k holds the value a full sort would put there,
  /// with no larger value before it and no smaller one after it.
  static func select(_ values: UnsafeMutableBufferPointer<Double>, _ k: Int, from lower: Int, to upper: Int) {
    var lo = lower
    var hi = upper
    while hi - lo > 1 {
      let a = values[lo]
      let b = values[lo + (hi - lo) / 2]
      let c = values[hi - 1]
      let pivot = max(min(a, b), min(max(a, b), c))
      var less = lo
      var i = lo
      var greater = hi
      while i < greater {
        if values[i] < pivot {
          values.swapAt(less, i)
          less += 1
          i += 1
        } else if values[i] > pivot {
          greater -= 1
          values.swapAt(i, greater)
        } else {
          i += 1
        }
      }
      if k < less {
        hi = less
      } else if k >= greater {
        lo = greater
      } else {
        return
      }
    }
  }
}
