/// Numbers distinct names (by exact bytes, see `ExactText`) in order of first appearance, for passes
/// over many columns whose names repeat: the name met last is compared first, then a set of up to
/// `linearLimit` names is scanned, and only a larger set is hashed.
struct NameOrdinals {
  /// Names are looked up by a scan up to this many.
  static let linearLimit = 8
  /// The distinct names, each at its ordinal.
  private(set) var names: [String] = []
  private var index: [ExactName: Int] = [:]
  private var last = -1

  /// Starts with `names` as ordinals 0, 1, … (a name repeated keeps its first ordinal).
  init(_ names: [String] = []) {
    for name in names { _ = ordinal(of: name) }
  }

  /// The ordinal of `name`, given the next ordinal when it is new.
  mutating func ordinal(of name: String) -> Int {
    if last >= 0 && ExactText.equal(names[last], name) { return last }
    if names.count <= Self.linearLimit {
      if let found = names.firstIndex(where: { ExactText.equal($0, name) }) {
        last = found
        return found
      }
    } else if let found = index[ExactName(name)] {
      last = found
      return found
    }
    let ordinal = names.count
    names.append(name)
    if names.count == Self.linearLimit + 1 {
      for (known, text) in names.enumerated() { index[ExactName(text)] = known }
    } else if names.count > Self.linearLimit + 1 {
      index[ExactName(name)] = ordinal
    }
    last = ordinal
    return ordinal
  }
}
