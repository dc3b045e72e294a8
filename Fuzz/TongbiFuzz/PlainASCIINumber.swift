/// A cell that is a plain ASCII number, `[+-]digits[.digits][(e|E)[+-]digits]` with at least one
/// digit before the exponent and nothing around it: the reference the number parser is held against,
/// read here without the parser's code.
struct PlainASCIINumber {
  /// The cell as text.
  let text: String
  /// Digits after the decimal point, before the exponent.
  let decimals: Int

  /// The number in `cell`, or `nil` when the cell has another shape.
  init?(_ cell: UnsafeBufferPointer<UInt8>) {
    var index = 0
    /// Skips the digits at `index` and returns how many there were.
    func digits() -> Int {
      let start = index
      while index < cell.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(cell[index]) { index += 1 }
      return index - start
    }
    /// Skips one of `bytes` at `index`, if there is one.
    func skip(_ bytes: String) -> Bool {
      guard index < cell.count, bytes.utf8.contains(cell[index]) else { return false }
      index += 1
      return true
    }
    _ = skip("+-")
    var mantissaDigits = digits()
    var fraction = 0
    if skip(".") {
      fraction = digits()
      mantissaDigits += fraction
    }
    guard mantissaDigits > 0 else { return nil }
    if skip("eE") {
      _ = skip("+-")
      guard digits() > 0 else { return nil }
    }
    guard index == cell.count else { return nil }
    text = String(decoding: cell, as: UTF8.self)
    decimals = fraction
  }
}
