import Foundation
import Testing

@Suite("forecast --level none gives point forecasts only")
struct ForecastLevelTests {
  /// Four years of a positive seasonal series, month j of year k worth (10 + j) · (1 + 0.05k) plus a
  /// wobble, so that automatic ETS fits a model whose intervals would be simulated.
  static var csv: String {
    var text = "region,indicator,period,value\n"
    for year in 0..<4 {
      for month in 1...12 {
        let value = Double(10 + month) * (1 + 0.05 * Double(year)) + Double((month * 7 + year * 3) % 5) / 10
        text += "r,x,\(2020 + year)-\(month < 10 ? "0" : "")\(month),\(value)\n"
      }
    }
    return text
  }

  @Test("no interval columns, and the same means as with intervals")
  func pointOnly() throws {
    let input = Data(Self.csv.utf8)
    let plain = try BuiltTongbi.run(["forecast", "-", "--method", "ets", "--level", "none"], input: input)
    let full = try BuiltTongbi.run(["forecast", "-", "--method", "ets"], input: input)
    #expect(plain.status == 0 && full.status == 0, "\(plain.errorText) \(full.errorText)")
    let plainLines = plain.outputText.split(separator: "\n")
    let fullLines = full.outputText.split(separator: "\n")
    #expect(plainLines.first == "region,indicator,unit,form,period,mean,method,note")
    #expect(fullLines.first?.contains("lower_80") == true)
    // A multiplicative-error model, whose intervals would come from simulated paths.
    #expect(full.outputText.contains("\"ETS(M,"), "\(full.outputText)")
    #expect(plainLines.count == 13 && fullLines.count == 13)
    // Columns 0-5 (region … mean) are the same text in both.
    for (a, b) in zip(plainLines.dropFirst(), fullLines.dropFirst()) {
      #expect(
        a.split(separator: ",", omittingEmptySubsequences: false).prefix(6)
          == b.split(separator: ",", omittingEmptySubsequences: false).prefix(6))
    }
    let bad = try BuiltTongbi.run(["forecast", "-", "--level", "nothing"], input: input)
    #expect(bad.status != 0 && bad.errorText.contains("or none"))
  }
}
