import Testing

@testable import LinearAlgebra

extension BLASRuntimeTests {
  @Test("small problems get one thread, large ones the maximum")
  func recommendedThreads() {
    #expect(BLASRuntime.recommendedThreadCount(work: 100 * 10 * 10) == 1)
    #expect(BLASRuntime.recommendedThreadCount(work: BLASRuntime.singleThreadWorkLimit - 1) == 1)
    #expect(
      BLASRuntime.recommendedThreadCount(work: BLASRuntime.singleThreadWorkLimit)
        == BLASRuntime.maximumThreadCount)
  }

  @Test("withThreads sets the count inside the body and restores it afterwards, also on throw")
  func withThreadsRestores() {
    let before = BLASRuntime.threadCount
    let inside = BLASRuntime.withThreads(1) { BLASRuntime.threadCount }
    #expect(inside == 1)
    #expect(BLASRuntime.threadCount == before)
    #expect(throws: LinearAlgebraError.self) {
      try BLASRuntime.withThreads(1) { () throws(LinearAlgebraError) in
        throw LinearAlgebraError.dimensionMismatch("test")
      }
    }
    #expect(BLASRuntime.threadCount == before)
  }
}
