import Foundation

/// Runs a batch of independent items on several threads, each thread with worker state of its own
/// (estimators and buffers that must not be shared), handing out items in chunks so that a slow item
/// holds up no other thread. Results come back in item order whatever the schedule, so the output
/// does not depend on the thread count.
package enum WorkerPool {
  /// `body(&worker, i)` for every i in 0..<count on up to `threads` threads (one worker from
  /// `makeWorker` per thread); the results in index order. `progress(done, count)` is called after
  /// each chunk, never concurrently, with the number of items finished so far.
  package static func map<Worker, Output>(
    count: Int, threads: Int, chunkSize: Int = 8, makeWorker: () -> Worker,
    progress: ((Int, Int) -> Void)? = nil, _ body: (inout Worker, Int) -> Output
  ) -> [Output] {
    precondition(chunkSize > 0, "items are handed out in chunks of at least one")
    let chunkCount = (count + chunkSize - 1) / chunkSize
    let workers = max(1, min(threads, chunkCount))
    guard workers > 1 else {
      var worker = makeWorker()
      var results: [Output] = []
      results.reserveCapacity(count)
      for index in 0..<count {
        results.append(body(&worker, index))
        if (index + 1) % chunkSize == 0 || index + 1 == count { progress?(index + 1, count) }
      }
      return results
    }
    let slots = UnsafeMutableBufferPointer<Output?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    let dispenser = ChunkDispenser(count: count, chunkSize: chunkSize)
    ParallelWork.run(count: workers) { _ in
      var worker = makeWorker()
      while let chunk = dispenser.next() {
        for index in chunk { slots[index] = body(&worker, index) }
        dispenser.finish(chunk.count, progress: progress)
      }
    }
    return slots.compactMap { $0 }
  }
}

extension WorkerPool {
  /// `body(i)` for every i in 0..<count on up to `threads` threads, one item at a time as threads come
  /// free (items with no per-thread state, such as the parts of a big file); the results in index order.
  package static func map<Output>(count: Int, threads: Int, _ body: (Int) -> Output) -> [Output] {
    map(count: count, threads: threads, chunkSize: 1, makeWorker: {}) { _, index in body(index) }
  }
}

/// Hands out consecutive index ranges to the threads of a `WorkerPool` and counts finished items.
private final class ChunkDispenser: @unchecked Sendable {
  private let lock = NSLock()
  private let count: Int
  private let chunkSize: Int
  private var start = 0
  private var done = 0

  init(count: Int, chunkSize: Int) {
    self.count = count
    self.chunkSize = chunkSize
  }

  /// The next range of item indices, `nil` when every item is handed out.
  func next() -> Range<Int>? {
    lock.lock()
    defer { lock.unlock() }
    guard start < count else { return nil }
    let range = start..<min(count, start + chunkSize)
    start = range.upperBound
    return range
  }

  /// Counts `items` more as finished and reports (finished, all) to `progress`, under the lock.
  func finish(_ items: Int, progress: ((Int, Int) -> Void)?) {
    lock.lock()
    defer { lock.unlock() }
    done += items
    progress?(done, count)
  }
}
