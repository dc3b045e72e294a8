import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("Byte copies in 16-byte blocks")
struct BlockCopyTests {
  @Test("every length from 0 to 80: the text arrives whole, the position after it is returned")
  func lengths() {
    for count in 0...80 {
      let text = (0..<count).map { UInt8(truncatingIfNeeded: 65 + $0 % 26) }
      let source = text + [UInt8](repeating: 0xEE, count: BlockCopy.slack)
      var target = [UInt8](repeating: 0, count: count + 1 + BlockCopy.slack)
      let advanced = source.withUnsafeBytes { from in
        target.withUnsafeMutableBufferPointer { to -> Int in
          guard let start = from.baseAddress, let base = to.baseAddress else { return -1 }
          return BlockCopy.copy(start, count: count, to: base + 1) - base
        }
      }
      #expect(advanced == count + 1)
      #expect(Array(target[1..<(count + 1)]) == text, "length \(count)")
      #expect(target[0] == 0)
    }
  }
}
