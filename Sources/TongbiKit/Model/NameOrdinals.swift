@_spi(ByteLevel) import ByteLevel

/// Numbers distinct names (by exact bytes, see `ExactText`) in order of first appearance, for passes
/// over many columns whose names repeat or come in order.
///
/// A name is compared first with the name met last and the one after it, then a set of up to
/// `linearLimit` names is scanned; only a miss in a larger set is hashed, in an index built at the
/// first such miss.
struct NameOrdinals {
  /// Names are looked up by a scan up to this many.
  static let linearLimit = 8
  /// The distinct names, each at its ordinal.
  private(set) var names: [String] = []
  private var index: [ExactName: Int]?
  private var last = -1

  /// Starts with `names`, which differ in their bytes, as ordinals 0, 1, ….
  init(distinct names: [String] = []) {
    self.names = names
  }

  /// The ordinal of `name`, given the next ordinal when it is new.
  mutating func ordinal(of name: String) -> Int {
    if last >= 0 && ExactText.equal(names[last], name) { return last }
    if last + 1 < names.count && ExactText.equal(names[last + 1], name) {
      last += 1
      return last
    }
    if let found = known(name) {
      last = found
      return found
    }
    last = names.count
    names.append(name)
    index?[ExactName(name)] = last
    return last
  }

  /// The ordinal of `name` if it was met before: by a scan of a small set, else by the index.
  private mutating func known(_ name: String) -> Int? {
    if names.count <= Self.linearLimit { return names.firstIndex { ExactText.equal($0, name) } }
    if index == nil {
      var built: [ExactName: Int] = [:]
      built.reserveCapacity(names.count)
      for (ordinal, text) in names.enumerated() { built[ExactName(text)] = ordinal }
      index = built
    }
    return index?[ExactName(name)]
  }
}
