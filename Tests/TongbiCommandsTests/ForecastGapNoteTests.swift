import Foundation
import Testing

@Suite("forecast says what a missing month leaves out")
struct ForecastGapNoteTests {
  // ForecastLevelTests' four years with 2021-05 redacted: the series is modelled from 2021-06, and the
  // 16 values of 2020-01 … 2021-04 are left out. The complete series has no such note.
  @Test("values before a missing month are left out, and the note says so")
  func leftOutNote() throws {
    let redacted = ForecastLevelTests.csv.replacingOccurrences(
      of: #"r,x,2021-05,[0-9.]+\n"#, with: "r,x,2021-05,*\n", options: .regularExpression)
    #expect(redacted.contains("2021-05,*"))
    let run = try BuiltTongbi.run(
      ["forecast", "-", "--method", "snaive", "--horizon", "2"], input: Data(redacted.utf8))
    #expect(run.status == 0, "\(run.errorText)")
    let note =
      "16 earlier values left out: the monthly value of 2021-05 is unknown; the series is modelled from 2021-06"
    #expect(run.outputText.contains(note), "\(run.outputText)")
    let complete = try BuiltTongbi.run(
      ["forecast", "-", "--method", "snaive", "--horizon", "2"], input: Data(ForecastLevelTests.csv.utf8))
    #expect(complete.status == 0 && !complete.outputText.contains("left out"), "\(complete.outputText)")
  }
}
