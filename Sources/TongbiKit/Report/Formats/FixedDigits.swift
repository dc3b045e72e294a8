/// Writes an integer scaled by a power of ten in fixed notation, two digits at a time from a table.
enum FixedDigits {
  /// Writes units·10^−places without trailing fraction zeros ("0.25", "-12.05", "300") at `pointer`
  /// and returns the byte count (at most 22 for |units| < 10¹⁹).
  @inline(__always)
  static func write(_ units: UInt64, places: Int, negative: Bool, to pointer: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    var value = units
    var decimals = places
    while decimals > 0 && value % 10 == 0 {
      value /= 10
      decimals -= 1
    }
    var digitCount = 1
    var bound: UInt64 = 10
    while digitCount < 20 && value >= bound {
      digitCount += 1
      if digitCount == 20 { break }
      bound &*= 10
    }
    let shown = max(digitCount, decimals + 1)
    let length = (negative ? 1 : 0) + shown + (decimals > 0 ? 1 : 0)
    if negative { pointer[0] = UInt8(ascii: "-") }
    var position = length
    var written = 0
    let pairs: StaticString =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    let table = pairs.utf8Start
    while written < shown {
      if decimals > 0 && written == decimals {
        position -= 1
        pointer[position] = UInt8(ascii: ".")
      }
      let canPair = shown - written >= 2 && !(decimals > 0 && written + 1 == decimals)
      if canPair {
        let pair = Int(value % 100) * 2
        value /= 100
        position -= 2
        pointer[position] = table[pair]
        pointer[position + 1] = table[pair + 1]
        written += 2
      } else {
        position -= 1
        pointer[position] = UInt8(truncatingIfNeeded: value % 10) &+ 48
        value /= 10
        written += 1
      }
    }
    if decimals > 0 && written == decimals {
      position -= 1
      pointer[position] = UInt8(ascii: ".")
    }
    return length
  }
}
