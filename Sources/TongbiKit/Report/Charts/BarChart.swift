/// A horizontal bar chart drawn as inline SVG: one `rect.bar` per known value, an optional dashed
/// marker line (序时进度) across all bars.
package struct BarChart: Sendable {
  /// One bar: label and value (`nil` draws no bar and shows —).
  package struct Bar: Sendable {
    /// Label left of the bar.
    package var label: String
    /// Length of the bar.
    package var value: Double?

    /// Creates a bar.
    package init(label: String, value: Double?) {
      self.label = label
      self.value = value
    }
  }

  /// Title above the chart.
  package var title: String
  /// Kind written to `data-chart`.
  package var kind: String
  /// The bars, top to bottom.
  package var bars: [Bar]
  /// Position of the marker line and its label, if any.
  package var marker: (value: Double, label: String)?

  /// Creates a chart.
  package init(title: String, kind: String, bars: [Bar], marker: (value: Double, label: String)? = nil) {
    self.title = title
    self.kind = kind
    self.bars = bars
    self.marker = marker
  }

  static let width = 480.0
  static let left = 150.0
  static let right = 60.0
  static let top = 40.0
  static let barHeight = 26.0
  /// Room left of the plot for the value label of the longest negative bar ("-100.0").
  static let negativeLabelRoom = 40.0

  /// The chart as an `<svg>` element (XML-safe: every text escaped).
  package func svg() -> String {
    let height = Self.top + Self.barHeight * Double(bars.count) + 30
    var values = bars.compactMap(\.value)
    if let marker { values.append(marker.value) }
    // Negative bars carry their value label on their left: keep that room free of the bar labels.
    let plotLeft = Self.left + (values.contains { $0 < 0 } ? Self.negativeLabelRoom : 0)
    let plotWidth = Self.width - plotLeft - Self.right
    let axis = ChartAxis(covering: values)
    let x = { (value: Double) in plotLeft + plotWidth * axis.fraction(value) }
    var out = SVGText.open(width: Self.width, height: height, kind: kind, title: title)
    let zero = SVGText.number(x(0))
    out +=
      "<line x1=\"\(zero)\" y1=\"\(SVGText.number(Self.top - 4))\" x2=\"\(zero)\" y2=\"\(SVGText.number(height - 26))\" stroke=\"#888\" />"
    for (index, bar) in bars.enumerated() {
      let top = Self.top + Self.barHeight * Double(index)
      out += SVGText.text(bar.label, x: Self.left - 8, y: top + 17, anchor: "end", size: 12)
      guard let value = bar.value else {
        out += SVGText.text(TableCells.dash, x: x(0) + 6, y: top + 17, anchor: "start", size: 12)
        continue
      }
      let start = min(x(0), x(value))
      let length = abs(x(value) - x(0))
      let color = value < 0 ? "#2e86c1" : "#c0392b"
      out +=
        "<rect class=\"bar\" x=\"\(SVGText.number(start))\" y=\"\(SVGText.number(top + 4))\" width=\"\(SVGText.number(length))\" height=\"\(SVGText.number(Self.barHeight - 8))\" fill=\"\(color)\" />"
      let label = DisplayNumber.text(value, decimals: 1)
      let labelX = value < 0 ? start - 4 : start + length + 4
      out += SVGText.text(label, x: labelX, y: top + 17, anchor: value < 0 ? "end" : "start", size: 11)
    }
    if let marker {
      let mx = SVGText.number(x(marker.value))
      out +=
        "<line class=\"marker\" x1=\"\(mx)\" y1=\"\(SVGText.number(Self.top - 4))\" x2=\"\(mx)\" y2=\"\(SVGText.number(height - 26))\" stroke=\"#333\" stroke-dasharray=\"4 3\" />"
      out += SVGText.text(marker.label, x: x(marker.value), y: height - 10, anchor: "middle", size: 11)
    }
    return out + "</svg>"
  }
}
