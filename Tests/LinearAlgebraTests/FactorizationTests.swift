import LinearAlgebra
import Testing

@Suite("Cholesky, QR and SVD against numpy")
struct FactorizationTests {
  typealias Reference = NumpyReference

  @Test("Cholesky factor equals numpy.linalg.cholesky and L·Lᵀ = A")
  func choleskyFactor() throws {
    let cholesky = try CholeskyFactorization(Reference.choleskyA)
    expectClose(cholesky.lower, Reference.choleskyL)
    expectClose(try cholesky.lower * cholesky.lower.transposed(), Reference.choleskyA)
  }

  @Test("Cholesky solve matches numpy.linalg.solve for two right-hand sides")
  func choleskySolve() throws {
    let solution = try CholeskyFactorization(Reference.choleskyA).solve(Reference.choleskyB)
    expectClose(solution, Reference.choleskyExpected)
  }

  @Test("dpotrf on an indefinite matrix throws notPositiveDefinite at the failing order")
  func choleskyIndefinite() {
    // Eigenvalues 3 and -1: the 1 × 1 minor is fine, the 2 × 2 one is not.
    let indefinite = Matrix([[1, 2], [2, 1]])
    let error = #expect(throws: LinearAlgebraError.self) { try CholeskyFactorization(indefinite) }
    #expect(error == .notPositiveDefinite(routine: "dpotrf", order: 2))
    #expect(error?.description.contains("dpotrf") == true)
  }

  @Test("Cholesky rejects a non-square matrix and a right-hand side of the wrong height")
  func choleskyDimensionMismatch() throws {
    let squareError = #expect(throws: LinearAlgebraError.self) {
      try CholeskyFactorization(Matrix(rows: 2, columns: 3))
    }
    #expect(squareError?.isDimensionMismatch == true)
    let cholesky = try CholeskyFactorization(Reference.choleskyA)
    let solveError = #expect(throws: LinearAlgebraError.self) {
      try cholesky.solve(Matrix(rows: 3, columns: 1))
    }
    #expect(solveError?.isDimensionMismatch == true)
  }

  @Test("QR: Q has orthonormal columns, R is upper-triangular, Q·R = A, |diag R| matches numpy")
  func qr() throws {
    let qr = try QRDecomposition(Reference.qrA)
    #expect(qr.q.rows == 6 && qr.q.columns == 4)
    #expect(qr.r.rows == 4 && qr.r.columns == 4)
    try expectOrthonormalColumns(qr.q)
    for j in 0..<qr.r.columns {
      for i in (j + 1)..<qr.r.rows {
        #expect(qr.r[i, j] == 0)
      }
    }
    expectClose(try qr.q * qr.r, Reference.qrA)
    expectClose((0..<4).map { abs(qr.r[$0, $0]) }, Reference.qrAbsoluteRDiagonal)
  }

  @Test("QR solve: the least-squares line through (0, 1), (1, 2), (2, 4); a zero column is singular")
  func qrSolve() throws {
    // Fit y = c₀ + c₁x: x̄ = 1, ȳ = 7/3, c₁ = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = (4/3 + 5/3) / 2 = 1.5,
    // c₀ = 7/3 − 1.5 = 5/6.
    let a = Matrix(rows: 3, columns: 2, storage: [1, 1, 1, 0, 1, 2])
    let qr = try QRDecomposition(a)
    #expect(!qr.isSingular)
    let x = try qr.solve([1, 2, 4])
    #expect(abs(x[0] - 5.0 / 6.0) < 1e-14 && abs(x[1] - 1.5) < 1e-14)
    #expect(throws: LinearAlgebraError.self) { try qr.solve([1, 2]) }
    #expect(try QRDecomposition(Matrix(rows: 3, columns: 2, storage: [1, 1, 1, 0, 0, 0])).isSingular)
  }

  @Test("QR rejects a wide matrix")
  func qrWide() {
    let error = #expect(throws: LinearAlgebraError.self) { try QRDecomposition(Matrix(rows: 2, columns: 3)) }
    #expect(error?.isDimensionMismatch == true)
  }

  @Test("SVD of a tall and a wide matrix: numpy's singular values, orthonormal U and V, U·Σ·Vᵀ = A")
  func svd() throws {
    for (a, expected) in [
      (Reference.svdTall, Reference.svdTallSingularValues),
      (Reference.svdWide, Reference.svdWideSingularValues),
    ] {
      let svd = try SingularValueDecomposition(a)
      let k = min(a.rows, a.columns)
      #expect(svd.u.rows == a.rows && svd.u.columns == k)
      #expect(svd.vt.rows == k && svd.vt.columns == a.columns)
      expectClose(svd.singularValues, expected)
      try expectOrthonormalColumns(svd.u)
      try expectOrthonormalColumns(svd.vt.transposed())
      var scaledU = svd.u
      for j in 0..<k {
        for i in 0..<a.rows {
          scaledU[i, j] *= svd.singularValues[j]
        }
      }
      expectClose(try scaledU * svd.vt, a)
    }
  }
}
