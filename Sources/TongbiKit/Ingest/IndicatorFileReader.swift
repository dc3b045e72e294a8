/// Reads an indicator file: one row per indicator, in report order, with Chinese or English headers.
///
/// Columns (any order; only the name is required): 代码/code, 指标名称/name_zh/name, 英文名称/name_en,
/// 计量单位/unit, 类型/kind (flow stock rate index average, or 流量 存量 比率 指数 平均), 发布方式/publication
/// (monthly cumulative both, or 当月 累计 两者), 一月/january (alone with-february, or 单独 合并),
/// 上级指标/parent, 排名方向/direction (higher lower, or 越高越好 越低越好), 允许负值/negative (yes no, 是 否),
/// 动词/verb (the word before the amount in a report: 完成, 实现, or 无/none for no verb), 增速对应指标/rate_of
/// (for a published growth rate, the code or name of the level it is the growth of), 可比基数对应指标/base_of
/// (for a comparable base, 上年同期可比数, the code or name of the level it is the base of).
/// Missing cells take the values inferred from the name and unit.
public enum IndicatorFileReader {
  static let headers: [String: String] = [
    "代码": "code", "code": "code", "指标代码": "code",
    "指标名称": "name_zh", "指标": "name_zh", "name_zh": "name_zh", "name": "name_zh", "名称": "name_zh",
    "英文名称": "name_en", "name_en": "name_en", "english": "name_en",
    "计量单位": "unit", "单位": "unit", "unit": "unit",
    "类型": "kind", "kind": "kind", "指标类型": "kind",
    "发布方式": "publication", "publication": "publication",
    "一月": "january", "january": "january", "1月": "january",
    "上级指标": "parent", "parent": "parent",
    "排名方向": "direction", "direction": "direction",
    "允许负值": "negative", "negative": "negative", "allows_negative": "negative",
    "动词": "verb", "verb": "verb", "表述动词": "verb",
    "增速对应指标": "rate_of", "对应指标": "rate_of", "rate_of": "rate_of",
    "可比基数对应指标": "base_of", "上年同期对应指标": "base_of", "base_of": "base_of",
  ]
  static let kinds: [String: IndicatorKind] = [
    "流量": .flow, "存量": .stock, "比率": .rate, "指数": .index, "平均": .average, "率": .rate,
  ]
  static let publications: [String: Publication] = ["当月": .monthly, "累计": .cumulative, "两者": .both]
  static let januaries: [String: JanuaryPublication] = [
    "单独": .alone, "合并": .withFebruary, "1-2月合并": .withFebruary,
  ]
  static let directions: [String: RankingDirection] = ["越高越好": .higherIsBetter, "越低越好": .lowerIsBetter]
  static let booleans: [String: Bool] = [
    "yes": true, "no": false, "是": true, "否": false, "true": true, "false": false, "y": true, "n": false,
  ]

  /// Reads the indicator file at `path` (UTF-8 or GB18030).
  public static func read(path: String) throws(IngestError) -> [Indicator] {
    try indicators(CSVTextRows.read(path: path), path: path)
  }

  /// Reads an indicator file that is already in memory (UTF-8 or GB18030), as if it were the file
  /// called `name` (the name only appears in positions).
  package static func read(bytes: UnsafeRawBufferPointer, name: String) throws(IngestError) -> [Indicator] {
    try indicators(CSVTextRows.read(bytes: bytes, path: name), path: name)
  }

