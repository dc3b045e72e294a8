/// Where a value came from: input file, line and column (field number), all 1-based.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Path of the file as given on the command line (`-` for standard input).
  public var file: String
  /// Line number, 1-based.
  public var line: Int
  /// Column (field) number, 1-based; 0 when the position names a whole line.
  public var column: Int

  /// Creates a position.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form compilers use, so editors can jump to it; in a workbook's sheet
  /// (`book.xlsx[Sheet1]`) the cell as spreadsheets name it, `book.xlsx[Sheet1]!C5`, or the row,
  /// `book.xlsx[Sheet1]!5:5`.
  public var description: String {
    if isSheet {
      return column > 0 ? "\(file)!\(CellReference.letters(column))\(line)" : "\(file)!\(line):\(line)"
    }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }

  /// Whether `file` names a workbook's sheet, `….xlsx[NAME]`, `.xlsm` or `.xls` in any case, or `-[NAME]` for
  /// a workbook read from standard input (a file merely named `a[1]` is none).
  private var isSheet: Bool {
    guard file.hasSuffix("]") else { return false }
    let lowered = file.lowercased()
    return lowered.contains(".xlsx[") || lowered.contains(".xlsm[") || lowered.contains(".xls[")
      || file.hasPrefix("-[")
  }

  /// Orders by file, line, column.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

/// A source position packed into 64 bits for per-cell storage: file index (12 bits), line (36 bits),
/// column (16 bits). Zero means "no value stored".
struct PackedPosition: Hashable, Sendable {
  let raw: UInt64

  static let empty = PackedPosition(raw: 0)

  init(raw: UInt64) { self.raw = raw }

  /// Packs a position; lines and columns beyond the field widths saturate.
  @inline(__always)
  init(fileIndex: Int, line: Int, column: Int) {
    let file = UInt64(min(fileIndex + 1, 0xFFF))
    let line = UInt64(min(max(line, 0), (1 << 36) - 1))
    let column = UInt64(min(max(column, 0), 0xFFFF))
    raw = (file << 52) | (line << 16) | column
  }

  /// Whether a value was stored here.
  var isEmpty: Bool { raw == 0 }
  /// Index of the input file.
  var fileIndex: Int { Int(raw >> 52) - 1 }
  /// Line number.
  var line: Int { Int((raw >> 16) & ((1 << 36) - 1)) }
  /// Column number.
  var column: Int { Int(raw & 0xFFFF) }
}
