/// Regions that appear in one period only where the others appear in many: likely misspellings
/// (东材 for 东村), noticed at their first cell with the region they may stand for.
enum LoneRegions {
  /// Fewest periods the most frequent region must appear in before a region of one period is noticed.
  static let manyPeriods = 3

  /// Notices every region whose cells all lie in one month while another region's span at least
  /// `manyPeriods` months (first to last stored cell).
  static func notice(_ session: inout IngestSession) {
    let builder = session.builder
    // Per region: the first and last month with a stored cell, and the first cell's position.
    var spans: [String: (first: Int, last: Int, position: PackedPosition)] = [:]
    for (column, key) in builder.keys.enumerated() {
      builder.withCells(of: column) { _, positions, rows, base in
        guard let low = (0..<rows).first(where: { positions[$0] != 0 }),
          let high = (0..<rows).last(where: { positions[$0] != 0 })
        else { return }
        let position = PackedPosition(raw: positions[low])
        if let known = spans[key.region] {
          spans[key.region] = (
            min(known.first, base + low), max(known.last, base + high),
            known.position.raw < position.raw ? known.position : position
          )
        } else {
          spans[key.region] = (base + low, base + high, position)
        }
      }
    }
    let most = spans.values.map { $0.last - $0.first + 1 }.max() ?? 0
    guard most >= manyPeriods else { return }
    for region in builder.regionOrder {
      guard let span = spans[region], span.first == span.last else { continue }
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
