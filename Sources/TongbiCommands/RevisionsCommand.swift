import ArgumentParser
import TongbiKit

/// `tongbi revisions`: every value an import changed, worded for the report.
struct RevisionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revisions",
    abstract: "List every value an import revised: series, month, previous and revised value and vintage.",
    discussion: """
      Each revision is also worded as offices write it: 清溪镇2024年1-5月税收收入由18012.3万元修订为18020.1万元.
      """
  )

  @OptionGroup var store: StoreOption
  @OptionGroup var destination: OutputOption

  @Option(help: "Only revisions made by vintages after this one (its number, or a date such as 2024-07-10).")
  var since: String?

  @Option(help: "Language of the wording: zh or en.")
  var lang: ReportLanguage = .zh

  @Option(help: "Output format: table, csv or json.")
  var format: ListingFormat = .table

  func run() throws {
    try destination.refuseOverwriting([store.path])
    let opened = try store.open(create: false)
    let (revisions, panel) = try CommandFailure.wrapStore { () throws(StoreError) in
      let after = try since.map { given throws(StoreError) in try opened.vintage(named: given) }
      return (try opened.revisions(since: after), try opened.panel())
    }
    var listing = StoreListing(
      header: [
        "region", "indicator", "form", "period", "previous", "previous_vintage", "revised", "revised_vintage",
        "wording",
      ], numeric: [4, 5, 6, 7])
    for revision in revisions {
      listing.rows.append([
        revision.region, revision.indicator, revision.form.rawValue, "\(revision.period)",
        DisplayNumber.text(revision.previous.value, decimals: revision.previous.decimals),
        "\(revision.previous.vintage)",
        DisplayNumber.text(revision.revised.value, decimals: revision.revised.decimals),
        "\(revision.revised.vintage)",
        RevisionWording.sentence(revision, indicators: panel.indicators, language: lang),
      ])
    }
    try destination.write(listing.render(format))
  }
}
