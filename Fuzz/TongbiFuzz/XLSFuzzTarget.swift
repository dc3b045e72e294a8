@_spi(ByteLevel) import ByteLevel
import TongbiKit

/// An `.xls` workbook's compound file and BIFF records, as Tongbi reads them itself around FreeXL
/// (`XLSWorkbook.structure(of:)`): the sector chains, the directory, the workbook stream and each sheet's
/// records. FreeXL, a C library, is not run: its own robustness is its project's. Checks: no crash, no
/// endless loop, and the outcome is one line.
enum XLSFuzzTarget {
  /// Runs one input (the bytes of a would-be `.xls`).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    let outcome = XLSWorkbook.structure(of: Array(input))
    FuzzInvariant.checkOneLine(outcome, "xls structure")
    return outcome
  }
}
