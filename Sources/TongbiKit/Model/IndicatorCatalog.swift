@_spi(ByteLevel) import ByteLevel

/// The indicators known to an ingest: those of an indicator file, plus those inferred from the data.
///
/// Data name indicators by code, Chinese name or English name; all three resolve to one indicator.
public struct IndicatorCatalog: Sendable {
  /// Indicators by code.
  public private(set) var indicators: [String: Indicator] = [:]
  /// Codes in order: the indicator file's order first, then inferred ones as they appear.
  public private(set) var order: [String] = []
  /// Codes described by an indicator file (their kind and units are not inferred).
  public private(set) var declared: Set<String> = []
  private var codeByName: [ExactName: String] = [:]

  /// Creates a catalog from declared indicators (e.g. an indicator file), in report order.
  public init(declared indicators: [Indicator] = []) {
    for indicator in indicators {
      add(indicator)
      declared.insert(indicator.code)
    }
  }

  /// The indicator a name (code, Chinese or English name) refers to, if known.
  public func indicator(named name: String) -> Indicator? {
    codeByName[ExactName(name)].flatMap { indicators[$0] }
  }

  /// The code a name (code, Chinese or English name) refers to, if known.
  func code(named name: String) -> String? { codeByName[ExactName(name)] }

  /// Returns the code for `name`, inferring and adding an indicator when the name is new.
  mutating func resolve(name: String, unit: Unit, form: ValueForm) -> String {
    if let code = code(named: name) { return code }
    let inferred = IndicatorInference.indicator(named: name, unit: unit, form: form)
    add(inferred)
    return inferred.code
  }

  /// Replaces the description of an indicator already in the catalog.
  mutating func update(_ indicator: Indicator) {
    indicators[indicator.code] = indicator
  }

  private mutating func add(_ indicator: Indicator) {
    if indicators[indicator.code] == nil { order.append(indicator.code) }
    indicators[indicator.code] = indicator
    for name in [indicator.code, indicator.nameZh, indicator.nameEn] where !name.isEmpty {
      codeByName[ExactName(name)] = indicator.code
    }
  }

  /// This catalog followed by what `later` added or changed since `start`, the catalog both began as:
  /// the catalog of reading a file in one pass when `later` read the part after this one's. `nil` when
  /// the two parts described an indicator or a name differently (the part read after would have seen
  /// this one's description and read its cells otherwise).
  func merged(with later: IndicatorCatalog, since start: IndicatorCatalog) -> IndicatorCatalog? {
    var merged = self
    for code in later.order {
      guard let theirs = later.indicators[code], theirs != start.indicators[code] else { continue }
      let mine = merged.indicators[code]
      if mine == theirs { continue }
      guard mine == start.indicators[code] else { return nil }
      if mine == nil { merged.order.append(code) }
      merged.indicators[code] = theirs
    }
    for (name, code) in later.codeByName where start.codeByName[name] == nil {
      if let known = merged.codeByName[name] {
        guard known == code else { return nil }
      } else {
        merged.codeByName[name] = code
      }
    }
    return merged
  }
}
