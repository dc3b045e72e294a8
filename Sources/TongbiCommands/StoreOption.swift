import ArgumentParser
import Foundation
import TongbiKit

/// `--store PATH|URL` (else `$TONGBI_STORE`): the store of vintages a command imports into or reads from.
struct StoreOption: ParsableArguments {
  @Option(
    help: "The store of vintages: an SQLite file or a postgresql:// URL (default: $TONGBI_STORE).")
  var store: String?

  /// The store's path: `--store`, else `$TONGBI_STORE`.
  var path: String? {
    store ?? ProcessInfo.processInfo.environment["TONGBI_STORE"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Opens the store (`create`: make it when missing); fails with a message without one.
  func open(create: Bool) throws -> VintageStore {
    guard let path else {
      throw CommandFailure.message("no store: give --store PATH or set TONGBI_STORE")
    }
    return try CommandFailure.wrapStore { () throws(StoreError) in
      try VintageStore(path: path, create: create)
    }
  }
}

extension CommandFailure {
  /// Runs `body`, turning a store error into a message and exit status 1.
  static func wrapStore<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure.message(error.description)
    }
  }
}
