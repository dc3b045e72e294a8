/// A row of a table that is the total of the regions above it: 合计, 总计, 小计, 全镇, 全县 (…), or the
/// region a title names (青山镇2024年1-6月…). It stands for the parent region: the title's, `--total`,
/// else the word itself.
struct TotalRow: Equatable {
  /// The region the row stands for.
  var name: String
  /// The text of the row's region cell.
  var word: String
  /// The file it was met in (its index among the session's paths).
  var file: Int
  /// The line it was first met on.
  var line: Int

  /// Region cells that mark a total row: 合计, 总计, 小计, 总体, 全部, and 全 before an administrative word
  /// (全镇, 全县, 全街道, …).
  static let words: Set<String> = Set(["合计", "总计", "小计", "总体", "全部"]).union(
    AdministrativeWord.all.map { "全" + $0.ending })

  /// Whether a region cell marks a total row (spaces inside ignored: 合 计).
  static func isTotalWord(_ text: String) -> Bool {
    switch text.unicodeScalars.first {
    case "合", "总", "小", "全": break
    default: return false
    }
    return words.contains(String(text.filter { $0 != " " && $0 != "\u{3000}" }))
  }
}
