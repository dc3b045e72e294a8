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
      (2602.6000000000004, 1, "2602.6000000000004"),
    ])
  func fixed(value: Double, hint: Int, expected: String) {
    #expect(Self.text(value, hint: hint) == expected)
    #expect(Double(Self.text(value, hint: hint)) == value)
  }

  @Test("ratios take the shortest round-trip digits, as Double.description")
  func shortest() {
    for value in [
      8.749511617751828, -1.5724269377382465, 1e-7, 123456789.125, 1.0 / 3, -99.99999999999997, 0.25,
    ] {
      #expect(Self.text(value, hint: nil) == value.description)
    }
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
