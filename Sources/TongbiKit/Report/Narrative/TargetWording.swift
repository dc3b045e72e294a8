import Foundation

/// Target completion against time progress: 完成全年目标任务的 X%，超/低于序时进度 Y 个百分点
/// (与序时进度持平 at Y = 0); Y is taken from the displayed values.
public enum TargetWording {
  /// The phrase for `target`.
  public static func phrase(_ target: TargetFigures, language: ReportLanguage) -> String {
    let completion = OfficeDecimal.rounded(target.completion, places: 1)
    let progress = OfficeDecimal.rounded(target.timeProgress, places: 1)
    let gap = completion - progress
    let shown = GrowthWording.oneDecimal(completion)
    let points = GrowthWording.oneDecimal(gap < 0 ? -gap : gap)
    switch language {
    case .zh:
      let relation = gap.isZero ? "与序时进度持平" : "\(gap > 0 ? "超" : "低于")序时进度\(points)个百分点"
      return "完成全年目标任务的\(shown)%，\(relation)"
    case .en:
      let relation =
        gap.isZero
        ? "in line with time progress" : "\(points) points \(gap > 0 ? "ahead of" : "behind") time progress"
      return "\(shown)% of the annual target, \(relation)"
    }
  }
}
