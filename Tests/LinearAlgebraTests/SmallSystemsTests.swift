import LinearAlgebra
import Testing

@Suite("Small solves, eigenvalues and Levenberg–Marquardt steps, worked by hand")
struct SmallSystemsTests {
  @Test("LinearSystemWorkspace solves a 3 × 3 system and leaves the matrix as it was")
  func linearSystem() throws {
    // A = [[2,1,0],[1,3,1],[0,1,4]], x = (1, −1, 2): b = A·x = (1, 0, 7).
    let a: [Double] = [2, 1, 0, 1, 3, 1, 0, 1, 4]  // column-major (A is symmetric)
    var b: [Double] = [1, 0, 7]
    let workspace = LinearSystemWorkspace(capacity: 4)
    try a.withUnsafeBufferPointer { matrix in
      try b.withUnsafeMutableBufferPointer { try workspace.solve(matrix, $0) }
    }
    #expect(zip(b, [1.0, -1, 2]).allSatisfy { abs($0 - $1) < 1e-14 })
    #expect(a == [2, 1, 0, 1, 3, 1, 0, 1, 4])
  }

  @Test("LinearSystemWorkspace reports a singular matrix and a system beyond its capacity")
  func linearSystemErrors() {
    let workspace = LinearSystemWorkspace(capacity: 2)
    var b: [Double] = [1, 1]
    let singular: [Double] = [1, 2, 2, 4]
    #expect(throws: LinearAlgebraError.singular(routine: "dgesv", info: 2)) {
      try singular.withUnsafeBufferPointer { matrix in
        try b.withUnsafeMutableBufferPointer { try workspace.solve(matrix, $0) }
      }
    }
    var large: [Double] = [1, 1, 1]
    let identity: [Double] = [1, 0, 0, 0, 1, 0, 0, 0, 1]
    #expect(throws: LinearAlgebraError.self) {
      try identity.withUnsafeBufferPointer { matrix in
        try large.withUnsafeMutableBufferPointer { try workspace.solve(matrix, $0) }
      }
    }
  }

  @Test("eigenvalues of a companion matrix: the reciprocals of the polynomial's roots")
  func companionEigenvalues() throws {
    // 1 − 1.5z + 0.56z² = (1 − 0.8z)(1 − 0.7z): companion [[1.5, −0.56], [1, 0]] has eigenvalues 0.8, 0.7.
    let eigenvalues = try Eigenvalues(of: Matrix([[1.5, -0.56], [1, 0]]))
    #expect(eigenvalues.real.sorted().enumerated().allSatisfy { abs($1 - [0.7, 0.8][$0]) < 1e-12 })
    #expect(eigenvalues.imaginary.allSatisfy { $0 == 0 })
    #expect(abs(eigenvalues.spectralRadius - 0.8) < 1e-12)
    // [[0, −1], [1, 0]] (a rotation) has eigenvalues ±i: modulus 1.
    let rotation = try Eigenvalues(of: Matrix([[0, -1], [1, 0]]))
    #expect(abs(rotation.spectralRadius - 1) < 1e-12)
    #expect(throws: LinearAlgebraError.self) { try Eigenvalues(of: Matrix(rows: 2, columns: 3)) }
  }

  @Test("the Levenberg–Marquardt step solves the damped normal equations")
  func dampedStep() throws {
    // J = [[1,0],[0,2],[1,1]], r = (1,2,3): JᵀJ = [[2,1],[1,5]], Jᵀr = (4,7), det 9, so with λ = 0
    // δ = −(JᵀJ)⁻¹Jᵀr = −([[5,−1],[−1,2]]/9)(4,7) = (−13/9, −10/9). With λ = 1 the diagonal doubles:
    // [[4,1],[1,10]], det 39, δ = −([[10,−1],[−1,4]]/39)(4,7) = (−33/39, −24/39).
    let jacobian: [Double] = [1, 0, 1, 0, 2, 1]
    let residuals: [Double] = [1, 2, 3]
    let equations = DampedNormalEquations(capacity: 2)
    for (damping, expected) in [(0.0, [-13.0 / 9, -10.0 / 9]), (1.0, [-33.0 / 39, -24.0 / 39])] {
      var step = [0.0, 0.0]
      try jacobian.withUnsafeBufferPointer { j in
        try residuals.withUnsafeBufferPointer { r in
          try step.withUnsafeMutableBufferPointer {
            try equations.step(jacobian: j, residuals: r, damping: damping, into: $0)
          }
        }
      }
      #expect(zip(step, expected).allSatisfy { abs($0 - $1) < 1e-14 }, "λ = \(damping): \(step)")
    }
  }
}
