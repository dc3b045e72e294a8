import ArgumentParser
@_spi(ByteLevel) import ByteLevel
import Synth
import TongbiKit

/// `tongbi synth`: writes a deterministic synthetic panel of indicators as CSV (for tests and benchmarks).
struct SynthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "synth",
    abstract: "Generate a deterministic synthetic panel (regions × indicators × months) as CSV.",
    discussion: """
      The same arguments give the same bytes on every machine. Regions R00001, … belong ten to a county \
      (C0001, …, column 上级地区); indicators are 税收收入, 固定资产投资, 规上工业总产值, 工业技改投资, then \
      指标05, …. Values follow a regional trend (−5% to +15% a year), a seasonal profile with a Spring \
      Festival dip, and lognormal noise.
      """
  )

  @Option(help: "Number of regions.")
  var regions: Int

  @Option(help: "Number of indicators.")
  var indicators: Int

  @Option(help: "Number of months.")
  var months: Int

  @Option(help: "Random seed (the same seed gives the same bytes).")
  var seed: UInt64

  @Flag(help: "Write year-to-date values (本月止累计) with January and February combined (1-2月).")
  var cumulative = false

  @Option(help: "Share of value cells left blank (0...1): half empty, half '*' redactions.")
  var missing = 0.0

  @Option(help: "Table layout: long (one row per value) or wide (one column per period).")
  var layout: SynthLayoutOption = .long

  @Option(help: "First month, e.g. 2015-01.")
  var start = "2015-01"

  @OptionGroup var destination: OutputOption

  func validate() throws {
    guard regions > 0, indicators > 0, months > 0 else {
      throw ValidationError("--regions, --indicators and --months must be positive")
    }
    guard (0...1).contains(missing) else { throw ValidationError("--missing must be between 0 and 1") }
    guard Period(parsing: start) != nil else {
      throw ValidationError("--start '\(start)' is not a month such as 2015-01")
    }
    if PanelSynthesizer(options: try options()).periodCount == 0 {
      throw ValidationError("no period to write: a cumulative table needs months past January (1-2月 onward)")
    }
  }

  func run() throws {
    var synthesizer = PanelSynthesizer(options: try options())
    let progress = ProgressReporter(label: "generating", unit: "series")
    if progress.isEnabled {
      synthesizer.progress = { done, total in progress.update(done: done, total: total) }
    }
    defer { progress.finish() }
    try CommandFailure.wrapOutput { () throws(SystemCallError) in
      let writer =
        try destination.output.map { path throws(SystemCallError) in try ByteOutput(path: path) }
        ?? ByteOutput()
      try synthesizer.write(to: writer)
      try writer.commit()
    }
  }

  private func options() throws -> SynthOptions {
    guard let first = Period(parsing: start) else {
      throw ValidationError("--start '\(start)' is not a month")
    }
    var options = SynthOptions(
      regions: regions, indicators: indicators, months: months, seed: seed, start: first)
    options.cumulative = cumulative
    options.missingRate = missing
    options.layout = layout.layout
    return options
  }
}

/// Values of `--layout`.
enum SynthLayoutOption: String, ExpressibleByArgument, CaseIterable {
  case long
  case wide

  /// The engine's layout.
  var layout: SynthLayout {
    switch self {
    case .long: .long
    case .wide: .wide
    }
  }
}
