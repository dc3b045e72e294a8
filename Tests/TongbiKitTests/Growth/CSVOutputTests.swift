import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("Growth: CSV output")
struct CSVOutputTests {
  static func text(_ value: Double, hint: Int?) -> String {
    var bytes = [UInt8](repeating: 0, count: NumberBytes.maximumLength)
    let count = bytes.withUnsafeMutableBufferPointer { buffer in
      NumberBytes.write(
        value, decimalsHint: hint, to: buffer.baseAddress ?? UnsafeMutablePointer.allocate(capacity: 0))
    }
    return String(decoding: bytes[..<count], as: UTF8.self)
  }

  @Test(
    "numbers read back exactly, in the fewest decimals",
    arguments: [
      (5477.4, 1, "5477.4"), (0.8, 2, "0.8"), (-12.05, 2, "-12.05"), (300, 1, "300"), (0.05, 2, "0.05"),
    ])
  func fixed(value: Double, hint: Int, expected: String) {
    #expect(Self.text(value, hint: hint) == expected)
    #expect(Double(Self.text(value, hint: hint)) == value)
  }

  // 2602.6000000000004 (a sum of decimals off by one binary unit) and 1/3 have more than 15 significant
  // digits: rounded half away from zero at the 15th; 1e-7 is outside the fast range (Double.description).
  @Test("ratios take their shortest digits, at most 15 significant: no binary noise")
  func shortest() {
    let expected: [(Double, String)] = [
      (8.749511617751828, "8.74951161775183"), (-1.5724269377382465, "-1.57242693773825"), (1e-7, "1e-07"),
      (123456789.125, "123456789.125"), (1.0 / 3, "0.333333333333333"), (-99.99999999999997, "-100"),
      (0.25, "0.25"), (2602.6000000000004, "2602.6"), (20.000000000000004, "20"),
    ]
    for (value, text) in expected {
      #expect(Self.text(value, hint: nil) == text)
    }
    #expect(Self.text(2602.6000000000004, hint: 1) == "2602.6")
    // Integral values are written without ".0"; 10⁻⁴ ≤ |x| < 10¹⁵ in fixed notation.
    #expect(Self.text(50, hint: nil) == "50")
    #expect(Self.text(0.0001, hint: nil) == "0.0001")
    #expect(Self.text(.nan, hint: 1) == "")
  }

  @Test("text cells that start like formulas are escaped; numbers are not")
  func formulaInjection() {
    #expect(CSVText.escaped("=SUM(A1)") == Array("'=SUM(A1)".utf8))
    #expect(CSVText.escaped("-x") == Array("'-x".utf8))
    #expect(CSVText.escaped("@a") == Array("'@a".utf8))
    #expect(CSVText.escaped("+1") == Array("'+1".utf8))
    #expect(CSVText.escaped("a,b") == Array("\"a,b\"".utf8))
    #expect(Self.text(-3.2, hint: 1) == "-3.2")
  }

  @Test("a file output appears only on commit")
  func atomic() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("out.csv")
    do {
      let output = try ByteOutput(path: path)
      try output.append("partial")
    }
    #expect(!FileManager.default.fileExists(atPath: path))
    let output = try ByteOutput(path: path)
    try output.append("done\n")
    try output.commit()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "done\n")
  }
}
