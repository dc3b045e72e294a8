import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel

/// A slot of the tests: the item it holds, written by a worker and read by the consumer.
private final class Box: @unchecked Sendable {
  var item = -1
  var value = 0
}

@Suite("OrderedPipeline: every item produced once, consumed in order, stops on a consumer error")
struct OrderedPipelineTests {
  @Test(
    "squares consumed in item order",
    arguments: [(0, 2, 1), (1, 3, 2), (7, 1, 1), (50, 2, 3), (203, 4, 8), (1000, 3, 5)])
  func squares(count: Int, workers: Int, window: Int) {
    let produced = Counter()
    var consumed: [Int] = []
    OrderedPipeline.run(
      count: count, workers: workers, slots: (0..<window).map { _ in Box() },
      produce: { box, item in
        // A slot is reused only after its previous item was consumed: it must show that item's mark.
        #expect(box.item == -1 || box.item == item - window)
        box.item = item
        box.value = item * item
        produced.add(1)
      },
      consume: { box, item in
        #expect(box.item == item)
        consumed.append(box.value)
      })
    #expect(consumed == (0..<count).map { $0 * $0 })
    #expect(produced.value == count)
  }

  private struct Stop: Error {}

  @Test("a consumer error stops the workers and is rethrown", .timeLimit(.minutes(1)), arguments: [1, 2, 4])
  func consumerError(workers: Int) {
    let produced = Counter()
    var consumed = 0
    #expect(throws: Stop.self) {
      try OrderedPipeline.run(
        count: 10_000, workers: workers, slots: (0..<3).map { _ in Box() },
        produce: { _, _ in produced.add(1) },
        consume: { (_, item) throws(Stop) in
          if item == 20 { throw Stop() }
          consumed += 1
        })
    }
    #expect(consumed == 20)
    // Item i is produced only once item i − 3 (the window) was consumed; items 0…19 were, so at most
    // items 0…22 were produced, whatever the number of workers.
    #expect(produced.value <= 20 + 3)
  }
}
