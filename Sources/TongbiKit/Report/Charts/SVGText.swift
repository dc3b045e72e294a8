/// Escaping and fonts for hand-written SVG and XHTML.
package enum SVGText {
  /// CSS font-family list with common CJK system fonts, so Chinese labels render on Linux, macOS and
  /// Windows without web fonts.
  package static let fontFamily =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'Source Han Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif"

  /// `text` escaped for XML text and attribute values: & < > " ' become entities.
  package static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// A coordinate with at most one decimal, no exponent: 12.5, 300.
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
  }
}
