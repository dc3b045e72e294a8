import LinearAlgebra

/// Seasonal trend regression of many monthly series at once:
///
///     y(r) = β₀ + β₁ t + Σ_{k=2}^{12} δ_k D_k(r) [+ σ S(r)] + ε(r),   t = r + 1
///
/// where D_k(r) = 1 when month r falls in calendar month k (January is the base) and the optional
/// Spring Festival regressor S(r) is the share of the seven-day holiday (除夕 to 正月初六) in that month;
/// fitted by ordinary least squares, each series on the months where it is observed.
public enum TrendRegression {
  /// Fits every column of `values` (`rows × series`, column-major, NaN for missing, row 0 at
  /// `firstPeriod`).
  ///
  /// Series are grouped by their pattern of observed months; each group's design is built and
  /// factored once (thin QR, LAPACK `dgeqrf`/`dorgqr`), and each series of the group is solved from
  /// that factorization with the same arithmetic (`dgemv`, `dtrsv`), so its result does not depend on
  /// which other series are fitted with it. Within a group, a regressor that is zero on every observed
  /// row is dropped, and the first observed calendar month is the base of the dummies (February when
  /// January is never observed, as for 1-2月 combined series); a singular design falls back to the
  /// minimum-norm solution (`dgelsd`). A series with fewer observations than regressors + 1 is not
  /// fitted (NaN coefficients).
  public static func fit(
    _ values: Matrix, firstPeriod: Period, springFestival: Bool = false
  ) -> TrendRegressionFit {
    let design = TrendDesign(firstPeriod: firstPeriod, springFestival: springFestival)
    let rows = values.rows
    let seriesCount = values.columns
    let fullP = design.columnCount
    var coefficients = Matrix(rows: fullP, columns: seriesCount, repeating: .nan)
    var fitted = Matrix(rows: rows, columns: seriesCount, repeating: .nan)
    var variance = [Double](repeating: .nan, count: seriesCount)
    var dof = [Int](repeating: 0, count: seriesCount)
    var groupOfSeries = [Int?](repeating: nil, count: seriesCount)
    var groups: [TrendGroup] = []
    let allRows = Array(0..<rows)
    for members in patternGroups(values) {
      let observed = observedRows(values, column: members[0])
      let columns = usedColumns(design, observed: observed)
      guard observed.count >= columns.count + 1 else { continue }
      let a = designMatrix(design, rows: observed, columns: columns)
      guard let qr = try? QRDecomposition(a) else { continue }
      let p = columns.count
      let groupIndex = groups.count
      groups.append(
        TrendGroup(
          columns: columns, months: Set(observed.map { (firstPeriod + $0).month }),
          inverseGram: inverseGram(a)))
      let months = groups[groupIndex].months
      let full = designMatrix(design, rows: allRows, columns: columns)
      let monthKnown = allRows.map { months.contains((firstPeriod + $0).month) }
      let singular = qr.isSingular
      var b = [Double](repeating: 0, count: observed.count)
      var residuals = b
      var fit = [Double](repeating: 0, count: rows)
      for series in members {
        values.withColumn(series) { column in
          for (i, row) in observed.enumerated() { b[i] = column[row] }
        }
        guard let solution = solve(qr, singular: singular, a, b) else { continue }
        residuals = b
        do {
          try gemv(a, .noTranspose, solution, alpha: -1, beta: 1, into: &residuals)
          try gemv(full, .noTranspose, solution, into: &fit)
        } catch {
          continue
        }
        for i in 0..<fullP { coefficients[i, series] = 0 }
        for (i, column) in columns.enumerated() { coefficients[column, series] = solution[i] }
        var sse = 0.0
        for residual in residuals { sse += residual * residual }
        variance[series] = sse / Double(observed.count - p)
        dof[series] = observed.count - p
        groupOfSeries[series] = groupIndex
        for row in 0..<rows where monthKnown[row] { fitted[row, series] = fit[row] }
      }
    }
    return TrendRegressionFit(
      design: design, rows: rows, coefficients: coefficients, residualVariance: variance,
      degreesOfFreedom: dof, fitted: fitted, groupOfSeries: groupOfSeries, groups: groups)
  }

