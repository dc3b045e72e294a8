import Dispatch
import Foundation

/// Produces items on worker threads and consumes them on the calling thread in item order, with no
/// barrier between groups of items: a worker takes the next item as soon as it is free, and at most
/// `window` produced items wait for the consumer (each in a slot of its own, reused round-robin:
/// item i goes to slot i mod `window` once item i − `window` has been consumed).
///
/// Workers take items in increasing order and the consumer waits for them in the same order, so the
/// item the consumer waits for is always being produced or done: the pipeline cannot stall.
package enum OrderedPipeline {
  /// Calls `produce(slot, i)` for every i in 0..<count on `workers` threads and `consume(slot, i)` on
  /// the calling thread in order of i. When `consume` throws, the workers stop after their current
  /// item and the error is rethrown once they are done.
  package static func run<Slot, Failure: Error>(
    count: Int, workers: Int, slots: [Slot], produce: (Slot, Int) -> Void,
    consume: (Slot, Int) throws(Failure) -> Void
  ) throws(Failure) {
    let window = slots.count
    precondition(window > 0, "at least one slot for produced items")
    let state = PipelineState(window: window)
    try withoutActuallyEscaping(produce) { produce throws(Failure) in
      let producer = UncheckedBox(produce)
      let shared = UncheckedBox(slots)
      let group = DispatchGroup()
      for _ in 0..<max(1, workers) {
        DispatchQueue.global().async(group: group) {
          while let item = state.claim(below: count) {
            producer.value(shared.value[item % window], item)
            state.produced(item)
          }
        }
      }
      defer {
        state.cancel()
        group.wait()
      }
      for item in 0..<count {
        state.waitUntilProduced(item)
        try consume(slots[item % window], item)
        state.consumed(item)
      }
    }
  }
}

/// The shared state of one `OrderedPipeline.run`, under one condition: the next item to hand out,
/// how many items were consumed, and the item each slot holds.
private final class PipelineState: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  private var next = 0
  private var consumedCount = 0
  private var cancelled = false
  private var ready: [Int]

  init(window: Int) {
    self.window = window
    ready = Array(repeating: -1, count: window)
  }

  /// The next item, once its slot is free (item − `window` consumed); `nil` when all `count` are
  /// handed out or the run was cancelled.
  func claim(below count: Int) -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard !cancelled, next < count else { return nil }
    let item = next
    next += 1
    while !cancelled && consumedCount <= item - window { condition.wait() }
    return cancelled ? nil : item
  }

  /// Marks `item` as produced into its slot.
  func produced(_ item: Int) {
    condition.lock()
    ready[item % window] = item
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until `item` is in its slot.
  func waitUntilProduced(_ item: Int) {
    condition.lock()
    while ready[item % window] != item { condition.wait() }
    condition.unlock()
  }

  /// Marks `item` as consumed: its slot is free for item + `window`.
  func consumed(_ item: Int) {
    condition.lock()
    consumedCount = item + 1
    condition.broadcast()
    condition.unlock()
  }

  /// Stops handing out items and wakes every waiting worker.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }
}
