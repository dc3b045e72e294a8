import Foundation
import Mustache

/// The templates a report renders with: the defaults, each replaceable by a `NAME.mustache` file.
///
/// Templates whose name contains `html` escape variables for HTML (`{{name}}`; `{{{name}}}` inserts
/// as is); all others render text unescaped (the `CONTENT_TYPE: TEXT` pragma is put in front of them).
/// A template may include others as partials (`{{> name}}`), but not itself, directly or through others
/// (rendering it would recurse until the stack overflows), nor a template named by data (`{{>*name}}`).
public struct ReportTemplates: Sendable {
  private var library: MustacheLibrary
  /// The names each template includes.
  private var includes: [String: Set<String>] = [:]
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

  /// Parses `text` and registers it as template `name`; throws when it does not parse or includes a
  /// template by a name from the data or, through its partials, itself.
  private mutating func register(_ text: String, named name: String, source: String) throws(ReportError) {
    let body = name.contains("html") ? text : "{{% CONTENT_TYPE: TEXT}}" + text
    do {
      try library.register(body, named: name)
    } catch {
      throw .templates(path: source, reason: "template syntax: \(error)")
    }
    guard let template = library.getTemplate(named: name) else {
      throw .templates(path: source, reason: "template '\(name)' was not registered")
    }
    let partials = TemplatePartials(of: template)
    if partials.dynamic {
      throw .templates(path: source, reason: "partials named by data ({{>*name}}) are not supported")
    }
    includes[name] = partials.names
    if let cycle = cycle(from: name) {
      throw .templates(
        path: source, reason: "template '\(name)' includes itself: \(cycle.joined(separator: " → "))")
    }
  }

  /// The names on a chain of includes from template `name` back to itself, both ends included; `nil` when
  /// there is none.
  private func cycle(from name: String) -> [String]? {
    var chain = [name]
    var visited: Set<String> = []
    /// Follows the includes of `current`, keeping the chain; `true` when one leads back to `name`.
    func follow(_ current: String) -> Bool {
      for next in (includes[current] ?? []).sorted() {
        if next == name {
          chain.append(next)
          return true
        }
        guard visited.insert(next).inserted else { continue }
        chain.append(next)
        if follow(next) { return true }
        chain.removeLast()
      }
      return false
    }
    return follow(name) ? chain : nil
  }
}
