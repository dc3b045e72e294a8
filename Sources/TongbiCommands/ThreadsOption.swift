import ArgumentParser
import Foundation

/// `--threads`: how many threads a command uses: big long-layout inputs are read in that many parts
/// at once, and series are fitted or rendered that many at a time. Output does not depend on it.
struct ThreadsOption: ParsableArguments {
  @Option(
    help: """
      Threads to use: parts of a big input read at once, series fitted or rendered at once \
      (default: the number of cores). Output does not depend on it.
      """)
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
  }
}
