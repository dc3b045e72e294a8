import Foundation
import Testing

/// Runs the `tongbi` binary that `swift build --build-tests` built, as a user would.
enum BuiltTongbi {
  /// Root of the package: three levels above this file (`Tests/TongbiCommandsTests/Support/`).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The `tongbi` built with these tests, beside them in the build folder: `.build/debug/tongbi`, or
  /// `.build/asan/debug/tongbi` for a build with `--scratch-path .build/asan` (`scripts/sanitize`),
  /// so a sanitized test build runs the sanitized binary. The test code's bundle is that folder on
  /// Linux and a `.xctest` bundle inside it on macOS.
  static let binary: String = {
    let bundle = Bundle(for: BundleMarker.self).bundleURL
    let folder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    return folder.appendingPathComponent("tongbi").path
  }()

  /// A class of the test code, whose bundle `Bundle(for:)` finds.
  private final class BundleMarker {}

  /// What a run printed and returned.
  struct Run: Equatable {
    var status: Int32
    var standardOutput: Data
    var standardError: Data

    var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
    var errorText: String { String(decoding: standardError, as: UTF8.self) }
  }

  /// Error thrown after recording that the binary is missing.
  struct MissingBinary: Error {}

  /// Runs `binary` in the package root with `arguments`, the given
  /// `OPENBLAS_NUM_THREADS`, and `input` on standard input (empty when `nil`); `TONGBI_STORE` unset
  /// unless `environment` sets it, with the other variables of `environment`.
  static func run(
    _ arguments: [String], input: Data? = nil, blasThreads: Int = 1, environment extra: [String: String] = [:]
  ) throws -> Run {
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Issue.record("\(binary) is missing: run `swift build --build-tests` before `swift test --skip-build`")
      throw MissingBinary()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    var environment = ProcessInfo.processInfo.environment
    environment["OPENBLAS_NUM_THREADS"] = String(blasThreads)
    environment["TONGBI_STORE"] = nil
    environment.merge(extra) { _, given in given }
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
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
    if let input { standardInput.fileHandleForWriting.write(input) }
    try standardInput.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, standardOutput: outputData, standardError: errorData)
  }
}
