import Foundation
import Testing
import TongbiKit

/// The getting-started article (`Sources/TongbiKit/TongbiKit.docc/GettingStarted.md`) shows the program
/// `Snippets/GettingStarted.swift` and what it prints. SwiftPM builds the snippet with every build, as an
/// executable without package access, and this target has none either (`packageAccess: false`), so both
/// use the public API alone. These tests keep article, program and output in agreement, and check the
/// figures against the CSV by hand.
@Suite("The getting-started article")
struct GettingStartedTests {
  /// Root of the package: two levels above this file (`Tests/DocumentationTests/`).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let articlePath = "Sources/TongbiKit/TongbiKit.docc/GettingStarted.md"
  static let snippetPath = "Snippets/GettingStarted.swift"

  @Test("the article's swift block is Snippets/GettingStarted.swift, character for character")
  func articleShowsTheSnippet() throws {
    let article = try Self.text(Self.articlePath)
    let snippet = try Self.text(Self.snippetPath)
    let blocks = Self.fencedBlocks(article, language: "swift")
    try #require(blocks.count == 1, "the article should show exactly one swift block")
    #expect(blocks[0] == snippet)
  }

  @Test("the snippet, run from the package root, prints the article's text block")
  func snippetPrintsTheArticleOutput() throws {
    let output = try Self.runSnippet()
    let blocks = Self.fencedBlocks(try Self.text(Self.articlePath), language: "text")
    try #require(blocks.count == 1, "the article should show exactly one text block (the output)")
    #expect(output == blocks[0])
  }

  @Test("the snippet's figures, computed by hand from the CSV")
  func snippetFiguresByHand() throws {
    let lines = try Self.runSnippet().split(separator: "\n").map(String.init)
    try #require(lines.count == 6)
    // 7 regions × 4 indicators × 33 periods (1-2月 … 1-12月 of 2022, 2023, 2024): 924 data rows, all used
    // (the 4 redacted cells are rows with a missing value, not rejections).
    #expect(lines[0] == "924 rows used, 0 rejected")
    // Datasets/township/township-monthly.csv, 清溪镇:
    //   税收收入, 2024年1-6月 18927.2, 2023年1-6月 17404.4:
    //     (18927.2 − 17404.4) / 17404.4 = 1522.8 / 17404.4 = 0.0874951… → 8.7495…% → 8.7%
    //     (8.7495 is close to 8.75: a rounding of 8.7495 through 8.75 would wrongly give 8.8).
    //   固定资产投资, 2024年1-6月 10.49, 2023年1-6月 9.69: 0.80 / 9.69 = 8.2559…% → 8.3%
    #expect(lines[1] == "税收收入 累计同比 8.7%")
    #expect(lines[2] == "固定资产投资 累计同比 8.3%")
    // The paragraph compares with 1-5月, from the rounded rates:
    //   税收收入 1-5月: 2024 15828.7, 2023 14443.0: 1385.7 / 14443.0 = 9.594…% → 9.6%;
    //     8.7 − 9.6 = −0.9 → 回落0.9个百分点.
    //   固定资产投资 1-5月: 2024 7.73, 2023 7.41: 0.32 / 7.41 = 4.318…% → 4.3%;
    //     8.3 − 4.3 = 4.0 → 提高4.0个百分点.
    #expect(
      lines[5].hasPrefix(
        "1-6月份完成税收收入18927.2万元，同比增长8.7%，增速比1-5月回落0.9个百分点；"
          + "完成固定资产投资10.49亿元，同比增长8.3%，增速比1-5月提高4.0个百分点；"))
  }

  @Test("in process, through the public API: the panel holds the CSV's values and 累计同比 is their ratio")
  func publicAPIInProcess() throws {
    var ingestor = Ingestor(options: IngestOptions())
    try ingestor.read(
      path: Self.packageRoot.appendingPathComponent("Datasets/township/township-monthly.csv").path)
    let panel = ingestor.finish().panel
    let june2024 = try #require(Period(year: 2024, month: 6))
    let june2023 = try #require(Period(year: 2023, month: 6))
    let tax = SeriesKey(region: "清溪镇", indicator: "税收收入", form: .cumulative)
    let column = try #require(panel.column(of: tax))
    // The CSV's lines `清溪镇,,税收收入,万元,2024年1-6月,18927.2` and `…,2023年1-6月,17404.4`.
    #expect(panel.value(column: column, at: june2024) == 18927.2)
    #expect(panel.value(column: column, at: june2023) == 17404.4)

    let table = try GrowthTable(panel: panel, indicators: ["税收收入"], period: june2024)
    var rate: GrowthValue?
    table.forEachSeries { _, key, growth in
      if key.region == "清溪镇" { rate = growth.value(.cumulativeYoY, row: table.rows.lowerBound) }
    }
    // (18927.2 − 17404.4) / 17404.4 × 100 = 152280 / 17404.4 = 8.74951161775183…% (long division).
    let computed = try #require(rate?.number)
    #expect(abs(computed - 8.749_511_617_751_83) < 1e-9)
    #expect(OfficeRounding.round(computed, decimals: 1) == 8.7)

    let document = ReportBuilder.document(panel: panel, region: "清溪镇", period: june2024)
    let paragraph = try ReportRenderer(templates: ReportTemplates()).paragraph(document)
    #expect(paragraph.hasPrefix("1-6月份完成税收收入18927.2万元，同比增长8.7%，增速比1-5月回落0.9个百分点；"))
  }

  /// The text of `relative`, a file of the package.
  static func text(_ relative: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
  }

  /// The contents of the fenced code blocks of `markdown` whose info string is `language` (a block
  /// opens with a line of ```` ``` ```` and its info string, and closes with a line of ```` ``` ````),
  /// each line with its newline.
  static func fencedBlocks(_ markdown: String, language: String) -> [String] {
    var blocks: [String] = []
    var open: (language: Substring, text: String)?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if let block = open {
        if line == "```" {
          if block.language == language { blocks.append(block.text) }
          open = nil
        } else {
          open?.text += line + "\n"
        }
      } else if line.hasPrefix("```") {
        open = (line.dropFirst(3), "")
      }
    }
    return blocks
  }

  /// Runs the `GettingStarted` snippet that the build made, in the package root as the article says,
  /// and returns what it printed; fails when it exits with an error or prints to standard error.
  static func runSnippet() throws -> String {
    let binary = try snippetBinary()
    let process = Process()
    process.executableURL = binary
    process.currentDirectoryURL = packageRoot
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes while the process runs, so that a full pipe never blocks it.
    let group = DispatchGroup()
    nonisolated(unsafe) var outputData = Data()
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) {
      outputData = output.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      errorData = error.fileHandleForReading.readDataToEndOfFile()
    }
    group.wait()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: errorData, as: UTF8.self) == "")
    return String(decoding: outputData, as: UTF8.self)
  }

  /// The snippet's executable: beside this test binary (the build's products directory), else in
  /// `.build/debug`.
  static func snippetBinary() throws -> URL {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("GettingStarted"),
      packageRoot.appendingPathComponent(".build/debug/GettingStarted"),
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else {
      let places = candidates.map(\.path).joined(separator: ", ")
      Issue.record(
        "GettingStarted is missing (looked in \(places)): run `swift build --build-tests` first")
      throw MissingSnippet()
    }
    return found
  }

  /// Thrown after recording that the snippet's executable is missing.
  struct MissingSnippet: Error {}
}
