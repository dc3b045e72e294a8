import Foundation
import Testing

@testable import TongbiKit

/// A reference file of `Tests/TongbiKitTests/Fixtures/Forecast/`: lines `name,v1,v2,...`, `#` comments.
func forecastFixture(_ name: String) throws -> [String: [Double]] {
  let path = packageRoot + "/Tests/TongbiKitTests/Fixtures/Forecast/" + name
  let text = try String(contentsOfFile: path, encoding: .utf8)
  var result: [String: [Double]] = [:]
  for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
    let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    guard let key = fields.first else { continue }
    result[key] = fields.dropFirst().map { Double($0) ?? .nan }
  }
  return result
}

/// The values of one series of a long `series_id,date,value` file of the shared data folder.
func sharedSeries(_ file: String, id: String) throws -> [Double] {
  let text = try String(contentsOfFile: try sharedDataPath(file), encoding: .utf8)
  var values: [Double] = []
  let quotedID = "\"\(id)\","
  for line in text.split(whereSeparator: \.isNewline)
  where line.hasPrefix(quotedID) || line.hasPrefix(id + ",") {
    if let field = line.split(separator: ",").last, let value = Double(field) { values.append(value) }
  }
  return values
}

/// Monthly 社会消费品零售总额 (亿元) 2012-01 … 2018-05 from the shared China retail file, January NaN and
/// the combined 1-2月 value in February.
func retailSales() throws -> [Double] {
  let text = try String(
    contentsOfFile: try sharedDataPath("china-retail-sales-2012-2018.csv"), encoding: .utf8)
  var values: [Double] = []
  for line in text.split(whereSeparator: \.isNewline).dropFirst() {
    let fields = line.split(separator: ",")
    guard fields.count > 1, let value = Double(fields[1]) else { continue }
    if fields[0].contains("1-2月") { values.append(.nan) }
    values.append(value)
  }
  return values
}

/// Records an issue unless |actual − expected| ≤ absolute + relative·|expected| (NaN matches NaN).
func expectClose(
  _ actual: [Double], _ expected: [Double], relative: Double, absolute: Double = 0, _ what: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
    sourceLocation: sourceLocation)
  for (i, (a, e)) in zip(actual, expected).enumerated() {
    if a.isNaN && e.isNaN { continue }
    if !(abs(a - e) <= absolute + relative * abs(e)) {
      Issue.record("\(what)[\(i)]: \(a), expected \(e)", sourceLocation: sourceLocation)
      return
    }
  }
}
