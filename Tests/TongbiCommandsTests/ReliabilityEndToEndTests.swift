import Foundation
import Testing

private let packageRoot = BuiltTongbi.packageRoot

/// The bad-file corpus, relative to the package root (the binary runs there).
private let corpusFolder = "Tests/TongbiKitTests/Fixtures/bad"

/// The corpus manifest `EXPECTED.tsv` (see `CorpusManifest` in TongbiKitTests for the format): the
/// facts of each file by kind, in order.
private let manifest: [String: [String: [String]]] = {
  let path = packageRoot + "/" + corpusFolder + "/EXPECTED.tsv"
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
  var table: [String: [String: [String]]] = [:]
  for line in text.split(separator: "\n") where !line.hasPrefix("#") {
    let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3 else { continue }
    table[parts[0], default: [:]][parts[1], default: []].append(parts[2])
  }
  return table
}()

/// The count keys of the JSON report, in the order of the manifest's `counts`.
private let countKeys = [
  "rows_read", "rows_used", "rows_rejected", "cells_read", "cells_used", "cells_missing", "cells_rejected",
]

@Suite("Reliability: tongbi ingest on the bad-file corpus and on Datasets/, end to end")
struct ReliabilityEndToEndTests {
  @Test(
    "each corpus file: exit status, message, JSON counts and rejects, balanced accounting",
    arguments: manifest.keys.sorted())
  func corpusFileJSON(_ name: String) throws {
    let facts = try #require(manifest[name])
    let path = corpusFolder + "/" + name
    let run = try BuiltTongbi.run(["ingest", "--format", "json", path])
    let exit = try #require(facts["exit"]?.first.flatMap { Int32($0) })
    #expect(run.status == exit, "\(run.errorText)")
    if let error = facts["error"]?.first {
      #expect(run.errorText == "Error: " + error.replacingOccurrences(of: "FILE", with: path) + "\n")
      #expect(run.standardOutput.isEmpty)
      return
    }
    #expect(run.errorText == (exit == 1 ? "Error: no usable values were read\n" : ""))
    let object = try JSONSerialization.jsonObject(with: run.standardOutput)
    let json = try #require(object as? [String: Any])
    let counts = countKeys.map { json[$0] as? Int ?? -1 }
    let expected = try #require(facts["counts"]?.first).split(separator: " ").compactMap { Int($0) }
    #expect(counts == expected)
    #expect(counts[0] == counts[1] + counts[2])
    #expect(counts[3] == counts[4] + counts[5] + counts[6])
    let rejects = (json["rejects"] as? [[String: Any]] ?? []).map { reject in
      let position = "\(reject["file"] as? String ?? ""):\(reject["line"] as? Int ?? -1)"
      let column = reject["column"] as? Int ?? -1
      return (column > 0 ? "\(position):\(column)" : position) + ": \(reject["reason"] as? String ?? "")"
    }
    #expect(rejects == (facts["reject"] ?? []).map { $0.replacingOccurrences(of: "FILE", with: path) })
  }

  @Test(
    "each corpus file that ingests: the terminal summary shows the same counts",
    arguments: manifest.keys.sorted())
  func corpusFileText(_ name: String) throws {
    let facts = try #require(manifest[name])
    guard let counts = facts["counts"]?.first?.split(separator: " ").map(String.init), counts.count == 7
    else {
      return
    }
    let run = try BuiltTongbi.run(["ingest", corpusFolder + "/" + name])
    let line =
      "rows: \(counts[0]) read, \(counts[1]) used, \(counts[2]) rejected; cells: \(counts[3]) read, "
      + "\(counts[4]) used, \(counts[5]) missing, \(counts[6]) rejected"
    #expect(run.outputText.split(separator: "\n").contains { $0 == line }, "\(run.outputText)")
  }

  @Test("every Datasets/ file: ingest output is byte-identical across runs and with 1 or 2 BLAS threads")
  func datasetsDeterministic() throws {
    let enumerator = FileManager.default.enumerator(atPath: packageRoot + "/Datasets")
    var files: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasSuffix(".csv") { files.append("Datasets/" + relative) }
    }
    #expect(files.count >= 8)
    for file in files.sorted() {
      for format in ["json", "table"] {
        let first = try BuiltTongbi.run(["ingest", "--format", format, file], blasThreads: 1)
        let second = try BuiltTongbi.run(["ingest", "--format", format, file], blasThreads: 1)
        let twoThreads = try BuiltTongbi.run(["ingest", "--format", format, file], blasThreads: 2)
        #expect(first == second, "\(file) \(format): two runs differ")
        #expect(first == twoThreads, "\(file) \(format): 1 and 2 BLAS threads differ")
        #expect(!first.standardOutput.isEmpty || !first.standardError.isEmpty)
      }
    }
  }
}
