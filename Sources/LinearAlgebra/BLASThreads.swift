#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension BLASRuntime {
  /// Work (in multiply-adds m·n·k, the flop count of an m × k by k × n product up to a factor 2) below
  /// which `recommendedThreadCount(work:)` chooses one thread: 4 × 10⁶.
  ///
  /// Waking and joining OpenBLAS's pool costs microseconds per call and the work must be split into
  /// blocks; 4 × 10⁶ multiply-adds take only a few tenths of a millisecond on one core (a 160³ gemm took
  /// 0.27 ms on one EPYC core), so below that the pool's overhead eats the speed-up. And the forecasting
  /// code runs thousands of small independent solves, which parallelise better as concurrent tasks each
  /// using a single BLAS thread. The limit is a conservative estimate, not calibrated per machine.
  public static let singleThreadWorkLimit = 4_000_000

  /// Threads OpenBLAS may use at most: `OPENBLAS_NUM_THREADS` when set to a positive integer, else the
  /// number of active processors.
  public static var maximumThreadCount: Int {
    if let value = ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"], let count = Int(value),
      count > 0
    {
      return count
    }
    return max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Threads to use for a BLAS/LAPACK call doing `work` multiply-adds (m·n·k for gemm, m·n² for a
  /// least-squares fit of an m × n design): 1 when `work < singleThreadWorkLimit`, else
  /// `maximumThreadCount`.
  public static func recommendedThreadCount(work: Int) -> Int {
    work < singleThreadWorkLimit ? 1 : maximumThreadCount
  }

  /// Runs `body` with OpenBLAS set to `count` threads (at least 1), then restores the previous count,
  /// also when `body` throws. Returns what `body` returns.
  ///
  /// The OpenBLAS thread count is process-wide: calls from concurrent tasks with different counts race
  /// with each other. Choose the count once around a batch, not per call inside concurrent tasks.
  public static func withThreads<Result, Failure: Error>(
    _ count: Int, _ body: () throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let previous = threadCount
    setThreadCount(count)
    defer { setThreadCount(previous) }
    return try body()
  }
}
