/// A line chart over categories (the published periods of a year) drawn as inline SVG: one
/// polyline and one `circle.point` per known value, per series.
package struct LineChart: Sendable {
  /// One line: its name, colour and a value (or a gap) per category.
  package struct Series: Sendable {
    /// Legend text.
    package var name: String
    /// CSS colour.
    package var color: String
    /// Identifier written to `data-series`.
    package var id: String
    /// One value per category, `nil` for a gap.
    package var values: [Double?]

    /// Creates a series.
    package init(name: String, color: String, id: String, values: [Double?]) {
      self.name = name
      self.color = color
      self.id = id
      self.values = values
    }
  }

  /// Title above the chart.
  package var title: String
  /// Kind written to `data-chart`.
  package var kind: String
  /// Category labels along the x axis.
  package var categories: [String]
  /// The lines.
  package var series: [Series]

  /// Creates a chart.
  package init(title: String, kind: String, categories: [String], series: [Series]) {
    self.title = title
    self.kind = kind
    self.categories = categories
    self.series = series
  }

  static let width = 480.0
  static let height = 300.0
  static let left = 60.0
  static let right = 20.0
  static let top = 50.0
  static let bottom = 40.0

  /// The chart as an `<svg>` element (XML-safe: every text escaped).
  package func svg() -> String {
    let plotWidth = Self.width - Self.left - Self.right
    let plotHeight = Self.height - Self.top - Self.bottom
    let axis = ChartAxis(covering: series.flatMap { $0.values.compactMap { $0 } })
    let slot = plotWidth / Double(max(categories.count, 1))
    let x = { (index: Int) in Self.left + slot * (Double(index) + 0.5) }
    let y = { (value: Double) in Self.top + plotHeight * (1 - axis.fraction(value)) }
    var out = SVGText.open(width: Self.width, height: Self.height, kind: kind, title: title)
    for tick in axis.ticks {
      let ty = SVGText.number(y(tick))
      out +=
        "<line x1=\"\(SVGText.number(Self.left))\" y1=\"\(ty)\" x2=\"\(SVGText.number(Self.width - Self.right))\" y2=\"\(ty)\" stroke=\"\(tick == 0 ? "#888" : "#e4e4e4")\" />"
      out += SVGText.text(axis.label(tick), x: Self.left - 6, y: y(tick) + 4, anchor: "end", size: 11)
    }
    for (index, category) in categories.enumerated() {
      out += SVGText.text(
        category, x: x(index), y: Self.height - Self.bottom + 18, anchor: "middle", size: 11)
    }
    for (number, line) in series.enumerated() {
      var path: [String] = []
      for (index, value) in line.values.enumerated() {
        guard let value else { continue }
        path.append("\(SVGText.number(x(index))),\(SVGText.number(y(value)))")
      }
      out +=
        "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\" points=\"\(path.joined(separator: " "))\" />"
      for (index, value) in line.values.enumerated() {
        guard let value else { continue }
        out +=
          "<circle class=\"point\" data-series=\"\(SVGText.escape(line.id))\" cx=\"\(SVGText.number(x(index)))\" cy=\"\(SVGText.number(y(value)))\" r=\"3\" fill=\"\(line.color)\" />"
      }
      let legendX = Self.left + Double(number) * 130
      out +=
        "<rect x=\"\(SVGText.number(legendX))\" y=\"30\" width=\"14\" height=\"4\" fill=\"\(line.color)\" />"
      out += SVGText.text(line.name, x: legendX + 20, y: 36, anchor: "start", size: 12)
    }
    return out + "</svg>"
  }
}
