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

  /// `body(i)` for every i in 0..<count, computed concurrently; the results in index order.
  static func map<Output>(count: Int, body: (Int) -> Output) -> [Output] {
    let slots = UnsafeMutableBufferPointer<Output?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    run(count: count) { index in slots[index] = body(index) }
    return slots.compactMap { $0 }
  }
}

/// Carries a value whose thread safety the caller guarantees (disjoint writes) across threads.
struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
