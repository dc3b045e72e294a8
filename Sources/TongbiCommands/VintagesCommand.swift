import ArgumentParser
import TongbiKit

/// `tongbi vintages`: the imports of the store, in order.
struct VintagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vintages",
    abstract:
      "List the store's vintages: each imported file, when, its months, rows, and values added and revised."
  )

  @OptionGroup var store: StoreOption
  @OptionGroup var destination: OutputOption

  @Option(help: "Output format: table, csv or json.")
  var format: ListingFormat = .table

  func run() throws {
    try destination.refuseOverwriting([store.path])
    let opened = try store.open(create: false)
    let vintages = try CommandFailure.wrapStore { () throws(StoreError) in try opened.vintages() }
    var listing = StoreListing(
      header: [
        "vintage", "kind", "file", "imported_at", "first_period", "last_period", "rows_read", "rows_used",
        "rows_rejected", "values_added", "values_revised", "sha256",
      ], numeric: [0, 6, 7, 8, 9, 10])
    for vintage in vintages {
      let isData = vintage.kind == .data
      listing.rows.append([
        "\(vintage.id)", vintage.kind.rawValue, vintage.fileName, vintage.importedAt,
        vintage.periods.map { "\($0.lowerBound)" } ?? "", vintage.periods.map { "\($0.upperBound)" } ?? "",
        isData ? "\(vintage.rowsRead)" : "", isData ? "\(vintage.rowsUsed)" : "",
        isData ? "\(vintage.rowsRejected)" : "", isData ? "\(vintage.valuesAdded)" : "",
        isData ? "\(vintage.valuesRevised)" : "", vintage.sha256,
      ])
    }
    try destination.write(listing.render(format))
  }
}
