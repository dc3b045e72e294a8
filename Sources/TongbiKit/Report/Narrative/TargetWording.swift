/// The numbers and the schedule phrase of target completion; the clause templates word the rest
/// (完成全年目标任务的X%（力争目标的Y%），超序时进度Z个百分点).
package enum TargetWording {
  /// A completion in percent as displayed: one decimal, half away from zero ("51.4").
  package static func completion(_ percent: Double) -> String {
    ShownRate(percent)?.text ?? TableCells.dash
  }

  /// Completion against time progress, Z taken from the displayed values: 超/低于序时进度 Z 个百分点,
  /// 与序时进度持平 at Z = 0; English "Z points ahead of / behind time progress".
  package static func schedule(_ target: TargetFigures, language: ReportLanguage) -> String {
    let gap =
      (ShownRate(target.completion) ?? ShownRate(tenths: 0))
      - (ShownRate(target.timeProgress) ?? ShownRate(tenths: 0))
    let points = gap.magnitude.text
    switch language {
    case .zh:
      return gap.isZero ? "与序时进度持平" : "\(gap.tenths > 0 ? "超" : "低于")序时进度\(points)个百分点"
    case .en:
      return gap.isZero
        ? "in line with time progress"
        : "\(points) points \(gap.tenths > 0 ? "ahead of" : "behind") time progress"
    }
  }
}
