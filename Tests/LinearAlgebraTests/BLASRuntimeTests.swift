import Testing

@testable import LinearAlgebra

@Suite("BLAS runtime", .serialized)
struct BLASRuntimeTests {
  @Test("core name and thread count are readable and the thread count can be set")
  func runtimeInfo() {
    #expect(!BLASRuntime.coreName.isEmpty)
    let before = BLASRuntime.threadCount
    BLASRuntime.setThreadCount(1)
    #expect(BLASRuntime.threadCount == 1)
    BLASRuntime.setThreadCount(before)
  }
}
