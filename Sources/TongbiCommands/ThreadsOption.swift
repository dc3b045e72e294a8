import ArgumentParser
import Foundation

/// `--threads`: how many threads a command uses: big long-layout inputs are read in that many parts
/// at once, and series are fitted or rendered that many at a time. Output does not depend on it.
struct ThreadsOption: ParsableArguments {
  @Option(
    name: .customLong("threads"),
    help: """
      Threads to use: parts of a big input read at once, series fitted or rendered at once \
      (default: the number of cores). Output does not depend on it.
      """)
  var requested: Int?

  /// The threads to use: `--threads`, else the number of cores.
  var threads: Int { requested ?? ProcessInfo.processInfo.activeProcessorCount }

  func validate() throws {
    if let requested, requested < 1 { throw ValidationError("--threads must be at least 1") }
  }
}
