/// Phrases relating a region to its parent: the gap to the parent's average growth and the rank
/// among the parent's sub-regions.
package enum ParentWording {
  /// 高于/低于全县平均 X 个百分点 (与全县平均持平), X the difference of the displayed rates.
  package static func gap(_ parent: ParentGap, language: ReportLanguage) -> String? {
    guard let difference = ShownRate(parent.points) else { return nil }
    let points = difference.magnitude.text
    switch language {
    case .zh:
      if difference.isZero { return "与\(parent.scope.zh)平均持平" }
      return "\(difference.tenths > 0 ? "高于" : "低于")\(parent.scope.zh)平均\(points)个百分点"
    case .en:
      if difference.isZero { return "in line with the average of \(parent.scope.en)" }
      return "\(points) points \(difference.tenths > 0 ? "above" : "below") the average of \(parent.scope.en)"
    }
  }

  /// 增速列全县第 N 位，较上月前移/后退 M 位 (位次与上月持平); without a previous rank only the first part.
  package static func rank(_ rank: RankFigures, language: ReportLanguage) -> String {
    let moved = rank.previousRank.map { $0 - rank.rank }
    switch language {
    case .zh:
      let head = "增速列\(rank.scope.zh)第\(rank.rank)位"
      guard let moved else { return head }
      if moved == 0 { return head + "，位次与上月持平" }
      return head + "，较上月\(moved > 0 ? "前移" : "后退")\(abs(moved))位"
    case .en:
      let head = "growth ranks \(ordinal(rank.rank)) in \(rank.scope.en)"
      guard let moved else { return head }
      if moved == 0 { return head + ", unchanged from the previous period" }
      let places = abs(moved) == 1 ? "place" : "places"
      return head + ", \(moved > 0 ? "up" : "down") \(abs(moved)) \(places) from the previous period"
    }
  }

  /// English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
  static func ordinal(_ number: Int) -> String {
    let tens = number % 100
    if (11...13).contains(tens) { return "\(number)th" }
    switch number % 10 {
    case 1: return "\(number)st"
    case 2: return "\(number)nd"
    case 3: return "\(number)rd"
    default: return "\(number)th"
    }
  }
}
