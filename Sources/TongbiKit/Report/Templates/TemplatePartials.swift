import Mustache

/// The templates a parsed Mustache template includes: `{{> name}}` partials and `{{< name}}` parents,
/// at any depth of sections and blocks, and whether it includes one by a variable's value
/// (`{{>*name}}`), whichever delimiters it set.
///
/// swift-mustache keeps a template's parsed tokens internal, so they are read by reflection: each
/// `partial` or `dynamicNamePartial` token holds the name first. Reading the parser's own tokens rather
/// than scanning the text again cannot disagree with what the renderer will include.
struct TemplatePartials: Equatable {
  /// Names of the templates included.
  var names: Set<String> = []
  /// Whether a template is included by a name taken from the data.
  var dynamic = false

  /// What `template` includes.
  init(of template: MustacheTemplate) {
    collect(template)
  }

  /// Adds what `value` (a template or any part of one) includes.
  private mutating func collect(_ value: Any) {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .enum, let token = mirror.children.first,
      let name = Mirror(reflecting: token.value).children.first?.value as? String
    {
      switch token.label {
      case "partial": names.insert(name)
      case "dynamicNamePartial": dynamic = true
      default: break
      }
    }
    for child in mirror.children { collect(child.value) }
  }
}
