import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("Order statistics: type-7 quantiles by selection equal those of the sorted values")
struct OrderStatisticsTests {
  @Test("hand-checked small cases")
  func small() {
    // 1, 2, 3, 4: h = 3p; p = 0.5 → h = 1.5 → 2 + 0.5·(3 − 2) = 2.5; p = 0.1 → h = 0.3 → 1.3.
    var values: [Double] = [4, 1, 3, 2]
    let quantiles = values.withUnsafeMutableBufferPointer {
      OrderStatistics.quantiles(of: $0, [0.5, 0.1, 1, 0])
    }
    #expect(quantiles.count == 4)
    #expect(abs(quantiles[0] - 2.5) < 1e-15 && abs(quantiles[1] - 1.3) < 1e-15)
    #expect(quantiles[2] == 4 && quantiles[3] == 1)
    var one: [Double] = [7]
    #expect(
      one.withUnsafeMutableBufferPointer { OrderStatistics.quantiles(of: $0, [0.025, 0.975]) } == [7, 7])
    var none: [Double] = []
    #expect(none.withUnsafeMutableBufferPointer { OrderStatistics.quantiles(of: $0, [0.5]) }[0].isNaN)
  }

  @Test("2,000 pseudo-random values with ties, 500 times, at the four interval probabilities")
  func randomAgainstSorting() {
    var generator = SplitMix64(seed: 11)
    let probabilities = [0.1, 0.9, 0.025, 0.975]
    for trial in 0..<500 {
      let count = 1 + Int(generator.next() % 2000)
      var values = (0..<count).map { _ in Double(generator.next() % 300) / 7 }
      let sorted = values.sorted()
      let expected = probabilities.map { SimulatedQuantiles.quantile(sorted: sorted, $0) }
      let selected = values.withUnsafeMutableBufferPointer {
        OrderStatistics.quantiles(of: $0, probabilities)
      }
      #expect(selected == expected, "trial \(trial), \(count) values")
    }
  }
}
