/// The administrative word a Chinese region's name ends with (青山镇 → 镇): its level, from 省 (4) down
/// to 村, 社区, 片区 and 园区 (0), and how a report names the whole of such a region (全镇, the town).
package struct AdministrativeWord: Sendable, Equatable {
  /// The ending, e.g. `镇`.
  package var ending: String
  /// 4 for 省 and 自治区; 3 for 市, 州, 盟; 2 for 县, 旗, 区; 1 for 镇, 乡, 街道, 办事处; 0 for 村,
  /// 社区, 片区, 园区, 开发区.
  package var level: Int
  /// How a report names the whole region (`ParentScope`), `nil` for the default 全县.
  package var scope: ParentScope?

  /// Every word, a longer ending before any shorter one it ends with (社区 before 区).
  package static let all: [AdministrativeWord] = [
    word("自治区", 4, "全区", "the district"), word("省", 4, "全省", "the province"),
    word("市", 3, "全市", "the city"), word("州", 3), word("盟", 3),
    word("开发区", 0, "全开发区", "the development zone"), word("园区", 0, "全园区", "the park"),
    word("社区", 0, "全区", "the district"), word("片区", 0, "全区", "the district"),
    word("县", 2), word("旗", 2), word("区", 2, "全区", "the district"),
    word("街道", 1, "全街道", "the subdistrict"), word("办事处", 1), word("镇", 1, "全镇", "the town"),
    word("乡", 1, "全乡", "the township"), word("村", 0),
  ]

  /// The word `name` ends with after at least one other character, `nil` when none.
  package static func of(_ name: String) -> AdministrativeWord? {
    // By the last character first: a name's own characters are compared with at most three endings.
    guard let last = name.last, let candidates = byLastCharacter[last] else { return nil }
    return candidates.first { name.hasSuffix($0.ending) && name.count > $0.ending.count }
  }

  /// `all` by the last character of their ending, in `all`'s order.
  private static let byLastCharacter = Dictionary(grouping: all) { $0.ending.last ?? " " }

  private static func word(_ ending: String, _ level: Int, _ zh: String? = nil, _ en: String? = nil)
    -> AdministrativeWord
  {
    AdministrativeWord(
      ending: ending, level: level, scope: zh.flatMap { zh in en.map { ParentScope(zh: zh, en: $0) } })
  }
}
