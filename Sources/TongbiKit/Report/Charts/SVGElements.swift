extension SVGText {
  /// The opening `<svg>` element of a chart, with its title: drawn in a `width` × `height` view box and
  /// scaled to the width of its container (at most `width` pixels), so that it stays whole on a phone.
  static func open(width: Double, height: Double, kind: String, title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-chart=\"\(escape(kind))\" "
      + "width=\"100%\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
      + "style=\"max-width: \(number(width))px; height: auto\" "
      + "font-family=\"\(escape(fontFamily))\" role=\"img\" aria-label=\"\(escape(title))\">"
      + "<title>\(escape(title))</title>"
      + text(title, x: width / 2, y: 18, anchor: "middle", size: 14, weight: "bold")
  }

  /// A `<text>` element with escaped content.
  static func text(
    _ content: String, x: Double, y: Double, anchor: String, size: Int, weight: String = "normal"
  ) -> String {
    "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" "
      + "font-weight=\"\(weight)\" fill=\"#333\">\(escape(content))</text>"
  }
}