  /// Least-squares solution for one series from the group's QR factorization, or the minimum-norm
  /// solution (`dgelsd`) when the design is `singular` (`qr.isSingular`, checked once per group);
  /// `nil` when that fails too. Every series is solved
  /// on its own with the same arithmetic, so a series' result does not depend on which other series
  /// share its group (splitting a panel gives the same forecasts to the bit).
  static func solve(_ qr: QRDecomposition, singular: Bool, _ a: Matrix, _ b: [Double]) -> [Double]? {
    if !singular, let solution = try? qr.solve(b) { return solution }
    return try? minimumNormLeastSquares(a, Matrix(rows: b.count, columns: 1, storage: b), rcond: -1)
      .solution.storage
  }

  /// Columns of `values` grouped by identical patterns of observed (non-NaN) rows, in order of first
  /// appearance; all-missing columns are left out.
  static func patternGroups(_ values: Matrix) -> [[Int]] {
    let words = (values.rows + 63) / 64
    var index: [[UInt64]: Int] = [:]
    var groups: [[Int]] = []
    var mask = [UInt64](repeating: 0, count: words)
    for column in 0..<values.columns {
      for w in 0..<words { mask[w] = 0 }
      var any = false
      values.withColumn(column) { buffer in
        for row in 0..<buffer.count where !buffer[row].isNaN {
          mask[row >> 6] |= 1 << UInt64(row & 63)
          any = true
        }
      }
      guard any else { continue }
      if let group = index[mask] {
        groups[group].append(column)
      } else {
        index[mask] = groups.count
        groups.append([column])
      }
    }
    return groups
  }

  /// Rows where column `column` is observed.
  static func observedRows(_ values: Matrix, column: Int) -> [Int] {
    values.withColumn(column) { buffer in buffer.indices.filter { !buffer[$0].isNaN } }
  }

  /// Design columns that are not zero on every observed row, the first observed month's dummy dropped
  /// as the base.
  static func usedColumns(_ design: TrendDesign, observed: [Int]) -> [Int] {
    let months = Set(observed.map { (design.firstPeriod + $0).month })
    guard let base = months.min() else { return [] }
    var columns = [TrendDesign.interceptColumn, TrendDesign.trendColumn]
    for month in 2...12 where months.contains(month) && month != base {
      if let column = TrendDesign.dummyColumn(month: month) { columns.append(column) }
    }
    if design.springFestival, months.contains(1),
      observed.contains(where: { design.value(row: $0, column: TrendDesign.springFestivalColumn) != 0 })
    {
      columns.append(TrendDesign.springFestivalColumn)
    }
    return columns
  }

  /// The design restricted to `rows` and `columns`, column-major.
  static func designMatrix(_ design: TrendDesign, rows: [Int], columns: [Int]) -> Matrix {
    var a = Matrix(rows: rows.count, columns: columns.count)
    a.withUnsafeMutableBufferPointer { buffer in
      for (j, column) in columns.enumerated() {
        for (i, row) in rows.enumerated() {
          buffer[i + j * rows.count] = design.value(row: row, column: column)
        }
      }
    }
    return a
  }

  /// (AᵀA)⁻¹ by Cholesky, column-major; zeros when AᵀA is not positive definite.
  static func inverseGram(_ a: Matrix) -> [Double] {
    let p = a.columns
    var gram = Matrix(rows: p, columns: p)
    for i in 0..<p {
      for j in 0...i {
        var sum = 0.0
        for r in 0..<a.rows { sum += a[r, i] * a[r, j] }
        gram[i, j] = sum
        gram[j, i] = sum
      }
    }
    guard let factor = try? CholeskyFactorization(gram), let inverse = try? factor.solve(.identity(p)) else {
      return [Double](repeating: 0, count: p * p)
    }
    return inverse.storage
  }
}
