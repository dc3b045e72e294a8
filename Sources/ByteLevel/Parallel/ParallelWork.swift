import Dispatch

/// Runs independent work items on the cores (Dispatch's `concurrentPerform`), for kernels whose
/// items write disjoint memory.
package enum ParallelWork {
  /// Calls `body(i)` for every i in 0..<count, concurrently; returns when all are done.
  package static func run(count: Int, body: (Int) -> Void) {
    withoutActuallyEscaping(body) { body in
      let box = UncheckedBox(body)
      DispatchQueue.concurrentPerform(iterations: count) { index in box.value(index) }
    }
  }
}

/// Carries a value whose thread safety the caller guarantees (disjoint writes) across threads.
package struct UncheckedBox<Value>: @unchecked Sendable {
  package let value: Value
  package init(_ value: Value) { self.value = value }
}
