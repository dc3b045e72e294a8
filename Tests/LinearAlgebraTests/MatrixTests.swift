import LinearAlgebra
import Testing

@Suite("Matrix helpers")
struct MatrixTests {
  @Test("init from rows stores column-major")
  func initFromRows() {
    let m = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(m.rows == 2 && m.columns == 3)
    #expect(m.storage == [1, 4, 2, 5, 3, 6])
    #expect(m[1, 2] == 6)
  }

  @Test("an empty row list is a 0 × 0 matrix")
  func emptyRows() {
    let m = Matrix([])
    #expect(m.rows == 0 && m.columns == 0)
  }

  @Test("identity has ones on the diagonal only")
  func identity() {
    #expect(Matrix.identity(2) == Matrix([[1, 0], [0, 1]]))
  }

  @Test("transposed swaps rows and columns, column copies a column")
  func transposedAndColumn() {
    let m = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(m.transposed() == Matrix([[1, 4], [2, 5], [3, 6]]))
    #expect(m.column(1) == [2, 5])
  }
}
