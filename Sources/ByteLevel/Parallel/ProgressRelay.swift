import Foundation

/// Adds up the progress of the parts of one file read on several threads and passes the total on,
/// one call at a time.
package final class ProgressRelay: @unchecked Sendable {
  private let lock = NSLock()
  private let starts: [Int]
  private var done: [Int]
  private let base: Int
  private let total: Int
  private let progress: (Int, Int) -> Void

  /// A relay for parts starting at `starts`, after `base` bytes already read, of a `total`-byte file.
  package init(starts: [Int], base: Int, total: Int, progress: @escaping (Int, Int) -> Void) {
    self.starts = starts
    done = Array(repeating: 0, count: starts.count)
    self.base = base
    self.total = total
    self.progress = progress
  }

  /// Part `part` has reached `offset`: reports (bytes before the parts + bytes read in all parts, total).
  package func update(part: Int, offset: Int) {
    lock.lock()
    defer { lock.unlock() }
    done[part] = offset - starts[part]
    progress(base + done.reduce(0, +), total)
  }
}
