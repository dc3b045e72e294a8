import Testing

@testable import Synth
@testable import TongbiKit

@Suite("tongbi synth output ingests cleanly")
struct SynthIngestTests {
  @Test(
    "every row is read with no rejection and every series is found",
    arguments: SynthLayout.allCases, [false, true])
  func ingest(layout: SynthLayout, cumulative: Bool) throws {
    let fixture = try SynthFixture()
    defer { fixture.remove() }
    let options = SynthOptions.small(layout: layout, cumulative: cumulative, missing: 0.05)
    let path = try fixture.write(options, name: "panel.csv")
    var ingestor = Ingestor(options: IngestOptions())
    try ingestor.read(path: path)
    let result = ingestor.finish()
    let summary = result.summary
    let expectedRows = PanelSynthesizer(options: options).rowCount
    #expect(summary.rowsRead == expectedRows)
    #expect(summary.rowsUsed == expectedRows)
    #expect(summary.rowsRejected == 0)
    #expect(summary.cellsRejected == 0)
    #expect(summary.rejects.isEmpty)
    #expect(summary.cellsMissing > 0)
    #expect(result.panel.keys.count == 23 * 6)
    #expect(result.panel.regions["R00011"]?.parent == "C0002")
  }
}
