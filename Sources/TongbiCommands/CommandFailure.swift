import ArgumentParser
import TongbiKit

/// A failure that ends a command with a one-line message on standard error and exit status 1.
enum CommandFailure: Error, CustomStringConvertible {
  case message(String)

  var description: String {
    switch self {
    case .message(let text): text
    }
  }

  /// Runs `body`, turning an ingest error into a message and exit status 1.
  static func wrap<T>(_ body: () throws(IngestError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure.message(error.description)
    }
  }

  /// Runs `body`, turning a report error into a message and exit status 1.
  static func wrapReport<T>(_ body: () throws(ReportError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure.message(error.description)
    }
  }
}
