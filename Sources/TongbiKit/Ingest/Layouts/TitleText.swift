/// What a title line, a unit line, a sheet name or a file name says about the table below it: the
/// period (青山镇2024年1-6月主要经济指标完成情况 → 2024年1-6月), the region written before the period
/// (青山镇), and the unit (单位：万元).
struct TitleText: Equatable {
  /// The period named, and whether as a year-to-date span (1-6月) rather than a month (6月).
  var period: Period?
  var isCumulative = false
  /// The year named, alone (2024年主要经济指标) or with the period.
  var year: Int?
  /// The region written before the period, when it ends with an administrative word.
  var region: String?
  /// The unit of a 单位：万元 line.
  var unit: String?

  /// Reads `text`; every field is `nil` when the text names none.
  init(_ text: String) {
    let trimmed = text.trimmingSpaces()
    unit = Self.unit(in: trimmed)
    if let (range, label) = Self.period(in: trimmed) {
      switch label {
      case .month(let period): self.period = period
      case .cumulative(let period): (self.period, isCumulative) = (period, true)
      case .year(let named): year = named
      default: break
      }
      year = period?.year ?? year
      var before = String(trimmed[..<range.lowerBound]).trimmingSpaces()
      while let last = before.last, "_-—（(：: ".contains(last) { before.removeLast() }
      if Self.isRegionName(before) { region = before }
    }
  }

  /// Whether `name` reads as a region's: it ends with an administrative word (`AdministrativeWord`),
  /// holds no digit and does not start with 各 (各村, every village).
  static func isRegionName(_ name: String) -> Bool {
    !name.contains(where: { $0.isASCII && $0.isNumber }) && !name.hasPrefix("各")
      && AdministrativeWord.of(name) != nil
  }

  /// The unit after 单位： or 计量单位： (full-width or ASCII colon), up to the next space or bracket.
  private static func unit(in text: String) -> String? {
    for marker in ["计量单位：", "计量单位:", "单位：", "单位:"] {
      guard let range = text.firstRange(of: marker) else { continue }
      let unit = String(text[range.upperBound...]).trimmingSpaces().prefix { !" ）)，,;；".contains($0) }
      return unit.isEmpty ? nil : String(unit)
    }
    return nil
  }

  /// The first period label inside `text` that starts with a four-digit year: the longest text from
  /// the year that reads as a month or a year-to-date span (2024年1-6月, 2024年6月, 2024年上半年,
  /// 2024-06, 202406); else the first year written 2024年.
  private static func period(in text: String) -> (Range<String.Index>, PeriodLabel)? {
    let characters = Array(text)
    var offsets: [String.Index] = []
    var index = text.startIndex
    while index < text.endIndex {
      offsets.append(index)
      index = text.index(after: index)
    }
    offsets.append(text.endIndex)
    var start = 0
    var yearOnly: (Range<String.Index>, PeriodLabel)?
    while start + 4 <= characters.count {
      let isYear =
        (start..<start + 4).allSatisfy { characters[$0].isASCII && characters[$0].isNumber }
        && (start == 0 || !characters[start - 1].isNumber)
      if isYear {
        for end in stride(from: min(characters.count, start + 12), to: start + 5, by: -1) {
          let label = PeriodLabel(parsing: String(characters[start..<end]))
          switch label {
          case .month, .cumulative:
            if end < characters.count, characters[end].isASCII, characters[end].isNumber { continue }
            return (offsets[start]..<offsets[end], label)
          default: continue
          }
        }
        if start + 5 <= characters.count, characters[start + 4] == "年",
          case let label = PeriodLabel(parsing: String(characters[start..<start + 5])), case .year = label
        {
          yearOnly = yearOnly ?? (offsets[start]..<offsets[start + 5], label)
        }
      }
      start += 1
    }
    return yearOnly
  }
}
