internal import CLAPACK

/// The OpenBLAS runtime this process loaded: its kernel ("core") name and its thread pool.
///
/// Debian's OpenBLAS chooses its kernels when the library loads. On CPUs newer than the build knows it
/// falls back to generic kernels (core name `Prescott`), several times slower for gemm. The environment
/// variable `OPENBLAS_CORETYPE` (e.g. `Haswell`, `SkylakeX`) overrides the choice, but only if it is set
/// before the process starts.
public enum BLASRuntime {
  /// Kernel family OpenBLAS selected at load time, e.g. `Haswell`, `SkylakeX`, `Prescott`.
  public static var coreName: String {
    guard let name = openblas_get_corename() else { return "unknown" }
    return String(cString: name)
  }

  /// Build configuration string of the loaded OpenBLAS (version, threading model, max threads).
  public static var configuration: String {
    guard let config = openblas_get_config() else { return "unknown" }
    return String(cString: config)
  }

  /// Number of threads OpenBLAS uses for the next call.
  public static var threadCount: Int { Int(openblas_get_num_threads()) }

  /// Sets the number of threads OpenBLAS uses from now on (at least 1).
  public static func setThreadCount(_ count: Int) {
    openblas_set_num_threads(Int32(max(1, count)))
  }

  /// Kernel names that mean OpenBLAS did not recognise the CPU and runs slow generic code.
  static let genericCoreNames: Set<String> = ["prescott", "katmai", "coppermine", "northwood", "banias"]

  /// Whether the loaded kernels are a generic fallback rather than ones tuned for this CPU.
  public static var usesGenericKernels: Bool {
    genericCoreNames.contains(coreName.lowercased())
  }
}
