import TongbiKit

/// User templates: `ReportTemplates.overriding(_:)` with the input as one template, then the fixed
/// report rendered with it.
///
/// The first byte chooses the template the rest replaces (its value modulo the count of default
/// templates, in order of name); a template named `-en` renders in English. Checks: an error is one
/// line; the paragraph (clause and paragraph templates) or the report in the template's format
/// renders.
enum TemplateFuzzTarget {
  /// The default template names in order.
  private static let names = DefaultTemplates.all.keys.sorted()

  /// Runs one input (selector byte, then the template text).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    guard let selector = input.first, !names.isEmpty else { return "empty input: no selector byte" }
    let name = names[Int(selector) % names.count]
    guard let text = String(validating: input.dropFirst(), as: UTF8.self) else {
      return "\(name): not UTF-8 (a template file must be)"
    }
    let templates: ReportTemplates
    do {
      templates = try FixedReport.templates.overriding([name: text])
    } catch {
      FuzzInvariant.checkOneLine(error.description, "template error")
      return "\(name): error: \(error)"
    }
    let renderer = ReportRenderer(templates: templates, language: name.hasSuffix("-en") ? .en : .zh)
    let format: ReportFormat = name.contains("html") ? .html : name.contains("markdown") ? .md : .text
    do {
      guard name.hasPrefix("report-") else {
        return "\(name): paragraph of \(try renderer.paragraph(FixedReport.document).utf8.count) bytes"
      }
      return
        "\(name): \(format) report of \(try renderer.render(FixedReport.document, format: format).utf8.count) bytes"
    } catch {
      FuzzInvariant.checkOneLine(error.description, "rendering error")
      return "\(name): rendering error: \(error)"
    }
  }
}
