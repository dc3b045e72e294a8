import Foundation

/// Joins the parts of a file read in parallel in file order as they finish, on whichever thread
/// finished one, so that joining overlaps the reading of later parts; the thread that finishes the
/// last part joins what is left.
///
/// The parts are absorbed into a session of their own (`IngestSession.partSession()`), never into the
/// session being read into, so that a refusal leaves that session as it was. Parts are taken in file
/// order, each checked as one pass would: a part that failed stops the join with its error; a part
/// that did not end where the next begins, or that disagrees with the parts before it
/// (`IngestSession.absorb(part:since:)`), stops it for a read in one pass.
final class PartJoiner: @unchecked Sendable {
  /// What the join came to.
  enum Outcome {
    /// Every part joined, in one session.
    case joined(IngestSession)
    /// The first part that failed, failed with this error.
    case failed(IngestError)
    /// The parts cannot stand for one pass; read the file in one pass.
    case onePass
  }

  /// A part's session (or the error that stopped it) and the offset where its stream stopped.
  typealias PartResult = (outcome: Result<IngestSession, IngestError>, end: Int)

  private let ends: [Int]
  private let start: IndicatorCatalog
  /// Guards `finished`.
  private let lock = NSLock()
  private var finished: [PartResult?]
  /// Held by the one thread joining; guards `next`, `combined` and `stopped`.
  private let joining = NSLock()
  private var next = 0
  private var combined: IngestSession
  private var stopped: Outcome?

  /// A joiner of parts ending at `ends` (the last at the end of the buffer), read from `session`.
  init(session: IngestSession, ends: [Int]) {
    self.ends = ends
    start = session.catalog
    finished = Array(repeating: nil, count: ends.count)
    combined = session.partSession()
  }

  /// Records the result of part `part` and joins the parts ready in file order, unless another
  /// thread is joining (which then takes them on).
  func finish(_ part: Int, _ result: PartResult) {
    lock.lock()
    finished[part] = result
    lock.unlock()
    joinReady()
  }

  /// The outcome, once every part has finished.
  func outcome() -> Outcome {
    joinReady()
    joining.lock()
    defer { joining.unlock() }
    return stopped ?? .joined(combined)
  }

  /// Joins the finished parts that come next in file order, until one has not finished yet.
  private func joinReady() {
    guard joining.try() else { return }
    defer { joining.unlock() }
    while stopped == nil, let result = take(next) {
      let part = next
      next += 1
      switch result.outcome {
      case .failure(let error):
        stopped = .failed(error)
      case .success(let read):
        if part + 1 < ends.count && result.end != ends[part] || !combined.absorb(part: read, since: start) {
          stopped = .onePass
        }
      }
    }
  }

  /// The result of part `part` when it has finished (handed over once), else `nil`.
  private func take(_ part: Int) -> PartResult? {
    lock.lock()
    defer { lock.unlock() }
    guard part < finished.count, let result = finished[part] else { return nil }
    finished[part] = nil
    return result
  }
}
