import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("WorkerPool: results in item order, every item once, progress to the end")
struct WorkerPoolTests {
  @Test(
    "squares of 0..<count, one worker per thread used",
    arguments: [(0, 3), (1, 3), (7, 1), (50, 2), (203, 4)])
  func squares(count: Int, threads: Int) {
    let seen = Counter()
    let reports = Counter()
    let workers = Counter()
    var lastReported = 0
    var reportedTotal = 0
    let results = WorkerPool.map(
      count: count, threads: threads, chunkSize: 4,
      makeWorker: {
        workers.add(1)
        return 0
      },
      progress: { done, total in
        // Called under the pool's lock: never concurrently, so plain variables are safe here.
        #expect(done > lastReported && done <= total)
        lastReported = done
        reportedTotal = total
        reports.add(1)
      }
    ) { _, index in
      seen.add(1)
      return index * index
    }
    #expect(results == (0..<count).map { $0 * $0 })
    #expect(seen.value == count)
    // One worker per thread, and no more threads than the ⌈count / 4⌉ chunks (one when there is none).
    #expect(workers.value == max(1, min(threads, (count + 3) / 4)))
    // ⌈count / 4⌉ chunks, one report each.
    #expect(reports.value == (count + 3) / 4)
    if count > 0 {
      #expect(lastReported == count)
      #expect(reportedTotal == count)
    }
  }
}

/// A counter safe to bump from several threads.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  func add(_ amount: Int) {
    lock.lock()
    count += amount
    lock.unlock()
  }

  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}

@Suite("WorkerPool.map without worker state: every result in index order")
struct ParallelMapTests {
  @Test("squares of 0..<count on 1, 2 and 3 threads", arguments: [0, 1, 2, 100])
  func squares(count: Int) {
    for threads in 1...3 {
      #expect(WorkerPool.map(count: count, threads: threads) { $0 * $0 } == (0..<count).map { $0 * $0 })
    }
  }
}
