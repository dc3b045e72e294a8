import ArgumentParser
import Foundation

/// `--threads`: how many series are fitted at once by the commands that fit models per series.
struct ModelThreadsOption: ParsableArguments {
  @Option(
    help:
      "Series fitted at once, one per thread (default: the number of cores). Output does not depend on it.")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
  }
}
