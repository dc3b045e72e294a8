/// Fast text of numbers for CSV output, written straight into a byte buffer (no `String` per cell).
///
/// Full precision: the text reads back as exactly the same `Double`. A value with at most 9 decimals
/// (every published amount, and increments of them) is written in fixed point with the fewest
/// decimals that read back exactly: with m = round(x·10ᵈ), |m| < 2⁵³, m / 10ᵈ is a single correctly
/// rounded division, so when it equals x the decimal text m·10⁻ᵈ parses back to x. Other values
/// (ratios) take their shortest round-trip digits from `ShortestDigits`, and the rare value outside its
/// range (|x| < 10⁻⁴ or ≥ 10¹⁵) the text of `Double.description`.
enum NumberBytes {
  /// Longest text written for one number.
  static let maximumLength = 32
  static let powers: [Double] = (0...9).map { exponent in
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
  }

  /// Writes `value` at `pointer` and returns the byte count; NaN writes nothing.
  ///
  /// `decimalsHint` is the first number of decimals tried (the input's precision), or `nil` to go
  /// straight to shortest digits.
  @inline(__always)
  static func write(_ value: Double, decimalsHint: Int?, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    if value.isNaN { return 0 }
    if let decimalsHint {
      var decimals = min(decimalsHint, 9)
      if let units = exactUnits(value, decimals: decimals) {
        var scaled = units
        while decimals > 0 && scaled % 10 == 0 {
          scaled /= 10
          decimals -= 1
        }
        return writeFixed(scaled, decimals: decimals, to: pointer)
      }
    }
    return shortest(value, to: pointer)
  }

  /// round(x·10ᵈ) when that integer divided by 10ᵈ is exactly x, else `nil`.
  @inline(__always)
  static func exactUnits(_ value: Double, decimals: Int) -> Int64? {
    let power = powers[decimals]
    let scaled = (value * power).rounded()
    guard abs(scaled) < 9_007_199_254_740_992, scaled / power == value else { return nil }
    return Int64(scaled)
  }

  /// Writes units·10^−decimals in fixed point ("-12.05", "0.5", "300").
  @inline(__always)
  static func writeFixed(_ units: Int64, decimals: Int, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    var length = 0
    var magnitude = units.magnitude
    if units < 0 {
      pointer[0] = UInt8(ascii: "-")
      length = 1
    }
    var digits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &digits) { raw in
      let scratch = raw.bindMemory(to: UInt8.self)
      var used = 0
      repeat {
        scratch[used] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
        magnitude /= 10
        used += 1
      } while magnitude > 0 || used <= decimals
      while used > 0 {
        if used == decimals {
          pointer[length] = UInt8(ascii: ".")
          length += 1
        }
        used -= 1
        pointer[length] = scratch[used]
        length += 1
      }
      return length
    }
  }

  /// Shortest round-trip digits: `ShortestDigits`, else `Double.description`.
  static func shortest(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    if let length = ShortestDigits.write(value, to: pointer) { return length }
    var text = value.description
    return text.withUTF8 { bytes in
      let count = min(bytes.count, maximumLength)
      if let base = bytes.baseAddress { pointer.update(from: base, count: count) }
      return count
    }
  }
}
