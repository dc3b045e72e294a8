import LinearAlgebra
import Testing

@Suite("Least squares (dgels, dgelsd) against numpy")
struct LeastSquaresTests {
  typealias Reference = NumpyReference

  @Test("dgels solves an overdetermined system with three right-hand sides like numpy.linalg.lstsq")
  func fullRank() throws {
    let solution = try leastSquares(Reference.lstsqA, Reference.lstsqB)
    #expect(solution.rows == 3 && solution.columns == 3)
    expectClose(solution, Reference.lstsqExpected)
  }

  @Test("dgels residual is orthogonal to the columns of A: Aᵀ(A·X − B) = 0")
  func normalEquations() throws {
    let a = Reference.lstsqA
    var residual = Reference.lstsqB
    let solution = try leastSquares(a, residual)
    try gemm(a, .noTranspose, solution, .noTranspose, alpha: 1, beta: -1, into: &residual)
    let gradient = try a.transposed() * residual
    #expect(maxMagnitude(gradient.storage) <= 1e-12)
  }

  @Test("dgels on a design with an all-zero column throws singular")
  func rankDeficientThrowsSingular() throws {
    // A dummy that is never active in the sample: column 2 is exactly zero, so R₂₂ = 0.
    let a = Matrix([
      [1, 0.5, 0],
      [1, -1.25, 0],
      [1, 2, 0],
      [1, 0.75, 0],
    ])
    let b = Matrix(rows: 4, columns: 1, repeating: 1)
    let error = #expect(throws: LinearAlgebraError.self) { try leastSquares(a, b) }
    #expect(error == .singular(routine: "dgels", info: 3))
    #expect(error?.description.contains("dgels") == true)
  }

  @Test("dgels rejects mismatched rows and wide designs")
  func dgelsDimensionMismatch() {
    let tooShort = Matrix(rows: 7, columns: 3)
    let rowsError = #expect(throws: LinearAlgebraError.self) { try leastSquares(Reference.lstsqA, tooShort) }
    #expect(rowsError?.isDimensionMismatch == true)
    let wide = Matrix(rows: 2, columns: 3, repeating: 1)
    let wideError = #expect(throws: LinearAlgebraError.self) {
      try leastSquares(wide, Matrix(rows: 2, columns: 1))
    }
    #expect(wideError?.isDimensionMismatch == true)
  }

  @Test("dgelsd on a rank-deficient design finds rank 3 and numpy's minimum-norm solution")
  func rankDeficient() throws {
    let result = try minimumNormLeastSquares(
      Reference.rankDeficientA, Reference.rankDeficientB, rcond: Reference.rankDeficientRcond)
    #expect(result.rank == Reference.rankDeficientRank)
    expectClose(result.singularValues, Reference.rankDeficientSingularValues)
    expectClose(result.solution, Reference.rankDeficientExpected, relative: 1e-9)
  }

  @Test("dgelsd agrees with dgels on a full-rank design")
  func minimumNormFullRank() throws {
    let result = try minimumNormLeastSquares(Reference.lstsqA, Reference.lstsqB, rcond: -1)
    #expect(result.rank == 3)
    expectClose(result.solution, Reference.lstsqExpected)
  }

  @Test("dgelsd on a wide design returns an n × k solution that fits exactly")
  func minimumNormWide() throws {
    // Row 3 of Aᵀ is row 0 + 2 · row 1, so b₃ = b₀ + 2 · b₁ makes the system consistent.
    let a = Reference.rankDeficientA.transposed()
    let b = Matrix(rows: 4, columns: 1, storage: [1, 2, 3, 1 + 2 * 2])
    let result = try minimumNormLeastSquares(a, b, rcond: Reference.rankDeficientRcond)
    #expect(result.solution.rows == 8 && result.solution.columns == 1)
    #expect(result.rank == 3)
    expectClose(try a * result.solution, b)
  }

  @Test("dgelsd rejects mismatched rows")
  func dgelsdDimensionMismatch() {
    let error = #expect(throws: LinearAlgebraError.self) {
      try minimumNormLeastSquares(Reference.rankDeficientA, Matrix(rows: 3, columns: 1), rcond: -1)
    }
    #expect(error?.isDimensionMismatch == true)
  }

  @Test("NaN in the design is reported by LAPACKE as an illegal argument of dgels")
  func nanInput() {
    var a = Reference.lstsqA
    a[0, 0] = .nan
    let error = #expect(throws: LinearAlgebraError.self) { try leastSquares(a, Reference.lstsqB) }
    #expect(error == .illegalArgument(routine: "dgels", position: 6))
  }
}
