/// A full-year projection: 预计全年完成 X万元，增长 Y%，完成目标的概率约 Z% (growth and probability
/// only when known; a negative growth reads 下降; Z to a whole percent).
package enum ProjectionWording {
  /// The phrase for `projection` of a figure in `unit`.
  package static func phrase(_ projection: ProjectionFigures, unit: Unit, language: ReportLanguage) -> String
  {
    let amount = AmountWording.text(projection.fullYear, unit: unit, language: language)
    var parts: [String] = []
    switch language {
    case .zh:
      parts.append("预计全年完成\(amount)")
      if let growth = projection.growth, let shown = ShownRate(growth) {
        parts.append(shown.isZero ? "与上年持平" : "\(shown.tenths > 0 ? "增长" : "下降")\(shown.magnitude.text)%")
      }
      if let probability = projection.probability {
        parts.append("完成目标的概率约\(DisplayNumber.text(probability, decimals: 0))%")
      }
      return parts.joined(separator: "，")
    case .en:
      parts.append("projected full year \(amount)")
      if let growth = projection.growth, let shown = ShownRate(growth) {
        parts.append(
          shown.isZero
            ? "unchanged from last year" : "\(shown.tenths > 0 ? "up" : "down") \(shown.magnitude.text)%")
      }
      if let probability = projection.probability {
        parts.append(
          "probability of meeting the target about \(DisplayNumber.text(probability, decimals: 0))%")
      }
      return parts.joined(separator: ", ")
    }
  }
}
