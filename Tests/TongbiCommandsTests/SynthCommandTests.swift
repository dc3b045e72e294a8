import Testing

@testable import TongbiCommands

@Suite("tongbi synth arguments")
struct SynthCommandTests {
  @Test("valid arguments parse")
  func parses() throws {
    let command = try SynthCommand.parse([
      "--regions", "3", "--indicators", "2", "--months", "24", "--seed", "5", "--cumulative", "--missing",
      "0.1",
      "--layout", "wide", "--start", "2020-03",
    ])
    #expect(command.layout == .wide)
    #expect(command.cumulative)
  }

  @Test(
    "invalid arguments are refused",
    arguments: [
      ["--regions", "0", "--indicators", "2", "--months", "24", "--seed", "5"],
      ["--regions", "3", "--indicators", "2", "--months", "24", "--seed", "5", "--missing", "1.5"],
      ["--regions", "3", "--indicators", "2", "--months", "24", "--seed", "5", "--start", "2020"],
      ["--regions", "3", "--indicators", "2", "--months", "1", "--seed", "5", "--cumulative"],
    ])
  func refuses(arguments: [String]) {
    #expect(throws: (any Error).self) { try SynthCommand.parse(arguments) }
  }
}
