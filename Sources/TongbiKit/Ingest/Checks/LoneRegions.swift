/// Regions that appear in one period only where the others appear in many: likely misspellings
/// (东材 for 东村), noticed at their first cell with the region they may stand for.
enum LoneRegions {
  /// Fewest periods the most frequent region must appear in before a region of one period is noticed.
  static let manyPeriods = 3
  /// Most regions noticed one by one (with the region each may misspell); more get one notice.
  static let listedAtMost = 10

  /// Notices every region whose cells all lie in one month while another region's span at least
  /// `manyPeriods` months (first to last stored cell).
  static func notice(_ session: inout IngestSession) {
    let builder = session.builder
    // Per region (by its slot): the first and last month with a stored cell and the first cell's
    // position. A region's columns mostly follow each other: it is looked up only when it changes.
    var slots: [String: Int] = [:]
    var names: [String] = []
    var firstMonths: [Int] = []
    var lastMonths: [Int] = []
    var firstCells: [UInt64] = []
    var region: String?
    var slot = 0
    for (column, key) in builder.keys.enumerated() {
      if key.region != region {
        region = key.region
        if let known = slots[key.region] {
          slot = known
        } else {
          slot = names.count
          slots[key.region] = slot
          names.append(key.region)
          firstMonths.append(.max)
          lastMonths.append(.min)
          firstCells.append(.max)
        }
      }
      builder.withCells(of: column) { _, positions, rows, base in
        guard let low = (0..<rows).first(where: { positions[$0] != 0 }),
          let high = (0..<rows).last(where: { positions[$0] != 0 })
        else { return }
        firstMonths[slot] = min(firstMonths[slot], base + low)
        lastMonths[slot] = max(lastMonths[slot], base + high)
        firstCells[slot] = min(firstCells[slot], positions[low])
      }
    }
    let spans = Dictionary(
      uniqueKeysWithValues: names.indices.filter { firstCells[$0] != .max }.map {
        (
          names[$0],
          (first: firstMonths[$0], last: lastMonths[$0], position: PackedPosition(raw: firstCells[$0]))
        )
      })
    let most = spans.values.map { $0.last - $0.first + 1 }.max() ?? 0
    guard most >= manyPeriods else { return }
    let lone = builder.regionOrder.filter { region in spans[region].map { $0.first == $0.last } ?? false }
    if lone.count > listedAtMost, let first = lone.first, let span = spans[first] {
      session.notice(
        session.position(of: span.position),
        "\(lone.count) regions appear in one month only, others over up to \(most) months, the first "
          + "'\(first)' here: misspellings?")
      return
    }
    for region in lone {
      guard let span = spans[region] else { continue }
      let near = builder.regionOrder.first { other in
        other != region && spans[other].map { $0.first != $0.last } == true && isOneEditApart(other, region)
      }
      session.notice(
        session.position(of: span.position),
        "region '\(region)' appears in \(Period(ordinal: span.first)) only, others over up to \(most) months: "
          + (near.map { "a misspelling of \($0)?" } ?? "a misspelling?"))
    }
  }

  /// Whether `a` becomes `b` by changing, adding or removing one character.
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a), Array(b))
    guard abs(x.count - y.count) <= 1, x != y else { return false }
    var (i, j, edits) = (0, 0, 0)
    while i < x.count && j < y.count {
      if x[i] == y[j] {
        (i, j) = (i + 1, j + 1)
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if x.count > y.count {
        i += 1
      } else if y.count > x.count {
        j += 1
      } else {
        (i, j) = (i + 1, j + 1)
      }
    }
    return edits + (x.count - i) + (y.count - j) <= 1
  }
}
