internal import CLAPACK

/// Turns the `info` result of a LAPACKE call into a thrown `LinearAlgebraError`; every LAPACK call in this
/// module goes through here.
///
/// - `info == 0`: success, returns.
/// - `LAPACK_WORK_MEMORY_ERROR`, `LAPACK_TRANSPOSE_MEMORY_ERROR`: throws `.outOfMemory`.
/// - other `info < 0`: throws `.illegalArgument(routine:position: -info)`.
/// - `info > 0`: throws `positive(info)`, the routine's own meaning; a routine that documents no positive
///   `info` passes `nil` and gets `.unexpectedInfo`.
func checkLAPACK(
  _ routine: String,
  _ info: tongbi_lapack_int,
  positive: ((Int) -> LinearAlgebraError)? = nil
) throws(LinearAlgebraError) {
  let code = Int(info)
  if code == 0 { return }
  if code == Int(LAPACK_WORK_MEMORY_ERROR) || code == Int(LAPACK_TRANSPOSE_MEMORY_ERROR) {
    throw .outOfMemory(routine: routine)
  }
  if code < 0 { throw .illegalArgument(routine: routine, position: -code) }
  throw positive?(code) ?? .unexpectedInfo(routine: routine, info: code)
}

/// `n` as a LAPACK/BLAS integer (32-bit in Debian's OpenBLAS); traps if `n` does not fit.
func lapackInt(_ n: Int) -> tongbi_lapack_int {
  tongbi_lapack_int(n)
}

/// A leading dimension for a column-major buffer with `rows` rows: LAPACK requires at least 1.
func leadingDimension(_ rows: Int) -> tongbi_lapack_int {
  lapackInt(max(1, rows))
}

/// A LAPACK character option (`'N'`, `'U'`, ...) as the C `char` LAPACKE expects.
func lapackOption(_ option: Unicode.Scalar) -> CChar {
  CChar(truncatingIfNeeded: option.value)
}
