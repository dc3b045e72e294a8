import Foundation
import Testing

@testable import Synth
@testable import TongbiKit

@Suite("PanelSynthesizer")
struct PanelSynthesizerTests {
  @Test("the same arguments give the same bytes", arguments: SynthLayout.allCases, [false, true])
  func deterministic(layout: SynthLayout, cumulative: Bool) throws {
    let fixture = try SynthFixture()
    defer { fixture.remove() }
    let options = SynthOptions.small(layout: layout, cumulative: cumulative, missing: 0.1)
    let first = try fixture.bytes(fixture.write(options, name: "first.csv"))
    let second = try fixture.bytes(fixture.write(options, name: "second.csv"))
    #expect(!first.isEmpty)
    #expect(first == second)
  }

  @Test("a different seed gives different bytes")
  func seedMatters() throws {
    let fixture = try SynthFixture()
    defer { fixture.remove() }
    let first = try fixture.bytes(fixture.write(.small(seed: 1), name: "one.csv"))
    let second = try fixture.bytes(fixture.write(.small(seed: 2), name: "two.csv"))
    #expect(first != second)
  }

  @Test("long tables have one row per region, indicator and period, plus the header")
  func longRowCount() throws {
    let fixture = try SynthFixture()
    defer { fixture.remove() }
    let options = SynthOptions.small()
    let lines = try fixture.lines(fixture.write(options, name: "long.csv"))
    #expect(lines.count == 23 * 6 * 27 + 1)
    #expect(lines.count == PanelSynthesizer(options: options).rowCount + 1)
    #expect(lines.first == "地区,上级地区,指标,计量单位,期别,本月")
    #expect(lines[1].hasPrefix("R00001,C0001,税收收入,万元,2015-01,"))
  }

  @Test("cumulative tables combine January and February and skip January rows")
  func cumulativeLabels() throws {
    let fixture = try SynthFixture()
    defer { fixture.remove() }
    let options = SynthOptions.small(cumulative: true)
    let lines = try fixture.lines(fixture.write(options, name: "cumulative.csv"))
    // 27 months from 2015-01: January 2015, 2016 and 2017 are not written.
    #expect(lines.count == 23 * 6 * 24 + 1)
    #expect(lines.first == "地区,上级地区,指标,计量单位,期别,本月止累计")
    #expect(lines[1].hasPrefix("R00001,C0001,税收收入,万元,2015年1-2月,"))
    #expect(!lines.contains { $0.contains("年1-1月") })
  }

  @Test("regions belong ten to a county; generic indicators follow the named ones")
  func names() throws {
    let fixture = try SynthFixture()
    defer { fixture.remove() }
    let lines = try fixture.lines(fixture.write(.small(layout: .wide), name: "wide.csv"))
    #expect(lines.count == 23 * 6 + 1)
    #expect(lines.contains { $0.hasPrefix("R00011,C0002,规上工业总产值,万元,") })
    #expect(lines.contains { $0.hasPrefix("R00023,C0003,指标06,万元,") })
  }

  @Test("about the requested share of cells is blank, as empty cells and * redactions")
  func missingShare() throws {
    let fixture = try SynthFixture()
    defer { fixture.remove() }
    let lines = try fixture.lines(fixture.write(.small(missing: 0.2), name: "missing.csv"))
    let empty = lines.filter { $0.hasSuffix(",") }.count
    let redacted = lines.filter { $0.hasSuffix(",*") }.count
    let share = Double(empty + redacted) / Double(lines.count - 1)
    #expect(abs(share - 0.2) < 0.03)
    #expect(empty > 0 && redacted > 0)
  }
}
