import Foundation
import Mustache

/// The templates a report renders with: the defaults, each replaceable by a `NAME.mustache` file.
///
/// Templates whose name contains `html` escape variables for HTML (`{{name}}`; `{{{name}}}` inserts
/// as is); all others render text unescaped (the `CONTENT_TYPE: TEXT` pragma is put in front of them).
public struct ReportTemplates: Sendable {
  private var library: MustacheLibrary
  /// Names of the templates that came from the override directory.
  public private(set) var overridden: [String] = []

  /// The default templates, with every `*.mustache` file in `directory` (when given) replacing the
  /// default of the same name or adding a partial.
  public init(overrides directory: String? = nil) throws(ReportError) {
    try self.init(registeringDefaults: ())
    guard let directory else { return }
    let files: [String]
    do {
      files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      throw .templates(path: directory, reason: "cannot list the directory")
    }
    for file in files where file.hasSuffix(".mustache") {
      let path = (directory as NSString).appendingPathComponent(file)
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else { throw .templates(path: path, reason: "cannot read the file as UTF-8") }
      try override(String(file.dropLast(".mustache".count)), with: text, source: path)
    }
  }

  /// These templates with `texts` (template text by name, applied in order of name) replacing the
  /// template of the same name or adding a partial: what `init(overrides:)` makes of a directory holding
  /// `NAME.mustache` files, without the files.
  package func overriding(_ texts: [String: String]) throws(ReportError) -> ReportTemplates {
    var templates = self
    for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
      try templates.override(name, with: text, source: "\(name).mustache")
    }
    return templates
  }

  /// The default templates alone.
  private init(registeringDefaults: Void) throws(ReportError) {
    library = MustacheLibrary()
    for (name, text) in DefaultTemplates.all {
      try register(text, named: name, source: "default template")
    }
  }

  /// Registers `text` as template `name`, replacing a default, and records it as overridden.
  private mutating func override(_ name: String, with text: String, source: String) throws(ReportError) {
    try register(text, named: name, source: source)
    overridden.append(name)
  }

  /// Renders template `name` with `context`.
  public func render(_ name: String, _ context: [String: Any]) throws(ReportError) -> String {
    guard let text = library.render(context, withTemplate: name) else {
      throw .templates(path: name, reason: "no template of this name")
    }
    return text
  }

  private mutating func register(_ text: String, named name: String, source: String) throws(ReportError) {
    let body = name.contains("html") ? text : "{{% CONTENT_TYPE: TEXT}}" + text
    do {
      try library.register(body, named: name)
    } catch {
      throw .templates(path: source, reason: "template syntax: \(error)")
    }
  }
}
