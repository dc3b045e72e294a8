/// Cell texts as Tongbi meets them in statistical exports, generated deterministically.
public enum SampleCells {
  /// `count` value cells: mostly plain decimals of 1 to 7 digits with one or two decimals, with a
  /// sprinkling of missing markers (empty, `*`), thousands separators, negatives and percentages.
  public static func numbers(count: Int) -> [String] {
    (0..<count).map { index in
      let scrambled = (index &* 2_654_435_761) % 10_000_019
      switch index % 50 {
      case 7: return ""
      case 19: return "*"
      case 23: return "1,234,567.8"
      case 31: return "-3.2"
      case 43: return "12.5%"
      default:
        let digits = scrambled % (index % 2 == 0 ? 10_000_000 : 10_000)
        return index % 3 == 0 ? "\(digits / 100).\(pad(digits % 100))" : "\(digits / 10).\(digits % 10)"
      }
    }
  }

  /// `count` machine-style month labels (`2024-06`), years 2010 to 2029.
  public static func isoMonths(count: Int) -> [String] {
    (0..<count).map { index in "\(2010 + index / 12 % 20)-\(pad(index % 12 + 1))" }
  }

  /// `count` labels in the Chinese forms of statistics offices: `2024年1-6月`, `2024年6月`, `2024年6月份`.
  public static func chineseLabels(count: Int) -> [String] {
    (0..<count).map { index in
      let year = 2010 + index / 12 % 20
      let month = index % 11 + 2
      switch index % 3 {
      case 0: return "\(year)年1-\(month)月"
      case 1: return "\(year)年\(month)月"
      default: return "\(year)年\(month)月份"
      }
    }
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
