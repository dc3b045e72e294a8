import Testing

@testable import LinearAlgebra

@Suite("LAPACK info to LinearAlgebraError")
struct LinearAlgebraErrorTests {
  @Test("info = 0 does not throw")
  func success() throws {
    try checkLAPACK("dgels", 0) { .singular(routine: "dgels", info: $0) }
  }

  @Test("negative info is an illegal argument at position -info")
  func negative() {
    let error = #expect(throws: LinearAlgebraError.self) { try checkLAPACK("dgeqrf", -4) }
    #expect(error == .illegalArgument(routine: "dgeqrf", position: 4))
  }

  @Test("LAPACKE memory errors are outOfMemory, not an illegal argument")
  func memory() {
    for info: Int32 in [-1010, -1011] {
      let error = #expect(throws: LinearAlgebraError.self) { try checkLAPACK("dgesdd", info) }
      #expect(error == .outOfMemory(routine: "dgesdd"))
    }
  }

  @Test("positive info takes the routine's meaning, or unexpectedInfo when it has none")
  func positive() {
    let mapped = #expect(throws: LinearAlgebraError.self) {
      try checkLAPACK("dgesdd", 2) { .noConvergence(routine: "dgesdd", info: $0) }
    }
    #expect(mapped == .noConvergence(routine: "dgesdd", info: 2))
    let unmapped = #expect(throws: LinearAlgebraError.self) { try checkLAPACK("dorgqr", 1) }
    #expect(unmapped == .unexpectedInfo(routine: "dorgqr", info: 1))
  }

  @Test("every message names the routine")
  func descriptions() {
    let errors: [LinearAlgebraError] = [
      .illegalArgument(routine: "dgels", position: 6),
      .outOfMemory(routine: "dgels"),
      .singular(routine: "dgels", info: 1),
      .notPositiveDefinite(routine: "dgels", order: 1),
      .noConvergence(routine: "dgels", info: 1),
      .unexpectedInfo(routine: "dgels", info: 1),
    ]
    for error in errors {
      #expect(error.description.contains("dgels"))
    }
  }
}
