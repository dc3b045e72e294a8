import LinearAlgebra

/// Builds the text `tongbi --version` prints: the version, then the BLAS kernels and threads in use.
enum VersionText {
  static let version = "0.1.0"

  static func make() -> String {
    var lines = [
      "tongbi \(version)",
      "BLAS: OpenBLAS core \(BLASRuntime.coreName), \(BLASRuntime.threadCount) thread(s) "
        + "(its solves here are small; model fits run one series per core, see --threads)",
    ]
    if BLASRuntime.usesGenericKernels {
      lines.append(BLASGenericKernelWarning.text)
    }
    return lines.joined(separator: "\n")
  }
}
