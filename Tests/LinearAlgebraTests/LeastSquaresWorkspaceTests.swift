import LinearAlgebra
import Testing

@Suite("Least-squares workspace")
struct LeastSquaresWorkspaceTests {
  typealias Reference = NumpyReference

  @Test("repeated solves through one workspace match numpy.linalg.lstsq every time")
  func repeatedSolves() throws {
    let workspace = try LeastSquaresWorkspace(rows: 8, columns: 3, rightHandSides: 3)
    for _ in 0..<3 {
      expectClose(try workspace.solve(Reference.lstsqA, Reference.lstsqB), Reference.lstsqExpected)
    }
  }

  @Test("a solve does not modify the caller's matrices")
  func inputsUntouched() throws {
    let a = Reference.lstsqA
    let b = Reference.lstsqB
    _ = try LeastSquaresWorkspace(rows: 8, columns: 3, rightHandSides: 3).solve(a, b)
    #expect(a == Reference.lstsqA)
    #expect(b == Reference.lstsqB)
  }

  @Test("a workspace rejects matrices of another shape and wide designs")
  func shapeChecks() throws {
    let workspace = try LeastSquaresWorkspace(rows: 8, columns: 3, rightHandSides: 2)
    let rhsError = #expect(throws: LinearAlgebraError.self) {
      try workspace.solve(Reference.lstsqA, Reference.lstsqB)
    }
    #expect(rhsError?.isDimensionMismatch == true)
    let wideError = #expect(throws: LinearAlgebraError.self) {
      try LeastSquaresWorkspace(rows: 2, columns: 3, rightHandSides: 1)
    }
    #expect(wideError?.isDimensionMismatch == true)
  }

  @Test("a workspace reports an exactly singular design like leastSquares")
  func singular() throws {
    let a = Matrix([[1, 0], [1, 0], [1, 0]])
    let workspace = try LeastSquaresWorkspace(rows: 3, columns: 2, rightHandSides: 1)
    let error = #expect(throws: LinearAlgebraError.self) {
      try workspace.solve(a, Matrix(rows: 3, columns: 1, repeating: 1))
    }
    #expect(error == .singular(routine: "dgels", info: 2))
  }
}
