import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("Numbers: the median by selection")
struct MedianSelectionTests {
  /// The reference: sort, then the middle value or the mean of the two middle values.
  static func sortedMedian(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  @Test("small cases by hand: odd, even, repeated, one value, none")
  func byHand() {
    var odd = [5.0, 1, 3]
    #expect(MedianSelection.median(&odd) == 3)
    // (2 + 3) / 2.
    var even = [4.0, 1, 3, 2]
    #expect(MedianSelection.median(&even) == 2.5)
    var repeated = [7.0, 7, 7, 1, 7]
    #expect(MedianSelection.median(&repeated) == 7)
    var one = [9.5]
    #expect(MedianSelection.median(&one) == 9.5)
    var none: [Double] = []
    #expect(MedianSelection.median(&none).isNaN)
  }

  @Test("equal to the sorted median on 20,000 random buffers of 1 to 300 values, with many ties")
  func againstSort() {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<20_000 {
      let count = Int(generator.next() % 300) + 1
      let distinct = Double(generator.next() % 50 + 1)
      var values = (0..<count).map { _ in Double(generator.next() % UInt64(distinct)) * 0.5 }
      let expected = Self.sortedMedian(values)
      let original = values.sorted()
      #expect(MedianSelection.median(&values) == expected)
      #expect(values.sorted() == original, "a permutation of the input")
    }
  }
}
