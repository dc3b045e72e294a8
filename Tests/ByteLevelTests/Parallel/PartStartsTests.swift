import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("Part starts: equal shares moved to boundaries, repeated boundaries dropped")
struct PartStartsTests {
  /// 100 bytes, 2 threads, parts of at least 1 byte: min(2 × 16, 100) = 32 shares, starting at
  /// 3, 6, …, 93 (100 / 32 = 3 bytes each). Boundaries every 40 bytes move shares 1–13 (3…39) to 40,
  /// shares 14–26 (42…78) to 80 and shares 27–31 (81…93) to 120, past the end: parts 0, 40, 80.
  @Test("shares that land on the same boundary, or past the end, add one part or none")
  func repeatedBoundaries() {
    let starts = PartStarts.plan(byteCount: 100, from: 0, threads: 2, minimumBytes: 1) { ($0 / 40 + 1) * 40 }
    #expect(starts == [0, 40, 80])
  }

  @Test("no plan on one thread, without a boundary, or with one part left")
  func noPlan() {
    #expect(PartStarts.plan(byteCount: 100, from: 0, threads: 1, minimumBytes: 1) { $0 } == nil)
    #expect(
      PartStarts.plan(byteCount: 100, from: 0, threads: 2, minimumBytes: 1) { $0 > 50 ? nil : $0 } == nil)
    #expect(PartStarts.plan(byteCount: 100, from: 0, threads: 2, minimumBytes: 1) { _ in 100 } == nil)
    #expect(PartStarts.plan(byteCount: 100, from: 0, threads: 2, minimumBytes: 60) { $0 } == nil)
  }

  /// 1,000 bytes from offset 200 on 3 threads with parts of at least 100 bytes: min(48, 800 / 100) = 8
  /// shares of 100 bytes, each its own boundary.
  @Test("parts of at least the minimum size, from the start offset")
  func minimumSize() {
    let starts = PartStarts.plan(byteCount: 1000, from: 200, threads: 3, minimumBytes: 100) { $0 }
    #expect(starts == [200, 300, 400, 500, 600, 700, 800, 900])
  }
}
