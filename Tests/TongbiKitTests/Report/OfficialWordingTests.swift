import Testing

@testable import TongbiKit

/// The wording rules offices follow: the verb before an amount, a name that already says 同比 or 实际,
/// the parent's word, and English without 倍.
@Suite("Official wording: verbs, names carrying 同比, parent words, English")
struct OfficialWordingTests {
  private let june = ReportPeriod(period: Period.month(6, of: 2024))

  private func indicator(_ name: String, kind: IndicatorKind = .flow, verb: String? = nil) -> Indicator {
    Indicator(
      code: name, nameZh: name, unit: .tenThousandYuan, kind: kind, publication: .cumulative,
      allowsNegative: false, verb: verb)
  }

  @Test("完成 for tax, investment and output; 实现 for revenue, profit, value added and GDP; none per capita")
  func inferredVerbs() {
    for name in ["税收收入", "固定资产投资", "规上工业总产值", "工业技改投资", "一般公共预算收入"] {
      #expect(indicator(name).reportVerb == "完成", "\(name)")
    }
    for name in ["营业收入", "规模以上工业企业营业收入", "利润总额", "规上工业增加值", "地区生产总值", "主营业务收入"] {
      #expect(indicator(name).reportVerb == "实现", "\(name)")
    }
    #expect(indicator("居民人均可支配收入").reportVerb == "")
    #expect(indicator("税收收入", verb: "实现").reportVerb == "实现")
  }

  @Test("the indicator file's 动词/verb column sets the verb; 无 or none means no verb")
  func verbColumn() throws {
    let text = "指标名称,动词\n税收收入,实现\n营业收入,无\n利润总额,\n"
    let declared = try Array(text.utf8).withUnsafeBytes {
      try IndicatorFileReader.read(bytes: $0, name: "i.csv")
    }
    #expect(declared.map(\.verb) == ["实现", "", nil])
    #expect(declared.map(\.reportVerb) == ["实现", "", "实现"])
  }

  private func clause(_ figures: IndicatorFigures, _ language: ReportLanguage = .zh) throws -> String {
    let renderer = ReportRenderer(templates: try ReportTemplates(), language: language, halfYear: false)
    let document = ReportDocument(region: "x", period: figures.period, figures: [figures])
    return try renderer.paragraph(document)
  }

  @Test("the verb opens the clause: 实现营业收入 …, 完成税收收入 …")
  func verbInClause() throws {
    let revenue = IndicatorFigures(
      code: "revenue", nameZh: "营业收入", verb: "实现", unit: .hundredMillionYuan, period: june,
      value: ReportAmount(value: 12, decimals: 1), growth: .value(4.7))
    #expect(try clause(revenue) == "1-6月份实现营业收入12.0亿元，同比增长4.7%。")
    var none = revenue
    none.verb = ""
    #expect(try clause(none) == "1-6月份营业收入12.0亿元，同比增长4.7%。")
  }

  // 规模以上工业增加值同比实际增速 6.0 → the name's 同比 and 实际 are said once, in the growth phrase.
  @Test("a growth rate whose name says 同比 or 实际 says it once")
  func namesCarryingGrowthWords() throws {
    #expect(ClauseKind.subjectAndQualifier(of: "规模以上工业增加值同比实际增速") == ("规模以上工业增加值", "实际"))
    #expect(ClauseKind.subjectAndQualifier(of: "规上工业增加值实际增长(%)") == ("规上工业增加值", "实际"))
    #expect(ClauseKind.subjectAndQualifier(of: "社会消费品零售总额同比增长") == ("社会消费品零售总额", ""))
    #expect(ClauseKind.subjectAndQualifier(of: "工业增加值累计增长(%)") == ("工业增加值", ""))
    #expect(ClauseKind.subjectAndQualifier(of: "同比增长") == ("同比增长", ""))
    let month = ReportPeriod(period: Period.month(6, of: 2024), isCumulative: false)
    let real = IndicatorFigures(
      code: "iva", nameZh: "规模以上工业增加值同比实际增速", unit: .percent, kind: .growthRate, period: month,
      value: ReportAmount(value: 6, decimals: 1), growth: .value(6))
    #expect(try clause(real) == "6月份规模以上工业增加值同比实际增长6.0%。")
    var falling = real
    falling.nameZh = "社会消费品零售总额同比增长"
    falling.growth = .value(-1.2)
    #expect(try clause(falling) == "6月份社会消费品零售总额同比下降1.2%。")
  }

  @Test("the parent's word from its name: 街道, 开发区, 园区, 镇, 乡, 区, 市, 县")
  func parentWords() {
    let words = ["城关街道", "高新技术开发区", "临港园区", "清溪镇", "石门乡", "城关区", "某某市", "某某县", "某某"]
      .map { ParentScope.of(parentNamed: $0).zh }
    #expect(words == ["全街道", "全开发区", "全园区", "全镇", "全乡", "全区", "全市", "全县", "全县"])
    #expect(ParentScope.of(parentNamed: "城关街道").en == "the subdistrict")
  }

  // +700%: 增长7倍 in Chinese; English says the percentage.
  @Test("English says up 700.0%, never 7 times; Chinese keeps 增长7倍")
  func englishTimes() throws {
    let investment = IndicatorFigures(
      code: "tech", nameZh: "工业技改投资", nameEn: "technical renovation investment", unit: .hundredMillionYuan,
      period: june, value: ReportAmount(value: 0.08, decimals: 2), growth: .value(700))
    #expect(try clause(investment).contains("同比增长7倍"))
    #expect(try clause(investment, .en).contains("up 700.0% year on year"))
  }
}
