import Foundation
import Testing

@Suite("Reading commands say what they left out")
struct RejectionNoteTests {
  /// Four rows, the third dated month 13 (as some converted archives write January).
  static let csv = "series_id,date,value\na,1991-11-01,1\na,1991-12-01,2\na,1991-13-01,3\na,1992-02-01,4\n"

  @Test("forecast and growth note the rejected row with its position; ingest lists it once")
  func note() throws {
    for command in [["forecast", "--method", "naive", "--horizon", "1"], ["growth"]] {
      let run = try BuiltTongbi.run(command + ["-"], input: Data(Self.csv.utf8))
      #expect(run.status == 0, "\(run.errorText)")
      #expect(
        run.errorText.contains("note: 1 row or cell was rejected and left out:\n  -:4:2: period: month 13"),
        "\(command[0]): \(run.errorText)")
    }
    let ingest = try BuiltTongbi.run(["ingest", "-"], input: Data(Self.csv.utf8))
    #expect(!ingest.errorText.contains("left out"), "\(ingest.errorText)")
    #expect(ingest.outputText.contains("month 13 is out of range 1-12"))
  }
}
