import LinearAlgebra
import Testing

@Suite("BLAS kernels against numpy")
struct BLASTests {
  typealias Reference = NumpyReference

  @Test(
    "gemm computes α·op(A)·op(B) + β·C for every transpose combination",
    arguments: [
      (Transpose.noTranspose, Transpose.noTranspose),
      (.noTranspose, .transpose),
      (.transpose, .noTranspose),
      (.transpose, .transpose),
    ])
  func gemmTransposes(opA: Transpose, opB: Transpose) throws {
    let a = opA == .noTranspose ? Reference.gemmA : Reference.gemmAT
    let b = opB == .noTranspose ? Reference.gemmB : Reference.gemmBT
    var c = Reference.gemmC0
    try gemm(a, opA, b, opB, alpha: Reference.alpha, beta: Reference.beta, into: &c)
    expectClose(c, Reference.gemmExpected)
  }

  @Test("gemm with β = 0 ignores NaN already in C")
  func gemmBetaZeroIgnoresC() throws {
    var c = Matrix(rows: 4, columns: 5, repeating: .nan)
    try gemm(Reference.gemmA, .noTranspose, Reference.gemmB, .noTranspose, into: &c)
    expectClose(c, try Reference.gemmA * Reference.gemmB)
    #expect(c.storage.allSatisfy { $0.isFinite })
  }

  @Test("the * operator is gemm with α = 1 and β = 0")
  func productOperator() throws {
    let product = try Reference.gemmA * Reference.gemmB
    var expected = Reference.gemmExpected
    // gemmExpected = α·A·B + β·C0, so A·B = (gemmExpected − β·C0) / α.
    for j in 0..<expected.columns {
      for i in 0..<expected.rows {
        expected[i, j] = (expected[i, j] - Reference.beta * Reference.gemmC0[i, j]) / Reference.alpha
      }
    }
    expectClose(product, expected)
  }

  @Test("gemv computes α·A·x + β·y")
  func gemvNoTranspose() throws {
    var y = Reference.gemvY0
    try gemv(
      Reference.gemvA, .noTranspose, Reference.gemvX, alpha: Reference.alpha, beta: Reference.beta, into: &y)
    expectClose(y, Reference.gemvExpected)
  }

  @Test("gemv computes α·Aᵀ·x + β·y")
  func gemvTranspose() throws {
    var y = Reference.gemvYT0
    try gemv(
      Reference.gemvA, .transpose, Reference.gemvXT, alpha: Reference.alpha, beta: Reference.beta, into: &y)
    expectClose(y, Reference.gemvExpectedT)
  }

  @Test("syrk full result is α·AᵀA + β·C, symmetric")
  func syrkFull() throws {
    var c = Reference.syrkC0
    try syrk(Reference.syrkA, alpha: Reference.alpha, beta: Reference.beta, into: &c)
    expectClose(c, Reference.syrkExpected)
    #expect(c == c.transposed())
  }

  @Test("syrk upper result writes the upper triangle and leaves the lower one untouched")
  func syrkUpper() throws {
    var c = Reference.syrkC0
    let sentinel = -999.0
    for j in 0..<c.columns {
      for i in (j + 1)..<c.rows {
        c[i, j] = sentinel
      }
    }
    try syrk(Reference.syrkA, alpha: Reference.alpha, beta: Reference.beta, into: &c, result: .upper)
    let tolerance = 1e-10 * max(1, maxMagnitude(Reference.syrkExpected.storage))
    for j in 0..<c.columns {
      for i in 0...j {
        #expect(abs(c[i, j] - Reference.syrkExpected[i, j]) <= tolerance)
      }
      for i in (j + 1)..<c.rows {
        #expect(c[i, j] == sentinel)
      }
    }
  }

  @Test("gemm, gemv and syrk reject shapes that do not fit")
  func dimensionMismatch() {
    var c = Matrix(rows: 4, columns: 5)
    let gemmError = #expect(throws: LinearAlgebraError.self) {
      try gemm(Reference.gemmA, .transpose, Reference.gemmB, .noTranspose, into: &c)
    }
    #expect(gemmError?.isDimensionMismatch == true)
    let productError = #expect(throws: LinearAlgebraError.self) { try Reference.gemmB * Reference.gemmA }
    #expect(productError?.isDimensionMismatch == true)
    var y = [Double](repeating: 0, count: 4)
    let gemvError = #expect(throws: LinearAlgebraError.self) {
      try gemv(Reference.gemvA, .noTranspose, Reference.gemvX, into: &y)
    }
    #expect(gemvError?.isDimensionMismatch == true)
    var gram = Matrix(rows: 3, columns: 3)
    let syrkError = #expect(throws: LinearAlgebraError.self) { try syrk(Reference.syrkA, into: &gram) }
    #expect(syrkError?.isDimensionMismatch == true)
  }
}
