import Dispatch

/// Runs independent work items on the cores (Dispatch's `concurrentPerform`), for kernels whose
/// items write disjoint memory.
enum ParallelWork {
  /// Calls `body(i)` for every i in 0..<count, concurrently; returns when all are done.
  static func run(count: Int, body: (Int) -> Void) {
    withoutActuallyEscaping(body) { body in
      let box = UncheckedBox(body)
      DispatchQueue.concurrentPerform(iterations: count) { index in box.value(index) }
    }
  }
}

/// Carries a value whose thread safety the caller guarantees (disjoint writes) across threads.
struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