  /// The indicators of the non-blank `rows` of the file at `path`, the first row the header.
  private static func indicators(_ rows: [TextRow], path: String) throws(IngestError) -> [Indicator] {
    guard let header = rows.first else { throw .empty(path: path, reason: "indicator file has no rows") }
    var columns: [String: Int] = [:]
    for (index, text) in header.texts.enumerated() {
      if let field = headers[HeaderText.normalise(text)] { columns[field] = index }
    }
    guard columns["name_zh"] != nil || columns["code"] != nil else {
      throw .malformed(
        SourcePosition(file: path, line: header.line, column: 0),
        reason: "indicator file: expected a header with 指标名称 (or name) and optionally 代码, 计量单位, 类型, ...")
    }
    var indicators: [Indicator] = []
    // The line of each code and name, so that a repeated one is refused at its cell, naming the first.
    var lines: [String: Int] = [:]
    for row in rows.dropFirst() {
      let read = try indicator(row, columns: columns, path: path)
      for (field, text) in [("code", read.code), ("name_zh", read.nameZh)] {
        let key = field + "\u{0}" + text
        if let first = lines[key] {
          throw .malformed(
            SourcePosition(
              file: path, line: row.line,
              column: (columns[field] ?? columns["name_zh"] ?? columns["code"] ?? 0) + 1),
            reason: "repeats the indicator '\(text)' given on line \(first)")
        }
        lines[key] = row.line
      }
      indicators.append(read)
    }
    return indicators
  }

  private static func indicator(_ record: TextRow, columns: [String: Int], path: String) throws(IngestError)
    -> Indicator
  {
    let cell: (String) -> String = { field in columns[field].map { record.text($0) } ?? "" }
    let position: (String) -> SourcePosition = { field in
      SourcePosition(file: path, line: record.line, column: (columns[field] ?? -1) + 1)
    }
    let name = cell("name_zh").isEmpty ? cell("code") : cell("name_zh")
    guard !name.isEmpty else { throw .malformed(position("name_zh"), reason: "indicator without a name") }
    let unit = UnitParser.parse(cell("unit"))
    var indicator = IndicatorInference.indicator(named: name, unit: unit, form: .monthly)
    indicator.code = cell("code").isEmpty ? name : cell("code")
    indicator.nameZh = name
    indicator.nameEn = cell("name_en")
    func choice<T>(_ field: String, _ local: [String: T], _ make: (String) -> T?, expected: String)
      throws(IngestError) -> T?
    {
      let text = cell(field)
      if text.isEmpty { return nil }
      guard let value = make(text.lowercased()) ?? local[text] else {
        throw .malformed(position(field), reason: "\(field) '\(text)': expected \(expected)")
      }
      return value
    }
    if let kind = try choice(
      "kind", kinds, IndicatorKind.init(rawValue:), expected: "flow, stock, rate, index or average")
    {
      indicator.kind = kind
      indicator.allowsNegative = kind == .rate || indicator.allowsNegative
    }
    if let publication = try choice(
      "publication", publications, Publication.init(rawValue:), expected: "monthly, cumulative or both")
    {
      indicator.publication = publication
    }
    if let january = try choice(
      "january", januaries, JanuaryPublication.init(rawValue:), expected: "alone or with-february")
    {
      indicator.january = january
    }
    if let direction = try choice(
      "direction", directions, RankingDirection.init(rawValue:), expected: "higher or lower")
    {
      indicator.direction = direction
    }
    if let negative = try choice("negative", booleans, { booleans[$0] }, expected: "yes or no") {
      indicator.allowsNegative = negative
    }
    let parent = cell("parent")
    indicator.parent = parent.isEmpty ? nil : parent
    let verb = cell("verb")
    if !verb.isEmpty { indicator.verb = ["无", "none", "-"].contains(verb.lowercased()) ? "" : verb }
    let rateOf = cell("rate_of")
    if !rateOf.isEmpty {
      guard indicator.kind == .rate else {
        throw .malformed(
          position("rate_of"),
          reason:
            "rate_of '\(rateOf)': only a rate can be the growth of a level (a comparable base takes base_of)")
      }
      indicator.rateOf = rateOf
    }
    let baseOf = cell("base_of")
    if !baseOf.isEmpty {
      guard [.flow, .stock, .average].contains(indicator.kind) else {
        throw .malformed(
          position("base_of"),
          reason:
            "base_of '\(baseOf)': a comparable base is a level (flow, stock or average), not a \(indicator.kind)"
        )
      }
      indicator.baseOf = baseOf
    }
    return indicator
  }
}
